import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.js";
import { markupIn, plainTextOf } from "../../pipeline/ingest/markup-in-text.js";

describe("plainTextOf", () => {
  it("reads paragraphs in markup as lines, drops images and decodes references", () => {
    const cell = '<p style="text-indent:2em;">今年以来，旬邑县建成&ldquo;幸福食堂&rdquo;26家。</p><p><img src="/a.jpg"/></p><p>县财政安排补贴资金&nbsp;120万元。</p>';
    expect(plainTextOf(cell)).toBe("今年以来，旬邑县建成“幸福食堂”26家。\n\n县财政安排补贴资金 120万元。");
  });

  it("keeps a text file's own lines when asked, around a stray break tag", () => {
    expect(plainTextOf("标题\n\n正文第一句。<br/>正文第二句。", { keepLines: true })).toBe("标题\n\n正文第一句。\n正文第二句。");
  });

  it("decodes references alone without touching the lines", () => {
    expect(plainTextOf("推行&ldquo;村民说事&rdquo;制度，\n覆盖&#20840;县。")).toBe("推行“村民说事”制度，\n覆盖全县。");
  });

  it("leaves text without markup as it is, ampersands and angle quotes included", () => {
    const text = "学习《条例》<第一章>，R&D投入3.2亿元。";
    expect(markupIn(text)).toBe("none");
    expect(plainTextOf(text)).toBe(text);
  });
});

describe("ingest of text that holds markup", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "markup-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a scraper's cells of markup and a text file of references, and says it did", async () => {
    writeFileSync(
      path.join(dir, "scrape.csv"),
      'title,content,pub_date\n永寿县&ldquo;银发课堂&rdquo;开课,"<p>本报讯（记者 韩梅）近日，永寿县开办&ldquo;银发课堂&rdquo;12个。</p><p>累计培训老年人860人次。</p>",2025-10-20\n',
    );
    writeFileSync(path.join(dir, "cms.txt"), "淳化县：“一村一警”护平安\n\n本报讯（记者 刘波）今年以来，淳化县推行&ldquo;一村一警&rdquo;机制，覆盖全县&nbsp;98个村。\n");
    const found = await ingest([dir]);
    expect(found.articles.map((a) => [a.title, a.reporters])).toEqual([
      ["淳化县：“一村一警”护平安", ["刘波"]],
      ["永寿县“银发课堂”开课", ["韩梅"]],
    ]);
    expect(found.articles[0]!.text).toBe("今年以来，淳化县推行“一村一警”机制，覆盖全县 98个村。");
    expect(found.articles[1]!.text).toBe("近日，永寿县开办“银发课堂”12个。\n累计培训老年人860人次。");
    expect(found.diagnostics.filter((d) => d.code === "markup-in-text").map((d) => path.basename(d.source))).toEqual(["cms.txt"]);
  });

  it("reads a text file of markup too large to read whole, a window at a time, to the same articles", async () => {
    const report = (i: number) =>
      [
        `<p style="text-indent:2em;">本报讯（记者 韩梅）近日，永寿县第${i + 1}村开办&ldquo;银发课堂&rdquo;，`,
        `培训老年人${i + 100}人次。</p>`,
        `<p>村里还新建幸福院1家，新增床位${i + 20}张。</p>`,
        `<p>永寿县第${i + 1}村开办“银发课堂”</p>`,
        "",
      ].join("\n");
    writeFileSync(path.join(dir, "cms.txt"), Array.from({ length: 60 }, (_, i) => report(i)).join("\n"));
    const whole = await ingest([dir]);
    const streamed = await ingest([dir], { streamAboveBytes: 4096, windowChars: 2048 });
    expect(whole.articles).toHaveLength(60);
    expect(whole.articles[0]!.text).toContain("村里还新建幸福院1家，新增床位20张。");
    expect(whole.articles.every((a) => !/[<&]/u.test(a.text))).toBe(true);
    expect(streamed.articles.map((a) => [a.title, a.text, a.reporters])).toEqual(whole.articles.map((a) => [a.title, a.text, a.reporters]));
    expect(streamed.diagnostics.map((d) => d.code)).toEqual(["markup-in-text"]);
  });

  it("decodes the references of a large text file a window at a time, none cut in two", async () => {
    const line = (i: number) => `本报讯（记者 刘波）淳化县第${i + 1}村推行&ldquo;一村一警&rdquo;机制，覆盖&nbsp;${i + 10}户。\n\n淳化县第${i + 1}村推行一村一警\n`;
    writeFileSync(path.join(dir, "refs.txt"), Array.from({ length: 80 }, (_, i) => line(i)).join("\n"));
    const whole = await ingest([dir]);
    const streamed = await ingest([dir], { streamAboveBytes: 4096, windowChars: 2048 });
    expect(streamed.articles.map((a) => a.text)).toEqual(whole.articles.map((a) => a.text));
    expect(streamed.articles.every((a) => !a.text.includes("&"))).toBe(true);
  });
});
