/**
 * Metric extraction on sentences written for these tests in the genre of
 * county reports (other counties and prefectures than the sample page).
 */
import { describe, expect, it } from "vitest";
import { extractMetrics } from "../../pipeline/extract/metric.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { makeArticle } from "./make-article.js";

function metrics(text: string, scope = "兰陵县") {
  const article = makeArticle({ text, place: "兰陵" });
  return extractMetrics(article, splitSentences(article), { scope }).map((m) => ({
    surface: m.surface,
    name: m.name,
    value: m.attributes?.value,
    unit: m.attributes?.unit,
    approx: m.attributes?.approx,
    counted: m.attributes?.counted,
    raw: m.attributes?.raw,
  }));
}

const one = (text: string) => {
  const found = metrics(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("extractMetrics: values and units", () => {
  it("applies 万 with an approximation marker between multiplier and unit", () => {
    expect(one("今年以来，各帮包干部入户走访独居老人2.6万余户。")).toMatchObject({
      value: 26000,
      unit: "户",
      approx: "余",
      counted: "走访独居老人",
      raw: "2.6万余户",
    });
  });

  it("scales money exactly (万元, 亿元)", () => {
    expect(one("全年发放创业担保贷款12.35万元。")).toMatchObject({ value: 123500, unit: "元", counted: "发放创业担保贷款" });
    expect(one("累计撬动社会资本4.35亿元。")).toMatchObject({ value: 435000000, unit: "元", raw: "4.35亿元" });
  });

  it("takes the noun after the figure when the figure comes first", () => {
    expect(one("邀请45名老党员参加座谈。")).toMatchObject({ value: 45, unit: "名", counted: "老党员" });
    expect(one("组建30余个红色志愿服务队。")).toMatchObject({ value: 30, approx: "余", unit: "个", counted: "红色志愿服务队" });
  });

  it("keeps an age bound with the people counted after the figure", () => {
    expect(one("为辖区3.4万名65岁以上老年人建立健康档案。")).toMatchObject({ value: 34000, unit: "名", counted: "65岁以上老年人" });
    expect(one("全镇80周岁及以上高龄老人共有1200人。")).toMatchObject({ value: 1200, unit: "人" });
    expect(one("组织120名18岁以下青少年参加夏令营。")).toMatchObject({ value: 120, unit: "名", counted: "18岁以下青少年" });
  });

  it("keeps an age range with the people counted after the figure, and takes neither bound for a figure", () => {
    expect(one("为全县2.8万名60至79周岁老年人发放补贴。")).toMatchObject({ value: 28000, unit: "名", counted: "60至79周岁老年人" });
    expect(one("新增学位覆盖4200名3—6岁幼儿。")).toMatchObject({ value: 4200, unit: "名", counted: "3—6岁幼儿" });
  });

  it("reads the people after a figure behind a short description when nothing else names them", () => {
    expect(one("为420名分散供养特困人员购买照料护理服务。")).toMatchObject({ value: 420, unit: "名", counted: "分散供养特困人员" });
    expect(one("为35名新入职教师开展岗前培训。")).toMatchObject({ value: 35, unit: "名", counted: "新入职教师" });
  });

  it("ends the noun after the figure at 全部 or 所有", () => {
    expect(one("全县46所中小学全部开通课后服务。")).toMatchObject({ value: 46, unit: "所", counted: "中小学" });
  });

  it("cuts the subject off at the first counting verb", () => {
    expect(one("镇、村两级网格员队伍开展入户宣传活动86次。")).toMatchObject({ value: 86, counted: "开展入户宣传活动" });
  });

  it("shortens “V A、B、C等N” to “VN”", () => {
    expect(one("举办法律讲座、健康义诊、文艺演出等惠民活动120场。")).toMatchObject({ counted: "举办惠民活动", value: 120, unit: "场" });
  });

  it("drops time phrases and adverbs from the counted phrase", () => {
    expect(one("2024年以来，累计培训高素质农民1500人次。")).toMatchObject({ counted: "培训高素质农民", unit: "人次", value: 1500 });
    // Head of livestock (头只) and pieces handed out (件次) are units of their own.
    expect(one("存栏基础母畜2300头只。")).toMatchObject({ unit: "头只", value: 2300 });
    expect(one("群众兑换生活用品3200件次。")).toMatchObject({ unit: "件次", value: 3200 });
    // 该街道, 该社区: the whole word that refers back is dropped, not its first character.
    expect(one("该街道现有网格员86名。").counted).toBe("网格员");
  });

  it("reads prefix markers and trailing 以上/左右", () => {
    expect(one("帮助农户增收近300万元。")).toMatchObject({ approx: "近", value: 3000000 });
    expect(one("新增就业岗位500个以上。")).toMatchObject({ approx: "以上", value: 500, unit: "个" });
  });

  it("keeps bounds such as 最快 in raw without calling them approximate", () => {
    const metric = one("不动产登记最快1小时办结。");
    expect(metric).toMatchObject({ value: 1, unit: "小时", raw: "最快1小时", counted: "不动产登记" });
    expect(metric.approx).toBeUndefined();
  });

  it("knows measure words of rural infrastructure and livestock", () => {
    expect(one("新打抗旱机井42眼。")).toMatchObject({ value: 42, unit: "眼", counted: "新打抗旱机井" });
    expect(one("发放良种母羊1200只。")).toMatchObject({ value: 1200, unit: "只" });
  });

  it("reads percentages and figures printed with spaces", () => {
    expect(one("群众满意度达到98.5%。")).toMatchObject({ value: 98.5, unit: "%" });
    expect(one("招引博士研究生 18 人。")).toMatchObject({ value: 18, unit: "人", raw: "18人", surface: "18 人" });
  });

  it("reads a percentage printed in words", () => {
    expect(metrics("全镇卫生厕所普及率达到百分之九十六，同比提高百分之二点五。").map((m) => [m.counted, m.value, m.unit, m.raw])).toEqual([
      ["卫生厕所普及率", 96, "%", "百分之九十六"],
      ["卫生厕所普及率同比提高", 2.5, "%", "百分之二点五"],
    ]);
    expect(one("贫困发生率降至百分之零点三。")).toMatchObject({ value: 0.3, unit: "%" });
    // 百分之百 is a manner of speaking (fully), not a figure.
    expect(metrics("任务百分之百完成。")).toEqual([]);
  });

  it("ends the people a head count counts at their head, also one the segmenter cuts (残疾|人)", () => {
    const article = makeArticle({ text: "县残联为310名残疾人免费发放轮椅。", place: "兰陵" });
    const people = { units: ["名", "人"], heads: ["残疾人", "老人"], notHeads: [] };
    expect(extractMetrics(article, splitSentences(article), { scope: "兰陵县", people })[0]?.attributes?.counted).toBe("残疾人");
  });

  it("leaves a list item's number out of what is counted, and keeps 计 that ends a word (会计)", () => {
    expect(metrics("1.出纳2名，2.会计1名。").map((m) => m.counted)).toEqual(["出纳", "会计"]);
    expect(metrics("参训人员计1200人。").map((m) => m.counted)).toEqual(["参训人员"]);
  });

  it("counts with a total that names nothing what the figure before it counts (合计达486万元)", () => {
    expect(metrics("全乡12个村集体经济收入全部超过10万元，合计达186万元。").map((m) => m.counted)).toEqual(["村集体经济", "村集体经济收入", "村集体经济收入"]);
  });

  it("leaves out of what a figure counts the bracket and joiner that tie it to the figure before", () => {
    expect(metrics("全镇建成日间照料中心3家（共有床位60张）、老年食堂5家，另建社区助餐点12个。").map((m) => m.counted)).toEqual([
      "建成日间照料中心",
      "床位",
      "老年食堂",
      "另建社区助餐点",
    ]);
  });

  it("reads a sum or count per period of time as that period's total (每年安排专项资金800万元)", () => {
    expect(metrics("县财政每年安排专项资金800万元，每年培训农民工3000人次。").map((m) => m.raw)).toEqual(["800万元", "3000人次"]);
    // A day's too.
    expect(metrics("中央厨房每天为全镇9个助餐点配送餐食600余份。").map((m) => m.raw)).toEqual(["9个", "600余份"]);
  });

  it("counts the people a short description ending in 的 leads to after a head count", () => {
    const article = makeArticle({ text: "县教育局为37名无法到校就读的重度残疾儿童送教，资助50名家庭困难的大学生，关注120名党员的学习。", place: "兰陵" });
    const people = { units: ["名"], heads: ["儿童", "大学生", "党员"], notHeads: [] };
    const counted = extractMetrics(article, splitSentences(article), { scope: "兰陵县", people }).map((m) => m.attributes?.counted);
    // 党员的学习: what follows 的 names no people, so the people are those before it.
    expect(counted).toEqual(["无法到校就读的重度残疾儿童", "家庭困难的大学生", "党员"]);
  });

  it("counts the people before 的 when they own what follows (3名留守儿童的“代理家长”)", () => {
    const article = makeArticle({ text: "村党支部书记带头当起3名留守儿童的“代理家长”。", place: "兰陵" });
    const people = { units: ["名"], heads: ["儿童", "家长"], notHeads: [] };
    expect(extractMetrics(article, splitSentences(article), { scope: "兰陵县", people })[0]?.attributes?.counted).toBe("留守儿童");
  });

  it("counts the people after a head count whatever the tagger calls their words (低保/v, 扶贫/v, 困难职工/l)", () => {
    const article = makeArticle({ text: "同时将1.4万名低保边缘人口纳入动态监测。县里为110名易地扶贫搬迁群众和104名困难职工提供帮扶服务。", place: "兰陵" });
    const people = { units: ["名"], heads: ["人口", "群众", "职工"], notHeads: [] };
    const counted = extractMetrics(article, splitSentences(article), { scope: "兰陵县", people }).map((m) => m.attributes?.counted);
    expect(counted).toEqual(["低保边缘人口", "易地扶贫搬迁群众", "困难职工"]);
  });

  it("does not count the verb that holds a rate at its figure", () => {
    expect(one("全县高中阶段毛入学率保持98%。").counted).toBe("高中阶段毛入学率");
  });

  it("does not start what a figure counts in the middle of a list it was cut in", () => {
    expect(one("全县留守儿童、困境儿童、事实无人抚养儿童等困难儿童营养餐补助资金1200万元。").counted).toBe("困难儿童营养餐补助资金");
  });

  it("reads ASCII thousands separators but never joins figures across a Chinese comma", () => {
    expect(one("发放明白纸12,500份。")).toMatchObject({ value: 12500, unit: "份" });
    expect(metrics("培训分3批，300人次参加。").map((m) => m.value)).toEqual([3, 300]);
  });

  it("reads several figures of one clause with their own nouns", () => {
    const found = metrics("获评省级示范社区3个、市级示范社区12个。");
    expect(found.map((m) => [m.value, m.counted])).toEqual([
      [3, "获评省级示范社区"],
      [12, "市级示范社区"],
    ]);
  });

  const valuesAndCounted = (text: string) => metrics(text).map((m) => [m.value, m.unit, m.counted]);

  it("gives a figure joined to the previous one by 和 or 、 alone the same counted phrase", () => {
    expect(valuesAndCounted("游客人数和旅游收入同比分别增长12.3%和15.6%。")).toEqual([
      [12.3, "%", "游客人数和旅游收入同比分别增长"],
      [15.6, "%", "游客人数和旅游收入同比分别增长"],
    ]);
    expect(valuesAndCounted("共培训200人、300人次。")).toEqual([
      [200, "人", "培训"],
      [300, "人次", "培训"],
    ]);
  });

  it("gives a change named alone the counted phrase of the figure before it", () => {
    expect(valuesAndCounted("全县粮食总产量达到52.6万吨，比上年增长3.4%。")).toEqual([
      [526000, "吨", "粮食总产量"],
      [3.4, "%", "粮食总产量比上年增长"],
    ]);
    expect(valuesAndCounted("农村居民人均可支配收入分别达到2.1万元和1.8万元，同比分别增长6.5%和7.1%。").map(([, , counted]) => counted)).toEqual([
      "农村居民人均可支配收入",
      "农村居民人均可支配收入",
      "农村居民人均可支配收入同比增长",
      "农村居民人均可支配收入同比增长",
    ]);
    expect(valuesAndCounted("森林覆盖率达到63%，较上年提高1.2个百分点。").map(([, , counted]) => counted)).toEqual(["森林覆盖率", "森林覆盖率较上年提高"]);
    // A change that names its subject keeps it; a first figure has nothing before it to measure.
    expect(valuesAndCounted("旅游收入同比增长12.3%。").map(([, , counted]) => counted)).toEqual(["旅游收入同比增长"]);
    expect(valuesAndCounted("同比增长12.3%。").map(([, , counted]) => counted)).toEqual(["同比增长"]);
  });

  it("reads what a figure counts after it when the words before it only say there are some", () => {
    expect(valuesAndCounted("已有860余名参保群众获得理赔。").map(([, , counted]) => counted)).toEqual(["参保群众"]);
    expect(valuesAndCounted("其中取得职业技能等级证书的有960人。").map(([, , counted]) => counted)).toEqual(["取得职业技能等级证书"]);
    expect(valuesAndCounted("贷款额度最高可达50万元。").map(([, , counted]) => counted)).toEqual(["贷款额度最高"]);
    // A head count whose phrase before it is a verb alone counts the people after it.
    const article = makeArticle({ text: "惠及全县18.6万名参保老人。", place: "平江" });
    const people = { units: ["名", "人"], heads: ["老人"], notHeads: [] };
    expect(extractMetrics(article, splitSentences(article), { scope: "平江县", people })[0]?.attributes?.counted).toBe("惠及参保老人");
    // Also after the verb's subject: 东关村“共富工坊”吸纳|120名|留守妇女就业.
    const subject = makeArticle({ text: "东关村“共富工坊”吸纳120名留守妇女就业。", place: "平江" });
    const women = { units: ["名", "人"], heads: ["妇女"], notHeads: [] };
    expect(extractMetrics(subject, splitSentences(subject), { scope: "平江县", people: women })[0]?.attributes?.counted).toBe("吸纳留守妇女");
  });

  it("reads a share in tenths (三成, 九成以上) and a change in points printed in words (两个百分点)", () => {
    expect(valuesAndCounted("独居老人占三成以上，群众满意度达到九成。")).toEqual([
      [30, "%", "独居老人"],
      [90, "%", "群众满意度"],
    ]);
    expect(valuesAndCounted("参保率提高两个百分点。")).toEqual([[2, "个百分点", "参保率提高"]]);
    // 建成, 一成不变, 七成熟: no share.
    expect(valuesAndCounted("全县建成养老院，做法一成不变，果子七成熟。")).toEqual([]);
    // 近三成在…: an approximation before it, where they are after it.
    expect(valuesAndCounted("外出务工人员中，近三成在长三角地区务工。").map(([value, unit]) => [value, unit])).toEqual([[30, "%"]]);
  });

  it("counts a quoted name that is all the noun phrase after a figure", () => {
    expect(valuesAndCounted("表彰10名“新时代好少年”和50名“美德少年”。").map(([, , counted]) => counted)).toEqual(["“新时代好少年”", "“美德少年”"]);
  });

  it("counts from whom a measure is for, not who carries it out (县卫健局还为…)", () => {
    expect(valuesAndCounted("县卫健局还为全县65岁以上老年人免费体检12.6万人。").map(([, , counted]) => counted)).toEqual(["65岁以上老年人免费体检"]);
    expect(valuesAndCounted("全年民生支出占比为82%。").map(([, , counted]) => counted)).toEqual(["民生支出占比"]);
  });

  it("counts the subject of a change from one figure to another for both", () => {
    expect(valuesAndCounted("村集体经济收入从2019年的不足3万元增长到去年的52万元。")).toEqual([
      [30000, "元", "村集体经济收入"],
      [520000, "元", "村集体经济收入"],
    ]);
    expect(valuesAndCounted("农民人均可支配收入从1.1万元提高到1.6万元。").map(([, , counted]) => counted)).toEqual(["农民人均可支配收入", "农民人均可支配收入"]);
    expect(valuesAndCounted("全县森林覆盖率由2012年的38.2%提高到46.5%。")).toEqual([
      [38.2, "%", "森林覆盖率"],
      [46.5, "%", "森林覆盖率"],
    ]);
    expect(valuesAndCounted("办事环节由原来的12个减少到4个。").map(([, , counted]) => counted)).toEqual(["办事环节", "办事环节"]);
    // A span of years before (几年前, 五年前), and what next year brings (明年将…), are no part of the subject.
    expect(valuesAndCounted("农村自来水普及率由五年前的不足70%提高到98%。").map(([, , counted]) => counted)).toEqual(["农村自来水普及率", "农村自来水普及率"]);
    expect(valuesAndCounted("明年将推动村级“儿童之家”由23个增加到40个。").map(([, , counted]) => counted)).toEqual(["推动村级“儿童之家”", "推动村级“儿童之家”"]);
  });

  it("ends the noun after a head count at the people it counts, when told who people are", () => {
    const article = makeArticle({ text: "新建集中供水工程45处，解决了3.2万名群众饮水难题，120名网格员入户走访。", place: "都安" });
    const people = { units: ["名", "人"], heads: ["群众", "员", "户"], notHeads: ["入户"] };
    const found = extractMetrics(article, splitSentences(article), { scope: "都安瑶族自治县", people });
    expect(found.map((m) => [m.attributes?.value, m.attributes?.counted])).toEqual([
      [45, "新建集中供水工程"],
      [32000, "群众"],
      [120, "网格员"],
    ]);
  });

  it("counts what a chain leader's object does, unless the figure counts those people", () => {
    const article = makeArticle({ text: "县农业农村局组织农技专家深入田间地头开展技术指导120余场次。该县带动农户发展庭院经济3000户。", place: "平舆" });
    const people = { units: ["名", "人", "户"], heads: ["农户", "专家"], notHeads: [] };
    const found = extractMetrics(article, splitSentences(article), { scope: "平舆县", people });
    expect(found.map((m) => m.attributes?.counted)).toEqual(["开展技术指导", "带动农户发展庭院经济"]);
  });

  it("drops a division that opens a clause without a counting verb", () => {
    expect(one("截至目前，镇原县共有脱贫户3.2万户。")).toMatchObject({ counted: "脱贫户", value: 32000 });
  });

  it("does not take a per-head average after a figure for what it counts", () => {
    expect(valuesAndCounted("带动脱贫户1260户户均增收3200元。")[0]).toEqual([1260, "户", "带动脱贫户"]);
  });

  it("drops the subject before a counting verb such as 开发 or 新建", () => {
    expect(one("汝城县累计开发公益性岗位1350个。")).toMatchObject({ counted: "开发公益性岗位" });
    expect(one("会宁县新建垃圾中转站12个。")).toMatchObject({ counted: "新建垃圾中转站" });
  });

  it("counts the policy group after the figure, not the verb before it", () => {
    expect(one("帮助1120名就业困难人员实现就业。")).toMatchObject({ counted: "就业困难人员", value: 1120 });
  });

  it("counts the subject when a change verb links it to the figure", () => {
    expect(one("农民专业合作社发展到420家。")).toMatchObject({ counted: "农民专业合作社", value: 420 });
    expect(one("村集体经济收入增长12.5%。")).toMatchObject({ counted: "村集体经济收入增长", unit: "%" });
    expect(one("项目审批时间压缩至15天。")).toMatchObject({ counted: "项目审批时间", value: 15, unit: "天" });
    expect(one("群众满意率稳定在95%以上。")).toMatchObject({ counted: "群众满意率", value: 95, approx: "以上" });
  });

  it("keeps a parenthesis that glosses the counted noun", () => {
    expect(one("全市312个村（社区）完成换届。")).toMatchObject({ counted: "村（社区）", value: 312 });
  });

  it("reads a noun phrase that starts with a verbal noun", () => {
    expect(one("设立8个服务专班。")).toMatchObject({ counted: "服务专班", value: 8 });
  });

  it("drops demonstrative subjects and a trailing 的", () => {
    expect(one("该镇投入资金860万元。")).toMatchObject({ counted: "投入资金" });
    expect(one("占全县粮食总产量的35%。")).toMatchObject({ counted: "占全县粮食总产量", value: 35 });
  });

  it("applies 千 and 百 after digits, but not in 千米/千克/千瓦", () => {
    expect(one("吸纳就业3千余人。")).toMatchObject({ value: 3000, approx: "余", unit: "人" });
    expect(one("新建健身步道12千米。")).toMatchObject({ value: 12, unit: "千米" });
  });

  it("accepts Chinese numerals of ten and more", () => {
    expect(one("全县二十余个部门参与。")).toMatchObject({ value: 20, approx: "余", unit: "个", counted: "部门" });
    expect(one("招募百余名志愿者。")).toMatchObject({ value: 100, approx: "余", unit: "名", counted: "志愿者" });
  });

  it("counts the attributes listed before one head as one phrase", () => {
    expect(one("为全县3.2万名失能、半失能老年人提供服务。")).toMatchObject({ value: 32000, counted: "失能、半失能老年人" });
  });

  it("reads a multiplier printed alone after an approximation as one of itself", () => {
    expect(one("培训农民工近万人次。")).toMatchObject({ value: 10000, approx: "近", unit: "人次", counted: "培训农民工" });
    expect(one("发放补贴逾千万元。")).toMatchObject({ value: 10_000_000, approx: "逾", unit: "元" });
    expect(one("吸引近千名游客。")).toMatchObject({ value: 1000, approx: "近", unit: "名", counted: "游客" });
  });
});

describe("extractMetrics: figures in reported speech", () => {
  const valuesAndCounted = (text: string) => metrics(text).map((m) => [m.value, m.unit, m.counted]);

  it("reads the figures an official gives for the whole county or city, not those of one's own story", () => {
    expect(valuesAndCounted("“今年全市葡萄种植面积稳定在12.8万亩，预计总产量38万吨。”局长说。").map(([value, , counted]) => [value, counted])).toEqual([
      [128000, "葡萄种植面积"],
      [380000, "预计总产量"],
    ]);
    expect(valuesAndCounted("“在家门口上班，一个月能挣2800元，还能照顾孩子。”她说。")).toEqual([]);
    // An official reports for the office, credited after the quote (in the sentence after it) or before it.
    expect(valuesAndCounted("“今年我们为8600名困难群众代缴医保费用。”县医保局局长陈明说。").map(([value]) => value)).toEqual([8600]);
    expect(valuesAndCounted("县人社局负责人介绍：“我们举办招聘会23场，提供岗位6800个。”").map(([value]) => value)).toEqual([23, 6800]);
    expect(valuesAndCounted("“政府补了3万元，我家改了8间客房。”村民刘强说。")).toEqual([]);
    // An official with two posts is credited after the first: 党支部书记、嘎查长….
    expect(valuesAndCounted("“去年合作社分红52万元。”嘎查党支部书记、嘎查长孟和说。").map(([value]) => value)).toEqual([520000]);
    // A name quoted inside speech is still no figure.
    expect(valuesAndCounted("“全县围绕‘5433’体系，引进项目12个。”")).toEqual([[12, "个", "引进项目"]]);
  });
});

describe("extractMetrics: counts of visits", () => {
  it("reads 家次, 辆次, 趟次, 头次 and 台套 as units of their own", () => {
    expect(metrics("检查生产经营单位1326家次，出动执法车辆860辆次，包车输送27趟次。").map((m) => [m.value, m.unit])).toEqual([
      [1326, "家次"],
      [860, "辆次"],
      [27, "趟次"],
    ]);
    expect(metrics("全年免疫生猪168万头次。").map((m) => [m.value, m.unit])).toEqual([[1680000, "头次"]]);
    expect(metrics("全县农机保有量达1260台套。").map((m) => [m.value, m.unit])).toEqual([[1260, "台套"]]);
  });
});

describe("extractMetrics: standard sums", () => {
  const standards = (text: string) => {
    const article = makeArticle({ text, place: "兰陵" });
    return extractMetrics(article, splitSentences(article), { scope: "兰陵县" }).map((m) => [m.attributes?.raw, m.attributes?.per ?? null]);
  };

  it("keeps a sum given per person, household, mu or meal as a standard, with what it is per", () => {
    expect(standards("农村低保对象每人每月补助420元，分散供养特困人员每人每年9600元。")).toEqual([
      ["420元", "每人每月"],
      ["9600元", "每人每年"],
    ]);
    expect(standards("寄宿生每生每年补助生活费1250元。")).toEqual([["1250元", "每生每年"]]);
    expect(standards("对新改建户厕每户奖补800元，高标准农田每亩补助1500元，老人就餐每餐只需4元。")).toEqual([
      ["800元", "每户"],
      ["1500元", "每亩"],
      ["4元", "每餐"],
    ]);
  });

  it("reads a sum per period alone as a total of that period, with nothing it is per", () => {
    expect(standards("每年安排专项资金600万元。")).toEqual([["600万元", null]]);
  });

  it("keeps a sum per childcare place or bed as a standard, and a rate per thousand people as an indicator", () => {
    expect(standards("对普惠托育机构按每个托位每年3000元给予运营补助。")).toEqual([["3000元", "每个托位每年"]]);
    expect(standards("全县每千人口拥有托位数达4.6个，每万人拥有执业医师28人。")).toEqual([
      ["4.6个", null],
      ["28人", null],
    ]);
  });
});

describe("extractMetrics: what is not a metric", () => {
  it.each([
    ["numbers inside quotes", "围绕“5433”现代产业体系推进招商。"],
    ["formula names", "构建“1+3+N”服务体系，形成1+X工作格局。"],
    ["years and dates", "2024年3月15日召开推进会，2023年以来持续发力。"],
    ["ordinals", "第三批重点项目集中开工。"],
    ["ranges", "宣讲团由3至5名骨干组成，巡回10～15天。"],
    ["session numbers without 第", "深入学习贯彻党的二十届三中全会精神。"],
    ["single-digit Chinese numerals that name things", "落实“三会一课”制度，健全两委班子，推行四个到位。"],
    ["enumerations in Chinese numerals", "推出线上课堂、线下课堂和流动课堂三种模式。"],
    ["standards introduced by 每", "每个村配备1名专职网格员。"],
    ["how often a standard asks for something, per period", "每月入户巡访不少于2次。"],
    ["a sum set against a criterion, and standards of other kinds", "每名干部联系2户，收入是否达到每户1万元。"],
    ["criteria under 是否", "逐村核查集体收入是否达到20万元。"],
    ["durations glued to a noun", "打造15分钟便民生活圈。"],
    ["place names of a Chinese numeral and a level", "在五十镇班彦村，八一村和三合乡开展活动。"],
    ["a time told to the second, and a building's 单元", "选手以1小时03分27秒夺冠，住址为3号楼2单元。"],
    ["how far away a place lies", "40公里外的石板村小学，500米外的卫生室。"],
    ["the span of time a report's figures fall in", "今年前10个月，头两个月，3个月来，半个月里，各项工作平稳。"],
    ["multipliers alone without an approximation, and spans of time", "开展万人助万企活动，近十天走访千家万户。"],
    ["book titles", "出台《关于支持人才创新创业的十二条措施》。"],
    ["idioms with 千/万", "走进千家万户。"],
  ])("%s", (_label, text) => {
    expect(metrics(text)).toEqual([]);
  });
});

describe("extractMetrics: names", () => {
  it("names a metric by scope, counted phrase and raw figure", () => {
    expect(one("走访困难群众1.2万余户。").name).toBe("兰陵县·走访困难群众1.2万余户");
  });

  it("keeps names unique within an article", () => {
    const found = metrics("开展巡查30次。开展巡查30次。");
    expect(found.map((m) => m.name)).toEqual(["兰陵县·开展巡查30次", "兰陵县·开展巡查30次#2"]);
  });

  it("rejects an empty scope with a typed error", () => {
    const article = makeArticle({ text: "新建口袋公园8处。" });
    expect(() => extractMetrics(article, splitSentences(article), { scope: " " })).toThrowError(
      expect.objectContaining({ name: "MetricOptionsError" }),
    );
  });

  it("defaults the scope to the dateline place and the article hash", () => {
    const article = makeArticle({ text: "新建口袋公园8处。", place: "兰陵" });
    const [metric] = extractMetrics(article, splitSentences(article));
    expect(metric!.name).toBe(`兰陵/${article.hash.slice(0, 8)}·新建口袋公园8处`);
  });

  it("reports offsets into the original text and the surface as printed", () => {
    const text = "累计服务群众５３００余人次。";
    const normalizedText = "累计服务群众5300余人次。";
    const article = makeArticle({ text, normalizedText });
    const [metric] = extractMetrics(article, splitSentences(article), { scope: "x" });
    expect(metric).toMatchObject({ surface: "５３００余人次", start: 6, end: 13, sentence: 0 });
    expect(metric!.attributes).toMatchObject({ value: 5300, raw: "5300余人次" });
  });
});

describe("extractMetrics: tables copied as text", () => {
  it("reads a cell that is a number alone by the unit its column's label gives, and counts what the label names", () => {
    const table = ["序号  项目名称  资金（万元）  实施主体  受益户数  备注", "1  北山茶园提升项目  350  北山镇人民政府  86  2号"].join("\n");
    expect(metrics(table).map(({ value, unit, counted, raw }) => ({ value, unit, counted, raw }))).toEqual([
      { value: 3500000, unit: "元", counted: "资金", raw: "350万元" },
      { value: 86, unit: "户", counted: "受益户数", raw: "86户" },
    ]);
  });

  it("reads a row's figures by the unit its unit column prints (指标名称 单位 完成数), counting what the row names", () => {
    const table = ["指标名称  单位  完成数", "新登记个体工商户  户  6120", "抽检合格率  %  97.8", "投入资金  万元  350"].join("\n");
    expect(metrics(table).map(({ value, unit, counted }) => [value, unit, counted])).toEqual([
      [6120, "户", "新登记个体工商户"],
      [97.8, "%", "抽检合格率"],
      [3500000, "元", "投入资金"],
    ]);
    // A column of bodies headed 单位 gives no unit.
    expect(metrics(["序号  单位  完成数", "1  县民政局  120"].join("\n"))).toEqual([]);
  });

  it("reads the figures of a row whose label gives its unit in brackets (参保人数（人）  2023年  2024年), whatever the header", () => {
    const table = ["指标  2023年  2024年", "新增参保人数（人）  1200  1350", "“惠民保”赔付（万元）  86  92.5"].join("\n");
    expect(metrics(table).map(({ value, unit, counted }) => [value, unit, counted])).toEqual([
      [1200, "人", "新增参保人数"],
      [1350, "人", "新增参保人数"],
      [860000, "元", "“惠民保”赔付"],
      [925000, "元", "“惠民保”赔付"],
    ]);
    // Any unit figures are counted in, with 万 or 亿 before it.
    expect(metrics(["指标  2023年  2024年", "观测鸟类（种）  188  203", "越冬候鸟（万只）  3.1  4.5"].join("\n")).map(({ value, unit }) => [value, unit])).toEqual([
      [188, "种"],
      [203, "种"],
      [31000, "只"],
      [45000, "只"],
    ]);
    // A row with a cell that is no number alone is no such row.
    expect(metrics(["指标  2023年  备注", "新增参保人数（人）  1200  较上年增加"].join("\n"))).toEqual([]);
  });

  it("reads no cell of a column whose label gives no unit, nor a row whose cells do not match the header", () => {
    expect(metrics(["序号  项目名称  完成时限  责任单位", "1  北山茶园提升项目  6  县农业农村局"].join("\n"))).toEqual([]);
    expect(metrics(["序号  项目名称  资金（万元）  实施主体", "1  北山茶园提升项目  350"].join("\n"))).toEqual([]);
  });
});
