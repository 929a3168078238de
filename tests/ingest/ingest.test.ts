import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { articlesOfFile, ingest, ingestBatches, IngestOptionsError, type FileSplitter, type IngestBatch } from "../../pipeline/ingest/index.js";
import { FIXTURES, SAMPLE_PAGE, writeBrokenFiles, writeEncodingVariants } from "../fixtures/ingest/make-variants.js";

const root = mkdtempSync(path.join(tmpdir(), "ingest-e2e-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function folder(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe("ingest: the sample page", async () => {
  const result = await ingest([SAMPLE_PAGE]);

  it("returns seven records with keys, hashes and same-length normalised text", () => {
    expect(result.articles).toHaveLength(7);
    expect(result.documents).toEqual([{ source: SAMPLE_PAGE, encoding: "UTF-8", format: "text", articles: 7 }]);
    for (const [index, article] of result.articles.entries()) {
      expect(article.index).toBe(index);
      expect(article.source).toBe(SAMPLE_PAGE);
      expect(article.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(article.key).toBe(`Article:${article.hash.slice(0, 16)}`);
      expect(article.normalizedText).toHaveLength(article.text.length);
    }
    expect(new Set(result.articles.map((a) => a.key)).size).toBe(7);
  });

  it("reports the furniture as info and nothing as warning or error", () => {
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: "info", code: "page-furniture", source: `${SAMPLE_PAGE}:483` })]);
  });
});

describe("ingest: mixed encodings and copies", async () => {
  const dir = folder("mixed");
  writeEncodingVariants(dir);
  const calls: [string, number, number][] = [];
  const result = await ingest([dir], { onFile: (source, done, total) => calls.push([path.basename(source), done, total]) });

  it("decodes every encoding and keeps one record per article", () => {
    expect(result.documents.map((d) => [path.basename(d.source), d.encoding, d.articles])).toEqual([
      ["page.gb18030.txt", "GB18030", 7],
      ["yinan.gb18030.txt", "GB18030", 1],
      ["yinan.traditional.big5.txt", "Big5", 1],
      ["yinan.utf16be-bom.txt", "UTF-16BE (BOM)", 1],
      ["yinan.utf16le-bom.txt", "UTF-16LE (BOM)", 1],
      ["yinan.utf8-bom.txt", "UTF-8 (BOM)", 1],
      ["yinan.utf8.txt", "UTF-8", 1],
    ]);
    expect(result.articles).toHaveLength(8);
    expect(result.articles.at(-1)!.title).toBe("沂南县织密农村养老服务网 让老人在家门口安享晚年");
  });

  it("names both sources of each duplicate, the traditional copy included", () => {
    const duplicates = result.diagnostics.filter((d) => d.code === "duplicate-article");
    expect(duplicates.map((d) => path.basename(d.source))).toEqual([
      "yinan.traditional.big5.txt#0",
      "yinan.utf16be-bom.txt#0",
      "yinan.utf16le-bom.txt#0",
      "yinan.utf8-bom.txt#0",
      "yinan.utf8.txt#0",
    ]);
    expect(duplicates.every((d) => d.message.includes(path.join(dir, "yinan.gb18030.txt#0")))).toBe(true);
  });

  it("hashes the sample page in GB18030 like the UTF-8 original", async () => {
    const original = await ingest([SAMPLE_PAGE]);
    expect(result.articles.slice(0, 7).map((a) => a.hash)).toEqual(original.articles.map((a) => a.hash));
  });

  it("calls onFile once per file with a running count", () => {
    expect(calls.map(([, done, total]) => [done, total])).toEqual([1, 2, 3, 4, 5, 6, 7].map((done) => [done, 7]));
  });
});

describe("ingest: bad input is reported, good text kept", async () => {
  const dir = folder("broken");
  writeBrokenFiles(dir);
  writeFileSync(path.join(dir, "furniture-only.txt"), "乡村振兴\n\n乡村振兴\n\n第3版\n");
  writeFileSync(path.join(dir, "english.txt"), "Release notes\n\nNothing to see here.\n");
  symlinkSync(dir, path.join(dir, "loop"));
  const result = await ingest([dir, path.join(root, "missing")]);
  const byFile = (name: string) => result.diagnostics.filter((d) => path.basename(d.source).startsWith(name)).map((d) => `${d.severity}:${d.code}`);

  it("skips binary, empty and undecodable files with their reasons", () => {
    expect(byFile("image.txt")).toEqual(["error:binary-file"]);
    expect(byFile("empty.txt")).toEqual(["error:empty-file"]);
    expect(byFile("whitespace.txt")).toEqual(["error:empty-file"]);
    expect(byFile("latin1.txt")).toEqual(["error:undecodable"]);
  });

  it("keeps truncated files' articles and warns", () => {
    expect(byFile("truncated.utf8.txt")).toEqual(["warning:truncated-sequence"]);
    expect(byFile("truncated.gb18030.txt")).toEqual(["warning:truncated-sequence"]);
    const sources = result.articles.map((a) => path.basename(a.source));
    expect(sources).toContain("truncated.gb18030.txt");
    expect(sources).toContain("truncated.utf8.txt");
  });

  it("reports files without an article as errors", () => {
    expect(byFile("furniture-only.txt")).toEqual(["info:page-furniture", "info:page-furniture", "info:page-furniture", "error:no-article"]);
    expect(byFile("english.txt")).toEqual(["error:no-article"]);
    expect(result.documents.find((d) => d.source.endsWith("english.txt"))).toMatchObject({ articles: 0 });
  });

  it("reports the symlink loop and the missing path", () => {
    expect(byFile("loop")).toEqual(["warning:symlink-loop"]);
    expect(byFile("missing")).toEqual(["error:missing-path"]);
  });
});

