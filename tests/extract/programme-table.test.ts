import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../pipeline/extract/index.js";
import { getLexicon } from "../../pipeline/extract/lexicon.js";
import { tableProgrammes } from "../../pipeline/extract/programme-table.js";
import { articleFixture } from "./article-fixture.js";

const lexicon = getLexicon().programmes;

describe("programmes a table names in its column of names", () => {
  const table = [
    "序号 项目名称 建设内容 责任单位 完成时限",
    "1 城区雨污管网改造 改造管网40公里，惠及居民1.2万户 县住建局 10月底",
    "2 “一老一小”服务提升 新建托育点6个 县民政局、县卫健局 12月底",
    "3 深化改革，新增服务事项 完成 县政务服务中心 6月底",
    "4 农村 公路 提档升级 县交通运输局 9月底",
  ].join("\n");

  it("takes the cell under 项目名称 for a programme whatever its head, and no cell that holds a clause", () => {
    expect(tableProgrammes(table, lexicon).map((c) => c.name)).toEqual(["城区雨污管网改造", "“一老一小”服务提升"]);
  });

  it("reads no name where the header has no column of names", () => {
    expect(tableProgrammes(table.replace("项目名称", "内容摘要"), lexicon)).toEqual([]);
    // 项目 over columns of figures says what each row counts.
    const figures = ["项目　　　　　　数量　　　　同比", "新登记市场主体　　3268户　　+12.4%", "食品安全抽检　　　1856批次　+6.2%"].join("\n");
    expect(tableProgrammes(figures, lexicon)).toEqual([]);
    const projects = ["项目　　　　　　投资　　　　责任单位", "城区雨污管网改造　　3200万元　　县住建局"].join("\n");
    expect(tableProgrammes(projects, lexicon).map((c) => c.name)).toEqual(["城区雨污管网改造"]);
  });

  it("gives each row's programme the bodies under its column of duty", () => {
    const [extraction] = extractCorpus([articleFixture(`县政府公布今年民生实事项目。\n${table}`, { place: "宁陕" })]);
    const involves = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(
      expect.arrayContaining(["城区雨污管网改造→宁陕县住建局", "“一老一小”服务提升→宁陕县民政局", "“一老一小”服务提升→宁陕县卫健局"]),
    );
  });
});
