/**
 * Latency of every library query (cypher/queries) on the large graph in
 * Neo4j, through the project's `runReadQuery`: p50/p95 over repeated runs,
 * and PROFILE notes (database hits, whether an index is used, rows) for
 * every query, flagged when slow.
 */
import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { loadQueryLibrary, resolveQueryParams, type LibraryQuery } from "../../pipeline/neo4j/query-library.js";
import { DEFAULT_READ_QUERY_OPTIONS, runReadQuery, toQueryParams } from "../../pipeline/neo4j/run-read-query.js";
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";
import type { Benchmark, BenchContext } from "../lib/bench.js";
import { percentile, round } from "../lib/stats.js";
import { formatTable } from "../lib/table.js";
import { benchBuild, benchNeo4j, largeCorpusSize } from "../lib/workspace.js";
import { countDatabase, timedLoad } from "../neo4j/timed-load.js";

/** A query slower than this at p95 gets its PROFILE plan summarised in the table. */
export const SLOW_QUERY_MS = 100;

/** Parameter name → the kind whose best-connected node gives a realistic value. */
const PARAM_KINDS: Record<string, string> = { county: "County", group: "Group", name: "Group", text: "Group", from: "Programme", to: "Programme" };

async function single(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<unknown[]> {
  const session = driver.session();
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => r.get(0));
  } finally {
    await session.close();
  }
}

/** Values from the loaded graph for parameters that name a node, so every query has data to find. */
async function realisticParams(driver: Driver, query: LibraryQuery): Promise<Record<string, string | number | boolean>> {
  const given: Record<string, string | number | boolean> = {};
  for (const param of query.params) {
    if (param.default === "") continue; // "" means "all": keep the query's widest form
    const kind = PARAM_KINDS[param.name];
    if (kind) {
      const names = await single(driver, `MATCH (n:\`${kind}\`) RETURN n.name ORDER BY COUNT { (n)--() } DESC, n.name LIMIT 2`);
      const value = param.name === "to" ? names[1] : names[0];
      if (typeof value === "string") given[param.name] = param.name === "text" ? value.slice(0, 2) : value;
    } else if (param.name === "unit") {
      const [unit] = await single(driver, "MATCH (m:Metric) WITH m.unit AS unit, count(*) AS uses RETURN unit ORDER BY uses DESC LIMIT 1");
      if (typeof unit === "string") given.unit = unit;
    }
  }
  return given;
}

interface PlanSummary {
  dbHits: number;
  rows: number;
  operators: string[];
  indexUsed: boolean;
  labelOrAllNodesScan: boolean;
}

function summarisePlan(plan: { operatorType: string; dbHits?: number; rows?: number; children: unknown[] }): PlanSummary {
  const operators: string[] = [];
  let dbHits = 0;
  const walk = (node: { operatorType: string; dbHits?: number; children: unknown[] }): void => {
    operators.push(node.operatorType.replace(/@.*$/, ""));
    dbHits += Number(node.dbHits ?? 0);
    for (const child of node.children) walk(child as typeof node);
  };
  walk(plan);
  return {
    dbHits,
    rows: Number(plan.rows ?? 0),
    operators: [...new Set(operators)],
    indexUsed: operators.some((op) => /Index/.test(op)),
    labelOrAllNodesScan: operators.some((op) => /NodeByLabelScan|AllNodesScan/.test(op)),
  };
}

/**
 * PROFILE of the query as the row cap runs it: wrapped in a subquery with the
 * same limit, since a PROFILE is only reported once every row is produced (a
 * query with millions of rows, such as shared-groups on one big group, would
 * otherwise be profiled to the end).
 */
async function profile(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<PlanSummary | { error: string }> {
  const session = driver.session();
  try {
    const capped = `CALL {\n${cypher.trim().replace(/;$/, "")}\n}\nRETURN * LIMIT ${DEFAULT_READ_QUERY_OPTIONS.maxRows + 1}`;
    const result = await session.run(`PROFILE ${capped}`, toQueryParams(params));
    const plan = result.summary.profile;
    return plan ? summarisePlan(plan as never) : { error: "no profile returned" };
  } catch (error) {
    return { error: (error as Error).message.slice(0, 200) };
  } finally {
    await session.close();
  }
}

async function ensureLargeGraphLoaded(driver: Driver, quick: boolean, log: (m: string) => void): Promise<SerializedPolicyGraph> {
  const { graphFile } = await benchBuild(largeCorpusSize(quick));
  const graph = JSON.parse(await readFile(graphFile, "utf8")) as SerializedPolicyGraph;
  const counts = await countDatabase(driver);
  if (counts.nodes !== graph.nodes.length || counts.relations !== graph.edges.length) {
    log("loading the large graph (neo4j-load did not leave it loaded)");
    await timedLoad(driver, graph, {});
  }
  return graph;
}

async function run({ quick, log }: BenchContext) {
  const { driver } = await benchNeo4j();
  const graph = await ensureLargeGraphLoaded(driver, quick, log);
  const runs = quick ? 5 : 10;
  const library = await loadQueryLibrary();
  const rows = [];
  for (const query of library) {
    const params = resolveQueryParams(query, await realisticParams(driver, query));
    const times: number[] = [];
    let resultRows = 0;
    let error: string | undefined;
    for (let i = 0; i < runs + 2; i++) {
      const started = performance.now();
      try {
        const result = await runReadQuery(driver, { cypher: query.cypher, params, timeoutMs: 60_000 });
        resultRows = result.rows.length;
      } catch (e) {
        error = `${(e as Error).name}: ${(e as Error).message.slice(0, 160)}`;
        break;
      }
      if (i >= 2) times.push(performance.now() - started); // the first two runs warm the plan cache
    }
    const p95 = percentile(times, 95);
    const plan = error ? undefined : await profile(driver, query.cypher, params);
    rows.push({
      query: query.name,
      params,
      runs: times.length,
      rows: resultRows,
      p50Ms: round(percentile(times, 50), 1),
      p95Ms: round(p95, 1),
      slow: p95 > SLOW_QUERY_MS,
      ...(plan ? { profile: plan } : {}),
      ...(error ? { error } : {}),
    });
    log(`${query.name}: p50 ${round(percentile(times, 50), 1)} ms, p95 ${round(p95, 1)} ms${error ? ` (${error})` : ""}`);
  }
  const results = { graph: { nodes: graph.nodes.length, relations: graph.edges.length }, runsPerQuery: runs, slowThresholdMs: SLOW_QUERY_MS, queries: rows };
  const table = formatTable(
    ["query", "rows", "p50 ms", "p95 ms", "db hits", "index", "label/all scan", "note"],
    rows.map((r) => {
      const plan = r.profile && "dbHits" in r.profile ? r.profile : undefined;
      return [r.query, r.rows, r.p50Ms, r.p95Ms, plan?.dbHits, plan?.indexUsed, plan?.labelOrAllNodesScan, r.error ?? (r.slow ? `slow: ${plan?.operators.join(",")}` : "")];
    }),
  );
  return { table, results };
}

export const queryLatency: Benchmark = {
  name: "query-latency",
  description: "p50/p95 of every library query on the large graph, with PROFILE notes",
  run,
};
