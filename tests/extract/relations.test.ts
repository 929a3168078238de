import { beforeAll, describe, expect, it } from "vitest";
import { extractCorpus } from "../../pipeline/extract/index.js";
import type { ArticleExtraction, RelationMention } from "../../pipeline/records.js";
import { ANJI_WORKSHOPS, articleFixture, GUSHI_CHILDREN, HUANGCHUAN_PARTS } from "./article-fixture.js";

let gushi: ArticleExtraction;
let anji: ArticleExtraction;
let huangchuan: ArticleExtraction;

beforeAll(() => {
  [gushi, anji, huangchuan] = extractCorpus([GUSHI_CHILDREN, ANJI_WORKSHOPS, HUANGCHUAN_PARTS]) as [ArticleExtraction, ArticleExtraction, ArticleExtraction];
  // The first call loads the segmenter's dictionaries.
}, 60_000);

const find = (extraction: ArticleExtraction, type: RelationMention["type"], from: string, to: string): RelationMention | undefined =>
  extraction.relations.find((r) => r.type === type && r.from.name === from && r.to.name === to);

/** The programme or county a figure of the given value hangs off (HAS_METRIC). */
const metricOwner = (extraction: ArticleExtraction, value: number): string | undefined => {
  const metric = extraction.entities.find((e) => e.kind === "Metric" && e.attributes?.value === value)!;
  return extraction.relations.find((r) => r.type === "HAS_METRIC" && r.to.name === metric.name)?.from.name;
};

describe("relations of a Henan report", () => {
  it("places the article's county in its city and province", () => {
    expect(gushi.county?.name).toBe("固始县");
    expect(find(gushi, "REPORTS_ON", GUSHI_CHILDREN.key, "固始县")).toBeDefined();
    expect(find(gushi, "IN", "固始县", "信阳市")).toBeDefined();
    expect(find(gushi, "IN", "信阳市", "河南省")).toBeDefined();
    expect(find(gushi, "WRITTEN_BY", GUSHI_CHILDREN.key, "王磊")).toBeDefined();
  });

  it("lets the county run its programmes and the lead's purpose name whom the main one serves", () => {
    expect(find(gushi, "RUNS", "固始县", "“护苗关爱”行动")).toMatchObject({ sentence: 0 });
    expect(find(gushi, "SERVES", "“护苗关爱”行动", "留守儿童")).toMatchObject({ sentence: 0 });
    expect(find(gushi, "SERVES", "“护苗关爱”行动", "困境儿童")).toBeDefined();
    // The headings of a campaign whose name counts no parts title the report's sections: they are no programmes.
    expect(gushi.relations.filter((r) => r.type === "PART_OF")).toEqual([]);
    expect(gushi.entities.some((e) => e.name === "精准摸排建台账")).toBe(false);
  });

  it("lets the parts a model's name counts hang off it, not off the county", () => {
    expect(["摸排到家", "服务到家", "保障到家"].map((part) => find(huangchuan, "PART_OF", part, "“三个到家”关爱行动") !== undefined)).toEqual([true, true, true]);
    expect(find(huangchuan, "RUNS", "潢川县", "摸排到家")).toBeUndefined();
  });

  it("gives a figure to the sub-measure of its section, else to the main programme, and counts the group it names", () => {
    const part = huangchuan.entities.find((e) => e.kind === "Metric" && e.attributes?.value === 3100)!;
    expect(find(huangchuan, "HAS_METRIC", "摸排到家", part.name)).toBeDefined();
    const metric = gushi.entities.find((e) => e.kind === "Metric" && e.attributes?.value === 3200)!;
    expect(find(gushi, "HAS_METRIC", "“护苗关爱”行动", metric.name)).toBeDefined();
    expect(find(gushi, "COUNTS", metric.name, "留守儿童")).toBeDefined();
    // 120余场次 counts events, not people.
    const events = gushi.entities.find((e) => e.kind === "Metric" && e.attributes?.value === 120)!;
    expect(gushi.relations.filter((r) => r.type === "COUNTS" && r.from.name === events.name)).toEqual([]);
  });

  it("links no generic group and nothing inside a quoted slogan", () => {
    expect(gushi.relations.some((r) => r.type === "SERVES" && r.to.name === "群众")).toBe(false);
  });
});

describe("relations of a Zhejiang report", () => {
  it("serves the groups the lead names and involves the organisation of the same sentence", () => {
    expect(find(anji, "SERVES", "共富工坊", "低收入农户")).toBeDefined();
    expect(find(anji, "SERVES", "共富工坊", "留守妇女")).toBeDefined();
    expect(find(anji, "INVOLVES", "“党建+共富工坊”联建机制", "安吉县委组织部")).toMatchObject({ sentence: 1 });
  });

  it("gives a figure to the programme named before it in its sentence", () => {
    const metric = anji.entities.find((e) => e.kind === "Metric" && e.attributes?.value === 86)!;
    expect(anji.relations.find((r) => r.type === "HAS_METRIC" && r.to.name === metric.name)?.from.kind).toBe("Programme");
  });

  it("only relates entities that were extracted, in sentences that exist", () => {
    for (const extraction of [gushi, anji]) {
      const keys = new Set(extraction.entities.map((e) => `${e.kind}:${e.name}`));
      for (const relation of extraction.relations) {
        for (const end of [relation.from, relation.to]) if (end.kind !== "Article") expect(keys.has(`${end.kind}:${end.name}`)).toBe(true);
        expect(extraction.sentences[relation.sentence]).toBeDefined();
      }
    }
  });
});

describe("relations of a report printed in traditional characters", () => {
  it("matches on the normalised text and keeps the printed surface", () => {
    const simplified = "某县开展“情暖夕阳”义诊活动，覆盖离退休干部2300余名。";
    const printed = "某縣開展「情暖夕陽」義診活動，覆蓋離退休幹部2300餘名。";
    expect(printed).toHaveLength(simplified.length);
    const article = { ...articleFixture(simplified), text: printed };
    const [extraction] = extractCorpus([article]);
    const metric = extraction!.entities.find((e) => e.kind === "Metric")!;
    expect(find(extraction!, "HAS_METRIC", "“情暖夕阳”义诊活动", metric.name)).toBeDefined();
    expect(find(extraction!, "COUNTS", metric.name, "离退休干部")).toBeDefined();
    expect(find(extraction!, "SERVES", "“情暖夕阳”义诊活动", "离退休干部")).toBeDefined();
    const group = extraction!.entities.find((e) => e.kind === "Group" && e.name === "离退休干部")!;
    expect(group.surface).toBe("離退休幹部");
  });
});

describe("RUNS with another county in the sentence", () => {
  it("credits the county the sentence names, not the reporting county", () => {
    const article = articleFixture(
      "固始县深入实施“护苗关爱”行动。今年组织干部赴浙江省安吉县学习“两山”转化工作法。",
      { place: "固始", reporters: ["王磊"], source: "henan-visit.txt" },
    );
    const [extraction] = extractCorpus([article]);
    expect(find(extraction!, "RUNS", "固始县", "“护苗关爱”行动")).toBeDefined();
    expect(find(extraction!, "RUNS", "安吉县", "“两山”转化工作法")).toMatchObject({ sentence: 1 });
    expect(find(extraction!, "RUNS", "固始县", "“两山”转化工作法")).toBeUndefined();
    // The other county is placed in its own city and province.
    expect(find(extraction!, "IN", "安吉县", "湖州市")).toMatchObject({ sentence: 1 });
    expect(find(extraction!, "IN", "湖州市", "浙江省")).toBeDefined();
  });

  it("credits every county printed in one list with the first, not one named after a comma", () => {
    const article = articleFixture(
      "今年以来，四川省凉山州昭觉县、甘肃省会宁县和岷县等地持续推进“雨露计划”，安吉县派员交流。",
      { place: "岷县", source: "agency-roundup.txt" },
    );
    const [extraction] = extractCorpus([article]);
    const runners = extraction!.relations.filter((r) => r.type === "RUNS").map((r) => r.from.name);
    expect(runners.sort()).toEqual(["岷县", "昭觉县", "会宁县"].sort());
  });
});

describe("a programme the headline names without the body's quotes", () => {
  it("is the body's programme, and hides no group of the sentence it would be anchored to", () => {
    const article = articleFixture("今年以来，郯城县实施“暖心护航”行动，为孤寡老人和困境儿童提供帮扶。", {
      place: "郯城",
      title: "郯城县实施暖心护航行动",
    });
    const [extraction] = extractCorpus([article]);
    expect(extraction!.entities.filter((e) => e.kind === "Programme").map((e) => e.name)).toEqual(["“暖心护航”行动"]);
    const served = extraction!.relations.filter((r) => r.type === "SERVES").map((r) => r.to.name);
    expect(served).toEqual(["孤寡老人", "困境儿童"]);
  });

  it("hides no group of its anchor sentence when the body does not print it at all", () => {
    const article = articleFixture("今年以来，郯城县为孤寡老人和困境儿童提供帮扶。", { place: "郯城", title: "郯城县实施暖心护航行动" });
    const [extraction] = extractCorpus([article]);
    expect(extraction!.entities.filter((e) => e.kind === "Group").map((e) => e.name)).toEqual(["孤寡老人", "困境儿童"]);
  });
});

