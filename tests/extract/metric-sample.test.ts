/**
 * Golden checks on the sample page (corpus/jining-daily-page.txt): the
 * figures a reader of the page would note, with their exact values.
 */
import { describe, expect, it } from "vitest";
import { extractMetrics } from "../../pipeline/extract/metric.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { samplePageArticles } from "./make-article.js";

const articles = samplePageArticles();
const all = articles.flatMap((article) =>
  extractMetrics(article, splitSentences(article), { scope: article.dateline!.place! }).map((m) => ({
    place: article.dateline!.place!,
    raw: String(m.attributes!.raw),
    value: m.attributes!.value,
    unit: m.attributes!.unit,
    approx: m.attributes!.approx,
    counted: m.attributes!.counted,
    name: m.name,
  })),
);
const find = (place: string, raw: string) => all.filter((m) => m.place === place && m.raw === raw);

describe("sample page metrics", () => {
  it.each([
    ["嘉祥", "304次", 304, "次", undefined, "开展集中学习活动"],
    ["嘉祥", "1.4万余户", 14000, "户", "余", "走访群众"],
    ["嘉祥", "653处", 653, "处", undefined, "排查冬季安全风险隐患"],
    ["金乡", "2300余名", 2300, "名", "余", "覆盖离退休干部"],
    ["金乡", "32名", 32, "名", undefined, "离退休干部"],
    ["金乡", "1100余人次", 1100, "人次", "余", "覆盖老年学员"],
    ["微山", "20余个", 20, "个", "余", "临时党小组"],
    ["微山", "65幅", 65, "幅", undefined, "书画作品"],
    ["汶上", "32人", 32, "人", undefined, "引进高层次人才"],
    ["汶上", "2528人", 2528, "人", undefined, "引进青年人才"],
    ["汶上", "487.6万元", 4876000, "元", undefined, "落实政策补贴"],
    ["汶上", "3.1亿元", 310000000, "元", undefined, "办理政策性融资"],
    ["汶上", "最快2小时", 2, "小时", undefined, "企业开办"],
    ["邹城", "5300余人次", 5300, "人次", "余", "服务新就业群体"],
    ["邹城", "9000余件", 9000, "件", "余", "发现并处置各类问题"],
  ])("%s %s", (place, raw, value, unit, approx, counted) => {
    const [metric, ...rest] = find(place, raw);
    expect(rest).toEqual([]);
    expect(metric).toMatchObject({ value, unit, counted });
    expect(metric!.approx).toBe(approx);
  });

  it("leaves names, years, ordinals and formulas alone", () => {
    const raws = all.map((m) => m.raw);
    for (const notMetric of ["3423", "2023年", "5分钟", "1+4+N", "2+1", "十批", "三个", "两项"]) {
      expect(raws.some((raw) => raw.startsWith(notMetric))).toBe(false);
    }
    // 每名离休干部明确1名包保干部和1名家庭医生 is a standard, not a total
    expect(find("金乡", "1名")).toEqual([]);
  });

  it("names every metric uniquely", () => {
    expect(new Set(all.map((m) => m.name)).size).toBe(all.length);
  });

  it("finds between 50 and 70 figures on the page", () => {
    expect(all.length).toBeGreaterThanOrEqual(50);
    expect(all.length).toBeLessThanOrEqual(70);
  });
});
