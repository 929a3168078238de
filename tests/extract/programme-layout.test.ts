import { describe, expect, it } from "vitest";
import { analyseLayout } from "../../pipeline/extract/layout.js";
import { getLexicon } from "../../pipeline/extract/lexicon.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { articleFixture } from "./article-fixture.js";

const layoutOf = (paragraphs: string[]) => {
  const article = articleFixture(paragraphs.join("\n"));
  const sentences = splitSentences(article);
  return { sentences, layout: analyseLayout(article, sentences, getLexicon().programmes) };
};

describe("analyseLayout", () => {
  it("finds parallel headings and the sections they open", () => {
    const { sentences, layout } = layoutOf([
      "某县推行“三联”工作法，服务群众。",
      "联系群众到户。干部每月走访一次。",
      "联系企业到岗。建立企业服务专员制度。",
      "活动开展以来，走访群众1万户。",
    ]);
    expect(layout.headings.map((i) => sentences[i]!.text)).toEqual(["联系群众到户。", "联系企业到岗。"]);
    expect(layout.sectionOf[2]).toBe(1);
    expect(layout.sectionOf[4]).toBe(3);
    // The closing summary belongs to no section.
    expect(layout.sectionOf[5]).toBe(-1);
  });

  it("treats a line that breaks a sentence as a column break, not a new paragraph", () => {
    const { layout } = layoutOf(["某县推行“三联”工作法，服务群众。", "联系群众到户。干部每月走访群众，解决实际", "困难。", "联系企业到岗。建立制度。"]);
    expect(layout.paragraphs).toHaveLength(3);
    expect(layout.headings).toHaveLength(2);
  });

  it("takes no row of a table copied as text (1. 城关镇东风村 王秀兰) for a subheading", () => {
    const { layout } = layoutOf([
      "现将“巧手之家”示范户名单公示如下。",
      "1. 城关镇东风村 王秀兰",
      "2. 城关镇西河村 李桂芳",
      "3. 河口镇河口村 张玉梅",
      "公示期为5个工作日。",
    ]);
    expect(layout.headings).toEqual([]);
    // A heading of two phrases set apart by a space stands alone: no row of a table.
    const slogans = layoutOf(["某县推进养老托育服务体系建设。", "一、老有所养 幸福晚年", "新建幸福院32个。", "二、幼有所育 托起希望", "新增托位480个。"]);
    expect(slogans.layout.headings).toEqual([1, 3]);
  });

  it("takes lines a web page prints without a full stop for subheadings", () => {
    const { sentences, layout } = layoutOf([
      "今年以来，某县推进重点民生项目建设，完成投资1.6亿元。",
      "（一）城乡道路畅通提升工程",
      "改造农村公路48公里，新建桥梁3座。",
      "（二）农贸市场改造项目",
      "改造农贸市场5个。",
    ]);
    expect(layout.headings.map((i) => sentences[i]!.text)).toEqual(["（一）城乡道路畅通提升工程", "（二）农贸市场改造项目"]);
    expect(layout.sectionOf[2]).toBe(1);
    expect(layout.sectionOf[4]).toBe(3);
  });

  it("lets the items under a numbered subheading line open sections of their own", () => {
    const { sentences, layout } = layoutOf([
      "为解决群众急难愁盼问题，某县实施十件民生实事。",
      "一、实施内容",
      "（一）农村供水保障。新建供水站12座。",
      "（二）困难群众救助。发放救助金3200万元。",
      "二、工作要求",
      "各单位按季度报送进展。",
    ]);
    expect(layout.headings.map((i) => sentences[i]!.text)).toEqual(["一、实施内容", "（一）农村供水保障。", "（二）困难群众救助。", "二、工作要求"]);
    expect(layout.sectionOf[3]).toBe(2);
    expect(layout.sectionOf[5]).toBe(4);
    expect(layout.sectionOf[7]).toBe(6);
  });

  it("reads a post's 01 | subheadings, keeping the one it opens with in the lead", () => {
    const { sentences, layout } = layoutOf([
      "01 | 建设就业驿站",
      "今年以来，某县建成家门口就业服务站52个。",
      "02 | 开发公益岗位",
      "县人社局开发乡村公益性岗位3200个。",
      "03 | 扶持创业带动",
      "全县发放创业担保贷款2.6亿元。",
    ]);
    expect(layout.paragraphs[0]).toEqual([0, 1]);
    expect(layout.headings.map((i) => sentences[i]!.text)).toEqual(["02 | 开发公益岗位", "03 | 扶持创业带动"]);
    expect(layout.sectionOf[3]).toBe(2);
  });

  it("does not take lines of a hard-wrapped text, which break off clauses, for subheadings", () => {
    const { layout } = layoutOf([
      "今年以来，某县推进重点民生项目建设，完成投资1.6亿元。",
      "全县改造农村公路，新建桥梁",
      "3座，改造农贸市场5个。",
      "县里还开展技能培训，培训",
      "农民工800人次。",
    ]);
    expect(layout.headings).toEqual([]);
  });

  it("takes headings of two clauses only when they are built alike, not the opening sentences of prose paragraphs", () => {
    const parallel = layoutOf([
      "某县推行“三联”工作法，服务群众。",
      "着眼“微服务”，优化干事创业“软环境”。全县统筹人才公寓200套。",
      "立足“高站位”，催生创新驱动“加速度”。全县引进急需人才120人。",
    ]);
    expect(parallel.layout.headings).toHaveLength(2);
    const prose = layoutOf([
      "在五指山脚下，村民符桂英掀开蜂箱。",
      "琼中曾是国家级贫困县，山多地少，交通不便。全县贫困户一度超过八千户。",
      "当地还成立百花蜂业专业合作社，统一收购蜂蜜。合作社去年收购蜂蜜十二万斤。",
      "记者离开湾岭镇时，符桂英正忙着装瓶。她说日子会越来越甜。",
    ]);
    expect(prose.layout.headings).toEqual([]);
  });

  it("takes no speaker's words in a transcript or interview for a heading, but keeps a bulletin's items led by a body", () => {
    const { sentences, layout } = layoutOf([
      "某县召开新闻发布会，介绍养老服务补贴政策。",
      "主持人：请发布人介绍。介绍政策内容。",
      "发布人（县民政局局长 王明）：补贴今年起提标。标准为每人每月100元。",
      "赵丽：我们将加强督导。确保资金到位。",
    ]);
    expect(layout.headings).toEqual([]);
    const bulletin = layoutOf(["某县多部门推进民生实事。", "县民政局：建成幸福食堂。新建食堂12个。", "县人社局：开展技能培训。培训学员300人。"]);
    expect(bulletin.layout.headings.map((i) => bulletin.sentences[i]!.text)).toEqual(["县民政局：建成幸福食堂。", "县人社局：开展技能培训。"]);
    expect(sentences).toHaveLength(7);
  });

  it("needs two headings before it calls any sentence a heading", () => {
    const { layout } = layoutOf(["某县推行“三联”工作法，服务群众。", "联系群众到户。干部每月走访一次。", "今年以来，全县走访群众共计一万户，解决各类问题八百余个，群众满意率明显提升。"]);
    expect(layout.headings).toEqual([]);
  });
});
