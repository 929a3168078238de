import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articlesOfFile, ingest } from "../../pipeline/ingest/index.js";
import { headerlessColumns, rowText, tableColumns, tableText } from "../../pipeline/ingest/table-file.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A scrape exported from a spreadsheet: quoted cells holding commas, quotes and paragraphs. */
const SCRAPE = [
  "序号,发布时间,来源,标题,正文,链接",
  '1,2025-09-12,宁陵县融媒体中心,宁陵县新增3家农村幸福院,"近日，宁陵县3家农村幸福院建成投用，新增床位120张。\n今年以来，县民政局实施""暖心养老""工程，投入资金860万元。",http://example.invalid/1',
  "2,2025-09-15,柘城县融媒体中心,柘城县推进老年助餐服务,今年以来，柘城县建成老年助餐点46个，日均服务老年人1800余人次。,http://example.invalid/2",
  "3,2025-09-16,睢县融媒体中心,睢县图片新闻,,http://example.invalid/3",
].join("\n");

describe("tableColumns", () => {
  it("finds the columns by their Chinese or English header, in any order", () => {
    expect(tableColumns(["序号", "发布时间", "来源", "标题", "正文"])).toEqual({ title: 3, text: 4, date: 1, source: 2 });
    expect(tableColumns(["Title", "Content", "Publish Time", "Author"])).toEqual({ title: 0, text: 1, date: 2, author: 3 });
  });

  it("finds no table of articles without a column of text", () => {
    expect(tableColumns(["县名", "人口", "面积"])).toBeUndefined();
  });
});

describe("rowText", () => {
  it("prints a row as a web article: headline, meta lines, indented paragraphs", () => {
    expect(rowText(["宁陵县新增幸福院", "2025-09-12", "宁陵县融媒体中心", "第一段。\n\n第二段。"], { title: 0, date: 1, source: 2, text: 3 })).toBe(
      "宁陵县新增幸福院\n来源：宁陵县融媒体中心\n发布时间：2025-09-12\n　　第一段。\n　　第二段。",
    );
    expect(rowText(["宁陵县新增幸福院", "  "], { title: 0, text: 1 })).toBe("");
  });
});

describe("headerlessColumns", () => {
  it("reads a table without a header from what its first row holds", () => {
    expect(headerlessColumns(["宁陵县新增3家幸福院", "2025-09-12", "近日，宁陵县3家农村幸福院建成投用，新增床位120张。"])).toEqual({ text: 2, date: 1, title: 0 });
    expect(headerlessColumns(["县名", "人口"])).toBeUndefined();
  });
});

describe("tableText and articlesOfFile", () => {
  it("reads each row as an article, with its date, source and paragraphs, and reports rows without text", () => {
    const found = articlesOfFile("scrape/shangqiu.csv", utf8(SCRAPE));
    expect(found.document).toMatchObject({ format: "table", articles: 2 });
    expect(found.articles.map((a) => [a.title, a.date, a.layout])).toEqual([
      ["宁陵县新增3家农村幸福院", "2025-09-12", "web"],
      ["柘城县推进老年助餐服务", "2025-09-15", "web"],
    ]);
    expect(found.articles[0]!.text).toBe("近日，宁陵县3家农村幸福院建成投用，新增床位120张。\n今年以来，县民政局实施\"暖心养老\"工程，投入资金860万元。");
    expect(found.articles[0]!.dateline?.raw).toContain("来源：宁陵县融媒体中心");
    expect(found.diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "empty-row", message: expect.stringContaining("row 4") })]);
  });

  it("reads a spreadsheet's GBK export with tabs, and one without a header", () => {
    const tsv = "标题\t正文\n宁陵县新增3家农村幸福院\t近日，宁陵县3家农村幸福院建成投用，新增床位120张。\n";
    expect(articlesOfFile("a.tsv", iconv.encode(tsv, "gbk")).articles.map((a) => a.title)).toEqual(["宁陵县新增3家农村幸福院"]);
    const headerless = "宁陵县新增3家农村幸福院,2025-09-12,近日，宁陵县3家农村幸福院建成投用，新增床位120张。\n";
    expect(articlesOfFile("b.csv", utf8(headerless)).articles.map((a) => [a.title, a.date])).toEqual([["宁陵县新增3家农村幸福院", "2025-09-12"]]);
  });

  it("says why a table is no table of articles", () => {
    const found = articlesOfFile("stats.csv", utf8("县名,人口\n宁陵县,62万\n"));
    expect(found.articles).toEqual([]);
    expect(found.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "no-article", message: expect.stringContaining("“县名”") })]);
    expect(tableText("bad.csv", '标题,正文\n宁陵县,"近日，未闭合的引号。\n')).toMatchObject({ found: "none", reason: expect.stringContaining("could not be parsed") });
  });
});

