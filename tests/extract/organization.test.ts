import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../pipeline/extract/context.js";
import { extractCorpus } from "../../pipeline/extract/index.js";
import { getLexicon } from "../../pipeline/extract/lexicon.js";
import { extractGroups } from "../../pipeline/extract/group.js";
import { extractOrganizations, findOrganizationSpans, qualifyOrganization } from "../../pipeline/extract/organization.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import type { ArticleExtraction, Division } from "../../pipeline/records.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { ANJI_WORKSHOPS, articleFixture, GUSHI_CHILDREN } from "./article-fixture.js";

const lexicon = getLexicon();
const anji: Division = { kind: "County", name: "安吉县", code: "330523", city: { name: "湖州市", code: "3305" }, province: { name: "浙江省", code: "33" } };
const yiwu: Division = { kind: "County", name: "义乌市", code: "330782", city: { name: "金华市", code: "3307" }, province: { name: "浙江省", code: "33" } };

/** Names `extractOrganizations` gives for a fixture article that reports on `county`. */
function organisationsIn(text: string, county: Division = anji): string[] {
  const article = articleFixture(text);
  return extractOrganizations(createExtractContext(article, { sentences: splitSentences(article), county })).map((m) => m.name);
}

/** Bodies named in `text` alone: a village's or township's body printed by its level needs the place before it. */
const names = (text: string): string[] =>
  findOrganizationSpans(getSegmenter().tag(text), text, lexicon.organizations, 0, lexicon.common.verbLikeNouns)
    .filter((s) => !s.localLevel)
    .map((s) => text.slice(s.start, s.end));

describe("a county's standing bodies", () => {
  it("names the bodies a county prints by their short names (发展改革委, 人才办, 督查室, 管委会, 大队)", () => {
    expect(organisationsIn("县发展改革委、县委人才办和县政府督查室牵头，县消防救援大队配合。")).toEqual([
      "安吉县发展改革委",
      "安吉县委人才办",
      "安吉县人民政府督查室",
      "安吉县消防救援大队",
    ]);
    expect(organisationsIn("县经济开发区管委会和县金融工作局联合推进。")).toEqual(["安吉县经济开发区管委会", "安吉县金融工作局"]);
    // The offices of a county's standing committees (老龄办 of its 老龄工作委员会, 双拥办, 爱卫办 …).
    expect(organisationsIn("县老龄办、县双拥办和县爱卫办牵头。")).toEqual(["安吉县老龄办", "安吉县双拥办", "安吉县爱卫办"]);
  });

  it("names a county's museums, kindergartens and stations by their place, and no station a verb opens", () => {
    expect(organisationsIn("县档案馆、县实验幼儿园和县畜牧兽医站参与。")).toEqual(["安吉县档案馆", "安吉县实验幼儿园", "安吉县畜牧兽医站"]);
    expect(organisationsIn("县人力资源市场设立零工服务专区。")).toEqual(["安吉县人力资源市场"]);
    expect(organisationsIn("区布设雨量自动监测站42个。")).toEqual([]);
    // A notice's addressees by level (各镇人民政府, 街道办事处) are no body of their own.
    expect(organisationsIn("责任单位：县财政局、各镇人民政府（街道办事处）")).toEqual(["安吉县财政局"]);
  });

  it("names a centre by whom it serves when a level opens it (县青少年活动中心), and by the service number it answers", () => {
    expect(organisationsIn("县青少年活动中心和县12345政务服务便民热线中心开展服务。")).toEqual(["安吉县青少年活动中心", "安吉县12345政务服务便民热线中心"]);
  });
});

describe("a Party committee printed in full", () => {
  it("names 中共X县委员会 the county's 县委 and 中共…X镇委员会 the township's 党委", () => {
    expect(organisationsIn("中共安吉县委员会印发通知。")).toEqual(["安吉县委"]);
    expect(organisationsIn("中共安吉县递铺镇委员会实施“红色头雁”工程。")).toEqual(["递铺镇党委"]);
  });
});

describe("kinds of body every place has many of", () => {
  it("names no body by a kind of school, committee, centre or government with no place, brand or level in it", () => {
    expect(organisationsIn("为寄宿制学校配备生活老师，人民调解委员会调处纠纷，区域性养老服务中心和地方政府参与。")).toEqual([]);
    // A level's treasury is where money comes from, no body at work.
    expect(organisationsIn("争取中央财政补助资金1200万元，省级财政配套300万元。")).toEqual([]);
    // With its place or level it is a body.
    expect(organisationsIn("县寄宿制学校参与。")).toEqual(["安吉县寄宿制学校"]);
    expect(organisationsIn("递铺镇人民调解委员会调处纠纷。")).toEqual([expect.stringMatching(/递铺镇人民调解委员会$/u)]);
  });
});

