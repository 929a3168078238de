import { describe, expect, it } from "vitest";
import { joinCompounds } from "../../pipeline/extract/compounds.js";
import { extractCorpus } from "../../pipeline/extract/index.js";
import { getLexicon } from "../../pipeline/extract/lexicon.js";
import { isParticipant } from "../../pipeline/extract/relations/involves.js";
import type { ArticleExtraction } from "../../pipeline/records.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { articleFixture } from "./article-fixture.js";

const lexicon = getLexicon();
const words = (text: string): string[] => joinCompounds(getSegmenter().tag(text), text, 0, lexicon.common.compounds).map((t) => t.word);
const involves = (extraction: ArticleExtraction): string[] =>
  extraction.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name} → ${r.to.name}`);

describe("joinCompounds", () => {
  it("joins words the segmenter splits and keeps the rest of a glued neighbour", () => {
    expect(words("慰问残疾人家庭")).toContain("残疾人");
    expect(words("县人社局开展招聘")).toEqual(expect.arrayContaining(["县", "人社局"]));
    expect(words("组建包保干部队伍")).toEqual(expect.arrayContaining(["包保干部", "队伍"]));
  });

  it("keeps offsets that cut the text exactly", () => {
    const text = "由县人社局牵头为残疾人服务";
    for (const token of joinCompounds(getSegmenter().tag(text), text, 0, lexicon.common.compounds)) {
      expect(text.slice(token.start, token.end)).toBe(token.word);
    }
  });
});

describe("organisations and groups the compounds make visible", () => {
  it("qualifies bureaus of a district and a banner, and reads split group words", () => {
    const [district, banner] = extractCorpus([
      articleFixture("近年来，越秀区由区民政局牵头，为辖区残疾人和失能老人提供上门服务。", { place: "越秀", source: "gd.txt" }),
      articleFixture("今年以来，旗卫生健康委员会联合旗人民医院为牧民开展巡诊，服务老年牧民800人次。", { place: "四子王旗", source: "nm.txt" }),
    ]) as [ArticleExtraction, ArticleExtraction];
    const names = (e: ArticleExtraction, kind: string): string[] => e.entities.filter((m) => m.kind === kind).map((m) => m.name);
    expect(names(district, "Organization")).toContain("越秀区民政局");
    expect(names(district, "Group")).toEqual(expect.arrayContaining(["残疾人", "失能老人"]));
    expect(names(banner, "Organization")).toEqual(expect.arrayContaining(["四子王旗卫健委", "四子王旗人民医院"]));
    expect(names(banner, "Group")).toEqual(expect.arrayContaining(["牧民", "老年牧民"]));
  });

  it("reads group words the segmenter splits as one group", () => {
    const [extraction] = extractCorpus([
      articleFixture("某镇组建包保干部队伍，聘请护河队员42名，为党员志愿者开展培训，走访残疾人家庭。", { place: "临朐", source: "sd.txt" }),
    ]) as [ArticleExtraction];
    const groups = extraction.entities.filter((m) => m.kind === "Group").map((m) => m.name);
    expect(groups).toEqual(expect.arrayContaining(["包保干部", "护河队员", "党员志愿者", "残疾人"]));
  });
});

describe("INVOLVES", () => {
  const cues = lexicon.participants;
  const span = (text: string, part: string): { start: number; end: number } => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const check = (text: string, programme: string, organization: string): boolean =>
    isParticipant(text, 0, span(text, programme), span(text, organization), cues);

  it("links bodies the sentence makes participants", () => {
    expect(check("县民政局牵头实施“暖心食堂”工程。", "“暖心食堂”工程", "县民政局")).toBe(true);
    expect(check("“银龄课堂”项目由县老年大学负责组织。", "“银龄课堂”项目", "县老年大学")).toBe(true);
    expect(check("团县委联合县教育局开展“青春护航”行动。", "“青春护航”行动", "县教育局")).toBe(true);
    expect(check("依托县职业中专开展“技能提升”计划。", "“技能提升”计划", "县职业中专")).toBe(true);
    expect(check("今年以来，县司法局推行“枫桥式”调解机制。", "“枫桥式”调解机制", "县司法局")).toBe(true);
    // A list item's number before the subject opens no clause of its own.
    expect(check("2.县人社局开展“春风行动”送岗下乡。", "“春风行动”", "县人社局")).toBe(true);
    expect(check("一是县民政局实施“暖心食堂”工程。", "“暖心食堂”工程", "县民政局")).toBe(true);
    // The short form a body's first mention defines stands between the body and its role.
    expect(check("县里把“厕所革命”作为民生实事，县农业农村局（以下简称“县农业局”）会同各乡镇推进。", "“厕所革命”", "县农业农村局")).toBe(true);
  });

  it("does not link bodies that are objects, places or honours", () => {
    expect(check("“童心港湾”项目入选省民政厅优秀案例。", "“童心港湾”项目", "省民政厅")).toBe(false);
    expect(check("实施“护苗”工程，建成村级儿童之家30个。", "“护苗”工程", "儿童之家")).toBe(false);
    expect(check("开展“送法下乡”活动，走进县第一中学。", "“送法下乡”活动", "县第一中学")).toBe(false);
  });

  it("drops the co-occurrence links of a real article", () => {
    const [extraction] = extractCorpus([
      articleFixture("县委组织部牵头建立“双联双帮”机制，相关经验被省委组织部推广。", { place: "安吉", source: "zj.txt" }),
    ]) as [ArticleExtraction];
    expect(involves(extraction)).toEqual(["“双联双帮”机制 → 安吉县委组织部"]);
  });
});