describe("SERVES from a programme's own name", () => {
  it("serves the group an unquoted programme's name holds, which stays a group; a chief system names its chiefs, whom it does not serve", () => {
    const article = articleFixture("今年以来，郯城县推行网格长制，落实巡查责任。\n县教育局还实施农村留守儿童心理健康关爱工程，建成心理辅导室36个。", { place: "郯城" });
    const [extraction] = extractCorpus([article]);
    const served = extraction!.relations.filter((r) => r.type === "SERVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(served).toEqual(["农村留守儿童心理健康关爱工程→农村留守儿童"]);
    expect(extraction!.entities.filter((e) => e.kind === "Group").map((e) => e.name)).not.toContain("网格长");
  });
});

describe("SERVES from a national benefit's name", () => {
  it("serves the people a national benefit is named for, not those a national name only mentions", () => {
    const article = articleFixture("县民政局发放重度残疾人护理补贴320万元，推进城乡居民基本医疗保险参保，做实家庭医生签约服务。", { place: "武隆" });
    const [extraction] = extractCorpus([article]);
    const served = extraction!.relations.filter((r) => r.type === "SERVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(served).toEqual(["重度残疾人护理补贴→重度残疾人"]);
    expect(extraction!.entities.filter((e) => e.kind === "Group").map((e) => e.name)).toEqual(["重度残疾人"]);
  });
});

describe("COUNTS across a list of figures", () => {
  it("counts a group only by the figure nearest it, not by a later one whose phrase repeats its name", () => {
    const article = articleFixture("某县为农村留守儿童建立关爱档案，配备儿童保育员26名、儿童主任186名。", { place: "武隆" });
    const [extraction] = extractCorpus([article]);
    const byValue = (value: number) => extraction!.entities.find((e) => e.kind === "Metric" && e.attributes?.value === value)!;
    const countedBy = (value: number) =>
      extraction!.relations.filter((r) => r.type === "COUNTS" && r.from.name === byValue(value).name).map((r) => r.to.name);
    expect(countedBy(26)).toContain("保育员");
    expect(countedBy(186)).not.toContain("儿童");
  });
});

describe("SERVES in a sentence that names no programme", () => {
  it("gives a cued group to the programme its section speaks for: the sub-measure, else the main programme", () => {
    const measure = find(huangchuan, "SERVES", "服务到家", "留守儿童");
    expect(measure).toMatchObject({ sentence: 4, matched: ["留守儿童"] });
    const article = articleFixture(
      ["今年以来，某县聚焦“一老一小”，构建“一老一小”服务体系。", "县民政局为全县高龄老人发放慰问金。", "群众反映良好。"].join("\n"),
      { place: "宁乡" },
    );
    const [extraction] = extractCorpus([article]);
    expect(find(extraction!, "SERVES", "“一老一小”服务体系", "高龄老人")).toMatchObject({ sentence: 1 });
  });

  it("links no group without a cue, and none when the article has no main programme", () => {
    const article = articleFixture(["某县举办座谈会。", "县民政局为全县高龄老人发放慰问金。"].join("\n"), { place: "宁乡" });
    const [extraction] = extractCorpus([article]);
    expect(extraction!.relations.filter((r) => r.type === "SERVES")).toEqual([]);
  });
});

describe("SERVES across a list of groups", () => {
  it("lets every group of a list share the cue one of them has, before or after it", () => {
    const article = articleFixture(
      [
        "某县启动“康乐之家”工程。",
        "“康乐之家”工程为孤寡老人、残疾人和困境儿童送去生活用品。",
        "“康乐之家”工程请低保户及退役军人参与志愿服务。",
        "“康乐之家”工程走访种粮大户，种植能手也来了。",
      ].join("\n"),
      { place: "宁乡" },
    );
    const [extraction] = extractCorpus([article]);
    const served = extraction!.relations.filter((r) => r.type === "SERVES").map((r) => r.to.name);
    expect(served).toEqual(expect.arrayContaining(["孤寡老人", "残疾人", "困境儿童", "低保户", "退役军人"]));
    // A list is joined by 、 和 及 …, not by a clause break.
    expect(served).not.toContain("种植能手");
  });
});

describe("INVOLVES of a body referred back to", () => {
  it("involves the body of that kind named last (该局, 该中心), not one named further back or of another kind", () => {
    const article = articleFixture(
      "今年以来，县水利局排查山洪隐患点86处。该局牵头实施山塘清淤整治工程，完成加固12座。县融媒体中心还开设防汛专栏，该中心推出“防汛一线”系列报道。",
      { place: "郯城" },
    );
    const [extraction] = extractCorpus([article]);
    const involves = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toContain("山塘清淤整治工程→郯城县水利局");
    expect(involves).not.toContain("山塘清淤整治工程→郯城县融媒体中心");
    // 该局 is no alias of the bureau.
    expect(extraction!.entities.filter((m) => m.kind === "Organization" && m.surface.startsWith("该"))).toEqual([]);
  });

  it("involves the body whose report on a programme's progress a meeting hears, not the one reporting on something else", () => {
    const article = articleFixture("会议听取了县住建局关于城镇老旧小区改造推进情况的汇报，县财政局关于预算执行情况的报告。", { place: "繁峙" });
    const [extraction] = extractCorpus([article]);
    const involves = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(["老旧小区改造→繁峙县住建局"]);
  });

  it("involves the body that funds a national programme printed by its short name (拨付营养改善计划资金)", () => {
    const article = articleFixture("县教育局全面实施农村义务教育学生营养改善计划，惠及学生5.2万人，县财政局足额拨付营养改善计划资金4420万元。", { place: "郯城" });
    const [extraction] = extractCorpus([article]);
    const involves = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(["农村义务教育学生营养改善计划→郯城县教育局", "农村义务教育学生营养改善计划→郯城县财政局"]);
  });

  it("involves a bank or firm a report calls 该行 or 该公司 however many sentences back it was named", () => {
    const article = articleFixture(
      [
        "今年以来，郯城农商银行聚焦乡村振兴，持续加大涉农信贷投放。",
        "一是扩大覆盖面。全县已完成授信农户5.2万户。",
        "二是丰富产品。针对特色产业，该行推出“银杏贷”，累计发放贷款3.1亿元。",
        "县城乡公交有限公司开通镇村公交线路36条。该公司还开通“放学专线”14条。",
      ].join("\n"),
      { place: "郯城" },
    );
    const [extraction] = extractCorpus([article]);
    const involves = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(expect.arrayContaining(["“银杏贷”→郯城农商银行", "“放学专线”→郯城县城乡公交有限公司"]));
  });
});

describe("INVOLVES of a sentence that goes on without a subject", () => {
  it("carries the bodies that opened the sentence before in its paragraph (…；同时实施…), and no further", () => {
    const article = articleFixture(
      [
        "县林业局、县财政局落实生态护林员补助，全县选聘护林员420名；同时实施森林抚育补贴，每亩补贴120元；还推行林下经济保险，参保农户600户。",
        "同时实施油茶低产林改造工程，改造面积3000亩。",
      ].join("\n"),
      { place: "遂川" },
    );
    const [extraction] = extractCorpus([article]);
    const involves = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(expect.arrayContaining(["森林抚育补贴→遂川县林业局", "森林抚育补贴→遂川县财政局", "林下经济保险→遂川县林业局"]));
    // A new paragraph opens with no subject to carry.
    expect(involves.filter((link) => link.startsWith("油茶低产林改造工程→"))).toEqual([]);
  });

  it("carries the subject into a sentence that opens with its verb, or with whom it is for before the verb (对…实行…)", () => {
    const article = articleFixture(
      [
        "县总工会开展“两节”送温暖活动，筹集资金386万元；对在档困难职工实行“一户一策”动态帮扶。实施“金秋助学”活动，资助困难职工子女203名。",
        "实施“春送岗位”行动，提供岗位1200个。",
      ].join("\n"),
      { place: "遂川" },
    );
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(expect.arrayContaining(["“一户一策”动态帮扶→遂川县总工会", "“金秋助学”活动→遂川县总工会"]));
    // A new paragraph opens with no subject to carry.
    expect(involves.filter((link) => link.startsWith("“春送岗位”行动→"))).toEqual([]);
  });

  it("carries the subject into a sentence that opens with the trades or people it aims at (针对…, 面向…) before its verb", () => {
    const article = articleFixture(
      "县人社局举办专场招聘会12场，提供岗位3000个；针对电工、焊工等工种开展“定岗式”技能培训800人次。面向返乡青年实施“雁归”创业扶持计划，发放贷款900万元。",
      { place: "遂川" },
    );
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(expect.arrayContaining(["“定岗式”技能培训→遂川县人社局", "“雁归”创业扶持计划→遂川县人社局"]));
  });

  it("carries the subject into a sentence that opens with its partner (…；会同县气象局开展…), the partner taking part too", () => {
    const article = articleFixture("县农业农村局牵头实施耕地保护行动，新建农田2万亩；会同县气象局开展“智慧测墒”行动，覆盖全县。", { place: "遂川" });
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(expect.arrayContaining(["“智慧测墒”行动→遂川县气象局", "“智慧测墒”行动→遂川县农业农村局"]));
  });
});

  it("gives a programme no body launches the bodies that act for it in the next clause, never their officials", () => {
    const article = articleFixture(
      [
        "全县32所小学全面实施“书香校园”行动，县教育局、团县委统一配送图书1.2万册，阅读覆盖率达95%。",
        "各村启动“清洁家园”行动，县农业农村局局长王明介绍了进展。",
        "各乡镇开展“平安农机”行动，县交通运输局实施“畅通农村路”工程。",
      ].join("\n"),
      { place: "遂川" },
    );
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(expect.arrayContaining(["“书香校园”行动→遂川县教育局", "“书香校园”行动→共青团遂川县委"]));
    expect(involves.filter((link) => link.startsWith("“清洁家园”行动→") || link.startsWith("“平安农机”行动→"))).toEqual([]);
  });

describe("INVOLVES of the bodies a leading body brings in", () => {
  it("involves the bodies a leading body coordinates or organises (统筹X、Y等成员单位开展…), and the leader", () => {
    const article = articleFixture("县防汛指挥部统筹县应急管理局、县水利局等成员单位，全面开展“安澜护航”行动。县卫健局组织县人民医院专家开展“健康进村”义诊活动。", {
      place: "沅陵",
    });
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(
      expect.arrayContaining([
        "“安澜护航”行动→沅陵县应急管理局",
        "“安澜护航”行动→沅陵县水利局",
        "“健康进村”义诊活动→沅陵县人民医院",
        "“健康进村”义诊活动→沅陵县卫健局",
      ]),
    );
    // The firms a county guides or supports into a programme take part in it.
    const firms = articleFixture("该县推进“乡村工坊”建设，引导沅陵县辰龙竹业有限公司等企业把加工环节延伸到村。", { place: "沅陵" });
    const byFirm = extractCorpus([firms])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(byFirm).toContain("“乡村工坊”→沅陵县辰龙竹业有限公司");
  });
});

describe("INVOLVES of the body a programme belongs to", () => {
  it("involves a body printed right before a quoted programme's name, not one giving it an honour", () => {
    const article = articleFixture("县益心社工中心承接了县妇联“心灵护航”儿童关爱项目。该镇“清风”行动入选省委组织部“先锋”案例库。", { place: "溆浦" });
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toContain("“心灵护航”儿童关爱项目→溆浦县妇联");
    expect(involves.filter((link) => link.includes("组织部"))).toEqual([]);
  });
});

describe("INVOLVES of a body a programme is entrusted to", () => {
  it("involves the firm a programme is entrusted to (委托X运营) and a body that carries it out (X具体实施)", () => {
    const article = articleFixture(
      "“暖心助浴”项目由县民政局通过政府购买服务方式，委托宁远县康和养老服务有限公司运营。县水利局牵头实施“清水入户”工程，县供水服务中心具体实施。",
      { place: "宁远" },
    );
    const [extraction] = extractCorpus([article]);
    const involves = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(
      expect.arrayContaining(["“暖心助浴”项目→宁远县康和养老服务有限公司", "“暖心助浴”项目→宁远县民政局", "“清水入户”工程→宁远县供水服务中心"]),
    );
  });
});

describe("INVOLVES of a paragraph's programme", () => {
  it("gives the programme a paragraph opens with the bodies its later sentences make participants (会议要求，县民政局负责…)", () => {
    const article = articleFixture(
      [
        "4月8日，县长刘海主持召开县政府常务会议。",
        "会议原则同意实施“暖心助浴”工程。今年全县新建助浴点20处。会议要求，县民政局负责统筹推进，县财政局要保障资金。",
        "会议研究了“清洁家园”行动。会议要求，县住建局会同县城管局抓好落实。县政府将定期督查。",
        "会议还听取了其他汇报。县人社局汇报了一季度就业情况。",
      ].join("\n"),
      { place: "含山" },
    );
    const [extraction] = extractCorpus([article]);
    const involves = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(
      expect.arrayContaining(["“暖心助浴”工程→含山县民政局", "“暖心助浴”工程→含山县财政局", "“清洁家园”行动→含山县住建局", "“清洁家园”行动→含山县城管局"]),
    );
    // A body of another paragraph takes no part; nor does the county's government, which oversees everything.
    expect(involves.filter((link) => link.endsWith("→含山县人社局") || link.includes("人民政府"))).toEqual([]);
  });

  it("gives the paragraph's programme no body that does something besides (县卫健委还组织开展…)", () => {
    const article = articleFixture(
      ["县总工会联合县妇联开展“爱心托管”进企业活动，建设办托点12个。县卫健委还组织开展托育从业人员培训，累计培训1860人次。"].join("\n"),
      { place: "含山" },
    );
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(["“爱心托管”进企业活动→含山县总工会", "“爱心托管”进企业活动→含山县妇联"]);
  });

  it("gives the programme an article is about the bodies its sentences make participants, where no section or paragraph names one", () => {
    const article = articleFixture(
      [
        "今年以来，含山县全面落实“银发暖心”补贴，惠及老人2.1万名。",
        "补贴资金全部纳入县级财政预算。县财政局已预拨首批资金800万元，实行专账管理。",
      ].join("\n"),
      { place: "含山", title: "含山县“银发暖心”补贴提标扩面" },
    );
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toContain("“银发暖心”补贴→含山县财政局");
  });

  it("gives no part to a higher body's team that inspects the work", () => {
    const article = articleFixture(
      [
        "今年以来，我局坚持服务退役军人。",
        "一、主要工作成效",
        "（一）褒扬纪念工作扎实开展。投资180万元实施烈士陵园提升改造项目，目前主体工程已完成70%。4月，省退役军人事务厅检查组来我县督导烈士纪念设施管理保护工作。",
        "（二）服务体系持续完善。全县退役军人服务站全部实现规范化。",
      ].join("\n"),
      { place: "含山", title: "含山县退役军人事务局2024年上半年工作总结" },
    );
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves.filter((link) => link.includes("事务厅"))).toEqual([]);
  });

  it("gives no part to the bodies that hold, chair or attend a briefing on it", () => {
    const article = articleFixture(
      [
        "5月6日，含山县人民政府新闻办公室召开新闻发布会，解读2025年耕地地力保护补贴政策。",
        "县农业农村局副局长王芳出席发布会并回答记者提问。县委宣传部副部长李强主持发布会。",
        "今年县农业农村局全面落实耕地地力保护补贴，发放资金1200万元。",
      ].join("\n"),
      { place: "含山", title: "含山县耕地地力保护补贴政策新闻发布会" },
    );
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect([...new Set(involves)]).toEqual(["耕地地力保护补贴→含山县农业农村局"]);
  });
});

describe("INVOLVES of a body speaking of itself", () => {
  const involvesOf = (extraction: ArticleExtraction | undefined) =>
    extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);

  it("reads 我委 in a body's own report as the body its headline names, and gives 我委 to no alias", () => {
    const article = articleFixture("2024年，我委聚焦群众就医需求。我委牵头实施县域医共体提质工程，新增远程会诊点32个。", {
      place: "临泉",
      title: "临泉县卫生健康委员会2024年工作总结",
    });
    const [extraction] = extractCorpus([article]);
    expect(involvesOf(extraction)).toContain("县域医共体提质工程→临泉县卫健委");
    const self = extraction!.entities.filter((m) => m.kind === "Organization" && m.name === "临泉县卫健委");
    expect(self.length).toBeGreaterThan(0);
    expect(self.every((m) => m.surface === "")).toBe(true);
  });

  it("reads 我们 in an answer or quoted words as the body the speaker heads, and not a villager's 我们", () => {
    const article = articleFixture(
      [
        "日前，记者专访了县农业农村局局长赵明远。",
        "记者：今年有哪些新举措？",
        "赵明远：我们重点实施了“稻渔共生”示范工程，带动养殖户410户。",
        "记者：群众反响如何？",
        "村民钱大伟说：“我们开展了“稻田认养”活动，城里人都来认养。”",
        "县水务局局长孙晓红介绍：“我们今年启动了‘清水入户’工程，惠及群众1.2万人。”",
      ].join("\n"),
      { place: "蒙城" },
    );
    const [extraction] = extractCorpus([article]);
    const involves = involvesOf(extraction);
    expect(involves).toContain("“稻渔共生”示范工程→蒙城县农业农村局");
    expect(involves).toContain("“清水入户”工程→蒙城县水务局");
    expect(involves.filter((link) => link.startsWith("“稻田认养”活动→"))).toEqual([]);
  });

  it("reads a township's word for itself (我镇党委, 我镇) as the township body its report's headline names", () => {
    const article = articleFixture("2024年，我镇党委深入实施“红色引擎”工程，我镇还推行“积分超市”。", {
      place: "临泉",
      title: "迎仙镇党委2024年工作总结",
    });
    const involves = involvesOf(extractCorpus([article])[0]);
    expect(involves).toEqual(expect.arrayContaining([expect.stringMatching(/^“红色引擎”工程→.*迎仙镇党委$/u), expect.stringMatching(/^“积分超市”→.*迎仙镇党委$/u)]));
  });

  it("reads 我们 in the answer of a speaker labelled with body and title (县住建局局长周涛：我们…)", () => {
    const article = articleFixture(
      [
        "主持人：请介绍一下老旧小区改造情况。",
        "县住建局局长周涛：今年我们启动了“暖居”改造工程，改造小区26个。同时，我们深化“红色物业”服务模式。",
        "主持人：下一步有何打算？",
      ].join("\n"),
      { place: "蒙城" },
    );
    const involves = involvesOf(extractCorpus([article])[0]);
    expect(involves).toEqual(expect.arrayContaining(["“暖居”改造工程→蒙城县住建局", "“红色物业”服务模式→蒙城县住建局"]));
    // A transcript's label may print a role, then the title and name in brackets.
    const transcript = articleFixture(
      ["主持人（县委宣传部副部长 李芳）：请介绍有关情况。", "发布人（县医保局局长 王志成）：今年我们启动了“医保暖心”行动，参保人数达8万人。"].join("\n"),
      { place: "蒙城" },
    );
    expect(involvesOf(extractCorpus([transcript])[0])).toContain("“医保暖心”行动→蒙城县医保局");
  });

  it("gives a sentence that leaves its subject out the body whose own report it is, or whose head answers", () => {
    const report = articleFixture(
      ["2024年，我局坚持就业优先。", "一是深入实施“银龄再就业”计划，举办招聘会12场。", "二是县妇联开展“巧手”培训活动，培训妇女300人。"].join("\n"),
      { place: "武宁", title: "武宁县人社局2024年工作总结" },
    );
    const [fromReport] = extractCorpus([report]);
    const involves = involvesOf(fromReport);
    expect(involves).toContain("“银龄再就业”计划→武宁县人社局");
    // A sentence with a subject of its own is that subject's.
    expect(involves).not.toContain("“巧手”培训活动→武宁县人社局");
    const interview = articleFixture(
      ["日前，记者专访了县残联理事长吴海燕。", "记者：今年有哪些新举措？", "吴海燕：今年以来，推出“助残光明”行动，为视力残疾人免费验配眼镜600副。"].join("\n"),
      { place: "武宁" },
    );
    const [fromInterview] = extractCorpus([interview]);
    expect(involvesOf(fromInterview)).toContain("“助残光明”行动→武宁县残联");
    // A county government's work report speaks for the county, which runs its programmes.
    const countyReport = articleFixture(["过去一年，深入实施“强县富民”工程，完成投资12亿元。"].join("\n"), {
      place: "武宁",
      title: "武宁县政府工作报告（摘要）",
    });
    const [fromCounty] = extractCorpus([countyReport]);
    expect(involvesOf(fromCounty)).toEqual([]);
  });

  it("reads 我们 in the answer of a bureau's head who also leads its party group as that bureau", () => {
    const article = articleFixture(
      ["——访县医保局党组书记、局长叶明", "记者：今年有哪些新举措？", "叶明：“我们联合县税务局开展‘参保进万家’行动，新增参保1200人。”"].join("\n"),
      { place: "浦城" },
    );
    const involves = involvesOf(extractCorpus([article])[0]);
    expect(involves).toEqual(expect.arrayContaining(["“参保进万家”行动→浦城县医保局", "“参保进万家”行动→浦城县税务局"]));
  });

  it("reads 我们 in an answer labelled by a title (局长答：, 答：) as the bureau whose head the headline says was interviewed", () => {
    const article = articleFixture(["记者问：今年有哪些新举措？", "局长答：我们推行“医保服务进村”行动，新增服务点40个。"].join("\n"), {
      place: "浦城",
      title: "让群众看病更省心 ——访浦城县医疗保障局局长叶明",
    });
    expect(involvesOf(extractCorpus([article])[0])).toEqual(["“医保服务进村”行动→浦城县医保局"]);
  });

  it("reads 我们 in the answer of the head of a bureau printed with its second nameplate (…局（乡村振兴局）局长), before a partner word too", () => {
    const article = articleFixture(
      [
        "——访县农业农村局（乡村振兴局）局长马文斌",
        "记者：今年有哪些新举措？",
        "马文斌：我们会同县财政局建立衔接资金项目库，入库项目148个。",
        "马文斌：我们重点实施了“稻渔共生”示范工程，带动养殖户410户。",
      ].join("\n"),
      { place: "浦城" },
    );
    const [extraction] = extractCorpus([article]);
    const involves = involvesOf(extraction);
    expect(involves).toEqual(
      expect.arrayContaining(["衔接资金项目库→浦城县农业农村局", "衔接资金项目库→浦城县财政局", "“稻渔共生”示范工程→浦城县农业农村局"]),
    );
    // The second nameplate is the same body.
    const bodies = new Set(extraction!.entities.filter((m) => m.kind === "Organization").map((m) => m.name));
    expect(bodies).toEqual(new Set(["浦城县农业农村局", "浦城县财政局"]));
  });

  it("gives a report on a body's work, its headline and lead opening with the body, the sentences that leave their subject out", () => {
    const article = articleFixture(
      [
        "今年以来，县退役军人事务局聚焦退役军人稳就业，推动就业创业提质增效。",
        "搭建就业平台。联合县人社局开展“老兵就业季”活动，举办专场招聘会4场。",
        "加大创业扶持。协调县农商银行推出“兵创贷”，发放贷款2860万元。",
      ].join("\n"),
      { place: "武宁", title: "县退役军人事务局多措并举推动退役军人就业创业" },
    );
    const involves = involvesOf(extractCorpus([article])[0]);
    expect(involves).toEqual(
      expect.arrayContaining(["“老兵就业季”活动→武宁县退役军人事务局", "“老兵就业季”活动→武宁县人社局", "“兵创贷”→武宁县退役军人事务局"]),
    );
    // A headline about a body whose lead opens with another subject speaks for no one.
    const other = articleFixture(["今年以来，武宁县聚焦退役军人稳就业。", "联合县人社局开展“老兵就业季”活动。"].join("\n"), {
      place: "武宁",
      title: "县退役军人事务局多措并举推动退役军人就业创业",
    });
    expect(involvesOf(extractCorpus([other])[0])).not.toContain("“老兵就业季”活动→武宁县退役军人事务局");
  });

  it("speaks for a township's government in the township's own report, where it opens a clause or leaves its subject out", () => {
    const report = articleFixture(
      ["石塘镇人民政府", "今年以来，石塘镇坚持党建引领，构建“三治融合”治理机制。", "联合县人社局举办“春风行动”专场招聘会3场。", "县农业农村局实施“稻渔共生”工程。"].join("\n"),
      { place: "武宁", title: "石塘镇2024年上半年工作总结" },
    );
    const involves = involvesOf(extractCorpus([report])[0]);
    expect(involves).toEqual(expect.arrayContaining(["“三治融合”治理机制→武宁县·石塘镇人民政府", "春风行动→武宁县·石塘镇人民政府"]));
    // A body of its own acting in the report keeps its programme.
    expect(involves.filter((link) => link.startsWith("“稻渔共生”") && link.includes("石塘镇"))).toEqual([]);
    // A report on a township whose lead opens with another subject speaks for no one.
    const other = articleFixture(["石塘镇人民政府", "今年以来，全县上下构建“三治融合”治理机制。"].join("\n"), { place: "武宁", title: "石塘镇：“三治融合”见实效" });
    expect(involvesOf(extractCorpus([other])[0])).not.toContain("“三治融合”治理机制→武宁县·石塘镇人民政府");
  });

  it("knows a body's own report when its county's name is also an everyday word (资源|县民政局…工作总结)", () => {
    const report = articleFixture(["2024年，我局在资源县委、县政府领导下坚持兜底保障。", "（一）社会救助有力有效。", "全面落实最低生活保障、临时救助等制度，保障困难群众1.2万人。"].join("\n"), {
      place: "资源",
      title: "资源县民政局2024年工作总结",
    });
    expect(involvesOf(extractCorpus([report])[0])).toEqual(expect.arrayContaining(["最低生活保障→资源县民政局", "临时救助→资源县民政局"]));
  });

  it("gives the body whose own report it is a sentence that opens with whom it does something for (为…老年人发放…)", () => {
    const report = articleFixture(["2024年，我局坚持兜底保障。", "为全县80周岁以上老年人发放高龄津贴860万元。", "为推进乡村振兴，县农业农村局实施“稻渔共生”工程。"].join("\n"), {
      place: "武宁",
      title: "武宁县民政局2024年工作总结",
    });
    const involves = involvesOf(extractCorpus([report])[0]);
    expect(involves).toContain("高龄津贴→武宁县民政局");
    // A purpose (为推进…) is no one a body does something for: the sentence's own subject runs its programme.
    expect(involves).not.toContain("“稻渔共生”工程→武宁县民政局");
  });

  it("leaves 我们 of a county's leaders to the county, and names no body for 我局 with no body of that kind in sight", () => {
    const article = articleFixture(
      ["县委副书记、县长周文涛：我们实施了“乡村夜校”计划。", "我局推行“一窗通办”服务模式，办件时间压缩一半。"].join("\n"),
      { place: "太湖", title: "太湖县推进乡村夜校建设" },
    );
    const [extraction] = extractCorpus([article]);
    const selfMentions = extraction!.entities.filter((m) => m.kind === "Organization" && m.surface === "");
    expect(selfMentions).toEqual([]);
    expect(involvesOf(extraction).filter((link) => link.startsWith("“一窗通办”服务模式→"))).toEqual([]);
  });
});

