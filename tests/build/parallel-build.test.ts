import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrefectures } from "../../bench/corpus/counties.js";
import { DEFAULT_SHARES, generateCorpus, printPage } from "../../bench/generate-corpus.js";
import { createRng } from "../../bench/lib/rng.js";
import { BuildOptionsError, buildFromPaths, type BuildResult } from "../../pipeline/build.js";
import { createExtractionPool, ExtractionWorkerError } from "../../pipeline/parallel/extraction-pool.js";
import type { ArticleRecord } from "../../pipeline/records.js";

const BUILT_AT = "2024-01-01T00:00:00.000Z";
const root = mkdtempSync(path.join(tmpdir(), "parallel-build-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const graphText = (result: BuildResult) => JSON.stringify(result.graph.export());

describe("build with extraction worker threads", () => {
  const inputs = ["corpus", "tests/fixtures/heldout", "tests/fixtures/pages", "tests/fixtures/tables", path.join(root, "generated")];
  let inProcess: BuildResult;
  let parallel: BuildResult;

  beforeAll(async () => {
    await generateCorpus({ articles: 60, outDir: path.join(root, "generated"), seed: 11 });
    inProcess = await buildFromPaths(inputs, { builtAt: BUILT_AT, workers: 0 });
    parallel = await buildFromPaths(inputs, { builtAt: BUILT_AT, workers: 2 });
  }, 120_000);

  it("builds the very same graph, summary and extractions as extracting in-process", () => {
    expect(parallel.summary.workers).toBe(2);
    expect(inProcess.summary.workers).toBe(0);
    expect(parallel.graph.order).toBeGreaterThan(500);
    expect(graphText(parallel)).toBe(graphText(inProcess));
    expect({ ...parallel.summary, workers: 0 }).toEqual(inProcess.summary);
    expect(parallel.extractions.map((e) => e.article.key)).toEqual(inProcess.extractions.map((e) => e.article.key));
  });

  it("keeps no extraction when asked not to, and the graph is unchanged", async () => {
    const lean = await buildFromPaths(["corpus"], { builtAt: BUILT_AT, keepExtractions: false });
    expect(lean.extractions).toEqual([]);
    expect(lean.summary.articles).toBe(7);
    expect(graphText(lean)).toBe(graphText(await buildFromPaths(["corpus"], { builtAt: BUILT_AT })));
  });

  it("rejects a worker count that is not a whole number", async () => {
    await expect(buildFromPaths(["corpus"], { workers: -1 })).rejects.toBeInstanceOf(BuildOptionsError);
    await expect(buildFromPaths(["corpus"], { workers: 1.5 })).rejects.toBeInstanceOf(BuildOptionsError);
  });
});

describe("build of a large file read a window at a time", () => {
  it("finds the same articles and graph as reading the file whole", async () => {
    const rng = createRng(5);
    const prefecture = loadPrefectures().find((p) => p.counties.length >= 6)!;
    const pages = Array.from({ length: 12 }, () => printPage(prefecture, rng.int(3, 6), { ...DEFAULT_SHARES, sampleDerived: 0 }, rng).text);
    const file = path.join(root, "pages.txt");
    writeFileSync(file, pages.join("\n\n"));
    const whole = await buildFromPaths([file], { builtAt: BUILT_AT, workers: 0 });
    // Windows of ~2 pages: the file is split, extracted and resolved in several batches.
    const streamed = await buildFromPaths([file], { builtAt: BUILT_AT, workers: 2, streamAboveBytes: 0, windowChars: 8_000 });
    expect(streamed.summary.articles).toBe(whole.summary.articles);
    expect(streamed.summary.articles).toBeGreaterThan(36);
    expect(streamed.summary.files).toEqual(whole.summary.files);
    expect(graphText(streamed)).toBe(graphText(whole));
  }, 60_000);
});

describe("extraction pool", () => {
  it("turns a failure inside a worker into an error for that batch only", async () => {
    const pool = createExtractionPool(1);
    try {
      await expect(pool.extract([{ key: "broken" } as unknown as ArticleRecord])).rejects.toBeInstanceOf(ExtractionWorkerError);
      const [ok] = await Promise.all([buildArticle()].map((article) => pool.extract([article])));
      expect(ok![0]!.article.key).toBe("Article:test");
      expect(ok![0]!.entities.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
    await expect(pool.extract([buildArticle()])).rejects.toThrow(/closed/);
  }, 60_000);
});

function buildArticle(): ArticleRecord {
  const text = "嘉祥县深入开展“以三大促三好”活动，为全县162名第一书记提供培训。";
  return { key: "Article:test", hash: "test", source: "test.txt", index: 0, layout: "print", title: "嘉祥开展活动", normalizedTitle: "嘉祥开展活动", reporters: [], text, normalizedText: text };
}
