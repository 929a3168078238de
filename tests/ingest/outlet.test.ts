import { describe, expect, it } from "vitest";
import { outletOf } from "../../pipeline/ingest/outlet.js";
import { splitArticles } from "../../pipeline/ingest/split-articles.js";

describe("outletOf", () => {
  it.each([
    ["来源：金寨县融媒体中心  作者：汪晓燕  发布时间：2025-04-08", "金寨县融媒体中心"],
    ["发布时间：2025-06-12 来源：县发展和改革局", "县发展和改革局"],
    ["來源：延邊廣播電視台", "延边广播电视台"],
    ["稿源：汉中日报", "汉中日报"],
  ])("reads %s as published by %s", (line, outlet) => {
    expect(outletOf(line)).toBe(outlet);
  });

  it.each(["来源：本站", "来源：网络", "发布时间：2025-04-08", "作者：汪晓燕"])("reads no outlet in %s", (line) => {
    expect(outletOf(line)).toBeUndefined();
  });
});

describe("splitArticles: the outlet a web page credits", () => {
  it("keeps the source of the meta lines above the body", () => {
    const {
      articles: [article],
    } = splitArticles(
      ["金寨县多措并举稳就业", "来源：金寨县融媒体中心  作者：汪晓燕  发布时间：2025-04-08", "", "今年以来，金寨县实施就业帮扶行动，帮助1200人就业。"].join("\n"),
    );
    expect(article?.outlet).toBe("金寨县融媒体中心");
    expect(article?.date).toBe("2025-04-08");
  });

  it("keeps the site the page opens with for the page", () => {
    const split = splitArticles(
      ["岢岚县人民政府网", "首页 | 新闻中心 | 政务公开", "", "三井镇推进杂粮产业", "来源：三井镇人民政府", "", "今年以来，三井镇新建加工车间2个。"].join("\n"),
    );
    expect(split.site).toBe("岢岚县人民政府网");
    expect(split.articles[0]?.outlet).toBe("三井镇人民政府");
  });
});