describe("INVOLVES across a list of organisations", () => {
  it("involves every body of a list whose first opens the clause or whose last takes the role verb", () => {
    const article = articleFixture(
      [
        "今年以来，县人社局、县财政局和县总工会建立“技能暖心”帮扶机制，为困难职工提供培训。",
        "“技能暖心”帮扶机制由县妇联、团县委负责宣传，县科协、县残联牵头落实。",
        "“技能暖心”帮扶机制入选县委组织部、县委宣传部典型案例。",
      ].join("\n"),
      { place: "嘉祥" },
    );
    const [extraction] = extractCorpus([article]);
    const involved = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => r.to.name);
    expect(involved).toEqual(
      expect.arrayContaining(["嘉祥县人社局", "嘉祥县财政局", "嘉祥县总工会", "嘉祥县妇联", "共青团嘉祥县委", "嘉祥县科协", "嘉祥县残联"]),
    );
    // Bodies only mentioned, as where an honour comes from, take no part.
    expect(involved).not.toContain("嘉祥县委组织部");
  });

  it("reads a list's role past its closing 等部门 (县应急管理局、县公安局等部门协同…)", () => {
    const article = articleFixture("嘉祥县开展“平安校园”专项行动，县应急管理局、县公安局等部门协同推进。", { place: "嘉祥" });
    const involved = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => r.to.name);
    expect(involved).toEqual(expect.arrayContaining(["嘉祥县应急管理局", "嘉祥县公安局"]));
  });
});

