/**
 * Loads a policy graph into Neo4j: schema first, then nodes by kind and
 * relationships by type in `UNWIND $rows` batches, each batch one managed
 * write transaction (the driver retries transient errors), then the
 * replace-article clean-up, then reconciliation.
 *
 * Replace-article semantics (default): the graph is authoritative for its
 * Articles and for the source files they came from. Articles already in Neo4j
 * from the same `source` but missing from the graph (an edited article gets a
 * new content hash, hence a new key) are *superseded*. Scope = the graph's
 * Articles + superseded ones. Evidence from scope articles is replaced by the
 * graph's; relationships whose only evidence came from scope articles and
 * which the graph no longer has are deleted; nodes only scope articles
 * mentioned and the graph no longer has are deleted. Data of other corpora
 * (articles outside the scope) is never touched.
 *
 * Every step is idempotent and its result depends only on the graph and on the
 * data outside the scope, so a load interrupted at any point and run again
 * ends in exactly the same graph.
 */
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType, type SerializedPolicyGraph } from "../schema/index.js";
import { databaseOption } from "./connection.js";
import { LoadAbortedError, LoadError } from "./errors.js";
import { checkGraph, type CheckedEdge, type CheckedGraph } from "./graph-file.js";
import {
  cleanStaleNodesStatement,
  DELETE_STALE_RELATIONSHIPS,
  EXISTING_ARTICLES,
  SUPERSEDED_ARTICLES,
  TRIM_STALE_EVIDENCE,
  upsertNodesStatement,
  upsertRelationshipsStatement,
} from "./load-statements.js";
import { toNeo4jProperties, toNeo4jRelationshipProperties } from "./properties.js";
import { reconcileGraph, type ReconcileReport } from "./reconcile.js";
import { applySchema } from "./schema.js";

export interface LoadProgress {
  phase: "schema" | "nodes" | "relations" | "cleanup" | "reconcile";
  /** e.g. "nodes Programme", "relations SERVES". */
  label: string;
  /** Batches done so far over the whole load, and their total (clean-up counts as one step per pass). */
  done: number;
  total: number;
}

export interface LoadOptions {
  database?: string | undefined;
  /** Rows per transaction (default DEFAULT_LOAD_OPTIONS.batchSize). */
  batchSize?: number;
  /** Replace-article semantics (default true); false = merge evidence, remove nothing. */
  replaceArticle?: boolean;
  /** Apply cypher/schema.cypher first (default true). */
  applySchema?: boolean;
  /** Compare Neo4j with the graph afterwards and throw ReconcileError on mismatch (default true). */
  reconcile?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  /** Checked between batches; an aborted load throws LoadAbortedError and can simply be run again. */
  signal?: AbortSignal;
}

export const DEFAULT_LOAD_OPTIONS = {
  /**
   * Measured with scripts/neo4j/measure-batch-size.ts (20 renamed copies of the sample corpus,
   * 4580 nodes / 5200 relations; docs/neo4j.md): 50 → 142 s, 200 → 47 s, 500 → 27 s,
   * 1000 → 27 s, 2000 → 21 s. Per-transaction overhead dominates below 500; 1000 keeps
   * transactions small (about 1 MB of evidence) and an interrupted batch cheap to redo.
   */
  batchSize: 1000,
  replaceArticle: true,
  applySchema: true,
  reconcile: true,
} as const;

export interface LoadSummary {
  nodesByKind: Record<NodeKind, number>;
  relationsByType: Record<RelationType, number>;
  evidence: number;
  /** Keys of Articles from the same sources that the graph replaced (deleted). */
  supersededArticles: string[];
  /** Stale relationships deleted / trimmed, stale nodes deleted or trimmed (replace-article only). */
  removed: { relationships: number; trimmedRelationships: number; nodes: number };
  batches: number;
  elapsedMs: number;
  reconcile?: ReconcileReport;
}

