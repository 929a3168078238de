/**
 * After a load: does Neo4j hold exactly what the graph says? Counted by the
 * graph's own keys, so other corpora in the same database do not disturb the
 * check: every node key once per kind, every relationship key once per type,
 * the evidence this graph's articles contribute, and (replace-article) no
 * relationship outside the graph still citing one of its articles.
 */
import type { Driver } from "neo4j-driver";
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from "../schema/index.js";
import { databaseOption } from "./connection.js";
import { ReconcileError } from "./errors.js";
import type { CheckedGraph } from "./graph-file.js";
import { labelOf, relationshipTypeOf } from "./properties.js";

export interface CountCheck {
  expected: number;
  found: number;
}

export interface ReconcileReport {
  ok: boolean;
  nodesByKind: Record<NodeKind, CountCheck>;
  relationsByType: Record<RelationType, CountCheck>;
  evidence: CountCheck;
  /** Relationships outside the graph that still cite its articles (replace-article: expected 0). */
  staleRelationships: number;
  mismatches: string[];
}

export interface ReconcileOptions {
  database?: string | undefined;
  /** Evidence from the graph's articles must match exactly (replace-article); otherwise at least. */
  exactEvidence?: boolean;
  /** Throw ReconcileError when something differs (default false: return the report). */
  throwOnMismatch?: boolean;
}

/**
 * Compares Neo4j with a checked graph.
 *
 * @example
 * const report = await reconcileGraph(driver, checkGraph(serialized));
 * if (!report.ok) console.error(report.mismatches);
 */
export async function reconcileGraph(driver: Driver, graph: CheckedGraph, options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const exactEvidence = options.exactEvidence ?? true;
  const session = driver.session(databaseOption(options.database));
  const mismatches: string[] = [];
  const nodesByKind = {} as Record<NodeKind, CountCheck>;
  const relationsByType = {} as Record<RelationType, CountCheck>;
  const articles = graph.nodes.filter((n) => n.kind === "Article").map((n) => n.key);
  let evidenceFound = 0;
  let staleRelationships = 0;
  try {
    for (const kind of NODE_KINDS) {
      const keys = graph.nodes.filter((n) => n.kind === kind).map((n) => n.key);
      const result = await session.executeRead((tx) =>
        tx.run(`MATCH (n:\`${labelOf(kind)}\`) WHERE n.key IN $keys RETURN count(n) AS found, count(DISTINCT n.key) AS distinct`, { keys }),
      );
      const found = Number(result.records[0]!.get("found"));
      const distinct = Number(result.records[0]!.get("distinct"));
      nodesByKind[kind] = { expected: keys.length, found };
      if (found !== keys.length) mismatches.push(`${kind} nodes: expected ${keys.length}, found ${found}`);
      if (distinct !== found) mismatches.push(`${kind} nodes: ${found - distinct} duplicated key(s)`);
    }
    for (const type of RELATION_TYPES) {
      const edges = graph.edges.filter((e) => e.type === type);
      const keys = edges.map((e) => e.key);
      const result = await session.executeRead((tx) =>
        tx.run(
          `MATCH (s)-[r:\`${relationshipTypeOf(type)}\`]->(t) WHERE r.key IN $keys
           RETURN count(r) AS found, count(DISTINCT r.key) AS distinct,
                  sum(size([a IN r.evidenceArticles WHERE a IN $articles])) AS evidence,
                  sum(CASE WHEN r.key = $typePrefix + s.key + '|' + t.key THEN 0 ELSE 1 END) AS misplaced`,
          { keys, articles, typePrefix: `${type}|` },
        ),
      );
      const record = result.records[0]!;
      const found = Number(record.get("found"));
      relationsByType[type] = { expected: keys.length, found };
      evidenceFound += Number(record.get("evidence"));
      if (found !== keys.length) mismatches.push(`${type} relations: expected ${keys.length}, found ${found}`);
      if (Number(record.get("distinct")) !== found) mismatches.push(`${type} relations: duplicated key(s)`);
      if (Number(record.get("misplaced")) > 0) mismatches.push(`${type} relations: ${record.get("misplaced")} with wrong endpoints`);
    }
    const stale = await session.executeRead((tx) =>
      tx.run(
        `MATCH ()-[r]->() WHERE r.evidenceArticles IS NOT NULL AND NOT r.key IN $keys AND any(a IN r.evidenceArticles WHERE a IN $articles)
         RETURN count(r) AS stale`,
        { keys: graph.edges.map((e) => e.key), articles },
      ),
    );
    staleRelationships = Number(stale.records[0]!.get("stale"));
  } finally {
    await session.close();
  }
  const evidenceExpected = graph.edges.reduce((sum, e) => sum + e.attributes.evidence.length, 0);
  if (exactEvidence ? evidenceFound !== evidenceExpected : evidenceFound < evidenceExpected) {
    mismatches.push(`evidence: expected ${exactEvidence ? "" : "at least "}${evidenceExpected}, found ${evidenceFound}`);
  }
  if (exactEvidence && staleRelationships > 0) {
    mismatches.push(`${staleRelationships} relation(s) outside the graph still cite its articles`);
  }
  const report: ReconcileReport = {
    ok: mismatches.length === 0,
    nodesByKind,
    relationsByType,
    evidence: { expected: evidenceExpected, found: evidenceFound },
    staleRelationships,
    mismatches,
  };
  if (options.throwOnMismatch && !report.ok) {
    throw new ReconcileError(`reconcile: Neo4j differs from the graph:\n  - ${mismatches.join("\n  - ")}`, mismatches);
  }
  return report;
}
