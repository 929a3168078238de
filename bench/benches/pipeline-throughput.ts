/**
 * Pipeline throughput: `build` (ingest → extract → graph) on generated
 * corpora of several sizes, extracting in-process, against the baseline of
 * nodejieba segmentation alone over the same article texts in the same
 * process; peak memory per size; then the largest corpus again with 1…n
 * extraction worker threads (n = cores), to show how throughput scales.
 */
import type { Benchmark, BenchContext } from "../lib/bench.js";
import { runTsChild } from "../lib/child.js";
import { round } from "../lib/stats.js";
import { formatTable } from "../lib/table.js";
import { benchBuild, largeCorpusSize } from "../lib/workspace.js";
import os from "node:os";
import type { SingleMeasurement } from "../pipeline/measure-build.js";

/** Pipeline within this factor of segmentation alone. */
export const TARGET_RATIO = 2;

function sizes(quick: boolean): number[] {
  const override = process.env.BENCH_PIPELINE_SIZES;
  if (override) return override.split(",").map(Number);
  const large = largeCorpusSize(quick);
  return quick ? [150, large] : [large / 4, large / 2, large].map(Math.round);
}

/** Worker counts tried on the largest corpus: 1 up to the machine's cores (at least 2, to show the pool's cost on one core). */
function workerCounts(): number[] {
  return Array.from({ length: Math.max(2, os.availableParallelism()) }, (_, i) => i + 1);
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

  const largestSize = sizes(quick).at(-1)!;
  const { measurement: inProcess, corpus: largestCorpus } = await benchBuild(largestSize);
  const workerRuns: SingleMeasurement[] = [];
  for (const n of workerCounts()) {
    log(`${largestSize} articles with ${n} extraction worker(s) (child process)`);
    workerRuns.push(await runTsChild<SingleMeasurement>("bench/pipeline/measure-build.ts", ["single", largestCorpus.outDir, "-", String(n)], 30 * 60_000));
  }
  const sameGraph = workerRuns.every((w) => w.nodes === inProcess.nodes && w.relations === inProcess.relations);
  const workers = [inProcess, ...workerRuns].map((w) => ({
    workers: w.workersUsed === 0 ? "in-process" : w.workersUsed,
    articles: w.articles,
    buildSeconds: round(w.buildMs / 1000, 1),
    speedupVsInProcess: round(inProcess.buildMs / w.buildMs, 2),
    ratioToSegmentation: round(w.buildMs / w.segmentationMs, 1),
    articlesPerSecond: round(w.articles / (w.buildMs / 1000), 1),
    mainThreadBusySeconds: round(w.mainThreadBusyMs / 1000, 1),
    // No number of cores brings the build below the main thread's own work.
    mainThreadRatioToSegmentation: round(w.mainThreadBusyMs / w.segmentationMs, 1),
    processCpuSeconds: round(w.processCpuMs / 1000, 1),
    peakRssMiB: w.memory.build.maxRssMiB,
    nodes: w.nodes,
    relations: w.relations,
  }));
  const best = workers.reduce((a, b) => (b.ratioToSegmentation < a.ratioToSegmentation ? b : a));

  const largest = rows[rows.length - 1];
  const results = {
    target: `build within ${TARGET_RATIO}x of segmentation alone`,
    targetMet: best.ratioToSegmentation <= TARGET_RATIO,
    bestRatioToSegmentation: { ratio: best.ratioToSegmentation, workers: best.workers },
    cores: os.availableParallelism(),
    sizes: rows,
    memoryGrowth: { rssMiBPer1000Articles: round(fit.slope, 1), fixedRssMiB: round(fit.intercept, 0) },
    workerPool: {
      articles: largest?.articles,
      partition: "whole source files (or windows of a streamed file) per task; files split in a worker while one is idle",
      sameGraphAsInProcess: sameGraph,
      runs: workers,
    },
  };
  const table = [
    formatTable(
      ["articles", "MiB", "build s (in-process)", "segment s", "ratio", "art/s", "peak RSS MiB", "RSS/1k art"],
      rows.map((r) => [r.articles, r.corpusMiB, r.buildSeconds, r.segmentationSeconds, `${r.ratioToSegmentation}x`, r.articlesPerSecond, r.peakRssMiB, r.peakRssMiBPer1000Articles]),
    ),
    `memory growth: ${results.memoryGrowth.rssMiBPer1000Articles} MiB RSS per 1,000 articles over a fixed ${results.memoryGrowth.fixedRssMiB} MiB`,
    "",
    formatTable(
      ["extraction", "build s", "speedup", "ratio to segmentation", "art/s", "main thread busy s (ratio)", "CPU s", "peak RSS MiB", "same graph"],
      workers.map((w) => [
        w.workers,
        w.buildSeconds,
        `${w.speedupVsInProcess}x`,
        `${w.ratioToSegmentation}x`,
        w.articlesPerSecond,
        `${w.mainThreadBusySeconds} (${w.mainThreadRatioToSegmentation}x)`,
        w.processCpuSeconds,
        w.peakRssMiB,
        sameGraph,
      ]),
    ),
    "main thread busy: its own work (reading, de-duplication, the graph) — the floor no number of cores can beat",
    `best ratio to segmentation alone: ${best.ratioToSegmentation}x (${best.workers}); target ≤ ${TARGET_RATIO}x: ${results.targetMet ? "met" : "NOT met"}`,
  ].join("\n");
  return { table, results };
}

export const pipelineThroughput: Benchmark = {
  name: "pipeline-throughput",
  description: "build vs nodejieba segmentation alone; memory per size; 1…n extraction worker threads",
  run,
};
