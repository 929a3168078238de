/**
 * One measurement of the pipeline, run in a fresh child process so its peak
 * memory is its own. Prints one JSON line on stdout.
 *
 *   tsx bench/pipeline/measure-build.ts single <corpusDir> [graph.json to write] [workers]
 *
 * `buildFromPaths` (what `npm run kg -- build` runs), with the extraction
 * workers given (default 0: in-process; "auto" as the CLI), writing
 * graph.json's text, with this thread's busy time and the process' CPU
 * time during the build; then the baseline — `getSegmenter().cut` over every
 * article's text — in the same process.
 */
import { writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { buildFromPaths } from "../../pipeline/build.js";
import { ingest } from "../../pipeline/ingest/index.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { startMemorySampler, type MemoryPeak } from "../lib/memory-sampler.js";

export interface SingleMeasurement {
  mode: "single";
  /** Extraction worker threads asked for and used. */
  workers: number | "auto";
  workersUsed: number;
  articles: number;
  characters: number;
  nodes: number;
  relations: number;
  /** nodejieba dictionary load in this thread, paid once per process (excluded from both sides). */
  segmenterLoadMs: number;
  buildMs: number;
  /** Of buildMs, the time this (the main) thread was busy: reading, de-duplication, the graph, and everything when in-process. */
  mainThreadBusyMs: number;
  /** CPU time of the whole process (every thread) during the build. */
  processCpuMs: number;
  serializeMs: number;
  graphJsonMiB: number;
  segmentationMs: number;
  tokens: number;
  memory: { build: MemoryPeak; baseline: MemoryPeak };
}

async function single(corpus: string, graphOut?: string, workers: number | "auto" = 0): Promise<SingleMeasurement> {
  const loadStarted = performance.now();
  getSegmenter().cut("预热");
  const segmenterLoadMs = performance.now() - loadStarted;

  const sampler = startMemorySampler();
  const loopBefore = performance.eventLoopUtilization();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await buildFromPaths([corpus], {
    builtAt: "2024-01-01T00:00:00.000Z",
    workers,
    keepExtractions: false,
    onProgress: () => sampler.sample(),
  });
  const buildMs = performance.now() - started;
  const mainThreadBusyMs = performance.eventLoopUtilization(loopBefore).active;
  const cpu = process.cpuUsage(cpuBefore);
  const serializeStarted = performance.now();
  const json = JSON.stringify(result.graph.export());
  const serializeMs = performance.now() - serializeStarted;
  const buildMemory = sampler.stop();
  if (graphOut) await writeFile(graphOut, json);

  const texts = (await ingest([corpus])).articles.map((a) => a.normalizedText);
  const baselineSampler = startMemorySampler();
  const segStarted = performance.now();
  let tokens = 0;
  for (const text of texts) tokens += getSegmenter().cut(text).length;
  const segmentationMs = performance.now() - segStarted;
  const baselineMemory = baselineSampler.stop();
  return {
    mode: "single",
    workers,
    workersUsed: result.summary.workers,
    articles: result.summary.articles,
    characters: texts.reduce((sum, t) => sum + t.length, 0),
    nodes: result.graph.order,
    relations: result.graph.size,
    segmenterLoadMs,
    buildMs,
    mainThreadBusyMs,
    processCpuMs: (cpu.user + cpu.system) / 1000,
    serializeMs,
    graphJsonMiB: Math.round(json.length / 2 ** 20),
    segmentationMs,
    tokens,
    memory: { build: buildMemory, baseline: baselineMemory },
  };
}

const [mode, corpus, graphOut, workersArg] = process.argv.slice(2);
if (!corpus || mode !== "single") {
  process.stderr.write("usage: measure-build.ts single <corpusDir> [graphOut|-] [workers|auto]\n");
  process.exit(2);
}
const workers = workersArg === undefined ? 0 : workersArg === "auto" ? "auto" : Number(workersArg);
const measurement = await single(corpus, graphOut && graphOut !== "-" ? graphOut : undefined, workers);
process.stdout.write(JSON.stringify(measurement) + "\n");