describe("ingest: robustness", () => {
  it("reads a huge single-line article quickly", async () => {
    const dir = folder("huge-line");
    const sentence = "全县新建村级养老服务站12处，服务老年人1.2万余人次。";
    const body = sentence.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(sentence)));
    writeFileSync(path.join(dir, "one-line.txt"), `本报讯（记者 王五）${body}`);
    const started = Date.now();
    const result = await ingest([dir]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]!.text).toBe(body);
    expect(result.articles[0]!.reporters).toEqual(["王五"]);
  });

  it("refuses a file above maxFileBytes and reads the rest", async () => {
    const dir = folder("limit");
    writeFileSync(path.join(dir, "big.txt"), "本报讯（记者 王五）正文。".repeat(100));
    writeFileSync(path.join(dir, "small.txt"), "本报讯（记者 赵六）另一篇正文。");
    const result = await ingest([dir], { maxFileBytes: 1000 });
    expect(result.articles.map((a) => path.basename(a.source))).toEqual(["small.txt"]);
    expect(result.diagnostics.map((d) => [path.basename(d.source), d.code])).toEqual([
      ["big.txt", "file-too-large"],
      ["small.txt#0", "no-title"],
    ]);
  });

  it("titles a news-in-brief item by its first words with a note, not a warning", async () => {
    const dir = folder("briefs");
    const column = ["县域简讯", "", "■ 滑县开展食品安全检查，检查食堂126家。（通讯员 王晓）", "", "■ 内黄县法院化解矛盾纠纷1420件。（通讯员 李娜）"];
    writeFileSync(path.join(dir, "column.txt"), column.join("\n"));
    const result = await ingest([dir]);
    expect(result.articles).toHaveLength(2);
    const titleNotes = result.diagnostics.filter((d) => /title/.test(d.code));
    expect(titleNotes.map((d) => [d.code, d.severity])).toEqual([
      ["brief-title", "info"],
      ["brief-title", "info"],
    ]);
  });

  it("validates its options", async () => {
    await expect(ingest([], { maxFileBytes: -1 })).rejects.toHaveProperty("name", "IngestOptionsError");
    await expect(ingest([], { maxFileBytes: 1.5 })).rejects.toBeInstanceOf(IngestOptionsError);
    await expect(ingest([], { splitter: {} as FileSplitter })).rejects.toBeInstanceOf(IngestOptionsError);
  });

  it("splits files ahead with a splitter, and one it fails on costs only that file", async () => {
    const dir = folder("splitter");
    for (const name of ["a.txt", "b.txt", "c.txt", "d.txt"]) writeFileSync(path.join(dir, name), `本报讯（记者 王五）${name}的正文。`);
    // a.txt's split finishes only once c.txt's has started: without reading two files ahead this never ends.
    let startC!: () => void;
    const cStarted = new Promise<void>((resolve) => (startC = resolve));
    const splitter: FileSplitter = {
      lookahead: 2,
      split: async (source, bytes) => {
        if (source.endsWith("c.txt")) startC();
        if (source.endsWith("a.txt")) await cStarted;
        if (source.endsWith("b.txt")) throw new Error("worker lost");
        return articlesOfFile(source, bytes);
      },
    };
    const read = async () => {
      const batches: IngestBatch[] = [];
      for await (const batch of ingestBatches([dir], { splitter })) batches.push(batch);
      return batches;
    };
    const stuck = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("files were not read ahead")), 5_000).unref());
    const batches = await Promise.race([read(), stuck]);
    expect(batches.map((b) => [path.basename(b.source), b.articles.length])).toEqual([
      ["a.txt", 1],
      ["b.txt", 0],
      ["c.txt", 1],
      ["d.txt", 1],
    ]);
    expect(batches[1]!.diagnostics).toEqual([expect.objectContaining({ code: "internal-error", message: expect.stringContaining("worker lost") })]);
    const alone = await ingest([dir]);
    expect(alone.articles.map((a) => path.basename(a.source))).toEqual(["a.txt", "b.txt", "c.txt", "d.txt"]);
  });

  it("never throws on arbitrary bytes", async () => {
    const dir = folder("random");
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const file = path.join(dir, "random.txt");
        writeFileSync(file, bytes);
        const result = await ingest([file]);
        const reported = result.diagnostics.some((d) => d.source.startsWith(file));
        expect(result.articles.length > 0 || reported).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on arbitrary bytes named as any kind of file it reads, and reports each as no internal error", async () => {
    const dir = folder("random-kinds");
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom("md", "pdf", "xlsx", "docx", "csv", "json", "html"),
        // A real file's first bytes in front of garbage: what a truncated download leaves.
        fc.constantFrom("", "%PDF-1.4\n", "PK\u0003\u0004", "---\ntitle: 标题\n---\n", "<html><body><p>"),
        async (bytes, extension, start) => {
          const file = path.join(dir, `random.${extension}`);
          writeFileSync(file, Buffer.concat([Buffer.from(start, "utf8"), bytes]));
          const result = await ingest([file]);
          expect(result.articles.length > 0 || result.diagnostics.some((d) => d.source.startsWith(file))).toBe(true);
          expect(result.diagnostics.filter((d) => d.code === "internal-error")).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads the committed fixtures folder", async () => {
    const result = await ingest([FIXTURES]);
    expect(result.documents.map((d) => path.basename(d.source))).toEqual([
      "headline-first-page.txt",
      "indented-epaper-page.txt",
      "multi-web-articles.txt",
      "web-yinan-elderly-care.txt",
      "weifang-evening-page.txt",
    ]);
    expect(result.articles).toHaveLength(9);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});