describe("generic institution words", () => {
  it("names no body by a bare institution word or level, which every county has (派出所, 分公司, 镇政府)", () => {
    expect(names("民警来到派出所，镇政府和镇党委干部参加，移动分公司派员支持。")).toEqual([]);
    expect(names("安吉县公安局递铺派出所民警参加。")).toContain("安吉县公安局");
  });

  it("names a school by its place or level, its ordinal or its kind (县第二中学, 安吉县实验小学, 双溪镇中心小学), not a kind of school", () => {
    expect(organisationsIn("县第二中学、安吉县实验小学和双溪镇中心小学结对，农村小学和中学全部覆盖。")).toEqual([
      "安吉县第二中学",
      "安吉县实验小学",
      "双溪镇中心小学",
    ]);
    // A body printed before a name the tagger does not know keeps its own name (县公安局, not …普集派出所).
    expect(organisationsIn("县公安局普集派出所民警参加。")).toEqual(["安吉县公安局"]);
  });

  it("names no body by a kind every county has, opened by a word for all of a level (乡镇卫生院, 村级卫生室)", () => {
    expect(organisationsIn("县人民医院与22个乡镇卫生院实现远程会诊，村级卫生室全部达标。")).toEqual(["安吉县人民医院"]);
  });

  it("reads an everyday word before a level that the tagger joins to a county's name as no place (会同|县民政局)", () => {
    expect(organisationsIn("县住建局会同县民政局开展隐患排查。")).toEqual(["安吉县住建局", "安吉县民政局"]);
    // 山花|节由县/x|文旅局: the tagger glued a word's last character and 由 to the level.
    expect(organisationsIn("本届山花节由县文旅局主办。")).toEqual(["安吉县文旅局"]);
    // 自治区 is no county's name: the body is the region's, not a 区's.
    expect(organisationsIn("自治区农业农村厅派驻工作队。")).toEqual(["自治区农业农村厅"]);
  });

  it("names no body by a village's or community's level alone (村党支部, 居委会), which every village has", () => {
    expect(organisationsIn("村党支部和居委会组织党员开展志愿服务。")).toEqual([]);
    // …nor by a kind every community or trade has one of, printed alone.
    expect(organisationsIn("依托党群服务中心开展活动，成立行业党支部3个。")).toEqual([]);
    // …nor by every township's and village's (镇村), an item's number before it or not.
    expect(organisationsIn("二是镇村服务站工作人员多为兼职。")).toEqual([]);
    expect(organisationsIn("城区学校大班额全部消除。")).toEqual([]);
    // A verb the tagger takes for a place (新建, of 新建区) opens no name before the level.
    expect(organisationsIn("新建安吉县第二实验小学，新增学位1800个。")).toEqual(["安吉县第二实验小学"]);
    expect(organisationsIn("居民区党总支书记周美玲和街道社区服务办公室主任陈立军介绍。")).toEqual([]);
  });

  it("names a department whose field the tagger holds as a set phrase (自然资源/l, 生态环境/l), with the article's province", () => {
    expect(organisationsIn("省自然资源厅派驻的第一书记到村，省生态环境厅派员指导。")).toEqual(["浙江省自然资源厅", "浙江省生态环境厅"]);
  });

  it("keeps a verb inside a body's name a level opens (县农村供水工程运行管护中心), not a body's doing before another", () => {
    expect(names("县水利局牵头成立了县农村供水工程运行管护中心，县就业服务中心设立服务站。")).toEqual(["县水利局", "县农村供水工程运行管护中心", "县就业服务中心"]);
    expect(names("县教育局实施农村寄宿制学校关爱提升工程。")).toEqual(["县教育局", "农村寄宿制学校"]);
  });

  it("names a body opened by a division's short name with its level as the gazetteer names the division", () => {
    const article = articleFixture("喀左县人力资源和社会保障局联合凉山州教育和体育局开展培训，兖州农商银行提供贷款。", { place: "喀左" });
    const [extraction] = extractCorpus([article]) as [ArticleExtraction];
    expect(extraction.entities.filter((m) => m.kind === "Organization").map((m) => m.name)).toEqual([
      "喀喇沁左翼蒙古族自治县人社局",
      "凉山彝族自治州教体局",
      "兖州农商银行",
    ]);
  });

  it("names a library by its place or level, a county's body without its city, and no library every place has", () => {
    const article = articleFixture("近日，赤峰市翁牛特旗图书馆启动流动图书服务，济宁市嘉祥县民政局参与，全国公共图书馆藏量增长。", { place: "翁牛特" });
    const [extraction] = extractCorpus([article]) as [ArticleExtraction];
    expect(extraction.entities.filter((m) => m.kind === "Organization").map((m) => m.name)).toEqual(["翁牛特旗图书馆", "嘉祥县民政局"]);
  });

  it("names a city's bureau in a county, the county printed short after the city, in full (南充市营山生态环境局)", () => {
    const article = articleFixture("今年以来，南充市营山生态环境局新建村级污水处理设施47座。", { place: "营山" });
    const [extraction] = extractCorpus([article]) as [ArticleExtraction];
    expect(extraction.entities.filter((m) => m.kind === "Organization").map((m) => m.name)).toEqual(["南充市营山生态环境局"]);
  });

  it("reads a name's first part the tagger calls a body (民族宗教/nt|事务局) as part of the name", () => {
    expect(names("都安瑶族自治县民族宗教事务局局长潘永强表示，县民政局财政局联合行动。")).toEqual(["都安瑶族自治县民族宗教事务局", "县民政局", "财政局"]);
  });

  it("names a department of a body printed before its head's title, and reads no group inside it (家庭和儿童工作部)", () => {
    expect(organisationsIn("县妇联家庭和儿童工作部部长李娜介绍，县财政局农业股股长王强说。")).toEqual([
      "安吉县妇联",
      "安吉县财政局",
      "安吉县妇联家庭和儿童工作部",
      "安吉县财政局农业股",
    ]);
    const article = articleFixture("县妇联家庭和儿童工作部部长李娜介绍，活动开展顺利。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article), county: anji });
    ctx.entities.push(...extractOrganizations(ctx));
    expect(extractGroups(ctx).map((m) => m.name)).toEqual([]);
  });

  it("takes no measure word glued after a number for a name's first character (168|个村|卫生室), and no kind of body every place has", () => {
    expect(names("覆盖168个村卫生室，招募骨干教师38名到乡村学校支教。")).toEqual([]);
    expect(names("县人民医院联合12家乡镇卫生院。")).toEqual(["县人民医院", "乡镇卫生院"]);
  });

  it("names a chief system's office the tagger cuts apart (县河|长制|办公室) after its level", () => {
    expect(organisationsIn("县河长制办公室联合县人民检察院建立协作机制，全县河长制办公室系统开展巡查。")).toEqual(["安吉县人民检察院", "安吉县河长制办公室"]);
  });

  it("names a firm whose brand the tagger reads as a word of state or quality (鼎盛/z)", () => {
    expect(names("瑞丰智能装备股份有限公司、诸暨鼎盛光电科技有限公司分别引进人才。")).toEqual(["瑞丰智能装备股份有限公司", "诸暨鼎盛光电科技有限公司"]);
  });

  it("names a firm after a county's short name the tagger calls an attribute or a noun (古交/b, 大理/n)", () => {
    expect(organisationsIn("古交农业发展公司牵头，大理供电公司参与。")).toEqual(["古交农业发展公司", "大理供电公司"]);
  });

  it("names a branch by its parent and a place the tagger takes for something else (中国电信|石阡/nrfg|分公司)", () => {
    expect(organisationsIn("县民政局联合中国电信石阡分公司开通远程问诊服务。")).toContain("中国电信石阡分公司");
  });

  it("names a township's body with the whole township name when the tagger cut its head off (丁家|沟镇, 郭城|驿镇, 柳家|营镇)", () => {
    expect(names("授予丁家沟镇石峡村村民委员会、郭城驿镇人民政府和柳家营镇人民政府称号。")).toEqual([
      "丁家沟镇石峡村村民委员会",
      "郭城驿镇人民政府",
      "柳家营镇人民政府",
    ]);
  });

  it("takes no word the tagger calls a body for one when it only opens a noun after it (党中央|方针政策)", () => {
    expect(organisationsIn("上传党中央方针政策80余篇，推进中央红军长征出发地纪念园提升工程。")).toEqual([]);
  });

  it("knows a county's people's congress and political consultative conference by their short names, as public bodies", () => {
    expect(organisationsIn("今年以来，县政协将民生实事列为协商议题，县人大常委会开展视察。")).toEqual(["安吉县政协", "安吉县人大常委会"]);
    const article = articleFixture("县人大常委会组织视察。");
    const [congress] = extractOrganizations(createExtractContext(article, { sentences: splitSentences(article), county: anji }));
    expect(congress?.attributes?.category).toBe("government");
  });

  it("knows a county's merged culture bureaus and its government-service bureau by their short names", () => {
    expect(organisationsIn("县文广新旅局、县政务服务管理局牵头。")).toEqual(["安吉县文广新旅局", "安吉县政务服务管理局"]);
    // The economy-and-information and data bureaus, which the base dictionary cuts across their neighbours (市经|信局, 局为).
    expect(organisationsIn("县委组织部会同县经信局推行服务专员制度，以县数据资源局为牵头单位。")).toEqual(["安吉县委组织部", "安吉县经信局", "安吉县数据资源局"]);
    expect(organisationsIn("县林草局负责工程规划设计和质量验收。")).toEqual(["安吉县林草局"]);
  });

  it("keeps a township's first character the tagger cut off, a name it knows elsewhere or not (梁|邱镇, 孝|丰镇), but no function word", () => {
    expect(names("梁邱镇中心卫生院、孝丰镇人民政府和城关镇卫生院联合开展义诊。")).toEqual(["梁邱镇中心卫生院", "孝丰镇人民政府", "城关镇卫生院"]);
    expect(names("患者在丰镇卫生院就诊。")).toEqual(["丰镇卫生院"]);
  });

  it("keeps the town's character of a township named after its town, its level printed twice (碗|镇|镇党委)", () => {
    expect(names("碗镇镇党委牵头，碗镇镇人民政府参与。")).toEqual(["碗镇镇党委", "碗镇镇人民政府"]);
    expect(names("枫镇镇党委牵头。")).toEqual(["枫镇镇党委"]);
  });

  it("lets no name run back over a body before what that body does (县财政局|积极争取|地方政府, …公司|合作|建设…加工厂)", () => {
    expect(names("县财政局积极争取地方政府专项债券支持。")).toEqual(["县财政局"]);
    const firms = names("村股份经济合作社与平阳县云岭茶业有限公司合作建设标准化茶叶加工厂。");
    expect(firms).toContain("平阳县云岭茶业有限公司");
    expect(firms.filter((name) => name.includes("合作建设"))).toEqual([]);
  });

  it("opens no name with a preposition the tagger glued to a brand it does not know, wherever the name began (项目|由德润/x|新材…)", () => {
    expect(names("该项目由德润新材全资子公司投资。")).toEqual(["德润新材全资子公司"]);
  });

  it("takes no verb the tagger calls a noun for a township's or body's name (指导|镇|卫生院, 牵线|…大学)", () => {
    expect(names("县卫健局指导镇卫生院开展签约服务。")).not.toContain("指导镇卫生院");
    expect(names("县科技局牵线西北农林科技大学开展攻关。")).toEqual(["县科技局", "西北农林科技大学"]);
    expect(names("组织轮训村委会干部。").filter((name) => name.startsWith("轮训"))).toEqual([]);
  });

  it("opens a firm's name with its city, a division's name the tagger takes for a person's (承德/nr|塞北…有限公司)", () => {
    expect(names("通过公开招标确定承德塞北林业工程有限公司等5家施工单位。")).toEqual(["承德塞北林业工程有限公司"]);
  });

  it("gives townships listed before one whose body is printed that body too (城关镇、新华镇党委)", () => {
    expect(organisationsIn("以大坪镇、石河镇人民政府为实施主体。")).toEqual(expect.arrayContaining(["大坪镇人民政府", "石河镇人民政府"]));
    expect(organisationsIn("由石门乡、白河乡人民政府负责。")).toEqual(expect.arrayContaining(["石门乡人民政府", "白河乡人民政府"]));
    // A body of another kind before the township's shares nothing.
    expect(organisationsIn("县民政局、城关镇人民政府参与。").filter((name) => name.includes("民政局人民政府"))).toEqual([]);
  });

  it("takes no verb the tagger calls a place for a community's name (新建|社区)", () => {
    expect(names("新建社区嵌入式养老服务中心3个。")).not.toContain("新建社区嵌入式养老服务中心");
  });
});

describe("findOrganizationSpans: firms and co-operatives", () => {
  it("names a co-operative in full: its place, its brand, what it grows or raises", () => {
    expect(names("安吉县绿谷白茶种植专业合作社获得贷款")).toEqual(["安吉县绿谷白茶种植专业合作社"]);
    expect(names("德清县丰源水产养殖专业合作社带动农户")).toEqual(["德清县丰源水产养殖专业合作社"]);
    // An unknown word before a government body is no brand.
    expect(names("申请人需向户籍所在地乡镇人民政府申请")).not.toContain("申请人需向户籍所在地乡镇人民政府");
  });

  it("names no firm by its legal form and line of business alone, and names it in full after its place", () => {
    expect(organisationsIn("引导农民专业合作社和农业发展有限公司参与，县农商银行提供贷款。")).toEqual(["安吉县农商银行"]);
    expect(names("依托宏达农业发展有限公司建设基地")).toEqual(["宏达农业发展有限公司"]);
    // Whom a co-operative is of and an idiom of its business are part of a full name.
    expect(names("在庄浪县绿源种养殖农民专业合作社务工")).toEqual(["庄浪县绿源种养殖农民专业合作社"]);
    expect(names("甘肃庄浪县扶贫开发投资有限公司投入资金")).toEqual(["甘肃庄浪县扶贫开发投资有限公司"]);
    // A county's short name, which the tagger calls a noun, names the bank.
    expect(names("联合鱼台农商银行推出信贷产品")).toEqual(["鱼台农商银行"]);
  });

  it("lets no group's words run over a firm named by its type alone", () => {
    const article = articleFixture("召开业主代表、物业服务公司代表座谈会。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article), county: anji });
    ctx.entities.push(...extractOrganizations(ctx));
    expect(ctx.entities).toEqual([]);
    expect(extractGroups(ctx).map((m) => m.name)).not.toContain("服务公司代表");
  });

  it("names the county's government in full whether a paper prints 县政府 or 县人民政府", () => {
    expect(organisationsIn("县政府办公室牵头，县人民政府组织各部门推进。")).toEqual(["安吉县人民政府办公室", "安吉县人民政府"]);
  });

  it("takes no body from a salutation's 各 or a reference's 该", () => {
    expect(organisationsIn("各乡镇人民政府，县直各单位：现将有关事项通知如下。")).toEqual([]);
  });

  it("knows a county's charity federation and foundations", () => {
    expect(organisationsIn("县慈善总会联合安吉县乡村振兴基金会开展助学活动。")).toEqual(["安吉县慈善总会", "安吉县乡村振兴基金会"]);
    // The word alone (该基金会) names none.
    expect(organisationsIn("该基金会成立以来资助学生5200人次。")).toEqual([]);
  });

  it("names a firm or service whose brand the tagger cuts into characters after its county (安吉县|和|美, 安吉县|鑫|盛竹业)", () => {
    expect(names("由安吉县和美居家养老服务中心承接助餐服务")).toEqual(["安吉县和美居家养老服务中心"]);
    expect(names("联合安吉县鑫盛竹业有限责任公司开展培训")).toEqual(["安吉县鑫盛竹业有限责任公司"]);
    expect(names("依托安吉县竹产业实训中心开展培训")).toEqual(["安吉县竹产业实训中心"]);
    // A function word between the county and a body is no brand.
    expect(names("安吉县在居家养老服务中心开展义诊")).toEqual(["居家养老服务中心"]);
  });

  it("names a firm in full after a long autonomous county's name, and past a county name that is an everyday word (资源)", () => {
    expect(names("峨边彝族自治县绿源生态资源开发有限公司成立")).toEqual(["峨边彝族自治县绿源生态资源开发有限公司"]);
    expect(names("大厂回族自治县宏远新型建材科技开发有限公司投产")).toEqual(["大厂回族自治县宏远新型建材科技开发有限公司"]);
  });

  it("names a firm registered under its province's name with a brand the tagger cut (云南|金叶|源|茶业有限公司)", () => {
    expect(names("云南金叶源茶业有限公司与合作社签约，河南绿野源农业有限公司投产。")).toEqual(["云南金叶源茶业有限公司", "河南绿野源农业有限公司"]);
  });

  it("keeps a merged bureau whole when the tagger calls its first field a body (县文化|广播电视/nt|和|旅游局)", () => {
    expect(organisationsIn("县文化广播电视和旅游局牵头开展检查。")).toEqual(["安吉县文化广播电视和旅游局"]);
  });

  it("gives a listed body that prints no level of its own the level of the one before (县民政局和财政局), down the list", () => {
    expect(organisationsIn("县民政局和财政局牵头，县人社局、财政局、农业农村局配合，县委组织部、宣传部参与。")).toEqual([
      "安吉县民政局",
      "安吉县财政局",
      "安吉县人社局",
      "安吉县财政局",
      "安吉县农业农村局",
      "安吉县委组织部",
      "安吉县委宣传部",
    ]);
    // A firm has a name of its own; the League's committee prints its level inside.
    expect(organisationsIn("县民政局和浙江安吉恒康养老服务有限公司签约，县妇联、团县委参与。")).toEqual([
      "安吉县民政局",
      "浙江安吉恒康养老服务有限公司",
      "安吉县妇联",
      "共青团安吉县委",
    ]);
  });

  it("names a centre by the work it does (县茶叶产业|发展|服务中心), a village co-operative after a glued preposition (由塘坳/x)", () => {
    expect(organisationsIn("今年，县茶叶产业发展服务中心新建基地，由塘坳村股份经济合作社统一经营。")).toEqual([
      "安吉县茶叶产业发展服务中心",
      "塘坳村股份经济合作社",
    ]);
    expect(names("加强管理服务中心建设。")).toEqual([]);
    // A conjunction glued to a township's name it does not know (与午/x|汲镇) opens no name either.
    expect(names("县体育局与午汲镇人民政府共同举办篮球赛。")).toEqual(["县体育局", "午汲镇人民政府"]);
  });

  it("opens a township's name with the character the tagger cut from an everyday word (润|城镇)", () => {
    expect(names("同时，润城镇人民政府试点互助养老，在城镇人民政府驻地设点。")).toEqual(["润城镇人民政府"]);
    expect(names("景村镇人民政府组织开展村庄清洁行动。")).toEqual(["景村镇人民政府"]);
  });

  it("names the bodies of Inner Mongolia's 苏木 and 嘎查 by the whole name the tagger cut in pieces", () => {
    expect(names("额尔敦宝力格苏木人民政府组织牧民，满都拉图镇乌兰哈达嘎查股份经济合作社负责运营，查干敖包嘎查党支部牵头。")).toEqual([
      "额尔敦宝力格苏木人民政府",
      "乌兰哈达嘎查股份经济合作社",
      "查干敖包嘎查党支部",
    ]);
  });

  it("names a body printed with its autonomous county's short name and 自治县 by the county's full name", () => {
    const [extraction] = extractCorpus([articleFixture("长阳自治县特困人员供养服务中心负责集中供养。", { place: "长阳" })]);
    expect(extraction!.entities.filter((m) => m.kind === "Organization").map((m) => m.name)).toEqual(["长阳土家族自治县特困人员供养服务中心"]);
  });

  it("names a team a body or a city stations in a place by that body or city (…驻东坪村工作队), and none by its kind alone", () => {
    expect(names("县人社局驻东坪村工作队协调资金，自治区农业农村厅驻村工作队推动庭院经济。")).toEqual(["县人社局驻东坪村工作队", "自治区农业农村厅驻村工作队"]);
    expect(names("联合青岛市东西部协作驻礼县工作组开展消费帮扶。")).toEqual(["青岛市东西部协作驻礼县工作组"]);
    expect(names("驻村工作队入户走访。")).toEqual([]);
  });

  it("names every mention printed by a short form the article defines (（以下简称…）) by the full name", () => {
    const text = "县商务局联合青岛市东西部协作驻礼县工作组（以下简称青岛工作组）实施消费帮扶。青岛工作组安排协作资金2300万元。";
    const [extraction] = extractCorpus([articleFixture(text, { place: "礼县" })]);
    const bodies = extraction!.entities.filter((m) => m.kind === "Organization" && m.surface.startsWith("青岛"));
    expect(bodies.map((m) => [m.surface, m.name])).toEqual([
      ["青岛市东西部协作驻礼县工作组", "青岛市东西部协作驻礼县工作组"],
      ["青岛工作组", "青岛市东西部协作驻礼县工作组"],
      ["青岛工作组", "青岛市东西部协作驻礼县工作组"],
    ]);
  });

  it("finds a defined short form wherever it is printed, even where the tagger cuts across it (县旅文局|面向 → 局面)", () => {
    const text = "县文化广电旅游体育局（以下简称县旅文局）承办开幕式。县旅文局面向游客发放“畅游安吉”消费券100万元。";
    const [extraction] = extractCorpus([articleFixture(text, { place: "安吉" })]);
    const second = extraction!.entities.filter((m) => m.kind === "Organization" && m.sentence === 1);
    expect(second.map((m) => [m.surface, m.name])).toEqual([["县旅文局", "安吉县文化广电旅游体育局"]]);
    const involves = extraction!.relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name}→${r.to.name}`);
    expect(involves).toContain("“畅游安吉”消费券→安吉县文化广电旅游体育局");
  });

  it("names a township's own 文明实践所 after it, and a village's council (红白理事会) only with its village", () => {
    const text = "四都乡新时代文明实践所牵头制定积分办法。陈家铺村红白理事会把新规写入村规民约，乡贤理事会参与调解。";
    const [extraction] = extractCorpus([articleFixture(text, { place: "松阳" })]);
    expect(extraction!.entities.filter((m) => m.kind === "Organization").map((m) => m.name)).toEqual(["松阳县·四都乡新时代文明实践所", "松阳县·陈家铺村红白理事会"]);
  });

  it("takes the Party and the state in general (党和政府, 党和国家) for no body", () => {
    expect(names("感谢党和政府的关怀，不负党和国家的期望。")).toEqual([]);
  });

  it("names a bureau's branch by its bureau and its place (岳阳市生态环境局平江分局), and a 委 by its abbreviation", () => {
    expect(names("岳阳市生态环境局平江分局推进治污。")).toEqual(["岳阳市生态环境局平江分局"]);
    expect(organisationsIn("县文旅委和县住建委联合开展检查。")).toEqual(["安吉县文旅委", "安吉县住建委"]);
  });

  it("names a firm from its province on (浙江|安吉|绿野茶业有限公司), and no body of all schools (所有学校)", () => {
    expect(names("浙江安吉绿野茶业有限公司设立加工车间。")).toEqual(["浙江安吉绿野茶业有限公司"]);
    expect(names("递铺镇所有学校开展宣传。")).toEqual([]);
  });

  it("names a bureau printed in full and by its abbreviation as one body, and a society of whom it serves", () => {
    expect(organisationsIn("县市场监管局联合县市场监督管理局，县残疾人联合会参加。")).toEqual(["安吉县市场监管局", "安吉县市场监管局", "安吉县残联"]);
    // A brigade of the bureau is a body of its own.
    expect(organisationsIn("县市场监督管理局稽查大队开展检查。")).toEqual(["安吉县市场监督管理局稽查大队"]);
    // A society's people need its level or place: 志愿者服务队 names none.
    expect(organisationsIn("组织志愿者服务队开展活动。")).toEqual([]);
  });

  it("names a group's company in a county after the group, and a brand the tagger reads as a place after its county", () => {
    expect(names("委托浙江交投建设集团安吉有限公司实行运营。")).toEqual(["浙江交投建设集团安吉有限公司"]);
    expect(organisationsIn("联合安吉县达香堂竹业有限公司开发岗位。")).toEqual(["安吉县达香堂竹业有限公司"]);
    // A river's name the tagger reads as a place (乌江|源|茶业…) opens the brand, after the county.
    expect(organisationsIn("协调安吉县乌江源茶业有限公司出资设立助学金。")).toEqual(["安吉县乌江源茶业有限公司"]);
  });

  it("leaves the verb a sentence does with a bank out of the bank's name (协调|太和/nz|农村商业银行)", () => {
    expect(organisationsIn("加大创业扶持。协调太和农村商业银行推出信贷产品。")).toEqual(["太和农村商业银行"]);
  });

  it("names a firm after its county when the tagger cut its line of business across a word (生物质能|源)", () => {
    expect(organisationsIn("项目由安吉县丰泽生物质能源有限公司建设运营。")).toEqual(["安吉县丰泽生物质能源有限公司"]);
  });

  it("names a village's known body with its village, a county's own one with the county, and no kind alone", () => {
    expect(organisationsIn("在孝丰镇横溪村新时代文明实践站，村民兑换物品。")).toEqual(["孝丰镇横溪村新时代文明实践站"]);
    expect(organisationsIn("该县以新时代文明实践中心建设为抓手，建成新时代文明实践站126个、儿童之家30个。")).toEqual(["安吉县新时代文明实践中心"]);
  });

  it("keeps a village name's first character the tagger reads as a numeral (万|古寺|村)", () => {
    expect(organisationsIn("食堂由万古寺村村委会牵头。")).toEqual(["万古寺村村委会"]);
  });

  it("names a village's or township's body printed by its level after the place the sentence names before it", () => {
    expect(organisationsIn("在横溪村，村党支部牵头成立议事会。")).toEqual(["横溪村党支部"]);
    expect(organisationsIn("递铺镇敬老院由镇政府运营，每个村党支部都派人参加。")).toEqual(["递铺镇敬老院", "递铺镇人民政府"]);
    // Printed in full by its level alone, it is the township's named before, and none without one.
    expect(organisationsIn("在孝丰镇，镇人民政府整合资金。")).toEqual(["孝丰镇人民政府"]);
    expect(organisationsIn("镇人民政府整合资金。")).toEqual([]);
    expect(organisationsIn("村党支部书记王强带头领办合作社。")).toEqual([]);
    // So is its health centre, nursing home or service centre, which every township has one of.
    expect(organisationsIn("在孝丰镇，镇卫生院组织义诊，镇敬老院开放。")).toEqual(["孝丰镇卫生院", "孝丰镇敬老院"]);
    expect(organisationsIn("镇卫生院组织义诊，社区卫生服务中心和镇政务服务中心设立窗口。")).toEqual([]);
  });

  it("takes no verb phrase the tagger calls a body (大力开展/nt) for one", () => {
    expect(organisationsIn("今年以来，该县大力开展技能培训，深入实施就业帮扶。")).toEqual([]);
  });

  it("names a co-operative whose brand is printed in quotes", () => {
    expect(organisationsIn("村党支部领办“溪口山居”农产品专业合作社，吸纳社员80户。")).toEqual(["“溪口山居”农产品专业合作社"]);
  });

  it("names research institutes (研究院, 研究所) after their place", () => {
    expect(organisationsIn("县里与省农业科学研究院共建浙江安吉白茶产业技术研究院。")).toEqual(["浙江省农业科学研究院", "浙江安吉白茶产业技术研究院"]);
  });

  it("files a media centre named in the text under media, as the outlet its pages credit", () => {
    const article = articleFixture("县融媒体中心记者在现场看到，群众排起长队。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article), county: anji });
    expect(extractOrganizations(ctx).map((m) => [m.name, m.attributes?.category])).toEqual([["安吉县融媒体中心", "media"]]);
  });

  it("names the bodies a speaker names, but none inside a quoted name", () => {
    expect(organisationsIn("“县人社局办的培训我参加了，学了手艺。”村民说。")).toEqual(["安吉县人社局"]);
    expect(organisationsIn("打造“县民政局服务中心”品牌。")).toEqual([]);
    // The tagger's body for a kind of processing is none.
    expect(organisationsIn("果汁等深加工产品销往全国。")).toEqual([]);
  });

  it("names a branch by its parent body, then its place", () => {
    expect(names("中国电信安吉分公司开通宽带")).toEqual(["中国电信安吉分公司"]);
    expect(names("建设银行安吉支行发放贷款")).toEqual(["建设银行安吉支行"]);
    // A national firm the tagger cuts into nouns after 中国 (中国|人寿|财险) is the parent all the same.
    expect(names("联合中国人寿财险德清县支公司推出保险")).toEqual(["中国人寿财险德清县支公司"]);
    // …and a national insurer's short name.
    expect(names("人保财险德清县支公司承保茶叶种植保险")).toEqual(["人保财险德清县支公司"]);
  });

  it("knows a county's troupe, teaching research office, supply co-operative, farmers' school and site offices, with their place, and no bare kind of them", () => {
    expect(names("德清县民族歌舞团送戏下乡，德清县教研室组织培训")).toEqual(["德清县民族歌舞团", "德清县教研室"]);
    // …and its supply-and-marketing co-operative, farmers' broadcasting school and the offices that manage a site.
    expect(names("德清县供销社、德清县农广校开展培训，德清县烈士陵园管理所负责管护")).toEqual(["德清县供销社", "德清县农广校", "德清县烈士陵园管理所"]);
    expect(organisationsIn("国有林场开展造林，歌舞团演出，供销社收购。")).toEqual([]);
  });

  it("knows a province's departments and a county's rural credit co-operative by their whole names", () => {
    expect(names("浙江省退役军人事务厅、浙江省人社厅表彰先进")).toEqual(["浙江省退役军人事务厅", "浙江省人社厅"]);
    expect(names("德清县农村信用合作联社推出“茶农贷”")).toEqual(["德清县农村信用合作联社"]);
  });

  it("names a co-operative whose brand the tagger cuts apart after its village (东风村|绿源|茶|种植…合作社)", () => {
    expect(names("城关镇东风村绿源茶种植专业合作社成立。")).toEqual(["东风村绿源茶种植专业合作社"]);
    // The tail of a village name cut from its township's level (排调|镇南|岑村) names nothing rather than a wrong name.
    expect(names("排调镇南岑村绿源茶种植专业合作社成立。").filter((name) => name.includes("岑村"))).toEqual([]);
  });

  it("names a firm with its legal form after a body's word (…农村商业银行|股份有限公司)", () => {
    expect(names("浙江德清农村商业银行股份有限公司推出“茶农贷”。")).toEqual(["浙江德清农村商业银行股份有限公司"]);
  });
});

describe("findOrganizationSpans", () => {
  it("extends a suffix to the left until a place or level opens the name", () => {
    expect(names("依托社区党群服务中心开展活动")).toEqual(["社区党群服务中心"]);
    // A word that brings in a partner (会同, 协同, 携手, 委托) ends the name before it, whichever word the tagger makes of it.
    expect(names("县学生资助管理中心会同国家开发银行甘肃省分行开展贷款")).toEqual(["县学生资助管理中心", "国家开发银行甘肃省分行"]);
    expect(names("固始县民政局牵头")).toEqual(["固始县民政局"]);
    expect(names("县委人才工作领导小组办公室制定台账")).toEqual(["县委人才工作领导小组办公室"]);
    // A leading group named by the work it leads, when a place opens it; without one, the group's own words only.
    expect(names("安吉县农村人居环境整治工作领导小组召开调度会")).toEqual(["安吉县农村人居环境整治工作领导小组"]);
    expect(names("德清县双拥工作领导小组办公室组织慰问")).toEqual(["德清县双拥工作领导小组办公室"]);
    expect(names("双拥工作领导小组办公室组织慰问")).toEqual(["领导小组办公室"]);
  });

  it("knows the short forms of county commissions and mass organisations", () => {
    expect(organisationsIn("县卫生健康委相关负责人介绍签约情况。县残联联合县总工会开展慰问，团县委组织青年志愿者参与。")).toEqual([
      "安吉县卫健委",
      "安吉县残联",
      "安吉县总工会",
      "共青团安吉县委",
    ]);
    // 县总工会 is one dictionary word; 市政局 is 市政 + 局, not 市 + 政局.
    expect(organisationsIn("县公安局联合市政局开展道路整治。")).toEqual(["安吉县公安局", "市政局"]);
  });

  it("keeps verbs inside a bureau's name when a level opens it, and stops before them otherwise", () => {
    const found = organisationsIn("县应急管理局联合县市场监督管理局开展检查，县综合行政执法局参与。会议要求加强应急管理局建设。");
    expect(found.slice(0, 3)).toEqual(["安吉县应急管理局", "安吉县市场监管局", "安吉县综合行政执法局"]);
    expect(found.filter((name) => name.includes("加强"))).toEqual([]);
  });

  it("reads past a generic word tagged as a place to the level that opens the name (区城市管理局)", () => {
    const siming: Division = { kind: "County", name: "思明区", code: "350203", city: { name: "厦门市", code: "3502" }, province: { name: "福建省", code: "35" } };
    expect(organisationsIn("各街道联合区城市管理局开展整治。济宁市城市管理局派员指导。", siming)).toEqual(["思明区城市管理局", "济宁市城市管理局"]);
  });

  it("does not take a building or electing verb into the name of a body", () => {
    // (中小学校 alone is a kind of body every county has, no body: the verb check needs a named school.)
    expect(names("新建改扩建县实验学校，新建改扩建中小学校28所")).toEqual(["县实验学校"]);
    expect(names("扩建县人民医院住院楼")).toEqual(["县人民医院"]);
    expect(names("回到家乡，被选为红旗村党支部书记")).toEqual(["红旗村党支部"]);
  });

  it("knows the county's public health bodies", () => {
    expect(names("县妇幼保健院为儿童免费体检")).toEqual(["县妇幼保健院"]);
    expect(names("县疾病预防控制中心开展流调")).toEqual(["县疾病预防控制中心"]);
  });

  it("reads 和 inside a bureau's name that a level opens, and not between two bodies", () => {
    expect(names("昭觉县教育体育和科学技术局为幼教点配备辅导员")).toEqual(["昭觉县教育体育和科学技术局"]);
    expect(names("县民政局和财政局联合督导")).toEqual(["县民政局", "财政局"]);
    expect(names("加强教育和管理中心建设")).toEqual(["管理中心"]);
  });

  it("opens a township or village body with the place name the tagger does not know", () => {
    expect(names("县林业局联合河田镇政府推行林长制")).toEqual(["县林业局", "河田镇政府"]);
    expect(names("玉潭街道办事处牵头")).toEqual(["玉潭街道办事处"]);
    expect(names("在砀山县良梨镇卫生院就诊")).toEqual(["良梨镇卫生院"]);
    // The segmenter cuts 镇 off as a word of its own: 大桥|镇|卫生院.
    expect(names("大桥镇卫生院为群众体检")).toEqual(["大桥镇卫生院"]);
    // Only before a township or village level: an unknown word before a county bureau stays out.
    expect(names("嘎查县民政局")).toEqual(["县民政局"]);
  });

  it("keeps the abbreviated names of county departments whole (文旅局, 发改局, 住建局)", () => {
    expect(organisationsIn("县文旅局联合县人社局开展培训。县发改局、县财政局、县住建局、县农业农村局参加会议。")).toEqual(
      ["文旅局", "人社局", "发改局", "财政局", "住建局", "农业农村局"].map((name) => `安吉县${name}`),
    );
  });

  it("keeps merged bureaus and commissions whole (教育科技局, 教育和体育局, 农业农村委)", () => {
    expect(organisationsIn("县教育科技局和县教育和体育局开展检查。")).toEqual(["安吉县教育科技局", "安吉县教体局"]);
    // Chongqing's counties call the agriculture bureau a commission.
    expect(organisationsIn("县农业农村委相关负责人介绍。")).toEqual(["安吉县农业农村委"]);
  });

  it("names the Youth League's committee of a place in full (共青团宁都县委)", () => {
    expect(names("共青团宁都县委联合县民政局开展活动")).toEqual(["共青团宁都县委", "县民政局"]);
    expect(names("共青团汝州市委组织志愿者")).toEqual(["共青团汝州市委"]);
    // The tagger calls some short county names nouns (长子/n) and cuts a full name from its 委 (临沭县|委).
    expect(names("共青团长子县委联合县教育局开展活动")).toEqual(["共青团长子县委", "县教育局"]);
    expect(names("共青团临沭县委联合县民政局")).toEqual(["共青团临沭县委", "县民政局"]);
  });

  it("names the Youth League's committee printed by its level as the county's or city's, one node with its full name (团县委 → 共青团安吉县委)", () => {
    expect(organisationsIn("团县委联合县教育局开展活动，县团委组织志愿者参与。共青团安吉县委表示将持续推进。")).toEqual([
      "共青团安吉县委",
      "安吉县教育局",
      "共青团安吉县委",
      "共青团安吉县委",
    ]);
    // A county-level city's League committee is the city's (团市委 of 义乌市).
    expect(organisationsIn("团市委联合市妇联开展活动。", yiwu)).toEqual(["共青团义乌市委", "义乌市妇联"]);
  });

  it("reads no department where the tagger reads an everyday word (县人大常委会组织|部分代表), and no Party branch named by its kind alone", () => {
    expect(organisationsIn("县人大常委会组织部分代表开展视察。县委组织部牵头开展培训。")).toEqual(["安吉县人大常委会", "安吉县委组织部"]);
    expect(organisationsIn("县人大代表、党总支书记应建华在调研中发现，党支部成员都很支持。")).toEqual([]);
  });

  it("names a body of its kind counted after a number, Inner Mongolia's townships and villages alike, no one body (14个村股份经济合作社, 苏木乡镇)", () => {
    expect(organisationsIn("全镇已有14个村股份经济合作社签订协议。苏木乡镇人民政府汇总后报送，嘎查村民委员会核实。")).toEqual([]);
  });

  it("names the League's committee printed in full as printed short (共青团博罗县委员会 → 共青团博罗县委), and a tax office by its county", () => {
    const boluo: Division = { kind: "County", name: "博罗县", code: "441322", city: { name: "惠州市", code: "4413" }, province: { name: "广东省", code: "44" } };
    expect(organisationsIn("共青团博罗县委员会联合国家税务总局博罗县税务局开展宣传，县税务局参与。", boluo)).toEqual([
      "共青团博罗县委",
      "博罗县税务局",
      "博罗县税务局",
    ]);
  });

  it("knows the county Party organs printed in short form (纪委监委, 网信办, 编办)", () => {
    expect(organisationsIn("县纪委监委联合县委社会工作部、县委网信办、县委编办开展督查。县融媒体中心、县人民法院参加。")).toEqual(
      ["县纪委监委", "县委社会工作部", "县委网信办", "县委编办", "县融媒体中心", "县人民法院"].map((name) => `安吉${name}`),
    );
  });

  it("takes no body from a meeting headline's joining word (召开…暨…推进会)", () => {
    expect(organisationsIn("临夏县召开乡村振兴暨东西部协作工作推进会。会议听取了工作汇报。")).toEqual([]);
  });

  it("names a branch by its parent body, of the parent's kind (…科学院…分院, 县人民医院…分院)", () => {
    const article = articleFixture("县农技中心与山西省农业科学院高寒区作物研究所、吉林省农业科学院通化分院合作，县中医院城北分院同步开诊。");
    const mentions = extractOrganizations(createExtractContext(article, { sentences: splitSentences(article), county: anji }));
    expect(mentions.map((m) => [m.name, m.attributes?.category])).toEqual(
      expect.arrayContaining([
        ["吉林省农业科学院通化分院", "education"],
        ["安吉县中医院城北分院", "health"],
      ]),
    );
    expect(mentions.map((m) => m.name)).not.toContain("通化分院");
  });

  it("names a township's bodies printed by its level alone (镇党委、镇政府, 镇文化站) after the one township the headline is about", () => {
    const text = "近年来，镇党委、镇政府深入开展“美丽庭院”创建。镇文化站组建培训班，镇村两级干部参与。";
    const about = (title: string) => {
      const article = articleFixture(text, { title });
      return extractOrganizations(createExtractContext(article, { sentences: splitSentences(article), county: anji })).map((m) => m.name);
    };
    expect(about("孝丰镇：庭院美起来 日子火起来")).toEqual(["孝丰镇党委", "孝丰镇人民政府", "孝丰镇文化站"]);
    // A sub-district's bodies too; printed alone under no sub-district, they name none.
    expect(organisationsIn("今年以来，街道党工委坚持党建引领，街道办事处牵头排查。")).toEqual([]);
    // A headline about two townships, or about the county, names none of them.
    expect(about("天子湖镇和孝丰镇：庭院美起来")).toEqual([]);
    expect(about("安吉县推进美丽庭院创建")).toEqual([]);
  });

  it("names a commission by the work it develops (文化和旅游发展委员会), as a centre is", () => {
    expect(organisationsIn("区文化和旅游发展委员会承办，县旅游发展委员会协办。")).toEqual(["区文化和旅游发展委员会", "安吉县旅游发展委员会"]);
  });

  it("names law and accounting firms (事务所) by their brand, a kind alone by none, and reads 卫生健康委 as one word", () => {
    expect(organisationsIn("组织浙江天平律师事务所等5家律师事务所参与，县卫生健康委在各乡镇设点。")).toEqual(["浙江天平律师事务所", "安吉县卫健委"]);
  });

  it("opens no body's name with what a county does to bodies of a kind (培育|扶持|引进…合作社), nor names a partnership's kind (联合体)", () => {
    expect(organisationsIn("阿荣旗培育农机专业合作社42家，扶持家庭农场120家，引进山东鲁丰种业有限公司。")).toEqual(["山东鲁丰种业有限公司"]);
    expect(organisationsIn("县里组建肉牛产业创新联合体，吸纳龙头企业8家。")).toEqual([]);
  });

  it("ignores words that only end like a suffix", () => {
    expect(names("形成共建共享新格局")).toEqual([]);
    expect(names("推动基层党组织全覆盖")).toEqual([]);
  });
});

describe("qualifyOrganization", () => {
  it("qualifies a bare county, city or province level with the article's divisions", () => {
    expect(qualifyOrganization("县委组织部", "县委组织部", anji, lexicon.organizations)).toBe("安吉县委组织部");
    expect(qualifyOrganization("市老年大学", "市", anji, lexicon.organizations)).toBe("湖州市老年大学");
    expect(qualifyOrganization("市委两新工委", "市委", yiwu, lexicon.organizations)).toBe("义乌市委两新工委");
    expect(qualifyOrganization("省委老干部局", "省委老干部局", anji, lexicon.organizations)).toBe("浙江省委老干部局");
  });

  it("keeps the level of a county of one character before its committee's 委 (攸县县委, not 攸县委)", () => {
    const youxian: Division = { kind: "County", name: "攸县", code: "430223", city: { name: "株洲市", code: "4302" }, province: { name: "湖南省", code: "43" } };
    expect(qualifyOrganization("县委社会工作部", "县委", youxian, lexicon.organizations)).toBe("攸县县委社会工作部");
    expect(qualifyOrganization("县民政局", "县", youxian, lexicon.organizations)).toBe("攸县民政局");
  });

  it("leaves names that open with a word, a place or no level alone", () => {
    expect(qualifyOrganization("市场监督管理局", "市场", anji, lexicon.organizations)).toBe("市场监督管理局");
    expect(qualifyOrganization("业主委员会", "业主", anji, lexicon.organizations)).toBe("业主委员会");
    expect(qualifyOrganization("县委组织部", "县委组织部", undefined, lexicon.organizations)).toBe("县委组织部");
  });
});

describe("extractOrganizations", () => {
  it("keeps the printed surface and qualifies the canonical name", () => {
    const ctx = createExtractContext(ANJI_WORKSHOPS, { sentences: splitSentences(ANJI_WORKSHOPS), county: anji });
    const mentions = extractOrganizations(ctx);
    expect(mentions).toContainEqual(expect.objectContaining({ name: "安吉县委组织部", surface: "县委组织部", attributes: { category: "party" } }));
    // 共富工坊 is a programme brand, not a body.
    expect(mentions.map((m) => m.name)).not.toContain("共富工坊");
  });

  it("resolves organisation aliases", () => {
    const article = articleFixture("社区指导小区选举成立业委会。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    expect(extractOrganizations(ctx).map((m) => m.name)).toEqual(["业主委员会"]);
  });

  it("matches listed body types the segmenter splits apart, named by the place printed before them", () => {
    const article = articleFixture("昌乐县依托城关街道五一社区新时代文明实践站开设课堂。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    expect(extractOrganizations(ctx).map((m) => m.name)).toEqual(["城关街道五一社区新时代文明实践站"]);
  });

  it("finds the bureau of a Henan report", () => {
    const ctx = createExtractContext(GUSHI_CHILDREN, { sentences: splitSentences(GUSHI_CHILDREN) });
    expect(extractOrganizations(ctx).map((m) => m.name)).toContain("固始县民政局");
  });
});