describe("SERVES and broad populations", () => {
  it("serves the populations programmes are for (老年人, 儿童, 农户), never the public at large", () => {
    const article = articleFixture(
      ["某县启动“幸福食堂”工程。", "“幸福食堂”工程为老年人、儿童和农户提供助餐服务，群众参与热情高。"].join("\n"),
      { place: "宁乡" },
    );
    const [extraction] = extractCorpus([article]);
    const served = extraction!.relations.filter((r) => r.type === "SERVES").map((r) => r.to.name);
    expect(served).toEqual(expect.arrayContaining(["老年人", "儿童", "农户"]));
    expect(served).not.toContain("群众");
  });
});

describe("metrics of a report on two paired counties", () => {
  it("scopes a figure by the county its clause has for subject, not by where things happen", () => {
    const article = articleFixture(
      "今年以来，济宁市嘉祥县与重庆市巫山县深化东西部协作，嘉祥县投入帮扶资金3200万元，在巫山县建成厂房2.6万平方米，巫山县组织120名村干部到嘉祥县跟岗学习，选派教师36名。",
      { place: "嘉祥" },
    );
    const [extraction] = extractCorpus([article]);
    const scopes = extraction!.entities.filter((e) => e.kind === "Metric").map((e) => e.name.split("·")[0]);
    // 在巫山县建成… happens in 巫山县 but is 嘉祥县's doing; the clause after 巫山县组织… keeps its subject.
    expect(scopes).toEqual(["嘉祥县", "嘉祥县", "巫山县", "巫山县"]);
  });
});

describe("COUNTS with modifiers that share a head", () => {
  it("counts each group of 失能、半失能老年人", () => {
    const article = articleFixture("某县实施“康养融合”工程，为全县3.2万名失能、半失能老年人提供健康管理服务。", { place: "汶上" });
    const [extraction] = extractCorpus([article]);
    const counted = extraction!.relations.filter((r) => r.type === "COUNTS").map((r) => r.to.name);
    expect(counted.sort()).toEqual(["半失能老年人", "失能老年人"]);
  });
});