describe("tables of any content", () => {
  const cell = fc.oneof(
    fc.constantFrom("", "宁陵县新增幸福院", "近日，宁陵县新建幸福院3家。", "他说：“好，很好。”", 'a,"b', "第一段。\n第二段。", "2025-09-12", "\t", "【链接】"),
    fc.string({ maxLength: 12 }),
  );

  it("never throws on any cells, and says what became of every row: an article, or a diagnostic", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 8 }), fc.constantFrom(".csv", ".tsv", ".jsonl", ".json"), (rows, extension) => {
        const quote = (value: string) => `"${value.replace(/"/gu, '""')}"`;
        const text =
          extension === ".jsonl"
            ? rows.map((cells) => JSON.stringify({ 标题: cells[0], 正文: cells[1] ?? "", 日期: cells[2] ?? "" })).join("\n")
            : extension === ".json"
              ? JSON.stringify(rows.map((cells) => ({ title: cells[0], content: cells[1] ?? "" })))
              : ["标题,正文", ...rows.map((cells) => cells.map(quote).join(","))].join("\n").replace(/,/gu, extension === ".tsv" ? "\t" : ",");
        const found = articlesOfFile(`t${extension}`, utf8(text));
        const said = found.diagnostics.length > 0 || found.articles.length > 0 || !/\p{Script=Han}/u.test(text);
        expect(said).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("records in JSON", () => {
  const records = [
    { title: "宁陵县新增3家农村幸福院", pub_date: "2025-09-12", source: "宁陵县融媒体中心", content: ["近日，宁陵县3家农村幸福院建成投用。", "县民政局投入资金860万元。"], url: "a" },
    { title: "柘城县推进老年助餐服务", pub_date: "2025-09-15", content: "今年以来，柘城县建成老年助餐点46个。", tags: { topic: "养老" } },
  ];

  it("reads a scraper's array of records, also inside an envelope, and one record a line, their keys the header", () => {
    const wrapped = articlesOfFile("scrape.json", utf8(JSON.stringify({ status: "ok", data: records })));
    expect(wrapped.document).toMatchObject({ format: "table", articles: 2 });
    expect(wrapped.articles.map((a) => [a.title, a.date, a.text])).toEqual([
      ["宁陵县新增3家农村幸福院", "2025-09-12", "近日，宁陵县3家农村幸福院建成投用。\n县民政局投入资金860万元。"],
      ["柘城县推进老年助餐服务", "2025-09-15", "今年以来，柘城县建成老年助餐点46个。"],
    ]);
    const lines = articlesOfFile("scrape.jsonl", utf8(records.map((record) => JSON.stringify(record)).join("\n")));
    expect(lines.articles.map((a) => a.title)).toEqual(wrapped.articles.map((a) => a.title));
  });

  it("says why JSON holds no articles", () => {
    expect(tableText("a.json", '{"total": 3}')).toMatchObject({ found: "none", reason: expect.stringContaining("no list of records") });
    expect(tableText("a.json", "[{")).toMatchObject({ found: "none", reason: expect.stringContaining("could not be parsed") });
    expect(tableText("a.jsonl", 'not json\n{"title": "甲", "content": "正文。"}')).toMatchObject({ found: "none", reason: "the table could not be parsed after row 0: line 1 is no JSON object" });
    expect(tableText("a.json", '[{"name": "宁陵县", "population": 620000}]')).toMatchObject({ found: "none", reason: expect.stringContaining("“name”") });
  });
});

describe("the table fixture", () => {
  it("reads a spreadsheet's UTF-8 export with its byte-order mark, one article a row", async () => {
    const found = await ingest(["tests/fixtures/tables"]);
    expect(found.documents).toEqual([{ source: "tests/fixtures/tables/shangqiu-scrape.csv", encoding: "UTF-8 (BOM)", format: "table", articles: 4 }]);
    expect(found.articles.map((a) => [a.title, a.reporters])).toEqual([
      ["宁陵县新增3家农村幸福院", ["王强"]],
      ["柘城县推进老年助餐服务", ["李娜"]],
      ["睢县“雨露计划”资助脱贫家庭学生", ["赵刚"]],
      ["民权县开展“春风行动”专场招聘会", []],
    ]);
    expect(found.diagnostics).toEqual([]);
  });
});

describe("ingest of tables", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "tables-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a folder's tables, and a large one a batch of rows at a time, to the same articles", async () => {
    const rows = Array.from({ length: 450 }, (_, i) => `${i + 1},2025-09-12,宁陵县第${i + 1}村新建幸福院,"宁陵县第${i + 1}村新建农村幸福院1家，新增床位${i + 20}张，覆盖老年人${i + 100}人。"`);
    writeFileSync(path.join(dir, "scrape.csv"), ["序号,日期,标题,内容", ...rows].join("\n"));
    writeFileSync(path.join(dir, "notes.rtf"), "not read");
    const whole = await ingest([dir]);
    expect(whole.articles).toHaveLength(450);
    expect(whole.documents).toEqual([expect.objectContaining({ format: "table", articles: 450 })]);
    expect(whole.diagnostics.map((d) => d.code)).toEqual(["skipped-files"]);
    const streamed = await ingest([dir], { streamAboveBytes: 4096, windowChars: 2048 });
    expect(streamed.articles.map((a) => [a.title, a.text, a.date])).toEqual(whole.articles.map((a) => [a.title, a.text, a.date]));
    expect(streamed.documents).toEqual(whole.documents);
    expect(streamed.diagnostics.map((d) => d.code)).toEqual(["skipped-files"]);
  });

  it("puts a large table's cells in canonical form as it does a small one's (decomposed accents, radicals for ideographs)", async () => {
    // ⻓ (U+2ED3) is the radical a PDF's text layer may give for 长; e\u0301 composes to é.
    const rows = Array.from({ length: 200 }, (_, i) => `第${i + 1}村新建幸福院,"第${i + 1}村⻓者食堂开业，Cafe\u0301助餐点新增床位${i + 20}张。"`);
    writeFileSync(path.join(dir, "scrape.csv"), ["标题,正文", ...rows].join("\n"));
    const whole = await ingest([dir]);
    const streamed = await ingest([dir], { streamAboveBytes: 4096, windowChars: 2048 });
    expect(whole.articles[0]!.text).toContain("长者食堂");
    expect(streamed.articles.map((a) => a.text)).toEqual(whole.articles.map((a) => a.text));
  });

  it("reads large JSON lines a batch of records at a time, to the same articles, and stops at a broken line", async () => {
    const records = Array.from({ length: 260 }, (_, i) => JSON.stringify({ title: `第${i + 1}村新建幸福院`, date: "2025-09-12", text: `第${i + 1}村新建农村幸福院1家，新增床位${i + 20}张。` }));
    writeFileSync(path.join(dir, "scrape.jsonl"), [...records, "{broken"].join("\n"));
    const whole = await ingest([dir]);
    const streamed = await ingest([dir], { streamAboveBytes: 4096, windowChars: 2048 });
    expect(streamed.articles.map((a) => a.title)).toEqual(records.map((_, i) => `第${i + 1}村新建幸福院`));
    expect(streamed.diagnostics).toEqual([expect.objectContaining({ code: "no-article", message: "the table could not be parsed after row 260: line 261 is no JSON object" })]);
    // Read whole, the same records and the same reason.
    expect(whole.articles.map((a) => [a.title, a.text])).toEqual(streamed.articles.map((a) => [a.title, a.text]));
    expect(whole.diagnostics.map((d) => d.message)).toEqual(streamed.diagnostics.map((d) => d.message));
  });

  it("keeps the rows read before a large table breaks, and says where it broke", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `第${i + 1}村新建幸福院,"第${i + 1}村新建农村幸福院1家，新增床位${i + 20}张。"`);
    writeFileSync(path.join(dir, "broken.csv"), ["标题,正文", ...rows, '第301村,"未闭合的引号。'].join("\n"));
    const streamed = await ingest([dir], { streamAboveBytes: 4096, windowChars: 2048 });
    expect(streamed.articles).toHaveLength(300);
    expect(streamed.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "no-article", message: expect.stringContaining("could not be parsed after row") })]);
  });
});
