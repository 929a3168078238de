/**
 * Pipeline throughput: `build` (ingest → extract → graph) on generated
 * corpora of several sizes against the baseline of nodejieba segmentation
 * alone over the same article texts in the same process; peak memory per
 * size; and a worker-pool experiment splitting extraction by source file.
 */
import type { Benchmark, BenchContext } from "../lib/bench.js";
import { runTsChild } from "../lib/child.js";
import { round } from "../lib/stats.js";
import { formatTable } from "../lib/table.js";
import { benchBuild, benchCorpus, largeCorpusSize } from "../lib/workspace.js";
import type { WorkersMeasurement } from "../pipeline/measure-build.js";

/** Pipeline within this factor of segmentation alone. */
export const TARGET_RATIO = 2;

function sizes(quick: boolean): number[] {
  const override = process.env.BENCH_PIPELINE_SIZES;
  if (override) return override.split(",").map(Number);
  const large = largeCorpusSize(quick);
  return quick ? [150, large] : [large / 4, large / 2, large].map(Math.round);
}

function workerSize(quick: boolean): number {
  return quick ? 150 : Math.round(largeCorpusSize(false) / 4);
}

/** Least-squares line through (x, y): slope and intercept. */
export function linearFit(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  return { slope, intercept: my - slope * mx };
}

async function run({ quick, log }: BenchContext) {
  const rows = [];
  for (const articles of sizes(quick)) {
    log(`corpus of ${articles} articles: generating and building (child process)`);
    const { measurement: m, corpus } = await benchBuild(articles);
    const ratio = m.buildMs / m.segmentationMs;
    rows.push({
      articlesGenerated: articles,
      articles: m.articles,
      corpusMiB: round(corpus.bytes / 2 ** 20, 1),
      characters: m.characters,
      nodes: m.nodes,
      relations: m.relations,
      buildSeconds: round(m.buildMs / 1000, 1),
      stagesSeconds: { read: round(m.stages.readMs / 1000, 1), extract: round(m.stages.extractMs / 1000, 1), graph: round(m.stages.graphMs / 1000, 1) },
      serializeSeconds: round(m.serializeMs / 1000, 1),
      segmentationSeconds: round(m.segmentationMs / 1000, 1),
      segmenterLoadSeconds: round(m.segmenterLoadMs / 1000, 1),
      ratioToSegmentation: round(ratio, 1),
      articlesPerSecond: round(m.articles / (m.buildMs / 1000), 1),
      segmentationArticlesPerSecond: round(m.articles / (m.segmentationMs / 1000), 1),
      peakRssMiB: m.memory.build.maxRssMiB,
      peakHeapMiB: m.memory.build.heapUsedMiB,
      peakRssMiBPer1000Articles: round((m.memory.build.maxRssMiB / m.articles) * 1000, 1),
    });
    log(`  ${articles}: build ${round(m.buildMs / 1000, 1)} s, segmentation ${round(m.segmentationMs / 1000, 1)} s, ratio ${round(ratio, 1)}, peak RSS ${m.memory.build.maxRssMiB} MiB`);
  }
  const fit = linearFit(rows.map((r) => ({ x: r.articles / 1000, y: r.peakRssMiB })));

  const workerArticles = workerSize(quick);
  const corpus = await benchCorpus(workerArticles);
  const workerRuns: WorkersMeasurement[] = [];
  for (const n of [0, 1, 2]) {
    log(`worker-pool experiment on ${workerArticles} articles: ${n === 0 ? "in-process" : `${n} worker(s)`}`);
    workerRuns.push(await runTsChild<WorkersMeasurement>("bench/pipeline/measure-build.ts", ["workers", corpus.outDir, String(n)], 30 * 60_000));
  }
  const oneWorker = workerRuns.find((w) => w.workers === 1);
  const sameGraph = workerRuns.every((w) => w.nodes === workerRuns[0]?.nodes && w.relations === workerRuns[0]?.relations);
  const oneWorkerExtractOnly = oneWorker ? Math.max(...oneWorker.workerExtractMs) : undefined;
  const workers = workerRuns.map((w) => ({
    workers: w.workers === 0 ? "in-process" : w.workers,
    articles: w.articles,
    extractWallSeconds: round(w.extractWallMs / 1000, 1),
    workerExtractSeconds: w.workerExtractMs.map((ms) => round(ms / 1000, 1)),
    workerStartupSeconds: w.workerLoadMs.map((ms) => round(ms / 1000, 1)),
    totalSeconds: round(w.totalMs / 1000, 1),
    speedupVsOneWorker: oneWorker ? round(oneWorker.extractWallMs / w.extractWallMs, 2) : null,
    // Without the pool's one-time start-up (each worker loads tsx and the dictionaries): the longest worker's extraction.
    extractOnlySeconds: w.workers === 0 ? round(w.extractWallMs / 1000, 1) : round(Math.max(...w.workerExtractMs) / 1000, 1),
    extractOnlySpeedupVsOneWorker:
      oneWorkerExtractOnly && w.workers > 0 ? round(oneWorkerExtractOnly / Math.max(...w.workerExtractMs), 2) : null,
    maxRssMiB: w.maxRssMiB,
    nodes: w.nodes,
    relations: w.relations,
  }));

  const largest = rows[rows.length - 1];
  const results = {
    target: `build within ${TARGET_RATIO}x of segmentation alone`,
    targetMet: largest ? largest.ratioToSegmentation <= TARGET_RATIO : false,
    sizes: rows,
    memoryGrowth: { rssMiBPer1000Articles: round(fit.slope, 1), fixedRssMiB: round(fit.intercept, 0) },
    workerPool: { articles: workerArticles, partition: "whole source files per worker (county resolution is per page)", sameGraphAsInProcess: sameGraph, runs: workers },
  };
  const table = [
    formatTable(
      ["articles", "MiB", "build s", "read/extract/graph s", "segment s", "ratio", "art/s", "peak RSS MiB", "RSS/1k art"],
      rows.map((r) => [r.articles, r.corpusMiB, r.buildSeconds, `${r.stagesSeconds.read}/${r.stagesSeconds.extract}/${r.stagesSeconds.graph}`, r.segmentationSeconds, `${r.ratioToSegmentation}x`, r.articlesPerSecond, r.peakRssMiB, r.peakRssMiBPer1000Articles]),
    ),
    `memory growth: ${results.memoryGrowth.rssMiBPer1000Articles} MiB RSS per 1,000 articles over a fixed ${results.memoryGrowth.fixedRssMiB} MiB; target ≤ ${TARGET_RATIO}x: ${results.targetMet ? "met" : "NOT met"}`,
    "",
    formatTable(
      ["extraction", "wall s", "speedup vs 1", "per-worker s", "startup s", "speedup w/o startup", "max RSS MiB", "same graph"],
      workers.map((w) => [w.workers, w.extractWallSeconds, w.speedupVsOneWorker, w.workerExtractSeconds.join("/") || "-", w.workerStartupSeconds.join("/") || "-", w.extractOnlySpeedupVsOneWorker, w.maxRssMiB, sameGraph]),
    ),
  ].join("\n");
  return { table, results };
}

export const pipelineThroughput: Benchmark = {
  name: "pipeline-throughput",
  description: "build vs nodejieba segmentation alone; memory per size; 1 vs 2 extraction workers",
  run,
};
