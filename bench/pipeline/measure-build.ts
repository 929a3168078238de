/**
 * One measurement of the pipeline, run in a fresh child process so its peak
 * memory is its own. Prints one JSON line on stdout.
 *
 *   tsx bench/pipeline/measure-build.ts single <corpusDir> [graph.json to write]
 *   tsx bench/pipeline/measure-build.ts workers <corpusDir> <n>
 *
 * `single`: `buildFromPaths` (what `npm run kg -- build` runs) with stage
 * times from its progress events, writing graph.json's text, then the
 * baseline — `getSegmenter().cut` over every article's text — in the same
 * process. `workers`: the same stages, extraction split over n worker
 * threads by source file.
 */
import { writeFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { buildFromPaths } from "../../pipeline/build.js";
import { extractCorpus } from "../../pipeline/extract/index.js";
import { buildGraph } from "../../pipeline/graph/build-graph.js";
import { ingest } from "../../pipeline/ingest/index.js";
import type { ArticleExtraction, ArticleRecord } from "../../pipeline/records.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { startMemorySampler, type MemoryPeak } from "../lib/memory-sampler.js";

export interface SingleMeasurement {
  mode: "single";
  articles: number;
  characters: number;
  nodes: number;
  relations: number;
  /** nodejieba dictionary load, paid once per process (excluded from both sides). */
  segmenterLoadMs: number;
  buildMs: number;
  stages: { readMs: number; extractMs: number; graphMs: number };
  serializeMs: number;
  graphJsonMiB: number;
  segmentationMs: number;
  tokens: number;
  memory: { build: MemoryPeak; baseline: MemoryPeak };
}

export interface WorkersMeasurement {
  mode: "workers";
  workers: number;
  articles: number;
  nodes: number;
  relations: number;
  readMs: number;
  /** Wall time from handing articles to the pool until every extraction is back. */
  extractWallMs: number;
  /** Each worker's own extraction time (excludes its dictionary load). */
  workerExtractMs: number[];
  workerLoadMs: number[];
  graphMs: number;
  totalMs: number;
  maxRssMiB: number;
}

async function single(corpus: string, graphOut?: string): Promise<SingleMeasurement> {
  const loadStarted = performance.now();
  getSegmenter().cut("预热");
  const segmenterLoadMs = performance.now() - loadStarted;

  const sampler = startMemorySampler();
  const marks = { lastRead: 0, lastExtract: 0 };
  const started = performance.now();
  const result = await buildFromPaths([corpus], {
    builtAt: "2024-01-01T00:00:00.000Z",
    onProgress: ({ stage, done }) => {
      if (stage === "read") marks.lastRead = performance.now();
      else marks.lastExtract = performance.now();
      if (done % 50 === 0) sampler.sample();
    },
  });
  const buildMs = performance.now() - started;
  const serializeStarted = performance.now();
  const json = JSON.stringify(result.graph.export());
  const serializeMs = performance.now() - serializeStarted;
  const buildMemory = sampler.stop();
  if (graphOut) await writeFile(graphOut, json);

  const texts = result.extractions.map((e) => e.article.normalizedText);
  const baselineSampler = startMemorySampler();
  const segStarted = performance.now();
  let tokens = 0;
  for (const text of texts) tokens += getSegmenter().cut(text).length;
  const segmentationMs = performance.now() - segStarted;
  const baselineMemory = baselineSampler.stop();
  return {
    mode: "single",
    articles: result.summary.articles,
    characters: texts.reduce((sum, t) => sum + t.length, 0),
    nodes: result.graph.order,
    relations: result.graph.size,
    segmenterLoadMs,
    buildMs,
    stages: {
      readMs: marks.lastRead - started,
      extractMs: marks.lastExtract - marks.lastRead,
      graphMs: started + buildMs - marks.lastExtract,
    },
    serializeMs,
    graphJsonMiB: Math.round(json.length / 2 ** 20),
    segmentationMs,
    tokens,
    memory: { build: buildMemory, baseline: baselineMemory },
  };
}

/** Splits whole source files over n groups with about the same amount of text. */
export function partitionBySource(articles: ArticleRecord[], n: number): ArticleRecord[][] {
  const bySource = new Map<string, ArticleRecord[]>();
  for (const article of articles) bySource.set(article.source, [...(bySource.get(article.source) ?? []), article]);
  const groups = Array.from({ length: n }, () => ({ chars: 0, articles: [] as ArticleRecord[] }));
  const files = [...bySource.values()].sort((a, b) => size(b) - size(a));
  for (const file of files) {
    const lightest = groups.reduce((min, g) => (g.chars < min.chars ? g : min));
    lightest.articles.push(...file);
    lightest.chars += size(file);
  }
  return groups.map((g) => g.articles);
}

function size(articles: ArticleRecord[]): number {
  return articles.reduce((sum, a) => sum + a.text.length, 0);
}

// tsx's loader is registered per thread, so each worker registers it before importing the TypeScript body.
const TSX_API = import.meta.resolve("tsx/esm/api");
const WORKER_BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(
  new URL("./extract-worker.ts", import.meta.url).href,
)}); });`;

function runWorker(articles: ArticleRecord[]): Promise<{ extractions: ArticleExtraction[]; extractMs: number; loadMs: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { articles } });
    worker.once("message", (message) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

async function workers(corpus: string, n: number): Promise<WorkersMeasurement> {
  const started = performance.now();
  const ingested = await ingest([corpus]);
  const readMs = performance.now() - started;
  let extractions: ArticleExtraction[];
  let workerExtractMs: number[] = [];
  let workerLoadMs: number[] = [];
  const extractStarted = performance.now();
  if (n === 0) {
    // In-process reference (no pool), same code path as `build`.
    getSegmenter().cut("预热");
    extractions = extractCorpus(ingested.articles);
  } else {
    const parts = await Promise.all(partitionBySource(ingested.articles, n).map(runWorker));
    extractions = parts.flatMap((p) => p.extractions);
    workerExtractMs = parts.map((p) => p.extractMs);
    workerLoadMs = parts.map((p) => p.loadMs);
  }
  const extractWallMs = performance.now() - extractStarted;
  const graphStarted = performance.now();
  const graph = buildGraph(extractions, { builtAt: "2024-01-01T00:00:00.000Z" });
  const graphMs = performance.now() - graphStarted;
  return {
    mode: "workers",
    workers: n,
    articles: ingested.articles.length,
    nodes: graph.order,
    relations: graph.size,
    readMs,
    extractWallMs,
    workerExtractMs,
    workerLoadMs,
    graphMs,
    totalMs: performance.now() - started,
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const [mode, corpus, count] = process.argv.slice(2);
if (!corpus || (mode !== "single" && mode !== "workers")) {
  process.stderr.write("usage: measure-build.ts single <corpusDir> [graphOut] | workers <corpusDir> <n>\n");
  process.exit(2);
}
const measurement = mode === "single" ? await single(corpus, count) : await workers(corpus, Number(count ?? 2));
process.stdout.write(JSON.stringify(measurement) + "\n");