/**
 * Loads a serialized policy graph (graph.json contents) into Neo4j.
 *
 * @example
 * const driver = await connect(resolveNeo4jSettings());
 * const summary = await loadGraph(driver, JSON.parse(await readFile("out/graph.json", "utf8")), {
 *   onProgress: ({ label, done, total }) => console.log(label, done, total),
 * });
 */
export async function loadGraph(driver: Driver, serialized: SerializedPolicyGraph, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const resolved = { ...DEFAULT_LOAD_OPTIONS, ...options };
  validateLoadOptions(resolved);
  const graph = checkGraph(serialized);
  const plan = planBatches(graph, resolved.batchSize);
  const cleanupSteps = resolved.replaceArticle ? 4 : 0;
  const total = (resolved.applySchema ? 1 : 0) + plan.length + cleanupSteps + (resolved.reconcile ? 1 : 0);
  let done = 0;
  const step = (phase: LoadProgress["phase"], label: string) => {
    done++;
    resolved.onProgress?.({ phase, label, done, total });
  };
  const checkAbort = () => {
    if (resolved.signal?.aborted) throw new LoadAbortedError(`load: aborted after ${done} of ${total} steps; run it again to finish`);
  };

  if (resolved.applySchema) {
    checkAbort();
    await applySchema(driver, { database: resolved.database });
    step("schema", "schema");
  }

  const session = driver.session(databaseOption(resolved.database));
  let supersededArticles: string[] = [];
  const removed = { relationships: 0, trimmedRelationships: 0, nodes: 0 };
  try {
    const articleKeys = graph.nodes.filter((n) => n.kind === "Article").map((n) => n.key);
    if (resolved.replaceArticle) {
      const sources = [
        ...new Set(graph.nodes.flatMap((n) => (n.kind === "Article" && "source" in n.attributes ? [n.attributes.source] : []))),
      ];
      const result = await session.executeRead((tx) => tx.run(SUPERSEDED_ARTICLES, { sources, articleKeys }));
      supersededArticles = result.records.map((r) => r.get("key") as string);
    }
    const scope = resolved.replaceArticle ? [...articleKeys, ...supersededArticles] : [];
    // The upserts test only lists already in Neo4j against the scope, and those
    // name an article only if its Article node exists (Articles are written
    // first and deleted last). Sending every batch just the scope articles
    // Neo4j already has keeps a first load's batches small: a 10,000-key list
    // cost about 0.1 s per transaction to send and scan.
    const upsertScope = resolved.replaceArticle ? [...(await existingArticles(session, articleKeys)), ...supersededArticles] : [];

    for (const batch of plan) {
      checkAbort();
      const written = await session.executeWrite(async (tx) => {
        const result = await tx.run(batch.statement, { rows: batch.rows, scope: upsertScope });
        return Number(result.records[0]?.get("written") ?? 0);
      });
      if (written !== batch.rows.length) {
        throw new LoadError(`load: ${batch.label} wrote ${written} of ${batch.rows.length} rows (an endpoint node is missing)`);
      }
      step(batch.phase, batch.label);
    }

    if (resolved.replaceArticle) {
      const edgeKeys = graph.edges.map((e) => e.key);
      const nodeKeys = graph.nodes.map((n) => n.key);
      const params = { scope, edgeKeys, nodeKeys, limit: neo4j.int(resolved.batchSize) };
      const repeat = async (statement: string): Promise<number> => {
        let changed = 0;
        for (;;) {
          checkAbort();
          const count = await session.executeWrite(async (tx) => {
            const result = await tx.run(statement, params);
            return Number(result.records[0]?.get("changed") ?? 0);
          });
          changed += count;
          if (count < resolved.batchSize) return changed;
        }
      };
      removed.relationships = await repeat(DELETE_STALE_RELATIONSHIPS);
      step("cleanup", "stale relations");
      removed.trimmedRelationships = await repeat(TRIM_STALE_EVIDENCE);
      step("cleanup", "stale evidence");
      removed.nodes = await repeat(cleanStaleNodesStatement(false));
      step("cleanup", "stale nodes");
      // Articles last: until here they are what identifies the scope on a re-run.
      removed.nodes += await repeat(cleanStaleNodesStatement(true));
      step("cleanup", "superseded articles");
    }
  } finally {
    await session.close();
  }

  const summary: LoadSummary = {
    ...countGraph(graph),
    supersededArticles,
    removed,
    batches: plan.length,
    elapsedMs: 0,
  };
  if (resolved.reconcile) {
    checkAbort();
    summary.reconcile = await reconcileGraph(driver, graph, {
      database: resolved.database,
      exactEvidence: resolved.replaceArticle,
      throwOnMismatch: true,
    });
    step("reconcile", "reconcile");
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

interface PlannedBatch {
  phase: "nodes" | "relations";
  label: string;
  statement: string;
  rows: unknown[];
}

/** Nodes grouped by kind, then relationships grouped by (type, source kind, target kind), cut into batches. */
function planBatches(graph: CheckedGraph, batchSize: number): PlannedBatch[] {
  const batches: PlannedBatch[] = [];
  for (const kind of NODE_KINDS) {
    const rows = graph.nodes.filter((n) => n.kind === kind).map((n) => ({ key: n.key, props: toNeo4jProperties(n.key, n.attributes) }));
    const statement = upsertNodesStatement(kind);
    for (const chunk of chunks(rows, batchSize)) batches.push({ phase: "nodes", label: `nodes ${kind}`, statement, rows: chunk });
  }
  const groups = new Map<string, CheckedEdge[]>();
  for (const type of RELATION_TYPES) {
    for (const edge of graph.edges.filter((e) => e.type === type)) {
      const group = `${type}|${edge.sourceKind}|${edge.targetKind}`;
      const members = groups.get(group);
      if (members) members.push(edge);
      else groups.set(group, [edge]);
    }
  }
  for (const edges of groups.values()) {
    const { type, sourceKind, targetKind } = edges[0]!;
    const statement = upsertRelationshipsStatement(type, sourceKind, targetKind);
    const rows = edges.map((e) => {
      const { key, ...props } = toNeo4jRelationshipProperties(e.key, e.attributes);
      const { evidenceArticles, evidenceSentences, evidenceStarts, evidenceEnds, evidenceMatched, ...extra } = props;
      return {
        key,
        source: e.source,
        target: e.target,
        props: { evidenceArticles, evidenceSentences, evidenceStarts, evidenceEnds, evidenceMatched },
        extra,
        ids: e.attributes.evidence.map((ev) => `${ev.article}#${ev.start}`),
      };
    });
    for (const chunk of chunks(rows, batchSize)) batches.push({ phase: "relations", label: `relations ${type}`, statement, rows: chunk });
  }
  return batches;
}

async function existingArticles(session: Session, articleKeys: string[]): Promise<string[]> {
  const result = await session.executeRead((tx) => tx.run(EXISTING_ARTICLES, { articleKeys }));
  return result.records.map((r) => r.get("key") as string);
}

function countGraph(graph: CheckedGraph): Pick<LoadSummary, "nodesByKind" | "relationsByType" | "evidence"> {
  const nodesByKind = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  const relationsByType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  for (const node of graph.nodes) nodesByKind[node.kind]++;
  let evidence = 0;
  for (const edge of graph.edges) {
    relationsByType[edge.type]++;
    evidence += edge.attributes.evidence.length;
  }
  return { nodesByKind, relationsByType, evidence };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function validateLoadOptions(options: { batchSize: number }): void {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1 || options.batchSize > 100_000) {
    throw new RangeError(`loader: invalid batchSize ${options.batchSize}. Expecting an integer from 1 to 100000.`);
  }
}
