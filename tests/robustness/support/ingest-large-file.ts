/**
 * Child process of the large-file test: writes a file of about `mib` MiB made
 * of generated print pages (the benchmark corpus' generator), then reads it with `ingestBatches`, keeping nothing but counts, and
 * prints one JSON line: what was read and the memory it took.
 *
 *   tsx tests/robustness/support/ingest-large-file.ts <file> <mib> <utf8|gb18030>
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import iconv from "iconv-lite";
import { loadPrefectures } from "../../../bench/corpus/counties.js";
import { DEFAULT_SHARES, printPage } from "../../../bench/generate-corpus.js";
import { createRng } from "../../../bench/lib/rng.js";
import { ingestBatches } from "../../../pipeline/ingest/index.js";

export interface LargeFileReport {
  fileMiB: number;
  pages: number;
  articlesWritten: number;
  articles: number;
  duplicates: number;
  encoding: string | undefined;
  diagnostics: Record<string, number>;
  batches: number;
  baselineRssMiB: number;
  peakRssMiB: number;
  peakHeapMiB: number;
  seconds: number;
}

const [file, mibArg, encoding = "utf8"] = process.argv.slice(2);
if (!file || !mibArg) throw new Error("usage: ingest-large-file.ts <file> <mib> <utf8|gb18030>");

const prefectures = loadPrefectures();
const target = Number(mibArg) * 2 ** 20;
const out = createWriteStream(file);
let written = 0;
let pages = 0;
let articlesWritten = 0;
for (const rng = createRng(2024); written < target; pages++) {
  const count = rng.int(3, 6);
  const page = printPage(rng.pick(prefectures), count, { ...DEFAULT_SHARES, sampleDerived: 0.2 }, rng).text + "\n\n";
  const bytes = encoding === "gb18030" ? iconv.encode(page, "gb18030") : Buffer.from(page, "utf8");
  if (!out.write(bytes)) await once(out, "drain");
  written += bytes.length;
  articlesWritten += count;
}
out.end();
await once(out, "finish");

const MiB = 2 ** 20;
globalThis.gc?.();
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
let peakHeap = 0;
const report: LargeFileReport = {
  fileMiB: Math.round(written / MiB),
  pages,
  articlesWritten,
  articles: 0,
  duplicates: 0,
  encoding: undefined,
  diagnostics: {},
  batches: 0,
  baselineRssMiB: Math.round(baselineRss / MiB),
  peakRssMiB: 0,
  peakHeapMiB: 0,
  seconds: 0,
};
const started = performance.now();
for await (const batch of ingestBatches([file])) {
  report.batches++;
  report.articles += batch.articles.length;
  for (const d of batch.diagnostics) {
    report.diagnostics[d.code] = (report.diagnostics[d.code] ?? 0) + 1;
    if (d.code === "duplicate-article") report.duplicates++;
  }
  if (batch.document) report.encoding = batch.document.encoding;
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}
report.seconds = Math.round((performance.now() - started) / 100) / 10;
report.peakRssMiB = Math.round(peakRss / MiB);
report.peakHeapMiB = Math.round(peakHeap / MiB);
process.stdout.write(JSON.stringify(report) + "\n");
