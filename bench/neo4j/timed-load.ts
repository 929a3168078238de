/** Helpers of the Neo4j benchmarks: empty the database, and run the project's loader with per-phase timings. */
import type { Driver } from "neo4j-driver";
import { loadGraph, type LoadOptions } from "../../pipeline/neo4j/loader.js";
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";

export async function clearDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}

export async function countDatabase(driver: Driver): Promise<{ nodes: number; relations: number }> {
  const session = driver.session();
  try {
    const nodes = await session.run("MATCH (n) RETURN count(n) AS c");
    const relations = await session.run("MATCH ()-[r]->() RETURN count(r) AS c");
    return { nodes: Number(nodes.records[0]?.get("c") ?? 0), relations: Number(relations.records[0]?.get("c") ?? 0) };
  } finally {
    await session.close();
  }
}

export interface TimedLoad {
  nodes: number;
  relations: number;
  batches: number;
  totalMs: number;
  /** From the end of the schema step to the last node batch. */
  nodesMs: number;
  /** From the last node batch to the last relation batch. */
  relationsMs: number;
  reconciled: boolean;
}

/**
 * @example const t = await timedLoad(driver, graph, { batchSize: 1000, reconcile: false });
 */
export async function timedLoad(driver: Driver, graph: SerializedPolicyGraph, options: LoadOptions = {}): Promise<TimedLoad> {
  const marks = { start: performance.now(), schema: 0, lastNode: 0, lastRelation: 0 };
  const summary = await loadGraph(driver, graph, {
    ...options,
    onProgress: ({ phase }) => {
      const now = performance.now();
      if (phase === "schema") marks.schema = now;
      if (phase === "nodes") marks.lastNode = now;
      if (phase === "relations") marks.lastRelation = now;
    },
  });
  const totalMs = performance.now() - marks.start;
  const phaseStart = marks.schema || marks.start;
  const lastNode = marks.lastNode || phaseStart;
  return {
    nodes: Object.values(summary.nodesByKind).reduce((a, b) => a + b, 0),
    relations: Object.values(summary.relationsByType).reduce((a, b) => a + b, 0),
    batches: summary.batches,
    totalMs,
    nodesMs: lastNode - phaseStart,
    relationsMs: (marks.lastRelation || lastNode) - lastNode,
    reconciled: summary.reconcile?.ok ?? false,
  };
}