describe("HOLDS_POST", () => {
  it("gives a named person the post printed between a body and the name", () => {
    const article = articleFixture(
      [
        "县民政局局长王建国介绍，全县建成幸福院260处。",
        "石龙村党支部书记 何光明说，村里办起了合作社。",
        "县委书记李卫东出席会议，县民政局和县长张海燕一起调研。",
      ].join("\n"),
      { place: "嘉祥" },
    );
    const [extraction] = extractCorpus([article]);
    const posts = extraction!.relations.filter((r) => r.type === "HOLDS_POST").map((r) => `${r.from.name}→${r.to.name}`);
    // 县委书记 prints its body (县委), 县长 names the county's government, and the bureau named before 和 is not 张海燕's.
    // A village's body is the county's namesake village's (嘉祥县·石龙村党支部).
    expect(posts).toEqual(["嘉祥县·王建国→嘉祥县民政局", "嘉祥县·何光明→嘉祥县·石龙村党支部", "嘉祥县·李卫东→嘉祥县委", "嘉祥县·张海燕→嘉祥县人民政府"]);
  });

  const postsOf = (text: string, place?: string) => {
    const [extraction] = extractCorpus([articleFixture(text, place ? { place } : {})]);
    return {
      posts: extraction!.relations.filter((r) => r.type === "HOLDS_POST").map((r) => `${r.from.name}→${r.to.name}`),
      organizations: extraction!.entities.filter((e) => e.kind === "Organization").map((e) => e.name),
    };
  };

  it("reads the committee a post title prints: party, discipline, consultative and people's congress", () => {
    const { posts } = postsOf("4月8日，全县召开推进会。县纪委书记张勇，县政协主席 刘明，县人大常委会主任赵刚参加会议。", "汶上");
    expect(posts).toEqual(["汶上县·张勇→汶上县纪委", "汶上县·刘明→汶上县政协", "汶上县·赵刚→汶上县人大常委会"]);
  });

  it("gives the post to a person named after a second title, and a city's committee to the city", () => {
    const { posts } = postsOf("县委副书记、县长王海涛主持会议，济宁市委常委、副市长李静到会指导。", "汶上");
    expect(posts).toEqual(["汶上县·王海涛→汶上县委", "汶上县·王海涛→汶上县人民政府", "济宁市·李静→济宁市委", "济宁市·李静→济宁市人民政府"]);
  });

  it("gives a head of government a post in the government of the division printed before the title, else of the article's", () => {
    const { posts, organizations } = postsOf("会上，临沭县副县长赵刚介绍经验，常务副县长 孙丽主持会议，区长王强作了发言。", "郯城");
    // 区长 in a county's report: the district is not known, and no bare 区人民政府 is made for every district.
    expect(posts).toEqual(["临沭县·赵刚→临沭县人民政府", "郯城县·孙丽→郯城县人民政府"]);
    // The executive deputy is a second title of a standing member too.
    expect(postsOf("县委常委、常务副县长刘志刚主持会议。", "郯城").posts).toEqual(["郯城县·刘志刚→郯城县委", "郯城县·刘志刚→郯城县人民政府"]);
    expect(organizations).not.toContain("区人民政府");
    // An assistant to the head works in the same government (市长 in a county's report: its prefecture's).
    expect(postsOf("县长助理 陈立新通报了进展，市长助理刘伟讲话。", "郯城").posts).toEqual(["郯城县·陈立新→郯城县人民政府", "临沂市·刘伟→临沂市人民政府"]);
  });

  it("reads a headquarters and its commanders' posts (县防汛抗旱指挥部常务副指挥长、副县长)", () => {
    expect(postsOf("县防汛抗旱指挥部常务副指挥长、副县长何晓军说，要压实责任。", "郯城").posts).toEqual([
      "郯城县·何晓军→郯城县防汛抗旱指挥部",
      "郯城县·何晓军→郯城县人民政府",
    ]);
  });

  it("gives a village's first secretary a post in the body that sent them (…派驻…的第一书记)", () => {
    expect(postsOf("省民政厅派驻杏花村的第一书记孙雨桐说，县人社局选派的驻村第一书记王强介绍。", "郯城").posts).toEqual([
      "郯城县·孙雨桐→山东省民政厅",
      "郯城县·王强→郯城县人社局",
    ]);
  });

  it("reads an office printed by its abbreviation in 办 before its head's title, opened by a level or a county", () => {
    const { posts } = postsOf("县防汛办主任王强通报汛情，县委办副主任李明主持会议，临沭县治水办负责人张华说，全县开展巡河。", "郯城");
    expect(posts).toEqual(["郯城县·王强→郯城县防汛办", "郯城县·李明→郯城县委办", "临沭县·张华→临沭县治水办"]);
    // 全县 closes a word: no office opens at its 县.
    expect(postsOf("全县防汛办主任王强通报汛情。", "郯城").organizations).toEqual([]);
    // An office of a bureau is a body, and so is the bureau; the 县政府 an office is named after is not one of its own.
    const offices = postsOf("县商务局电商办负责人林晓军介绍，县政府办主任张华参加。", "郯城");
    expect(offices.posts).toEqual(["郯城县·林晓军→郯城县商务局电商办", "郯城县·张华→郯城县人民政府办"]);
    expect(offices.organizations).toEqual(["郯城县商务局", "郯城县商务局电商办", "郯城县人民政府办"]);
  });

  it("reads no post from a head's title that names no one", () => {
    const { posts, organizations } = postsOf("县长热线开通以来，县长办公会研究了12件民生实事。", "郯城");
    expect(posts).toEqual([]);
    expect(organizations).toEqual([]);
  });

  it("gives a standing member heading a department the committee's department", () => {
    const { posts } = postsOf("县委常委、宣传部部长孙丽，市委常委、统战部部长周凯出席活动。", "汶上");
    expect(posts).toEqual(["汶上县·孙丽→汶上县委宣传部", "济宁市·周凯→济宁市委统战部"]);
  });

  it("reads the Party body the segmenter fuses to its secretary's title, with its village or community", () => {
    const { posts } = postsOf("柳林社区党委书记郭芳介绍，社区建起了食堂。柳树村党总支书记马涛说，村里种上了花椒。县财政局党组书记、局长周斌表示，资金已到位。", "汶上");
    // 党组书记、局长: a bureau's party group is the bureau's leadership, one body with it; its secretary holds a post there.
    expect(posts).toEqual(["汶上县·郭芳→汶上县·柳林社区党委", "汶上县·马涛→汶上县·柳树村党总支", "汶上县·周斌→汶上县财政局"]);
  });

  it("gives the head of a body its post there when printed as the secretary of its party body first, and no more", () => {
    const { posts, organizations } = postsOf("县医院党委副书记、院长孙丽参加，县卫健局党委书记陈刚讲话。", "汶上");
    expect(posts).toEqual(["汶上县·孙丽→汶上县医院党委", "汶上县·孙丽→汶上县医院", "汶上县·陈刚→汶上县卫健局党委"]);
    expect([...organizations].sort()).toEqual(["汶上县医院党委", "汶上县医院", "汶上县卫健局党委", "汶上县卫健局"].sort());
  });

  it("keeps namesakes of two counties apart, and an official of the city one person in every county's report", () => {
    const [tancheng, junan] = extractCorpus([
      articleFixture("县民政局局长王伟介绍，全县建成幸福院86处。临沂市委书记陈涛到郯城县调研。", { place: "郯城" }),
      articleFixture("县人社局局长王伟说，全县新增就业3200人。临沂市委书记陈涛到莒南县调研。", { place: "莒南" }),
    ]);
    const people = (extraction: ArticleExtraction) => extraction.entities.filter((e) => e.kind === "Person").map((e) => [e.name, e.surface]);
    expect(people(tancheng!)).toEqual([["郯城县·王伟", "王伟"], ["临沂市·陈涛", "陈涛"]]);
    expect(people(junan!)).toEqual([["莒南县·王伟", "王伟"], ["临沂市·陈涛", "陈涛"]]);
  });

  it("keeps two counties' namesake towns' and villages' bodies apart, and the county's own bodies and registered firms one node", () => {
    const [gushi, linquan] = extractCorpus([
      articleFixture("城关镇人民政府联合县民政局建成幸福院12处。新华村股份经济合作社向村民分红30万元。固始县鑫源农业发展有限公司参与运营。", { place: "固始" }),
      articleFixture("城关镇人民政府联合县民政局实施“幸福食堂”工程。新华村股份经济合作社入股分红。固始县鑫源农业发展有限公司捐资。", { place: "临泉" }),
    ]);
    const bodies = (extraction: ArticleExtraction) =>
      extraction.entities.filter((e) => e.kind === "Organization").map((e) => [e.name, e.attributes?.division ?? "", e.surface]);
    expect(bodies(gushi!)).toEqual([
      ["固始县·城关镇人民政府", "固始县", "城关镇人民政府"],
      ["固始县民政局", "", "县民政局"],
      ["固始县·新华村股份经济合作社", "固始县", "新华村股份经济合作社"],
      ["固始县鑫源农业发展有限公司", "", "固始县鑫源农业发展有限公司"],
    ]);
    expect(bodies(linquan!).map(([name]) => name)).toEqual(["临泉县·城关镇人民政府", "临泉县民政局", "临泉县·新华村股份经济合作社", "固始县鑫源农业发展有限公司"]);
    // A county bureau whose field ends like a village (农业农村局) is no village's body.
    const [bureau] = extractCorpus([articleFixture("农业农村局牵头实施“稻渔综合种养”工程。", { place: "固始" })]);
    expect(bureau!.entities.filter((e) => e.kind === "Organization").map((e) => e.name)).toEqual(["农业农村局"]);
    // Relations name the scoped body.
    expect(linquan!.relations.some((r) => r.to.name === "临泉县·城关镇人民政府")).toBe(true);
  });

  it("names a reporter as credited, apart from someone the body names alike", () => {
    const [extraction] = extractCorpus([articleFixture("近日，郯城县一家合作社带动120户增收。村民李娜说，收入翻了一番。", { place: "郯城", reporters: ["李娜"] })]);
    expect(extraction!.relations.filter((r) => r.to.kind === "Person").map((r) => `${r.type} ${r.to.name}`)).toEqual(["WRITTEN_BY 李娜"]);
    expect(extraction!.entities.filter((e) => e.kind === "Person").map((e) => e.name)).toEqual(["李娜", "郯城县·李娜"]);
  });

  it("links no post to a body named by its level alone, and keeps secretaries without a name a group", () => {
    const { posts, organizations } = postsOf("镇党委书记陈建华表示，将组织党员入户走访。快递、外卖等行业党委书记逐个述职。", "汶上");
    expect(posts).toEqual([]);
    expect(organizations).not.toContain("行业党委");
  });

  it("names no committee for the leadership as a whole, nor one whose county is unknown", () => {
    expect(postsOf("县委、县政府高度重视，县委书记亲自部署。", "汶上").organizations).not.toContain("汶上县委");
    expect(postsOf("全县召开推进会，县委书记李卫东出席会议并讲话。")).toEqual({ posts: [], organizations: [] });
  });
});

