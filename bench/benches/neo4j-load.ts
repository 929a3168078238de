/**
 * Neo4j load throughput of the project's batched loader on the large graph,
 * against two baselines measured on the same server in the same run:
 * Neo4j's own LOAD CSV of the same rows (speed ceiling) and a naive
 * one-row-per-transaction load (batching gain); plus the batch-size curve.
 */
import path from "node:path";
import { readFile } from "node:fs/promises";
import { applySchema } from "../../pipeline/neo4j/schema.js";
import { DEFAULT_LOAD_OPTIONS } from "../../pipeline/neo4j/loader.js";
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";
import { sampleByArticles } from "../graph/sample-graph.js";
import type { Benchmark, BenchContext } from "../lib/bench.js";
import { round } from "../lib/stats.js";
import { formatTable } from "../lib/table.js";
import { benchBuild, benchNeo4j, largeCorpusSize } from "../lib/workspace.js";
import { runLoadCsv, writeLoadCsvFiles } from "../neo4j/load-csv-baseline.js";
import { clearDatabase, countDatabase, timedLoad, type TimedLoad } from "../neo4j/timed-load.js";

export const BATCH_SIZES = [100, 500, 1000, 2000, 5000] as const;
const LOAD_CSV_ROWS_PER_TRANSACTION = 1000;

function rates(t: { nodes: number; relations: number; nodesMs: number; relationsMs: number }) {
  const ms = t.nodesMs + t.relationsMs;
  return {
    nodesPerSecond: round(t.nodes / (t.nodesMs / 1000), 0),
    relationsPerSecond: round(t.relations / (t.relationsMs / 1000), 0),
    rowsPerSecond: round((t.nodes + t.relations) / (ms / 1000), 0),
  };
}

function loadRow(t: TimedLoad) {
  return { nodes: t.nodes, relations: t.relations, batches: t.batches, writeSeconds: round((t.nodesMs + t.relationsMs) / 1000, 1), totalSeconds: round(t.totalMs / 1000, 1), ...rates(t) };
}

