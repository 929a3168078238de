import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.js";
import { markdownText } from "../../pipeline/ingest/markdown-file.js";

describe("markdownText", () => {
  it("gives each block a line of its own, its markup gone", () => {
    const markdown = [
      "## 眉县猕猴桃“线上”卖俏",
      "",
      "> 来源：宝鸡日报 | 2025-10-09",
      "",
      "**本报讯（记者 周倩）** 今年以来，眉县*电商*销售猕猴桃",
      "8.6万吨，带动[果农](https://example.invalid/a)增收。",
      "",
      "![果园](https://example.invalid/b.jpg)",
      "",
      "1. 建成直播基地12个；",
      "2. 培训主播**600**人次。",
      "",
      "---",
      "",
      "| 指标 | 数值 |",
      "| --- | --- |",
      "| 销售额 | 52亿元 |",
    ].join("\n");
    expect(markdownText(markdown).split("\n\n")).toEqual([
      "眉县猕猴桃“线上”卖俏",
      "来源：宝鸡日报 | 2025-10-09",
      "本报讯（记者 周倩） 今年以来，眉县电商销售猕猴桃8.6万吨，带动果农增收。",
      "1.建成直播基地12个；",
      "2.培训主播600人次。",
      "指标 数值",
      "销售额 52亿元",
    ]);
  });

  it("keeps an ordered list's numbers from where it starts, and sets none before a bulleted item", () => {
    expect(markdownText("3. 第三项\n4. 第四项\n\n- 要点").split("\n\n")).toEqual(["3.第三项", "4.第四项", "要点"]);
  });

  it("joins a soft break between words with a space and keeps a hard break a new line", () => {
    expect(markdownText("rural\nrevitalisation")).toBe("rural revitalisation");
    expect(markdownText("第一行  \n第二行")).toBe("第一行\n\n第二行");
    expect(markdownText("甲&amp;乙 &lt;通知&gt;")).toBe("甲&乙 <通知>");
  });

  it("takes the headline, source, author and date from YAML front matter", () => {
    const markdown = ["---", 'title: "丹凤县：葡萄酒产业链延伸到户"', "date: 2025-09-21", "source: 商洛日报", "author: [王琳, 陈刚]", "tags: [乡村振兴]", "---", "", "今年以来，丹凤县带动1.2万户种植酿酒葡萄。"].join("\n");
    expect(markdownText(markdown).split("\n\n")).toEqual([
      "丹凤县：葡萄酒产业链延伸到户",
      "来源：商洛日报",
      "作者：王琳 陈刚",
      "发布时间：2025-09-21",
      "今年以来，丹凤县带动1.2万户种植酿酒葡萄。",
    ]);
  });

  it("reads front matter that is no YAML mapping as nothing, and the text under it still", () => {
    expect(markdownText("---\n[未闭合\n---\n正文第一句。")).toBe("正文第一句。");
  });
});

describe("ingest of Markdown files", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "markdown-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const CLIPPED = [
    "---",
    "title: 洛川县苹果“订单式”销售助农增收",
    "published: 2025-10-28",
    "source: 延安日报",
    "---",
    "",
    "**本报讯（记者 高婷）** 今年以来，洛川县推行“订单式”销售模式，签约果农1.6万户，",
    "带动户均增收8000元。",
    "",
    "*（责任编辑：李娜）*",
  ].join("\n");

  it("reads a folder's .md as an article with its headline, date and credits, in UTF-8 or GB18030", async () => {
    writeFileSync(path.join(dir, "clip.md"), CLIPPED);
    writeFileSync(path.join(dir, "clip-gbk.markdown"), iconv.encode(CLIPPED.replace("1.6万户", "1.7万户"), "gb18030"));
    const found = await ingest([dir]);
    expect(found.articles.map((a) => [a.title, a.date, a.reporters, path.basename(a.source)])).toEqual([
      ["洛川县苹果“订单式”销售助农增收", "2025-10-28", ["高婷"], "clip-gbk.markdown"],
      ["洛川县苹果“订单式”销售助农增收", "2025-10-28", ["高婷"], "clip.md"],
    ]);
    expect(found.articles[1]!.text).toBe("今年以来，洛川县推行“订单式”销售模式，签约果农1.6万户，带动户均增收8000元。");
    expect(found.documents.map((d) => [path.basename(d.source), d.format, d.encoding.startsWith("UTF-8")])).toEqual([
      ["clip-gbk.markdown", "markdown", false],
      ["clip.md", "markdown", true],
    ]);
    expect(found.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("reads no Markdown file too large to hold whole, and says so", async () => {
    writeFileSync(path.join(dir, "large.md"), `# 标题\n\n${"今年以来，洛川县新建冷库12座。\n\n".repeat(200)}`);
    const found = await ingest([dir], { streamAboveBytes: 1024 });
    expect(found.articles).toEqual([]);
    expect(found.diagnostics).toEqual([expect.objectContaining({ code: "file-too-large", message: expect.stringContaining("Markdown file") })]);
  });
});
