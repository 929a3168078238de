import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractCorpus } from "../../pipeline/extract/index.js";
import { ingestBatches, type IngestBatch } from "../../pipeline/ingest/index.js";
import { createExtractionPool, ExtractionTaskError, ExtractionWorkerError, type ExtractionPool } from "../../pipeline/parallel/extraction-pool.js";
import { createPooledReading } from "../../pipeline/parallel/pooled-reading.js";
import type { ArticleExtraction, ArticleRecord } from "../../pipeline/records.js";
import { SAMPLE_PAGE } from "../fixtures/ingest/make-variants.js";

const root = mkdtempSync(path.join(tmpdir(), "pooled-reading-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The pool, counting the files it reads and the batches it is asked to
 * extract again, and saying `idleWorkers` are idle whatever they do (which
 * decides where files are split, see the last test).
 */
function countingPool(pool: ExtractionPool, idleWorkers: number) {
  const calls = { read: [] as string[], extract: [] as ArticleRecord[][] };
  const counting: ExtractionPool = {
    size: pool.size,
    idleWorkers,
    extract: (articles) => (calls.extract.push(articles), pool.extract(articles)),
    read: (source, bytes) => (calls.read.push(source), pool.read(source, bytes)),
    close: () => pool.close(),
  };
  return Object.assign(counting, { calls });
}

/** Ingests `paths` with the pooled reading (on a machine of `cores`), then its extractions, batch by batch. */
async function readAll(paths: string[], pool: ExtractionPool | undefined, cores = 64) {
  const reading = createPooledReading(() => pool, cores);
  const batches: IngestBatch[] = [];
  const extractions: ArticleExtraction[][] = [];
  for await (const batch of ingestBatches(paths, { splitter: reading.splitter })) {
    batches.push(batch);
    extractions.push(await reading.extract(batch));
  }
  return { batches, extractions, reading };
}

/** What the same batch gives extracted in this thread, without the records' object identity. */
const inThread = (batch: IngestBatch) => JSON.parse(JSON.stringify(extractCorpus(batch.articles))) as unknown;
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("pooled reading: files decoded, split and extracted in a worker", () => {
  let real: ExtractionPool;
  let pool: ReturnType<typeof countingPool>;
  const pageCopy = path.join(root, "page-copy.txt");
  const pageAndMore = path.join(root, "page-and-more.txt");

  beforeAll(async () => {
    real = createExtractionPool(2);
    pool = countingPool(real, 1);
    const page = readFileSync(SAMPLE_PAGE, "utf8");
    writeFileSync(pageCopy, page);
    // The sample page's articles again (copies of the first file's) after one article only this file has.
    const heldout = readFileSync("tests/fixtures/heldout/fj-jiangle-river-chiefs.txt", "utf8");
    writeFileSync(pageAndMore, `${heldout}\n\n${page}`);
  }, 60_000);
  afterAll(() => real.close());

  it("hands over the worker's extractions when de-duplication keeps the whole file", async () => {
    const { batches, extractions } = await readAll([SAMPLE_PAGE], pool);
    expect(batches.map((b) => b.articles.length)).toEqual([7]);
    expect(pool.calls).toEqual({ read: [SAMPLE_PAGE], extract: [] });
    expect(extractions[0]!.map((e) => e.article)).toEqual(batches[0]!.articles);
    expect(plain(extractions[0])).toEqual(inThread(batches[0]!));
  }, 60_000);

  it("extracts again what is left of a file whose articles repeat another file's", async () => {
    pool.calls.read.length = 0;
    const { batches, extractions } = await readAll([SAMPLE_PAGE, pageCopy, pageAndMore], pool);
    expect(batches.map((b) => b.articles.length)).toEqual([7, 0, 1]);
    expect(batches[1]!.diagnostics.filter((d) => d.code === "duplicate-article")).toHaveLength(7);
    // Every file is read in the pool; files read ahead reach it in whatever order its workers free up.
    expect([...pool.calls.read].sort()).toEqual([SAMPLE_PAGE, pageCopy, pageAndMore].sort());
    // Only the third file needs a second pass: the worker extracted its eight articles together.
    expect(pool.calls.extract).toEqual([batches[2]!.articles]);
    for (const [i, batch] of batches.entries()) expect(plain(extractions[i])).toEqual(inThread(batch));
  }, 60_000);

  it("gives the batches and diagnostics of reading in this thread, in input order", async () => {
    const inputs = ["corpus", "tests/fixtures/heldout", pageAndMore];
    const pooled = await readAll(inputs, pool);
    const alone = await readAll(inputs, undefined);
    expect(pooled.batches.length).toBeGreaterThan(5);
    expect(plain(pooled.batches)).toEqual(plain(alone.batches));
    expect(plain(pooled.extractions)).toEqual(plain(alone.extractions));
  }, 60_000);
});

describe("pooled reading: where files are split", () => {
  let real: ExtractionPool;
  beforeAll(() => {
    real = createExtractionPool(2);
  });
  afterAll(() => real.close());

  it("splits files in this thread while every worker is busy, and extracts them in the pool", async () => {
    const busy = countingPool(real, 0);
    const { batches, extractions } = await readAll([SAMPLE_PAGE], busy);
    expect(busy.calls).toEqual({ read: [], extract: [batches[0]!.articles] });
    expect(plain(extractions[0])).toEqual(inThread(batches[0]!));
  }, 60_000);

  it("splits files in this thread when the pool has as many workers as the machine has cores", async () => {
    const idle = countingPool(real, 2);
    const { batches } = await readAll([SAMPLE_PAGE], idle, 2);
    expect(idle.calls).toEqual({ read: [], extract: [batches[0]!.articles] });
  }, 60_000);

  it("keeps going when one file fails in a worker, as it would in this thread", async () => {
    const reading = createPooledReading(() => countingPool(real, 1), 64);
    // Bytes that are not bytes make articlesOfFile throw inside the worker.
    await expect(reading.splitter.split("broken.txt", "not bytes" as unknown as Uint8Array)).rejects.toBeInstanceOf(ExtractionTaskError);
    expect(reading.failure).toBeUndefined();
    const { batches } = await readAll([SAMPLE_PAGE], countingPool(real, 1));
    expect(batches[0]!.articles).toHaveLength(7);
  }, 60_000);

  it("turns the file into a diagnostic when the pool fails, and keeps the failure, which must end the build", async () => {
    const real = createExtractionPool(1);
    await real.close();
    const { batches, reading } = await readAll([SAMPLE_PAGE], countingPool(real, 1));
    expect(batches).toEqual([
      expect.objectContaining({ articles: [], diagnostics: [expect.objectContaining({ code: "internal-error", source: SAMPLE_PAGE })] }),
    ]);
    expect(reading.failure).toBeInstanceOf(ExtractionWorkerError);
    expect(reading.failure).not.toBeInstanceOf(ExtractionTaskError);
  }, 60_000);
});
