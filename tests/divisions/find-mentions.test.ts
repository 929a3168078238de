import { describe, expect, it } from "vitest";
import { findDivisionMentions } from "../../pipeline/divisions/find-mentions.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { makeArticle } from "../extract/make-article.js";

function mentions(text: string, context: { city?: string; province?: string } = {}) {
  const article = makeArticle({ text });
  return findDivisionMentions(article, splitSentences(article), context).map((m) => ({
    kind: m.kind,
    name: m.name,
    surface: m.surface,
    code: m.attributes?.code,
    sentence: m.sentence,
    start: m.start,
  }));
}

describe("findDivisionMentions", () => {
  it("finds full names of every level with their codes", () => {
    expect(mentions("山东省临沂市兰陵县召开会议。")).toEqual([
      { kind: "Province", name: "山东省", surface: "山东省", code: "37", sentence: 0, start: 0 },
      { kind: "City", name: "临沂市", surface: "临沂市", code: "3713", sentence: 0, start: 3 },
      { kind: "County", name: "兰陵县", surface: "兰陵县", code: "371324", sentence: 0, start: 6 },
    ]);
  });

  it("reads no county of another province from an everyday word before a level (县住建局会同县民政局)", () => {
    const text = "台江县住建局会同县民政局排查隐患，湖南省会同县也派员参加。";
    const found = mentions(text, { city: "5226", province: "52" }).map((m) => m.surface);
    // Printed after its province, 会同县 is the county; right after a body, 会同 is a verb.
    expect(found).toEqual(["台江县", "湖南省", "会同县"]);
    expect(mentions(text, { city: "5226", province: "52" }).find((m) => m.surface === "会同县")?.start).toBe(text.indexOf("湖南省") + 3);
  });

  it("reads no county from an everyday word right after a body, even when the article's province is not known", () => {
    expect(mentions("县民政局会同县财政局发放补贴。", {}).map((m) => m.surface)).toEqual([]);
    expect(mentions("在会同县调研。", {}).map((m) => m.surface)).toEqual(["会同县"]);
  });

  it("takes short names only with context", () => {
    const text = "会后，兰陵推广经验。";
    expect(mentions(text)).toEqual([]);
    expect(mentions(text, { city: "3713" })).toEqual([
      { kind: "County", name: "兰陵县", surface: "兰陵", code: "371324", sentence: 0, start: 3 },
    ]);
    expect(mentions(text, { city: "临沂市", province: "山东省" })).toHaveLength(1);
  });

  it("needs context for a full name that exists twice", () => {
    expect(mentions("朝阳区推进接诉即办。")).toEqual([]);
    expect(mentions("朝阳区推进接诉即办。", { province: "11" })[0]).toMatchObject({ code: "110105" });
    expect(mentions("朝阳区推进接诉即办。", { city: "2201" })[0]).toMatchObject({ code: "220104" });
  });

  it("does not read names across word boundaries", () => {
    // 海城市 (辽宁) inside 沿海城市, 和县 (安徽) inside 和县级, 费县 inside 经费县级
    expect(mentions("推动沿海城市和县级部门落实经费县级统筹。", { province: "21" })).toEqual([]);
  });

  it("does not read a name whose last character belongs to the next word", () => {
    // 河东区 (临沂) in 河东区域, 海城市 (鞍山) in 海城市场
    expect(mentions("统筹河东区域发展，建设海城市场。")).toEqual([]);
  });

  it("reads generic district names (老城区, 城东区) only with context", () => {
    expect(mentions("推进老城区改造和城东区建设。")).toEqual([]);
    expect(mentions("推进老城区改造。", { city: "4103" })).toMatchObject([{ name: "老城区", code: "410302" }]);
  });

  it("reads the abbreviated names the press prints for autonomous prefectures and banners", () => {
    expect(mentions("恩施州、凉山州联合推进劳务协作。").map((m) => m.name)).toEqual(["恩施土家族苗族自治州", "凉山彝族自治州"]);
    expect(mentions("科右前旗实施草原生态修复工程。").map((m) => [m.name, m.surface])).toEqual([["科尔沁右翼前旗", "科右前旗"]]);
  });

  it("reads full names the dictionary calls person names (钟祥市, 华容县)", () => {
    expect(mentions("钟祥市和华容县签订合作协议。").map((m) => m.name)).toEqual(["钟祥市", "华容县"]);
  });

  it("does not read everyday words that are also district names", () => {
    expect(mentions("矿区周边和郊区农村同步推进。", { province: "14" })).toEqual([]);
  });

  it("reads a county name inside 县委 and 市委", () => {
    expect(mentions("蒙阴县委组织部牵头。").map((m) => m.name)).toEqual(["蒙阴县"]);
    expect(mentions("滕州市委、市政府高度重视，滕州市级财政投入。").map((m) => m.name)).toEqual(["滕州市", "滕州市"]);
  });

  it("keeps short names that are part of a longer word out (微山湖 is a lake)", () => {
    expect(mentions("打造微山湖红色文化品牌。", { city: "3708" })).toEqual([]);
  });
});
