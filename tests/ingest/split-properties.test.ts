import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitArticles, type SplitResult } from "../../pipeline/ingest/split-articles.js";

const WHITESPACE = /[\s\u3000\uFEFF\u00A0]/u;

function countChars(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const char of text) if (!WHITESPACE.test(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** Characters of the input that are in no title, dateline, body or set-aside part. */
function lostCharacters(input: string, result: SplitResult): string[] {
  const kept = countChars([
    ...result.articles.flatMap((a) => [a.title, a.text, a.dateline?.raw ?? ""]),
    ...result.setAside.map((s) => s.text),
  ]);
  const lost: string[] = [];
  for (const [char, count] of countChars([input])) if ((kept.get(char) ?? 0) < count) lost.push(char);
  return lost;
}

/** Lines shaped like the genre: datelines, bylines, headlines, wrapped body, meta, furniture, noise. */
const line = fc.oneof(
  fc.constantFrom(
    "本报嘉祥讯（通讯员 孙涛）新一轮选派",
    "本报讯（记者 王五 通讯员 赵六）",
    "本报记者 钱文涛 通讯员 周晓燕",
    "新华社济南3月5日电（记者 张三）",
    "【兰陵讯】全县推进",
    "（记者 李四）",
    "潍坊晚报讯（记者 赵德明 通讯员 孙丽",
    "娜）今年以来，",
    "来源：临沂日报 2024-03-12 作者：王晓梅",
    "2024年5月8日 星期三",
    "第A3版 基层治理",
    "乡村振兴先锋乡村振兴先锋",
    "乡村振兴先锋",
    "嘉祥深入开展“以三大促三好”活动",
    "助力第一书记开好局起好步",
    "以来，为帮助第一书记迅速深入基层、进入角",
    "第一书记帮扶工作打下坚实基础。",
    "“云”提升。2023年1项课程获评“第十批",
    "人才 32 人，引进青年人才 2528 人。创新",
    "如何让老人安享晚年？",
    "——————",
    "（完）",
    "",
    "",
    "   ",
    "\u3000\u3000近年来，全县新建养老服务站。",
  ),
  fc.string({ maxLength: 30, unit: fc.constantFrom("本", "报", "讯", "（", "）", "。", "，", "“", "”", "县", "乡", " ", "\u3000", "A", "1", "：", "\r") }),
  fc.string({ maxLength: 12, unit: "grapheme" }),
);

describe("splitArticles never loses text", () => {
  it("keeps every non-whitespace character of genre-like documents", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n", "\n\n"), (lines, separator) => {
        const input = lines.join(separator);
        expect(lostCharacters(input, splitArticles(input))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps every non-whitespace character of arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "binary" }), (input) => {
        expect(lostCharacters(input, splitArticles(input))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the sample page's text, furniture aside", async () => {
    const { readFileSync } = await import("node:fs");
    const { SAMPLE_PAGE } = await import("../fixtures/ingest/make-variants.js");
    const page = readFileSync(SAMPLE_PAGE, "utf8");
    const result = splitArticles(page);
    expect(lostCharacters(page, result)).toEqual([]);
    // And nothing is counted twice: the page's characters are exactly those of its parts.
    const parts = [...result.articles.flatMap((a) => [a.title, a.text, a.dateline!.raw]), ...result.setAside.map((s) => s.text)];
    expect(countChars(parts)).toEqual(countChars([page]));
  });
});
