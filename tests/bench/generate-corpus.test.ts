/** The benchmark corpus generator: deterministic, exact in size, varied in layout and encoding. */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.js";

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-bench-test-"));
  dirs.push(dir);
  return dir;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("generateCorpus", () => {
  it("writes byte-identical corpora for the same seed, and a different one for another seed", async () => {
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()];
    const first = await generateCorpus({ articles: 80, outDir: a, seed: 7 });
    const second = await generateCorpus({ articles: 80, outDir: b, seed: 7 });
    const other = await generateCorpus({ articles: 80, outDir: c, seed: 8 });
    expect(second.digest).toBe(first.digest);
    expect(other.digest).not.toBe(first.digest);
    const filesA = (await listFiles(a)).map((f) => path.relative(a, f));
    const filesB = (await listFiles(b)).map((f) => path.relative(b, f));
    expect(filesB).toEqual(filesA);
    for (const file of filesA.slice(0, 10)) {
      expect(Buffer.compare(await readFile(path.join(a, file)), await readFile(path.join(b, file)))).toBe(0);
    }
  });

  it("writes exactly the requested number of articles, in print and web layouts", async () => {
    const dir = await tempDir();
    const manifest = await generateCorpus({ articles: 400, outDir: dir, seed: 3 });
    expect(manifest.articles).toBe(400);
    expect(manifest.byLayout.print).toBeGreaterThan(0);
    expect(manifest.byLayout.web).toBeGreaterThan(0);
    expect((await listFiles(dir)).length).toBe(manifest.files);
    const datelines = [];
    for (const file of await listFiles(dir)) {
      const bytes = await readFile(file);
      const text = isUtf8(bytes) ? bytes.toString("utf8") : iconv.decode(bytes, "gb18030");
      datelines.push(...(text.match(/本报\p{Script=Han}{2,4}讯/gu) ?? []));
    }
    expect(datelines.length).toBeGreaterThan(manifest.byLayout.print * 2);
  });

  it("writes a share of GB18030 files that decode to Chinese text and are not valid UTF-8", async () => {
    const dir = await tempDir();
    const manifest = await generateCorpus({ articles: 300, outDir: dir, seed: 5, shares: { gb18030: 0.5 } });
    const gb = manifest.byEncoding["GB18030"] ?? 0;
    expect(gb).toBeGreaterThan(manifest.files / 4);
    let checked = 0;
    for (const file of await listFiles(dir)) {
      const bytes = await readFile(file);
      if (isUtf8(bytes)) continue;
      const text = iconv.decode(bytes, "gb18030");
      expect(text).toMatch(/\p{Script=Han}{10}/u);
      expect(text).not.toContain("\ufffd");
      checked++;
    }
    expect(checked).toBe(gb);
  });

  it("refuses a size that is not a positive integer", async () => {
    await expect(generateCorpus({ articles: 0, outDir: await tempDir() })).rejects.toHaveProperty("name", "CorpusOptionsError");
    await expect(generateCorpus({ articles: 2.5, outDir: await tempDir() })).rejects.toHaveProperty("name", "CorpusOptionsError");
  });
});

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