describe("relations of a report whose subheadings name its projects", () => {
  const report = articleFixture(
    [
      "今年以来，泾阳县推进民生实事项目建设，完成投资1.6亿元。",
      "一、城乡道路畅通提升工程",
      "改造农村公路48公里，惠及沿线群众2.3万人。",
      "二、农贸市场改造项目",
      "改造农贸市场5个，为进城务工人员提供临时摊位300个。",
    ].join("\n"),
  );
  let extraction: ArticleExtraction;
  beforeAll(() => {
    [extraction] = extractCorpus([report]) as [ArticleExtraction];
  }, 60_000);

  it("lets the county run each project its heading names", () => {
    expect(find(extraction, "RUNS", "泾阳县", "城乡道路畅通提升工程")).toMatchObject({ sentence: 1 });
    expect(find(extraction, "RUNS", "泾阳县", "农贸市场改造项目")).toMatchObject({ sentence: 3 });
  });

  it("gives each section's figures and groups to its project", () => {
    const road = extraction.entities.find((e) => e.kind === "Metric" && e.attributes?.value === 48)!;
    const stalls = extraction.entities.find((e) => e.kind === "Metric" && e.attributes?.value === 300)!;
    expect(find(extraction, "HAS_METRIC", "城乡道路畅通提升工程", road.name)).toBeDefined();
    expect(find(extraction, "HAS_METRIC", "农贸市场改造项目", stalls.name)).toBeDefined();
    expect(find(extraction, "SERVES", "农贸市场改造项目", "进城务工人员")).toBeDefined();
  });
});

describe("a round-up whose headline speaks of none of its programmes", () => {
  const report = articleFixture(
    [
      "今年以来，桐柏县扎实推进民生保障工作。该县实施“暖冬行动”，为困难群众发放棉被2000床。",
      "县残联为230名残疾人适配辅助器具，县妇联为1.2万名适龄妇女开展免费筛查。",
    ].join("\n"),
    { title: "桐柏县织密民生保障网" },
  );
  const focused = articleFixture(
    [
      "走进桐柏县城郊乡敬老院，老人们正在吃午饭。今年以来，桐柏县实施“暖冬行动”，为困难群众发放棉被2000床。",
      "县民政局还为敬老院配备护理员36名。",
    ].join("\n"),
    { title: "桐柏“暖冬行动”温暖困难群众" },
  );
  let roundUp: ArticleExtraction;
  let feature: ArticleExtraction;
  beforeAll(() => {
    [roundUp, feature] = extractCorpus([report, focused]) as [ArticleExtraction, ArticleExtraction];
  }, 60_000);

  const ownerOf = metricOwner;

  it("leaves the figures of sentences that name no programme with the county", () => {
    expect(ownerOf(roundUp, 2000)).toBe("“暖冬行动”");
    expect(ownerOf(roundUp, 230)).toBe("桐柏县");
    expect(ownerOf(roundUp, 12000)).toBe("桐柏县");
    expect(find(roundUp, "SERVES", "“暖冬行动”", "残疾人")).toBeUndefined();
  });

  it("still gives them to the programme a feature's headline names", () => {
    expect(ownerOf(feature, 36)).toBe("“暖冬行动”");
  });

  it("takes the programme a headline quotes for the main one when the lead is a scene", () => {
    const scene = articleFixture(
      ["走进桐柏县城郊乡敬老院，老人们正在吃午饭。", "今年以来，桐柏县实施“暖冬行动”，为困难群众发放棉被2000床。", "县民政局还为敬老院配备护理员36名。"].join("\n"),
      { title: "桐柏“暖冬行动”温暖困难群众" },
    );
    const [extraction] = extractCorpus([scene]) as [ArticleExtraction];
    expect(ownerOf(extraction, 36)).toBe("“暖冬行动”");
  });

  it("takes the programme the headline quotes for the main one when the lead's scene names another in passing", () => {
    const scene = articleFixture(
      [
        "开学以来，桐柏县城关镇中心学校的“周末学堂”又热闹起来。",
        "这是桐柏县实施“护苗成长”计划的一个缩影。今年以来，县教育局为留守儿童开展结对帮扶。",
        "县教育局还为留守儿童发放助学金786万元。",
      ].join("\n"),
      { title: "桐柏县“护苗成长”计划守护留守儿童" },
    );
    const [extraction] = extractCorpus([scene]) as [ArticleExtraction];
    expect(ownerOf(extraction, 7860000)).toBe("“护苗成长”计划");
    // A quote a relative clause describes is launched by no verb (为…设立的“托底岗”).
    const described = articleFixture("乡村公益性岗位本是为就业困难人员设立的“托底岗”。县人社局清退违规人员58人。", { title: "桐柏县整治公益性岗位" });
    const [epithet] = extractCorpus([described]) as [ArticleExtraction];
    expect(epithet.entities.filter((m) => m.kind === "Programme").map((m) => m.name)).toEqual(["公益性岗位"]);
  });

  it("leaves what is told before the programme is introduced, its background, with the county", () => {
    const background = articleFixture(
      ["近年来，桐柏县累计投入民生资金3.2亿元。今年，县民政局启动“暖冬行动”，为困难群众发放棉被2000床。", "县民政局还为敬老院配备护理员36名。"].join("\n"),
      { title: "桐柏“暖冬行动”温暖困难群众" },
    );
    const [extraction] = extractCorpus([background]) as [ArticleExtraction];
    expect(ownerOf(extraction, 320000000)).toBe("桐柏县");
    expect(ownerOf(extraction, 36)).toBe("“暖冬行动”");
  });

  it("gives the county what a clause opened by the county as a whole tells after the programme's own figures", () => {
    const jobs = articleFixture(
      [
        "今年以来，桐柏县实施“暖冬行动”，为困难群众发放棉被2000床。",
        "县发展改革局实施以工代赈项目，吸纳群众务工430人，今年全县城镇新增就业2140人，其中返乡创业带动就业600人。",
        "县人社局落实就业援助制度，全县386名就业困难人员实现再就业。",
      ].join("\n"),
      { title: "桐柏县织密民生保障网" },
    );
    const [extraction] = extractCorpus([jobs]) as [ArticleExtraction];
    expect(ownerOf(extraction, 430)).toBe("以工代赈");
    expect(ownerOf(extraction, 2140)).toBe("桐柏县");
    expect(ownerOf(extraction, 600)).toBe("桐柏县");
    // Right after the programme, a clause opened by 全县 tells its doing.
    expect(ownerOf(extraction, 386)).toBe("就业援助制度");
  });

  it("gives the county what it has (现有, 拥有), not the programme the report is about", () => {
    const report = articleFixture(
      ["今年以来，桐柏县实施“暖心护航”行动，开行返岗专车86趟。", "据了解，桐柏县现有外出务工人员11万人，其中在长三角务工的3.2万人。", "县人社局还为务工人员追回欠薪147万元。"].join("\n"),
      { title: "桐柏“暖心护航”行动助农民工返岗" },
    );
    const [extraction] = extractCorpus([report]) as [ArticleExtraction];
    expect(ownerOf(extraction, 110000)).toBe("桐柏县");
    expect(ownerOf(extraction, 1470000)).toBe("“暖心护航”行动");
  });
});

describe("paragraphs that open by naming their programme (田长制方面，…)", () => {
  it("gives the paragraph's later figures to the programme its opening names", () => {
    const report = articleFixture(
      [
        "今年以来，桐柏县统筹推进河长制、林长制、田长制，实现山水林田一体化管护。",
        "在林长制方面，全县设立各级林长1120名。县林业局聘用护林员905名。",
        "田长制方面，全县永久基本农田44.8万亩。县自然资源局整改违法占用耕地问题27宗。",
      ].join("\n"),
      { title: "桐柏县“三长”联动守护绿水青山良田" },
    );
    const [extraction] = extractCorpus([report]) as [ArticleExtraction];
    const ownerOf = (value: number) => metricOwner(extraction, value);
    expect(ownerOf(905)).toBe("林长制");
    expect(ownerOf(27)).toBe("田长制");
  });

  it("gives a paragraph's later figures to the only programme its first sentence names, not to the report's main one", () => {
    const report = articleFixture(
      [
        "今年以来，桐柏县人社局实施“技能桐柏”职业技能提升行动，培训1860人次。",
        "与此同时，县卫生健康局持续深化“健康入户”家庭医生签约服务。目前全县重点人群签约率达82.5%。",
        "培训结束后，已有720名学员实现就业。",
      ].join("\n"),
      { title: "桐柏：就业技能和家庭医生服务齐头并进" },
    );
    const [extraction] = extractCorpus([report]) as [ArticleExtraction];
    const ownerOf = (value: number) => metricOwner(extraction, value);
    expect(ownerOf(82.5)).toBe("“健康入户”家庭医生签约服务");
    expect(ownerOf(720)).toBe("“技能桐柏”职业技能提升行动");
  });
});

describe("a bulletin of numbered items, each a bureau's programme", () => {
  const bulletin = articleFixture(
    [
      "本期要目：县人社局开展“春风行动”送岗下乡；县住建局启动老旧小区改造项目；县市场监管局深化放心消费创建。",
      "1.县人社局开展“春风行动”送岗下乡。县人社局举办专场招聘会23场，提供岗位6800余个。",
      "2.县住建局启动老旧小区改造项目。项目涉及11个小区，惠及居民1964户。",
      "3.县市场监管局深化放心消费创建。县市场监管局今年受理消费投诉举报412件。",
    ].join("\n"),
    { title: "桐柏县政务信息", place: "桐柏" },
  );
  let extraction: ArticleExtraction;
  beforeAll(() => {
    [extraction] = extractCorpus([bulletin]) as [ArticleExtraction];
  }, 60_000);
  const ownerOf = (value: number) => metricOwner(extraction, value);

  it("puts no item's programme under another's, nor any under itself", () => {
    expect(extraction.relations.filter((r) => r.type === "PART_OF")).toEqual([]);
    expect(find(extraction, "RUNS", "桐柏县", "老旧小区改造")).toBeDefined();
  });

  it("gives each item's figures to its own programme, and an item that names none to the county", () => {
    expect(ownerOf(23)).toBe("春风行动");
    expect(ownerOf(1964)).toBe("老旧小区改造");
    expect(ownerOf(412)).toBe("桐柏县");
  });
});

