import { describe, expect, it } from "vitest";
import { articleHash, articleKey, dedupeArticles } from "../../pipeline/ingest/dedupe.js";
import type { ArticleRecord } from "../../pipeline/records.js";

function record(source: string, index: number, normalizedText: string): ArticleRecord {
  const hash = articleHash(normalizedText);
  return { key: articleKey(hash), hash, source, index, layout: "print", title: `标题${index}`, normalizedTitle: `标题${index}`, reporters: [], text: normalizedText, normalizedText };
}

describe("articleHash / articleKey", () => {
  it("hashes the normalised body with whitespace removed", () => {
    expect(articleHash("全县 新建\n养老\u3000服务站。")).toBe(articleHash("全县新建养老服务站。"));
    expect(articleHash("全县新建养老服务站。")).not.toBe(articleHash("全县新建养老服务站"));
    expect(articleHash("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("keys articles by the first 16 hex digits", () => {
    const hash = articleHash("正文。");
    expect(articleKey(hash)).toBe(`Article:${hash.slice(0, 16)}`);
    expect(articleKey(hash)).toMatch(/^Article:[0-9a-f]{16}$/);
  });
});

describe("dedupeArticles", () => {
  it("keeps the first copy and names both sources in an info diagnostic", () => {
    const first = record("a.txt", 0, "正文一。");
    const other = record("a.txt", 1, "正文二。");
    const copy = record("b.txt", 3, "正文一。");
    const result = dedupeArticles([first, other, copy]);
    expect(result.articles).toEqual([first, other]);
    expect(result.diagnostics).toEqual([
      { severity: "info", code: "duplicate-article", source: "b.txt#3", message: expect.stringContaining("a.txt#0") },
    ]);
  });

  it("returns everything when nothing repeats", () => {
    const records = [record("a.txt", 0, "一。"), record("a.txt", 1, "二。")];
    expect(dedupeArticles(records)).toEqual({ articles: records, diagnostics: [] });
  });
});