async function run({ quick, log }: BenchContext) {
  const { graphFile } = await benchBuild(largeCorpusSize(quick));
  const graph = JSON.parse(await readFile(graphFile, "utf8")) as SerializedPolicyGraph;
  log(`large graph: ${graph.nodes.length} nodes, ${graph.edges.length} relations; starting Neo4j`);
  const { server, driver } = await benchNeo4j();
  const curveSample = sampleByArticles(graph, quick ? 100 : 300);
  const naiveSample = sampleByArticles(graph, quick ? 10 : 20);

  // Warm the JVM on a small load so the first measured one does not pay for JIT compilation.
  await clearDatabase(driver);
  await timedLoad(driver, naiveSample, { reconcile: false });

  log(`naive one-row-per-transaction load of ${naiveSample.nodes.length + naiveSample.edges.length} rows`);
  await clearDatabase(driver);
  const naive = await timedLoad(driver, naiveSample, { batchSize: 1, reconcile: false });
  await clearDatabase(driver);
  const naiveBatched = await timedLoad(driver, naiveSample, { reconcile: false });

  const curve = [];
  for (const batchSize of BATCH_SIZES) {
    log(`batch size ${batchSize} on ${curveSample.nodes.length + curveSample.edges.length} rows`);
    await clearDatabase(driver);
    curve.push({ batchSize, ...loadRow(await timedLoad(driver, curveSample, { batchSize, reconcile: false })) });
  }

  const loadCsv = async (g: SerializedPolicyGraph) => {
    await clearDatabase(driver);
    await applySchema(driver, {});
    const files = await writeLoadCsvFiles(g, path.join(server.dataDir, "import"), LOAD_CSV_ROWS_PER_TRANSACTION);
    const times = await runLoadCsv(driver, files);
    const counts = await countDatabase(driver);
    return { ...counts, nodesMs: times.nodesMs, relationsMs: times.relationsMs };
  };
  log("LOAD CSV of the sample and of the large graph");
  const csvSample = await loadCsv(curveSample);
  const csvLarge = await loadCsv(graph);

  log("batched load of the large graph (default options, with reconciliation); it stays loaded for query-latency");
  await clearDatabase(driver);
  const batched = await timedLoad(driver, graph, {});
  const loaded = await countDatabase(driver);

  const batchedRates = rates(batched);
  const csvRates = rates(csvLarge);
  const naiveRates = rates(naive);
  const results = {
    neo4j: { uri: "loopback, own temporary server (scripts/neo4j/run.sh)", javaOpts: process.env.NEO4J_JAVA_OPTS ?? "bench default -Xms1g -Xmx3g" },
    largeGraph: { nodes: graph.nodes.length, relations: graph.edges.length, inNeo4jAfterLoad: loaded },
    defaultBatchSize: DEFAULT_LOAD_OPTIONS.batchSize,
    batched: { ...loadRow(batched), reconciled: batched.reconciled },
    loadCsv: { rowsPerTransaction: LOAD_CSV_ROWS_PER_TRANSACTION, ...csvLarge, ...csvRates, writeSeconds: round((csvLarge.nodesMs + csvLarge.relationsMs) / 1000, 1) },
    loadCsvOnCurveSample: { ...csvSample, ...rates(csvSample) },
    naive: { sampleRows: naiveSample.nodes.length + naiveSample.edges.length, ...loadRow(naive) },
    batchedOnNaiveSample: loadRow(naiveBatched),
    batchSizeCurve: { sampleRows: curveSample.nodes.length + curveSample.edges.length, runs: curve },
    ratios: {
      batchedVsLoadCsv: round(batchedRates.rowsPerSecond / csvRates.rowsPerSecond, 2),
      batchedVsNaive: round(batchedRates.rowsPerSecond / naiveRates.rowsPerSecond, 1),
      batchedVsNaiveSameSample: round(rates(naiveBatched).rowsPerSecond / naiveRates.rowsPerSecond, 1),
    },
    targets: { batchedVsLoadCsvAtLeast: 0.5, batchedVsNaiveAtLeast: 20 },
  };
  const ok = (value: number, min: number) => (value >= min ? "met" : "NOT met");
  const table = [
    formatTable(
      ["load", "nodes", "relations", "write s", "nodes/s", "relations/s", "rows/s"],
      [
        ["batched (default " + DEFAULT_LOAD_OPTIONS.batchSize + ")", batched.nodes, batched.relations, results.batched.writeSeconds, batchedRates.nodesPerSecond, batchedRates.relationsPerSecond, batchedRates.rowsPerSecond],
        ["LOAD CSV", csvLarge.nodes, csvLarge.relations, results.loadCsv.writeSeconds, csvRates.nodesPerSecond, csvRates.relationsPerSecond, csvRates.rowsPerSecond],
        ["naive 1 row/tx (sample)", naive.nodes, naive.relations, results.naive.writeSeconds, naiveRates.nodesPerSecond, naiveRates.relationsPerSecond, naiveRates.rowsPerSecond],
      ],
    ),
    `batched / LOAD CSV = ${results.ratios.batchedVsLoadCsv} (target ≥ 0.5: ${ok(results.ratios.batchedVsLoadCsv, 0.5)}); batched / naive = ${results.ratios.batchedVsNaive}x (same sample: ${results.ratios.batchedVsNaiveSameSample}x; target ≥ 20x: ${ok(results.ratios.batchedVsNaiveSameSample, 20)})`,
    "",
    `batch-size curve (${results.batchSizeCurve.sampleRows} rows; the loader's default is ${DEFAULT_LOAD_OPTIONS.batchSize}):`,
    formatTable(["batch", "write s", "nodes/s", "relations/s", "rows/s"], curve.map((c) => [c.batchSize, c.writeSeconds, c.nodesPerSecond, c.relationsPerSecond, c.rowsPerSecond])),
  ].join("\n");
  return { table, results };
}

export const neo4jLoad: Benchmark = {
  name: "neo4j-load",
  description: "batched loader vs LOAD CSV and one-row-per-transaction; batch-size curve",
  run,
};
