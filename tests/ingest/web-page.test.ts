import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articlesOfFile, ingest } from "../../pipeline/ingest/index.js";
import { isHtmlPage, webPageText } from "../../pipeline/ingest/web-page.js";
import { fixtureText } from "../fixtures/ingest/make-variants.js";

const page = (name: string) => fixtureText(path.join("..", "pages", name));
// Paragraphs are indented as print indents them; the tests read the lines' words.
const linesOfPage = (html: string) => {
  const found = webPageText(html);
  if (found.found !== "article") throw new Error(found.reason);
  return found.text.split("\n").map((line) => line.trim());
};
const articleOf = (name: string) => linesOfPage(page(name));

describe("isHtmlPage", () => {
  it("knows a page by its file name or by its first markup", () => {
    expect(isHtmlPage("site/2025/t20250918_1.shtml", "")).toBe(true);
    expect(isHtmlPage("saved.TXT", "\n  <!DOCTYPE html><html><body>正文</body></html>")).toBe(true);
    expect(isHtmlPage("notes.txt", "本报讯 <b>不是网页</b>")).toBe(false);
  });
});

describe("webPageText", () => {
  it("keeps a county government page's headline, meta line and paragraphs, and nothing of its menus, buttons, links or footer", () => {
    const lines = articleOf("county-government.html");
    expect(lines[0]).toBe("沂南县“银龄助餐”惠及万余名老人");
    expect(lines[1]).toMatch(/^发布时间：2025-09-18 10:32\s+来源：沂南县民政局/u);
    expect(lines.slice(2).every((line) => /[。”]$/u.test(line) || line.startsWith("图为"))).toBe(true);
    expect(lines).toHaveLength(6);
    const text = lines.join("\n");
    for (const furniture of ["政务公开", "当前位置", "打印本页", "相关新闻", "敬老月", "ICP备", "版权所有", "统计代码"]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("splits paragraphs a CMS separates with <br>, and leaves the site's name out of the title", () => {
    const lines = articleOf("news-portal.html");
    expect(lines[0]).toBe("临朐县：“订单式”培训让300余名农民变身技术工人");
    expect(lines[1]).toContain("来源：临朐县融媒体中心");
    expect(lines.filter((line) => line.endsWith("。") || line.endsWith("”九山镇学员李强说。"))).toHaveLength(3);
    expect(lines.join("\n")).not.toMatch(/热点推荐|花卉博览会|潍坊新闻网/u);
  });

  it("keeps a post's account and date line under the headline, and labels a date printed among other words", () => {
    const lines = articleOf("wechat-post.html");
    expect(lines[0]).toBe("好消息！我县新增3家养老服务中心");
    // 原创 宁陵发布 2025-10-08 18:30 is a meta line as printed.
    expect(lines[1]).toBe("原创 宁陵发布 2025-10-08 18:30");
    expect(lines.join("\n")).not.toContain("msg_title");
    const body = "<p>今年以来，宁陵县新建养老服务中心3家，新增床位260张，覆盖全县14个乡镇。</p>".repeat(3);
    const labelled = linesOfPage(
      `<html><head><title>宁陵县新增3家养老服务中心</title></head><body><article><h1>宁陵县新增3家养老服务中心</h1><div>宁陵县融媒体中心 2025-10-08 18:30 阅读 1.2万</div>${body}</article></body></html>`,
    );
    expect(labelled.slice(0, 2)).toEqual(["宁陵县新增3家养老服务中心", "日期：2025-10-08"]);
  });

  it("finds a newspaper's web edition article and drops its empty kicker and subtitle", () => {
    const lines = articleOf("epaper-article.html");
    expect(lines[0]).toBe("郓城县：“四点半课堂”托起留守儿童成长梦");
    expect(lines[1]).toMatch(/^本报讯（记者/u);
    expect(lines.join("\n")).not.toMatch(/第01版|春风行动/u);
  });

  it("reads a page that leaves out its <html>, <head> and <body> tags, as HTML allows", () => {
    const html = "<!doctype html><meta charset=utf-8><title>汝城县开展助残活动_汝城县人民政府</title><h1>汝城县开展助残活动</h1>" +
      "<p>来源：汝城县残联</p><p>近日，汝城县残联为全县42名重度残疾人送去康复器具，帮助他们改善生活。</p>";
    expect(webPageText(html)).toEqual({
      found: "article",
      text: "汝城县开展助残活动\n来源：汝城县残联\n　　近日，汝城县残联为全县42名重度残疾人送去康复器具，帮助他们改善生活。",
      leftOut: [],
    });
  });

  it("prefers the article's heading to the site's logo heading that <title> also repeats", () => {
    expect(articleOf("projects-with-table.html")[0]).toBe("我县公布2025年十件民生实事项目进展情况");
  });

  it("prints a table row on one line, its cells separated as print separates them", () => {
    const lines = articleOf("projects-with-table.html");
    expect(lines.slice(-3)).toEqual(["项目名称　责任单位　计划投资（万元）", "教育惠民工程　县教育体育局　1500", "农村饮水安全巩固提升工程　县水务局　2600"]);
    expect(lines).toContain("一、教育惠民工程");
  });

  it("takes the headline a government site's CMS declares, and prints it once though the article repeats it", () => {
    const lines = articleOf("cms-meta-tags.html");
    expect(lines[0]).toBe("永新县开展“春风行动”助力群众就业");
    expect(lines.filter((line) => line === lines[0])).toHaveLength(1);
    expect(lines[1]).toMatch(/^发布时间：2025-02-20 09:15/u);
  });

  it("falls back on the date and source a CMS declares when the page prints none", () => {
    const html = '<html><head><meta name="PubDate" content="2025-03-02 08:00"><meta name="ContentSource" content="县医保局">' +
      "<title>县医保局开展政策宣传_某县人民政府</title></head><body><h1>县医保局开展政策宣传</h1>" +
      "<div><p>3月1日，县医保局在城区广场开展医保政策宣传活动，发放资料2000余份。</p></div></body></html>";
    expect(linesOfPage(html)).toEqual(["县医保局开展政策宣传", "发布时间：2025-03-02", "来源：县医保局", "3月1日，县医保局在城区广场开展医保政策宣传活动，发放资料2000余份。"]);
  });

  it("finds no article on a page that is a list of links", () => {
    expect(webPageText(page("news-list.html"))).toEqual({ found: "none", reason: expect.stringContaining("list of links") });
  });

  it("says a page nested too deeply to read is so, instead of failing", () => {
    const depth = 20_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>今年以来，县民政局走访困难群众1200户。</p>${"</div>".repeat(depth)}</body></html>`;
    expect(webPageText(html)).toEqual({ found: "none", reason: expect.stringContaining("nested too deeply") });
  });

  it("finds no article on a page without Chinese text in its body", () => {
    expect(webPageText("<html><head><title>首页</title></head><body><p>Loading…</p></body></html>")).toMatchObject({ found: "none" });
  });
});

describe("webPageText on broken markup", () => {
  // Pieces of real pages, shuffled and cut anywhere: unclosed tags, stray entities, text outside <body>.
  const pieces = ["<html>", "<body>", "</body>", "<h1>", "</h1>", "<title>", "</title>", "<p>", "</p>", "<br>", "<a href='x'>", "</a>",
    "<script>", "</script>", "<table><tr><td>", "&nbsp;", "&#x4e2d;", "<!--", "-->", "<", ">", "本报讯", "今年以来，县民政局开展活动。", "来源：县融媒体中心", "2025-06-01"];
  it("never throws, and an article it finds has a first line", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(), (chosen, cut) => {
        const html = chosen.join("");
        const found = webPageText(html.slice(0, cut % (html.length + 1)));
        if (found.found === "article") expect(found.text.split("\n")[0]!.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("reading saved web pages", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "web-pages-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a GBK page as one web article with its date, source and reporters", () => {
    const bytes = iconv.encode(page("county-government.html"), "gbk");
    const found = articlesOfFile("yinan/t20250918.html", bytes);
    expect(found.document).toEqual({ source: "yinan/t20250918.html", encoding: "GB18030", format: "html", articles: 1 });
    expect(found.articles).toHaveLength(1);
    expect(found.articles[0]).toMatchObject({ layout: "web", title: "沂南县“银龄助餐”惠及万余名老人", date: "2025-09-18" });
    expect(found.articles[0]!.text).toMatch(/^今年以来，沂南县民政局/u);
    expect(found.articles[0]!.text).not.toContain("来源");
  });

  it("says so when the page prints paragraphs outside the article it read (another article), and reads the article", () => {
    const paragraph = (county: string, n: number) => `<p>今年以来，${county}新建养老服务中心${n}家，新增床位${n * 80}张，覆盖全县${n + 10}个乡镇。</p>`;
    const report = (county: string, numbers: number[]) => numbers.map((n) => paragraph(county, n)).join("");
    const html = `<html><head><title>宁陵县新增养老服务中心_宁陵县人民政府</title></head><body><div id="content"><h1>宁陵县新增养老服务中心</h1>${report("宁陵县", [1, 2, 3, 4, 5, 6])}</div><div class="sidebar"><h3>柘城县推进助餐服务</h3>${report("柘城县", [5, 6, 7, 8, 9, 10, 11])}</div></body></html>`;
    const found = articlesOfFile("ningling/t1.html", new TextEncoder().encode(html));
    expect(found.articles.map((a) => a.title)).toEqual(["宁陵县新增养老服务中心"]);
    const leftOut = found.diagnostics.filter((d) => d.code === "page-text-left-out");
    expect(leftOut).toEqual([expect.objectContaining({ severity: "warning", source: "ningling/t1.html", message: expect.stringMatching(/^7 paragraph\(s\).*柘城县/u) })]);
    // A page read whole reports nothing.
    expect(articlesOfFile("yinan/t1.html", new TextEncoder().encode(page("county-government.html"))).diagnostics.map((d) => d.code)).not.toContain("page-text-left-out");
  });

  it("reads a table-layout page: what the layout row prints above the body is not body text, links to other articles are furniture", () => {
    const found = articlesOfFile("fengning/0226.htm", iconv.encode(page("table-layout-cms.html"), "gb2312"));
    expect(found.articles).toHaveLength(1);
    const [article] = found.articles;
    expect(article).toMatchObject({ title: "县人社局开展“春风行动”专场招聘会", date: "2025-02-26", reporters: ["张伟"] });
    expect(article!.text).toMatch(/^2月24日，丰宁满族自治县人力资源和社会保障局/u);
    expect(article!.text).toMatch(/实现就近就业。$/u);
    const furniture = found.diagnostics.filter((diagnostic) => diagnostic.code === "page-furniture").map((diagnostic) => diagnostic.message);
    expect(furniture).toEqual([expect.stringContaining("打印"), expect.stringContaining("上一篇"), expect.stringContaining("下一篇")]);
  });

  it("keeps a subheading and each table row a paragraph of its own, never joined to the next line", () => {
    const found = articlesOfFile("jingyuan/0710.html", new TextEncoder().encode(page("projects-with-table.html")));
    const paragraphs = found.articles[0]!.text.split("\n");
    expect(paragraphs).toContain("一、教育惠民工程");
    expect(paragraphs).toContain("二、农村饮水安全巩固提升工程");
    expect(paragraphs.slice(-2)).toEqual(["教育惠民工程　县教育体育局　1500", "农村饮水安全巩固提升工程　县水务局　2600"]);
  });

  it("joins the lines a page broke mid-sentence with <br>, and keeps its paragraphs apart", () => {
    const found = articlesOfFile("shimen/0115.html", new TextEncoder().encode(page("hard-wrapped.html")));
    expect(found.articles[0]!.text.split("\n")).toEqual([
      "今年春节前夕，石门县总工会深入开展“送温暖”活动，走访慰问困难职工家庭860户，发放慰问金和慰问物资折合人民币120万元。活动中，县总工会还为38名大病致困职工发放医疗救助金46万元。",
      "县总工会负责人介绍，下一步将建立困难职工动态管理台账，实行“一户一档”精准帮扶。",
    ]);
  });

  it("credits a newspaper page's reporters from its dateline", () => {
    const found = articlesOfFile("epaper.htm", new TextEncoder().encode(page("epaper-article.html")));
    expect(found.articles[0]).toMatchObject({ title: "郓城县：“四点半课堂”托起留守儿童成长梦", reporters: ["郭明", "陈晨"] });
  });

  it("reports a page with no article by path and reason, and reads the rest of the folder", async () => {
    writeFileSync(path.join(dir, "index.html"), page("news-list.html"));
    writeFileSync(path.join(dir, "t1.html"), page("news-portal.html"));
    writeFileSync(path.join(dir, "style.css"), "body{}");
    const result = await ingest([dir]);
    expect(result.articles.map((article) => article.title)).toEqual(["临朐县：“订单式”培训让300余名农民变身技术工人"]);
    expect(result.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: "error", code: "no-article", source: path.join(dir, "index.html"), message: expect.stringContaining("list of links") }),
        expect.objectContaining({ severity: "info", code: "skipped-files", message: expect.stringContaining("style.css") }),
      ]),
    );
  });

  it("reads a post's emoji and share prompts as furniture, and its numbered sections as paragraphs of one article", () => {
    const found = articlesOfFile("lantian/post.html", new TextEncoder().encode(page("wechat-sections.html")));
    expect(found.articles).toHaveLength(1);
    expect(found.articles[0]).toMatchObject({ title: "重磅！我县“一老一小”民生工程交出亮眼成绩单", date: "2025-11-20" });
    expect(found.articles[0]!.text.split("\n")).toEqual(expect.arrayContaining(["老有所养 幸福晚年", "幼有所育 托起希望"]));
    const furniture = found.diagnostics.filter((diagnostic) => diagnostic.code === "page-furniture").map((diagnostic) => diagnostic.message);
    expect(furniture).toEqual(expect.arrayContaining([expect.stringContaining("👇"), expect.stringContaining("▼"), expect.stringContaining("在看")]));
  });

  it("refuses a page too large to read whole instead of reading its markup as text", async () => {
    const file = path.join(dir, "huge.html");
    writeFileSync(file, page("news-portal.html"));
    const result = await ingest([file], { streamAboveBytes: 1024 });
    expect(result.articles).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "file-too-large", source: file, message: expect.stringContaining("web page") })]);
  });

  it("reads the same article saved as a page and as text once", async () => {
    writeFileSync(path.join(dir, "a.html"), page("news-portal.html"));
    const asText = webPageText(page("news-portal.html"));
    writeFileSync(path.join(dir, "b.txt"), asText.found === "article" ? asText.text : "");
    const result = await ingest([dir]);
    expect(result.articles).toHaveLength(1);
    const duplicates = result.diagnostics.filter((diagnostic) => diagnostic.code === "duplicate-article");
    expect(duplicates).toEqual([expect.objectContaining({ source: expect.stringContaining("b.txt"), message: expect.stringContaining("a.html") })]);
  });
});