describe("a bulletin of numbered items without a table of contents", () => {
  it("puts no item's programme under the first item's, which opens the text", () => {
    const bulletin = articleFixture(
      [
        "1.县农业农村局推进“稻鸭共作”模式。今年新增面积8000亩，带动农户520户。",
        "2.县人社局开展“春风行动”送岗下乡。县人社局举办专场招聘会23场。",
        "3.县住建局启动老旧小区改造项目。项目涉及11个小区，惠及居民1964户。",
      ].join("\n"),
      { title: "桐柏县政务信息", place: "桐柏" },
    );
    const [extraction] = extractCorpus([bulletin]) as [ArticleExtraction];
    expect(extraction.relations.filter((r) => r.type === "PART_OF")).toEqual([]);
    expect(metricOwner(extraction, 23)).toBe("春风行动");
  });
});

describe("a figure after a list of quoted activities closed by 等", () => {
  it("counts for the series the list belongs to, not the list's last item", () => {
    const report = articleFixture(
      "县总工会开展关爱快递小哥“四季关怀”系列活动，先后组织开展政策宣讲会、“春送岗位”“冬送温暖”等关爱活动86次。",
      { title: "县总工会关爱新就业群体", place: "永嘉" },
    );
    const [extraction] = extractCorpus([report]) as [ArticleExtraction];
    const programmes = extraction.entities.filter((e) => e.kind === "Programme").map((e) => e.name);
    expect(programmes).toEqual(expect.arrayContaining(["“四季关怀”系列活动", "“春送岗位”", "“冬送温暖”"]));
    expect(metricOwner(extraction, 86)).toBe("“四季关怀”系列活动");
  });
});

describe("a notice listing people by village", () => {
  it("takes no row of its table (1. 城关镇东风村 王秀兰) for a measure of its programme or a bulletin's item", () => {
    const notice = articleFixture(
      [
        "根据《2024年“巧手之家”创建活动实施方案》，经推荐评审，拟命名以下15户家庭为示范户。",
        "1. 城关镇东风村 王秀兰",
        "2. 城关镇西河村 李桂芳",
        "3. 河口镇河口村 张玉梅",
        "公示期为5个工作日。",
      ].join("\n"),
      { title: "关于2024年度“巧手之家”示范户拟命名名单的公示", place: "宁陕" },
    );
    const [extraction] = extractCorpus([notice]) as [ArticleExtraction];
    expect(extraction.entities.filter((m) => m.kind === "Programme").map((m) => m.name)).toEqual(["“巧手之家”创建活动"]);
    expect(extraction.relations.filter((r) => r.type === "PART_OF")).toEqual([]);
    expect(find(extraction, "SERVES", "“巧手之家”创建活动", "示范户")).toBeDefined();
  });
});

describe("the outlet a page credits as its source", () => {
  it("names the outlet with the county's full name and lets the article be published by it", () => {
    const page = { ...articleFixture("今年以来，互助县实施“护苗成长”计划，惠及留守儿童1.2万名。", { place: "互助" }), outlet: "互助县融媒体中心" };
    const [extraction] = extractCorpus([page]) as [ArticleExtraction];
    expect(find(extraction, "PUBLISHED_BY", page.key, "互助土族自治县融媒体中心")).toMatchObject({ sentence: 0 });
    expect(extraction.entities.find((m) => m.name === "互助土族自治县融媒体中心")?.attributes?.category).toBe("media");
    // A bureau that issued the text, printed with its level, is the county's.
    const notice = { ...articleFixture("今年以来，互助县实施“护苗成长”计划。", { place: "互助" }), outlet: "县民政局" };
    const [issued] = extractCorpus([notice]) as [ArticleExtraction];
    expect(find(issued, "PUBLISHED_BY", notice.key, "互助土族自治县民政局")).toBeDefined();
    // A bureau credited by its full name is the node the body's abbreviation names.
    const full = { ...articleFixture("今年以来，县人社局开展“春风行动”。", { place: "互助" }), outlet: "互助土族自治县人力资源和社会保障局" };
    const [credited] = extractCorpus([full]) as [ArticleExtraction];
    expect(find(credited, "PUBLISHED_BY", full.key, "互助土族自治县人社局")).toBeDefined();
    // A government's website is the government publishing.
    const site = { ...articleFixture("今年以来，互助县实施“护苗成长”计划。", { place: "互助" }), outlet: "互助县人民政府网" };
    const [fromSite] = extractCorpus([site]) as [ArticleExtraction];
    expect(find(fromSite, "PUBLISHED_BY", site.key, "互助土族自治县人民政府")).toBeDefined();
    expect(fromSite.entities.find((m) => m.name === "互助土族自治县人民政府")?.attributes?.category).toBe("government");
    // A newspaper atop a printed page publishes what no meta line credits; a site that is no medium publishes nothing.
    const printed = { ...articleFixture("今年以来，互助县实施“护苗成长”计划。", { place: "互助" }), site: "海东日报" };
    const [fromPage] = extractCorpus([printed]) as [ArticleExtraction];
    expect(find(fromPage, "PUBLISHED_BY", printed.key, "海东日报")).toBeDefined();
    const column = { ...articleFixture("今年以来，互助县实施“护苗成长”计划。", { place: "互助" }), site: "民生视点" };
    const [fromColumn] = extractCorpus([column]) as [ArticleExtraction];
    expect(fromColumn.relations.filter((r) => r.type === "PUBLISHED_BY")).toEqual([]);
  });

  it("takes part in nothing the first sentence launches: the page credits it, the text does not", () => {
    const page = { ...articleFixture("深入实施“护苗成长”计划，惠及留守儿童1.2万名。", { place: "互助" }), outlet: "互助县融媒体中心" };
    const [extraction] = extractCorpus([page]) as [ArticleExtraction];
    expect(extraction.relations.filter((r) => r.type === "INVOLVES")).toEqual([]);
    // A body's own report credited to itself still speaks for it from its first word.
    const report = {
      ...articleFixture("深入实施“护苗成长”计划，惠及留守儿童1.2万名。", { place: "武宁", title: "武宁县民政局2024年工作总结" }),
      outlet: "武宁县民政局",
    };
    const [own] = extractCorpus([report]) as [ArticleExtraction];
    expect(own.relations.filter((r) => r.type === "INVOLVES").map((r) => r.to.name)).toEqual(["武宁县民政局"]);
  });
});

