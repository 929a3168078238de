import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../pipeline/extract/context.js";
import { extractProgrammes } from "../../pipeline/extract/programme.js";
import { extractProgrammeReferences } from "../../pipeline/extract/programme-reference.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { extractThemes } from "../../pipeline/extract/theme.js";
import { ANJI_WORKSHOPS, articleFixture, GUSHI_CHILDREN } from "./article-fixture.js";

function themesOf(article: typeof GUSHI_CHILDREN) {
  const ctx = createExtractContext(article, { sentences: splitSentences(article) });
  ctx.entities.push(...extractProgrammes(ctx));
  return extractThemes(ctx);
}

describe("extractThemes", () => {
  it("puts an article and its main programme under the theme their triggers name", () => {
    const { relations } = themesOf(GUSHI_CHILDREN);
    const about = relations.map((r) => `${r.from.kind}:${r.to.name}`);
    expect(about).toContain("Article:未成年人保护");
    expect(about).toContain("Programme:未成年人保护");
  });

  it("counts a programme named again in its sentence (该计划…) as the one programme the sentence introduces", () => {
    const article = articleFixture("某县深入实施“强县富民”行动。\n同时实施“归雁”村干部培养计划，从回引人才中选拔后备干部120名，该计划入选省级典型案例。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    ctx.entities.push(...extractProgrammes(ctx));
    ctx.entities.push(...extractProgrammeReferences(ctx));
    const about = extractThemes(ctx).relations.filter((r) => r.from.kind === "Programme").map((r) => `${r.from.name}:${r.to.name}`);
    expect(about).toContain("“归雁”村干部培养计划:人才发展");
  });

  it("needs a headline trigger, two sentences or two of the theme's words before an article is about a theme", () => {
    const article = articleFixture("某县召开会议部署工作。会上提到安全生产。会议要求抓好落实。");
    expect(themesOf(article).relations).toEqual([]);
    // One sentence naming the theme's field twice over (基础设施, 供水) says as much as two.
    const section = articleFixture("某县召开会议部署工作。基础设施方面，改造提升农村供水工程41处。会议要求抓好落实。");
    expect(themesOf(section).relations.filter((r) => r.from.kind === "Article").map((r) => r.to.name)).toEqual(["基础设施"]);
    // A trigger inside another (旅游 in 乡村旅游) is the same word, counted once.
    const once = articleFixture("某县召开会议部署工作。下一步将把服务站与乡村旅游结合起来。会议要求抓好落实。");
    expect(themesOf(once).relations.filter((r) => r.from.kind === "Article")).toEqual([]);
    const titled = articleFixture("某县召开会议部署工作。会上提到安全生产。", { title: "某县部署安全生产工作" });
    expect(themesOf(titled).relations.map((r) => r.to.name)).toEqual(["安全生产"]);
  });

  it("reads no party work among gig workers into a report on parcels reaching villages", () => {
    const article = articleFixture("某县推进快递进村，建成村级快递服务点120个。农产品通过快递销往全国，外卖平台也覆盖到乡镇。");
    expect(themesOf(article).relations.map((r) => r.to.name)).not.toContain("新业态党建");
  });

  it("emits a Theme mention for every ABOUT endpoint, without turning triggers into aliases", () => {
    const { entities, relations } = themesOf(ANJI_WORKSHOPS);
    for (const relation of relations) expect(entities.some((e) => e.kind === "Theme" && e.name === relation.to.name)).toBe(true);
    for (const entity of entities) expect(entity.surface === "" || entity.surface === entity.name).toBe(true);
    expect(relations.map((r) => r.to.name)).toContain("共同富裕");
  });

  it("recognises the common county policy domains beyond the sample page's", () => {
    const cases: [string, string][] = [
      ["医疗卫生", "今年以来，某县推进家庭医生签约服务，组建团队56个。乡镇卫生院为慢性病患者提供随访服务1.2万人次。"],
      ["生态环保", "某县全面落实河长制，各级河长巡河3000余次。该县还实施农村生活污水治理，覆盖行政村80个。"],
      ["就业创业", "某县举办春季招聘会，提供就业岗位1500个。同时开展职业技能培训，帮助返乡创业人员办理创业担保贷款。"],
      ["教育", "某县推进“双减”落地，全县中小学全部开展课后服务。该县新建幼儿园6所，补充教师120名。"],
      ["防灾减灾", "入汛以来，某县压实防汛责任，排查地质灾害隐患点42处。组建应急救援队伍15支，开展抢险演练。"],
      ["科技创新", "某县选派科技特派员120名，深入田间开展科技服务。县科协组织科普活动48场次。"],
      ["党风廉政", "某县纪委监委开展群众身边不正之风和腐败问题集中整治。全县正风肃纪，立案89件。"],
      ["养老服务", "某县推进医养结合，开设病区2个。乡镇卫生院改建医养结合服务中心，收住周边群众46人。"],
      ["文化旅游", "某县开展送戏下乡活动，全年演出80场。县图书馆在乡镇设立分馆12个，方便群众借阅。"],
      ["农业生产", "某县抓好春耕备耕，调运化肥1.2万吨。该县今年新建高标准农田5万亩，推广良种良法。"],
      ["党风廉政", "某县开展廉政警示教育月活动，组织党员干部参观廉政教育基地。县纪委监委通报典型案例，推进清廉村居建设。"],
      ["食品药品安全", "某县开展校园食品安全专项检查，检查学校食堂126家。县市场监管局抽检药品安全样品300批次。"],
      ["体育健身", "某县举办全民健身运动会，参赛群众3000余人。今年新建健身步道12公里、体育公园2个。"],
      ["民族团结", "某县深化民族团结进步创建，各族群众交往交流交融。该县铸牢中华民族共同体意识，评选示范村20个。"],
      ["生态环保", "某县实施森林质量提升工程，完成抚育3万亩。该县聘用生态护林员200名，开展湿地保护巡查。"],
      ["安全生产", "某县开展农村消防隐患排查，整改电线老化问题300处。县应急局组织火灾逃生演练20场。"],
      ["农业生产", "某县推广茶园绿色防控，覆盖茶园2万亩。该县新建果园标准化种植基地5个。"],
      // Helping people into work is employment, rehabilitation is health care.
      ["就业创业", "在就业帮扶方面，某县扶持建设助残就业基地12个。县残联帮助386名残疾人实现稳定就业。"],
      ["医疗卫生", "某县设立残疾人康复服务站，开展康复训练。今年为320名残疾儿童提供康复救助。"],
      ["社会保障", "县医保局推行医疗救助“一站式”结算，减免费用1560万元。该县筑牢兜底保障防线，困难群众应保尽保。"],
      // A county's own crop is an industry and a farm's work; a grassland and its rivers are ecology.
      ["产业发展", "某县把柑橘作为主导产业，培育龙头企业8家。该县发展果汁、果酒等深加工产品，综合产值突破10亿元。"],
      ["农业生产", "某县柑橘种植面积稳定在6万亩。秋季采摘期间，果农日均销售鲜果300吨。"],
      ["生态环保", "某县全面落实草原生态补奖政策，禁牧面积达20万亩。县水利局开展河湖“清四乱”行动，清理问题12个。"],
      ["基础设施", "某县新建农村卫生户厕1800座，改厕质量全部达标。该县在产区建设冷库15座，新增库容2万吨。"],
      ["就业创业", "某县扶持扶贫车间32个，带动就业1200人。群众实现家门口就业，月均收入2800元。"],
      // Party work among gig workers is about the workers, not the trade: couriers, riders, ride-hailing drivers.
      ["新业态党建", "某县为快递员建设暖心驿站8个。县总工会为外卖骑手和网约车司机开展体检。"],
      // Flash floods and heavy rain are disaster defence; a village league is sport; a co-operative's dividends are shared wealth.
      ["防灾减灾", "某县完成山洪灾害监测预警系统升级。强降雨期间，各乡镇转移群众860人。"],
      ["体育健身", "某县举办乡村篮球联赛，28支球队参赛。赛事吸引观众2万人次。"],
      ["共同富裕", "某村合作社年底向社员分红36万元。村集体再拿出10万元为低收入户分红。"],
      // Households' and farmers' income gains are shared wealth.
      ["共同富裕", "合作社带动农户种植黄精，户均增收6500元。拓宽群众增收渠道。"],
      ["乡村振兴", "某县开展和美乡村建设，打造示范村12个。村集体经营性收入全部超过10万元。"],
      ["基础设施", "某县开通城乡公交线路14条。县交通运输局在沿线设置客运候车亭186个。"],
      ["社会保障", "某县城乡居民医保参保率达98%。县民政局为困难群众发放临时救助金300万元。"],
      // Care of the very old, a county's branded produce and its output, family farms, graduates not yet in work.
      ["养老服务", "某县为80周岁以上高龄老人发放补贴。全县新建老年人助餐点30个。"],
      ["产业发展", "某县打响茶叶区域公用品牌，授权企业20家。全县茶叶年产值达15亿元。"],
      ["农业生产", "某县评选县级示范家庭农场40家。农民合作社示范社新增12家。"],
      ["就业创业", "全县离校未就业高校毕业生共860人。县人社局募集就业见习岗位500个。"],
      // Recruiting and work near home are employment too.
      ["就业创业", "某县举办线上招聘直播12场。帮助群众就近就业1300人。"],
      // What rural programmes are for: villagers' and households' income.
      ["乡村振兴", "合作社带动周边农户种植猕猴桃，助力群众增收。今年户均增收8000元。"],
    ];
    for (const [theme, text] of cases) {
      const about = themesOf(articleFixture(text)).relations.filter((r) => r.from.kind === "Article").map((r) => r.to.name);
      expect(about, theme).toContain(theme);
    }
  });

  it("takes a trigger only where it is a word, not the tail of one word joined to the head of the next", () => {
    // 务工 runs from 党务 into 工作(者); 学校 from 老年大学 into 校本.
    const crossing = articleFixture("某县召开党务工作者培训会，党务工作者40人参加。离退休干部参与老年大学校本课程编写，党务工作者代表发言。");
    const names = themesOf(crossing).relations.map((r) => r.to.name);
    expect(names).not.toContain("就业创业");
    expect(names).not.toContain("教育");
    // A trigger may start a longer word (务工人员) or end one (村党支部).
    const words = articleFixture("某县为外出务工人员开设专线。务工人员返岗率达到95%。各村党支部书记带头走访。村党支部开展主题活动。");
    expect(themesOf(words).relations.map((r) => r.to.name)).toEqual(expect.arrayContaining(["就业创业", "基层党建"]));
  });

  it("reads headline triggers by the same word rule", () => {
    // One body sentence each: below minArticleHits, so the headline decides.
    const labour = "会上通报了务工人员返岗情况。会议要求抓好落实。";
    expect(themesOf(articleFixture(labour, { title: "某县党务工作者座谈会召开" })).relations.map((r) => r.to.name)).not.toContain("就业创业");
    expect(themesOf(articleFixture(labour, { title: "某县务工人员返岗复工" })).relations.map((r) => r.to.name)).toContain("就业创业");
    const floods = "某县召开会议部署防汛工作。会议要求抓好落实。";
    expect(themesOf(articleFixture(floods, { title: "某县部署防汛工作" })).relations.map((r) => r.to.name)).toEqual(["防灾减灾"]);
  });
});