describe("INVOLVES of a plan's duties", () => {
  const involvesOf = (text: string, place: string): string[] =>
    extractCorpus([articleFixture(text, { place })])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);

  it("gives a table row's programmes the bodies under its columns of duty, and none of a row under no such header", () => {
    const text = [
      "县政府印发年度重点任务分工方案。",
      "序号 任务 牵头单位 配合单位 完成时限",
      "1 实施“溪水清”河道整治工程 县水利局 县财政局、县生态环境分局 9月底",
      "2 开展“邻里帮”志愿服务活动 团县委 县民政局 12月底",
      "另附资金安排表：",
      "序号 项目 资金 备注",
      "1 推进“暖巢”建设计划 200万元 县民政局",
    ].join("\n");
    const involves = involvesOf(text, "宁陕");
    expect(involves).toEqual(
      expect.arrayContaining([
        "“溪水清”河道整治工程→宁陕县水利局",
        "“溪水清”河道整治工程→宁陕县财政局",
        "“溪水清”河道整治工程→宁陕县生态环境分局",
        "“邻里帮”志愿服务活动→共青团宁陕县委",
        "“邻里帮”志愿服务活动→宁陕县民政局",
      ]),
    );
    expect(involves.filter((link) => link.startsWith("“溪水清”") && link.endsWith("民政局"))).toEqual([]);
    expect(involves.filter((link) => link.startsWith("“暖巢”"))).toEqual([]);
  });

  it("takes a task a line of duty follows as a programme named by its heading, when it names a thing, not what to do", () => {
    const text = [
      "2025年民生实事项目进展情况通报",
      "一、城乡学生营养餐。计划覆盖学生2.1万人，已覆盖1.8万人。牵头单位：县教育局。",
      "二、全面强化资金保障。县财政局足额拨付资金。责任单位：县财政局。",
      "三、保障措施。牵头单位：县政府办。",
    ].join("\n");
    const extraction = extractCorpus([articleFixture(text, { place: "宁陕" })])[0]!;
    const programmes = extraction.entities.filter((m) => m.kind === "Programme").map((m) => m.name);
    expect(programmes).toContain("城乡学生营养餐");
    expect(programmes.filter((name) => name.includes("资金保障") || name === "保障措施")).toEqual([]);
    const involves = extraction.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toContain("城乡学生营养餐→宁陕县教育局");
  });

  it("gives a body that labels a line of duties (县教育局：负责…) every programme the line names, one named before too", () => {
    const text = [
      "一、资助项目",
      "（一）农村学生营养改善计划",
      "每生每天补助5元，按月发放。",
      "（二）“爱心午餐”补助",
      "每生每天5元，按月发放。",
      "二、职责分工",
      "县教育局：负责农村学生营养改善计划的组织实施；牵头实施“护苗”行动。",
      "县财政局：负责筹措资金，配合县教育局做好“爱心午餐”补助发放。",
      "县民政局负责推送低保对象信息。",
    ].join("\n");
    const involves = involvesOf(text, "宁陕");
    expect(involves).toEqual(
      expect.arrayContaining(["农村义务教育学生营养改善计划→宁陕县教育局", "“护苗”行动→宁陕县教育局", "“爱心午餐”补助→宁陕县财政局"]),
    );
    expect(involves.filter((link) => link.startsWith("农村义务教育学生营养改善计划→") && !link.endsWith("教育局"))).toEqual([]);
  });

  it("gives a project the bodies a report names as its legal person or builder (项目法人为X，施工单位为Y)", () => {
    const text = ["今年以来，某县推进水利项目建设。", "沙河堤防加固工程于今年4月开工，总投资6200万元。项目法人为县水利工程建设中心，施工单位为宁陕县宏达水利工程有限公司。"].join("\n");
    expect(involvesOf(text, "宁陕")).toEqual(
      expect.arrayContaining(["沙河堤防加固工程→宁陕县水利工程建设中心", "沙河堤防加固工程→宁陕县宏达水利工程有限公司"]),
    );
  });

  it("gives a task the bodies on duty a plan prints in brackets after it, on their own or within its last sentence", () => {
    const text = [
      "（一）实施“幸福小院”工程。依托闲置村部改建互助养老点30个。（责任单位：县民政局、县财政局）",
      "（二）开展“护苗”专项行动，县公安局加强校园周边巡逻（牵头单位：县教育局；配合单位：县妇联）。",
      "（三）加强督查考核。（责任单位：县委督查室）",
    ].join("\n");
    const involves = involvesOf(text, "宁陕");
    expect(involves).toEqual(
      expect.arrayContaining([
        "“幸福小院”工程→宁陕县民政局",
        "“幸福小院”工程→宁陕县财政局",
        "“护苗”专项行动→宁陕县教育局",
        "“护苗”专项行动→宁陕县妇联",
      ]),
    );
    // The bracket speaks for its own task only: not the task before it, and no task it follows that names none.
    expect(involves.filter((link) => link.startsWith("“幸福小院”") && (link.endsWith("教育局") || link.endsWith("督查室")))).toEqual([]);
    expect(involves.filter((link) => link.startsWith("“护苗”") && link.endsWith("督查室"))).toEqual([]);
  });

  it("gives a programme the sentence opens with as its topic (在…方面，) the body acting next, though that clause launches another", () => {
    const involves = involvesOf("在厕所革命方面，县农业农村局推行“首厕过关制”，全年新改建户厕1200座。", "宁陕");
    expect(involves).toEqual(expect.arrayContaining(["厕所革命→宁陕县农业农村局", "“首厕过关制”→宁陕县农业农村局"]));
    expect(involvesOf("（二）围绕“放心消费”行动，县市场监管局推行“明码标价”制度。", "宁陕")).toContain("“放心消费”行动→宁陕县市场监管局");
    // A programme a clause names in passing, not as the sentence's topic, takes no body that launches another.
    expect(involvesOf("农户在厕所革命中受益，县农业农村局推行“首厕过关制”。", "宁陕").filter((l) => l.startsWith("厕所革命"))).toEqual([]);
  });

  it("gives a programme the bodies a sentence casts in its role (以X、Y为牵头医院, 以X为龙头, 在X的支持下)", () => {
    const involves = involvesOf(
      "宁陕县深化紧密型县域医共体建设，以县人民医院、县中医院为牵头医院，组建2个医共体。以宁陕县秦岭农业发展有限公司为龙头，实施“一村一品”产业提升工程。",
      "宁陕",
    );
    expect(involves).toEqual(
      expect.arrayContaining([
        "紧密型县域医共体建设→宁陕县人民医院",
        "紧密型县域医共体建设→宁陕县中医院",
        "“一村一品”产业提升工程→宁陕县秦岭农业发展有限公司",
      ]),
    );
    expect(involvesOf("县农业农村局实施冷藏保鲜设施建设项目，宁陕陇源冷链物流有限公司承建集配中心。", "宁陕")).toContain("冷藏保鲜设施建设项目→宁陕陇源冷链物流有限公司");
    // 由X牵头、Y保障资金: a body after another's role, in one list of roles, has a role of its own.
    expect(involvesOf("县里实施“幸福食堂”工程，由县民政局牵头、县财政局保障资金。", "宁陕")).toContain("“幸福食堂”工程→宁陕县财政局");
    // A list closed by the kind and count of its bodies (等4家经办银行) before the role.
    expect(involvesOf("创业担保贷款由县人社局组织实施，宁陕农村商业银行等4家经办银行负责放贷。", "宁陕")).toContain("创业担保贷款→宁陕农村商业银行");
    // X、Y参与 / X配合: bodies said to join in take part.
    expect(involvesOf("“护苗”专项行动由县委宣传部牵头，县公安局、县市场监管局参与，清理校园周边网吧。", "宁陕")).toEqual(
      expect.arrayContaining(["“护苗”专项行动→宁陕县公安局", "“护苗”专项行动→宁陕县市场监管局"]),
    );
    expect(involvesOf("梯田保护修复项目由龙脊镇人民政府实施，在县农业农村局技术指导下修复田埂。", "宁陕")).toContain("梯田保护修复项目→宁陕县农业农村局");
    expect(involvesOf("以大坪镇人民政府为实施主体，实施退化草原修复工程。", "宁陕")).toContain("退化草原修复工程→宁陕县·大坪镇人民政府");
    // 在X的支持下，…: the body under whose guidance or support the sentence's programme runs takes part.
    expect(involvesOf("在县妇联的支持下，各村实施“美丽庭院”创建工程。", "宁陕")).toContain("“美丽庭院”创建工程→宁陕县妇联");
    // A body a sentence does something for (为…) is cast in no role.
    expect(involvesOf("县民政局为县中医院争取“银龄安康”工程资金。", "宁陕")).not.toContain("“银龄安康”工程→宁陕县中医院");
  });

  it("gives no programme the bodies a document is copied to (抄送：…)", () => {
    const text = ["今年，县政府实施十件民生实事项目，总投资5.2亿元。", "各牵头单位每季度报送进展情况。", "抄送：县委办，县人大常委会，县政协。"].join("\n");
    const article = articleFixture(text, { place: "宁陕", title: "宁陕县2025年民生实事项目实施方案" });
    const involves = extractCorpus([article])[0]!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toContain("十件民生实事项目→宁陕县人民政府");
    expect(involves.filter((link) => link.endsWith("人大常委会") || link.endsWith("政协"))).toEqual([]);
  });

  it("names a numbered task by its heading, quotes and all, and gives what follows the last task's duties to none of them", () => {
    const text = [
      "近日，《宁陕县2024年卫生健康民生实事实施方案》正式印发。",
      "一、适龄妇女“两癌”免费筛查。为农村适龄妇女免费筛查1.2万人。（牵头单位：县卫健局；责任单位：县妇联）",
      "二、老年人免费健康体检。为65岁以上老年人免费体检5.6万人次。（牵头单位：县卫健局；责任单位：县人民医院）",
      "3月26日，安康市卫健委在宁陕召开推进会。",
    ].join("\n");
    const involves = involvesOf(text, "宁陕");
    expect(involves).toEqual(
      expect.arrayContaining([
        "适龄妇女“两癌”免费筛查→宁陕县卫健局",
        "适龄妇女“两癌”免费筛查→宁陕县妇联",
        "老年人免费健康体检→宁陕县卫健局",
        "老年人免费健康体检→宁陕县人民医院",
      ]),
    );
    expect(involves.filter((link) => link.endsWith("安康市卫健委"))).toEqual([]);
  });

  it("reads a paragraph opened by a heading run into it from its first sentence after the heading", () => {
    const text = [
      "今年以来，宁陕县扛稳粮食安全责任。",
      "聚焦农田建设。全县实施高标准农田建设项目5.8万亩。项目法人为县农业农村局，县水务局负责质量监管。",
      "聚焦病虫防控。县植保站开展统防统治，作业38万亩。",
    ].join("\n");
    expect(involvesOf(text, "宁陕")).toEqual(expect.arrayContaining(["高标准农田建设→宁陕县农业农村局", "高标准农田建设→宁陕县水务局"]));
  });

  it("reads a programme referred back to by its head (该工程由…牵头) as that programme, its figures too", () => {
    const text = ["（三）“兵支书”培育工程稳步推进。该工程由县委组织部牵头，县退役军人事务局负责建立人才库，目前入库286人。"].join("\n");
    const extraction = extractCorpus([articleFixture(text, { place: "宁陕" })])[0]!;
    const involves = extraction.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(expect.arrayContaining(["“兵支书”培育工程→宁陕县委组织部", "“兵支书”培育工程→宁陕县退役军人事务局"]));
    const reference = extraction.entities.find((m) => m.kind === "Programme" && m.surface === "");
    expect(reference).toMatchObject({ name: "“兵支书”培育工程", sentence: 1 });
    const figures = extraction.relations.filter((r) => r.type === "HAS_METRIC" && r.from.kind === "Programme").map((r) => `${r.from.name}→${r.to.name}`);
    expect(figures.some((link) => link.startsWith("“兵支书”培育工程→") && link.includes("286人"))).toBe(true);
    // A reference with no programme of its head before it refers to nothing.
    const lone = extractCorpus([articleFixture("该项目由县水利局负责建设。", { place: "宁陕" })])[0]!;
    expect(lone.entities.filter((m) => m.kind === "Programme")).toEqual([]);
  });

  it("reads an event's edition referred to by the end of its name (本届…节由…主办) as the event, and no subsidy so", () => {
    // The headline names another programme, the article's main one, which a sentence naming none would speak for.
    const text = "县农业农村局实施“花田增收”行动。2025年宁陕桃花节在城关镇盛大开幕。本届桃花节由县文旅局主办，城关镇人民政府承办。";
    const extraction = extractCorpus([articleFixture(text, { place: "宁陕", title: "宁陕“花田增收”行动带动花农增收" })])[0]!;
    const involves = extraction.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toEqual(expect.arrayContaining(["2025年宁陕桃花节→宁陕县文旅局", "2025年宁陕桃花节→宁陕县·城关镇人民政府"]));
    expect(involves.filter((link) => link.startsWith("“花田增收”行动→"))).toEqual(["“花田增收”行动→宁陕县农业农村局"]);
    const subsidy = extractCorpus([articleFixture("县民政局落实困难群众一次性生活补贴。此次补贴覆盖特困人员2316人。", { place: "宁陕" })])[0]!;
    expect(subsidy.entities.filter((m) => m.kind === "Programme" && m.surface === "")).toEqual([]);
  });

  it("reads an edition referred to by a word for its kind of event (本次赛事) as the nearest event of that kind", () => {
    const text = "县体育局实施“全民健身”工程。2025年宁陕县秦岭山地自行车赛在城关镇鸣枪开赛。本次赛事由县文旅局承办。";
    const extraction = extractCorpus([articleFixture(text, { place: "宁陕" })])[0]!;
    const involves = extraction.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves.sort()).toEqual(["2025年宁陕县秦岭山地自行车赛→宁陕县文旅局", "“全民健身”工程→宁陕县体育局"]);
  });

  it("gives the task a line of duty follows the bodies it lists, not the next task", () => {
    const text = [
      "（一）实施“清渠”行动。疏浚渠道40公里。",
      "牵头单位：县水利局",
      "责任单位：县财政局、各镇人民政府",
      "（二）开展“护河”专项巡查。",
      "牵头单位：县林业局；配合单位：县公安局",
    ].join("\n");
    const involves = involvesOf(text, "宁陕");
    expect(involves.sort()).toEqual(
      ["“护河”专项巡查→宁陕县公安局", "“护河”专项巡查→宁陕县林业局", "“清渠”行动→宁陕县水利局", "“清渠”行动→宁陕县财政局"].sort(),
    );
  });
});
