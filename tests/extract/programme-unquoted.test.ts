import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../pipeline/extract/context.js";
import { getLexicon } from "../../pipeline/extract/lexicon.js";
import { mergeSameCoreProgrammes, mergeWorkWithItsObject } from "../../pipeline/extract/programme-merge.js";
import { findUnquotedProgrammes, longestHeadAtEnd } from "../../pipeline/extract/programme-unquoted.js";
import { extractProgrammes, findProgrammeNames } from "../../pipeline/extract/programme.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import type { EntityMention } from "../../pipeline/records.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { articleFixture } from "./article-fixture.js";

const lexicon = getLexicon().programmes;
const unquoted = (text: string): string[] => findUnquotedProgrammes(text, getSegmenter().tag(text), lexicon).map((c) => c.name);
const names = (text: string): string[] => findProgrammeNames(text, getSegmenter().tag(text), lexicon).map((c) => c.name);

describe("unquoted programme names", () => {
  it("takes a launch verb + named scheme + head noun that stands alone", () => {
    expect(unquoted("该县全面实施农村人居环境整治提升行动，改厕2100户。")).toEqual(["农村人居环境整治提升行动"]);
    expect(unquoted("市里启动高素质农民培育计划，培训学员600人。")).toEqual(["高素质农民培育计划"]);
    expect(unquoted("镇上建立返乡创业人才库，收录人才300名。")).toEqual(["返乡创业人才库"]);
    expect(unquoted("区里推行信访问题源头治理机制和包案制度。")).toEqual(["信访问题源头治理机制"]);
  });

  it("takes a subsidy or policy put in force, named whole, and a second one joined to it with the same head", () => {
    expect(unquoted("全旗全面落实第三轮草原生态保护补助奖励政策，禁牧面积186万亩。")).toEqual(["第三轮草原生态保护补助奖励政策"]);
    expect(unquoted("县残联落实困难残疾人生活补贴和重度残疾人护理补贴，惠及3200人。")).toEqual(["困难残疾人生活补贴", "重度残疾人护理补贴"]);
    expect(unquoted("县教育局落实家庭经济困难学生资助政策，资助学生1.2万人次。")).toEqual(["家庭经济困难学生资助政策"]);
    // Everyday policies are no names, and a quoted slogan before 政策 names none.
    expect(unquoted("我县认真落实各项惠民政策。")).toEqual([]);
    expect(names("实现由“人找政策”向“政策找人”转变。")).toEqual([]);
    // A headline over its subheadline says what a county did; it is no table row naming a project (the
    // subsidy it pays out is one).
    expect(unquoted("崇仁县发放春节一次性生活补贴 惠及困难群众3万余人")).toEqual(["春节一次性生活补贴"]);
    expect(unquoted("崇仁县农村道路提升工程 全线完工通车")).toEqual([]);
  });

  it("takes the programme a plan adopted as a document names, without its division, year and plan ending", () => {
    expect(unquoted("会议审议通过了《永和县城乡居民增收三年行动实施方案（2024—2026年）》。")).toEqual(["城乡居民增收三年行动"]);
    expect(unquoted("会议原则同意《永和县2024年农村道路提升工程实施方案》。")).toEqual(["农村道路提升工程"]);
    // An action plan names its action (…三年行动|方案), a quoted part of the name included.
    expect(unquoted("会议审议通过《永和县农村人居环境整治三年行动方案》。")).toEqual(["农村人居环境整治三年行动"]);
    expect(names("会议审议通过《永和县村级集体经济“强村富民”三年行动方案》。")).toEqual(["村级集体经济“强村富民”三年行动"]);
    // A title that is a programme's name needs no plan ending; a policy's title does (it may be the law itself).
    expect(unquoted("该县以《藤茶产业振兴三年行动》为主线，学习《农机购置补贴政策》。")).toEqual(["藤茶产业振兴三年行动"]);
    // A title that names no programme head, or only a law or a statement of measures no division or year opens, gives none.
    expect(unquoted("出台《关于支持人才创新创业的十二条措施》，学习《乡村振兴促进法》。")).toEqual([]);
  });

  it("takes an investment project named by its yearly output, figures and all", () => {
    expect(unquoted("其中，某某科技有限公司年产8万吨有机肥项目已投产，年加工20万头生猪项目正在建设。")).toEqual([
      "年产8万吨有机肥项目",
      "年加工20万头生猪项目",
    ]);
    expect(unquoted("全县年产粮食45万吨。")).toEqual([]);
  });

  it("takes a local policy a county issues as a document, named by its whole title, and no title cut short", () => {
    expect(unquoted("县政府出台《永和县支持返乡创业十条措施》，按照《措施》兑现补贴。")).toEqual(["《永和县支持返乡创业十条措施》"]);
    expect(unquoted("会议审议通过《2025年永和县肉羊产业扶持办法》。")).toEqual(["《2025年永和县肉羊产业扶持办法》"]);
    expect(unquoted("学习《中华人民共和国农业技术推广法》。")).toEqual([]);
    // A title without its county's name, which the county or its body is said to issue.
    expect(unquoted("日前，县人社局联合县财政局印发《关于支持高校毕业生就业创业的若干措施》。")).toEqual(["《关于支持高校毕业生就业创业的若干措施》"]);
    expect(unquoted("省人社厅印发《关于支持高校毕业生就业创业的若干措施》。")).toEqual([]);
  });

  it("takes a subsidy a report names twice with no verb that launches it, and not one named once in passing", () => {
    const programmesOf = (text: string) => {
      const article = articleFixture(text, { title: "" });
      return extractProgrammes(createExtractContext(article, { sentences: splitSentences(article) })).map((m) => m.name);
    };
    expect(programmesOf("我县将独生子女父母奖励补助发放范围扩大到农村居民。符合条件的家庭可叠加享受独生子女父母奖励补助。")).toEqual([
      "独生子女父母奖励补助",
      "独生子女父母奖励补助",
    ]);
    expect(programmesOf("村民可享受农机购置报废更新补贴。今年全县发放各类补贴3200万元。")).toEqual([]);
    // One the clause says is given (给予) is a programme printed once, and a word of its field names it.
    expect(programmesOf("对社区助餐点按每份2元给予配餐补贴，对失能老人给予适当补助。")).toEqual(["配餐补贴"]);
  });

  it("takes a subsidy paid out (发放, 兑现) as the policy it puts in force, and nothing else paid out", () => {
    expect(unquoted("县民政局按时足额发放困难残疾人生活补贴和重度残疾人护理补贴，上半年共发放补贴资金2860万元。")).toEqual(["困难残疾人生活补贴", "重度残疾人护理补贴"]);
    expect(unquoted("为企业兑现一次性吸纳就业补贴64万元，为困难群众发放爱心助学礼包。")).toEqual(["一次性吸纳就业补贴"]);
    // A subsidy granted (给予) or applied for (申领) is in force too; an amount or a manner granted names none.
    expect(unquoted("对吸纳脱贫劳动力的企业给予一次性岗位补贴3000元，个人可申领技能提升补贴。")).toEqual(["一次性岗位补贴", "技能提升补贴"]);
    expect(unquoted("对符合条件的农户给予适当补助，给予每户2000元补贴。")).toEqual([]);
  });

  it("takes a project a progress report opens a sentence with as the subject of its start, cost or plan", () => {
    expect(unquoted("沙河堤防加固工程于今年4月开工，总投资6200万元。")).toEqual(["沙河堤防加固工程"]);
    expect(unquoted("此外，北山小流域综合治理项目计划治理面积18平方公里。")).toEqual(["北山小流域综合治理项目"]);
    // In a clause of its own too (…，其中…项目投资…).
    expect(unquoted("全县治理水土流失面积42平方公里，其中南河生态清洁小流域建设项目投资980万元。")).toEqual(["南河生态清洁小流域建设项目"]);
    // How it goes, or what is being done on it.
    expect(unquoted("城西污水处理厂提标改造项目进展顺利。")).toEqual(["城西污水处理厂提标改造项目"]);
    expect(unquoted("北环路雨污分流工程正在加紧施工。")).toEqual(["北环路雨污分流工程"]);
    // A word of reference, a count or a kind opens no name; 计划 is a verb there (该服务计划覆盖…).
    expect(unquoted("该项目由县水利局组织实施。一批项目已开工。年内该服务计划覆盖46个村。")).toEqual([]);
  });

  it("takes the projects a body completes (完成…项目11座) as programmes, and no task", () => {
    expect(unquoted("县水务局完成病险水库除险加固项目11座，完成农村户厕改造2000户，完成年度目标任务。")).toEqual(["病险水库除险加固项目", "农村户厕改造"]);
  });

  it("takes a comprehensive clean-up (综合治理), an alliance (党建联盟) and what a county hastens to build (加快…平台建设)", () => {
    expect(unquoted("县水利局实施库区水土流失综合治理，组建产业链党建联盟11个，加快智慧水务平台建设。")).toEqual([
      "库区水土流失综合治理",
      "产业链党建联盟",
      "智慧水务平台建设",
    ]);
    expect(unquoted("加快发展步伐。")).toEqual([]);
  });

  it("takes a training class a county holds, named (举办…专题培训班), and none of two characters (电商培训班)", () => {
    expect(unquoted("今年举办农村致富带头人专题培训班4期。举办电商培训班3期。")).toEqual(["农村致富带头人专题培训班"]);
  });

  it("takes a named special inspection or clean-up (专项检查, 专项治理) as a campaign, a bare one as none", () => {
    expect(unquoted("县卫健局开展医疗机构消毒质量专项检查，县纪委开展惠民资金专项治理。")).toEqual(["医疗机构消毒质量专项检查", "惠民资金专项治理"]);
    expect(unquoted("同时对辖区药店开展专项检查。")).toEqual([]);
    // A general inspection or clean-up (大检查, 大排查), two fields under one head too.
    expect(unquoted("县安委办开展冬季安全生产和消防安全大检查，检查企业120家。")).toEqual(["冬季安全生产和消防安全大检查"]);
  });

  it("takes a name that opens with a list of who or which levels (家庭、学校、社会协同育人机制)", () => {
    expect(unquoted("县教育局建立家庭、学校、社会协同育人机制，推行县、乡、村三级河长巡河制度。")).toEqual(["家庭、学校、社会协同育人机制", "县、乡、村三级河长巡河制度"]);
    // Not the items of a list of work, which goes on after the one with a head.
    expect(unquoted("重点实施雨污分流、管网改造、外墙保温、加装电梯等内容。")).toEqual([]);
    expect(unquoted("开展走访、慰问、帮扶工作，实施道路、桥梁等工程。")).toEqual([]);
    // Items that end in a head are names of their own, not who a name opens with.
    expect(unquoted("对引进人才发放安家补贴、生活补贴。")).toEqual([]);
    // 起 completes the verb of a lead's mechanism (构建起…体系).
    const lead = articleFixture("今年以来，安吉县构建起县、乡镇、村三级河长体系，实现河湖管护全覆盖。", { place: "安吉" });
    const ctx = createExtractContext(lead, { sentences: splitSentences(lead) });
    expect(extractProgrammes(ctx).map((m) => m.name)).toEqual(["县、乡镇、村三级河长体系"]);
  });

  it("takes each lever a sentence names, a joiner inside one that follows no head included", () => {
    expect(unquoted("县教育局以“县中振兴”行动和义务教育薄弱环节改善与能力提升工程为抓手，推动均衡发展。")).toEqual(["义务教育薄弱环节改善与能力提升工程"]);
    expect(unquoted("以紧密型县域医共体建设为抓手，推动资源下沉。")).toEqual(["紧密型县域医共体建设"]);
  });

  it("takes no new kind of something for a name (开展新技术新项目, 探索乡村振兴新模式)", () => {
    expect(unquoted("县人民医院开展新技术新项目23项。")).toEqual([]);
    expect(unquoted("县里实施新一轮农村电网改造工程。")).toEqual(["新一轮农村电网改造工程"]);
    const lead = articleFixture("今年以来，我县积极探索乡村振兴新模式，推动产业发展。", { place: "安吉" });
    const ctx = createExtractContext(lead, { sentences: splitSentences(lead) });
    expect(extractProgrammes(ctx).map((m) => m.name)).toEqual([]);
  });

  it("takes a points supermarket a township launches without quotes (推出山乡文明积分超市), not a shop", () => {
    expect(unquoted("镇里还推出山乡文明积分超市，覆盖13个行政村。")).toEqual(["山乡文明积分超市"]);
    expect(unquoted("村里开办大型超市。")).toEqual([]);
  });

  it("takes pilots, special clean-ups and renovations a county carries out", () => {
    expect(unquoted("县生态环境局推进农村黑臭水体治理试点，县公安局开展道路交通安全专项整治，县住建局实施农房抗震改造。")).toEqual([
      "农村黑臭水体治理试点",
      "道路交通安全专项整治",
      "农房抗震改造",
    ]);
    // A year opens no name.
    expect(unquoted("县里实施今年农房改造。")).toEqual([]);
    // Concentrated rectifications and special clean-ups, two fields one of them governs too.
    expect(unquoted("县纪委监委开展惠民资金和集体资产集中整治，县农业农村局开展农村集体资产专项清理。")).toEqual([
      "惠民资金和集体资产集中整治",
      "农村集体资产专项清理",
    ]);
  });

  it("takes two fields one head governs (…和…专项整治), but not the last item of a list", () => {
    expect(unquoted("县应急局实施危险化学品和非煤矿山专项整治。")).toEqual(["危险化学品和非煤矿山专项整治"]);
    expect(unquoted("县里健全防止返贫动态监测和帮扶机制。")).toEqual(["防止返贫动态监测和帮扶机制"]);
    expect(unquoted("推行线上课堂、线下课堂和流动课堂三种模式。")).toEqual([]);
    // A head after the shared one (改造|工程) names the two fields' work as one project.
    expect(unquoted("县水利局推进清河灌区续建配套与节水改造工程，新建渠道30公里。")).toEqual(["清河灌区续建配套与节水改造工程"]);
    // Two bodies joined before a head no field shares are two objects.
    expect(unquoted("推进城市医疗集团和县域医联体工程。")).toEqual([]);
    // A first field that ends in the head already is a name of its own, not a field the second shares.
    expect(unquoted("为高校毕业生发放安家补贴和租房补贴。")).toEqual([]);
  });

  it("names a sports event without the number of its edition, which every edition shares", () => {
    expect(unquoted("市体育局举办第四届桐庐县全民运动会，参赛运动员5800人次。")).toEqual(["桐庐县全民运动会"]);
    expect(names("由某冶金有限公司冠名赞助的“富春江杯”山地越野挑战赛鸣枪开赛。")).toEqual(["“富春江杯”山地越野挑战赛"]);
  });

  it("names a festival an edition of which opens or is held with the edition's year, and without its number", () => {
    expect(unquoted("以“茶香满城”为主题的2025年安吉白茶文化节在溪龙乡盛大开幕。")).toEqual(["2025年安吉白茶文化节"]);
    expect(unquoted("第三届乡村美食节在县城举办，吸引游客5万人次。")).toEqual(["乡村美食节"]);
    // The first edition (首届) is an edition too.
    expect(unquoted("首届稻田音乐节在县城举办。县文旅局举办首届冰雪文化旅游节。")).toEqual(["稻田音乐节", "冰雪文化旅游节"]);
    // A holiday or an evening show in a year is no festival held.
    expect(unquoted("2025年春节联欢晚会在县城举办。")).toEqual([]);
    expect(unquoted("2024年中秋节期间，景区接待游客2万人次。")).toEqual([]);
  });

  it("names a sports event's year's edition that starts (鸣枪开跑, 开赛) with the year, a ·-joined place included", () => {
    expect(unquoted("2025黔东南·雷公山国际山地马拉松在雷山县鸣枪开跑。")).toEqual(["2025黔东南·雷公山国际山地马拉松"]);
    expect(unquoted("2024年全县农民篮球赛在文化广场开赛。")).toEqual(["2024年全县农民篮球赛"]);
    // A match played in a year's event names none.
    expect(unquoted("2024年比赛举行。")).toEqual([]);
  });

  it("names a Party committee's round of inspections with the committee, when its place is printed", () => {
    expect(unquoted("日前，桑植县委第三轮巡察的5个巡察组进驻被巡察单位。")).toEqual(["桑植县委第三轮巡察"]);
    expect(unquoted("召开中共岳阳市委第二轮巡察工作动员部署会。")).toEqual(["岳阳市委第二轮巡察"]);
    // Every county's committee prints its rounds so: by number alone they name no one programme.
    expect(unquoted("县委第四轮巡察反馈会召开。")).toEqual([]);
  });

  it("knows contests, invitational games and leagues a county holds as events", () => {
    expect(unquoted("县文旅局举办乡村厨艺大赛，评出金牌菜品20道。")).toEqual(["乡村厨艺大赛"]);
    expect(unquoted("县人社局举办电商直播技能竞赛。")).toEqual(["电商直播技能竞赛"]);
    expect(unquoted("举办第二届村级篮球联赛。")).toEqual(["村级篮球联赛"]);
    expect(names("镇文化站举办“乡村杯”气排球邀请赛。")).toEqual(["“乡村杯”气排球邀请赛"]);
  });

  it("takes a head right behind the head as the name's end (…改造|提升项目), insurance schemes and compensations", () => {
    expect(unquoted("县里实施果园低产改造提升项目，完成改造600亩。")).toEqual(["果园低产改造提升项目"]);
    // 项目 after 工程 says no more.
    expect(unquoted("县里实施农村供水保障工程项目18个。")).toEqual(["农村供水保障工程"]);
    expect(unquoted("县里开展政策性农业保险，投保农户8000户。")).toEqual(["政策性农业保险"]);
    expect(unquoted("县林业局落实森林生态效益补偿，发放资金500万元。")).toEqual(["森林生态效益补偿"]);
    // A fee waiver is a benefit of its own, as a subsidy is.
    expect(unquoted("县教育局落实学前教育保育费减免，惠及幼儿1200名。")).toEqual(["学前教育保育费减免"]);
  });

  it("ends a subsidy's name before the money it pays out (…补贴|资金4860万元), a named fund whole", () => {
    expect(unquoted("县财政局落实玉米大豆轮作补贴资金3200万元。")).toEqual(["玉米大豆轮作补贴"]);
    // Work named on the money (…补贴资金|专项检查) is the programme.
    expect(unquoted("县纪委监委开展耕地保护补贴资金专项检查，追回资金12万元。")).toEqual(["耕地保护补贴资金专项检查"]);
    // The national fund for consolidating poverty alleviation is known by its whole name, verb and money included.
    expect(names("统筹各级衔接推进乡村振兴补助资金2.3亿元。")).toEqual(["衔接推进乡村振兴补助资金"]);
    // Money named by the treasury it comes from is funding, no subsidy of its own.
    expect(unquoted("落实中央财政补助资金860万元，争取省级财政补贴300万元。")).toEqual([]);
    expect(names("统筹中央财政衔接推进乡村振兴补助资金2.3亿元。")).toEqual(["衔接推进乡村振兴补助资金"]);
  });

  it("takes a modifier of three characters before a head of four (防溺水|专项整治), not before a shorter one", () => {
    expect(unquoted("县教体局会同县水利局开展防溺水专项整治，设置警示牌1860块。")).toEqual(["防溺水专项整治"]);
    expect(unquoted("开展安全专项整治。")).toEqual([]);
  });

  it("takes a project a sentence says what it is (…工程是…) for a programme, not one referred to by a word of reference", () => {
    expect(unquoted("三北防护林建设工程是全县生态建设的主战场。")).toEqual(["三北防护林建设工程"]);
    expect(unquoted("这项工程是民生工程。")).toEqual([]);
  });

  it("takes a festival or expo a county holds (举办…文化旅游节) for a programme, quoted or not", () => {
    expect(unquoted("县文旅局举办安溪铁观音文化旅游节，吸引游客12万人次。")).toEqual(["安溪铁观音文化旅游节"]);
    expect(unquoted("县商务局举办高山茶产业博览会。")).toEqual(["高山茶产业博览会"]);
    expect(unquoted("县文旅局举办漓江山水音乐节。")).toEqual(["漓江山水音乐节"]);
  });

  it("takes a base or workshop a county builds for a programme, the building named by the verb before it", () => {
    expect(unquoted("下一步将加快建设酥梨良种繁育基地，打造鲜食玉米加工车间。")).toEqual(["酥梨良种繁育基地", "鲜食玉米加工车间"]);
    // After a quote they need a verb that sets them up, as a canteen does.
    expect(names("走进“巧手”手工编织车间，妇女正在编织。")).toEqual([]);
    expect(names("建成“巧手”手工编织车间12个。")).toEqual(["“巧手”手工编织车间"]);
  });

  it("takes a mutual-aid home for the elderly (幸福院) a county sets up for a programme", () => {
    expect(unquoted("县民政局实施农村互助幸福院提升工程，推进城乡社区互助幸福院。")).toEqual(["农村互助幸福院提升工程", "城乡社区互助幸福院"]);
  });

  it("takes a drill a county holds (…应急演练) for a programme, and not one named by its kind alone", () => {
    expect(unquoted("县应急管理局开展防汛应急演练，参演600人。")).toEqual(["防汛应急演练"]);
    expect(names("开展“汛期大练兵”防汛应急演练。")).toEqual(["“汛期大练兵”防汛应急演练"]);
    expect(unquoted("组织开展应急演练12场。")).toEqual([]);
  });

  it("names a year's project or a festival's edition with its year, and a year's round of a national programme by the national name", () => {
    expect(unquoted("县水务局实施2024年农村供水规模化建设项目，总投资3200万元。")).toEqual(["2024年农村供水规模化建设项目"]);
    expect(unquoted("县林草局实施2025年度森林质量精准提升项目。")).toEqual(["2025年度森林质量精准提升项目"]);
    expect(names("县农业农村局实施2024年高标准农田建设项目，新建高标准农田2.1万亩。")).toEqual(["高标准农田建设"]);
    expect(unquoted("举办2024桃花文化旅游节，吸引游客3万人次。")).toEqual(["2024桃花文化旅游节"]);
    // A year opens no name of any other kind.
    expect(unquoted("开展2025年农村环境整治行动，推行2024年积分制管理模式。")).toEqual([]);
  });

  it("reads opening a class (开设, 开办) as launching it", () => {
    expect(unquoted("县文旅局依托职业学院开设乡村导游培训班，培训380人次。")).toEqual(["乡村导游培训班"]);
    expect(unquoted("县妇联开办巾帼家政培训班。")).toEqual(["巾帼家政培训班"]);
  });

  it("takes a campaign that sets a kind of body right (集中整顿, 专项整顿) for a programme", () => {
    expect(unquoted("扎实开展软弱涣散村党组织集中整顿，整顿村12个。")).toEqual(["软弱涣散村党组织集中整顿"]);
  });

  it("takes no count of a kind for a name (三个…项目, 两项…改革)", () => {
    expect(unquoted("同步推进三个农村物流项目，深化两项户籍管理改革。")).toEqual([]);
  });

  it("takes what was launched, named after the verb's 的 (今年实施的…工程全部完工)", () => {
    expect(unquoted("县里去年实施的农村公路提档升级工程全部完工。")).toEqual(["农村公路提档升级工程"]);
  });

  it("takes what a county sets up (设立) or forms (组建)", () => {
    expect(unquoted("县人社局在各乡镇设立返乡创业服务驿站，提供岗位信息。")).toEqual(["返乡创业服务驿站"]);
    expect(unquoted("县里设立专项资金500万元。")).toEqual([]);
  });

  it("takes a long descriptive name of up to 14 modifier characters, but no longer", () => {
    expect(unquoted("县民政局实施困难老年人家庭居家适老化改造工程，改造1200户。")).toEqual(["困难老年人家庭居家适老化改造工程"]);
    expect(unquoted("县里实施城乡低保对象家庭住房安全保障改造工程，改造300户。")).toEqual([]);
  });

  it("takes the county health consortium a county forms (组建…医共体), a national reform's scheme", () => {
    expect(unquoted("该县整合乡镇卫生院，组建紧密型县域医共体，推动资源下沉。")).toEqual(["紧密型县域医共体"]);
    expect(unquoted("全市组建城市医疗集团和县域医联体，覆盖率达90%。")).toEqual([]);
    // How many were formed may stand between the verb and the name.
    expect(unquoted("该县组建2个紧密型县域医共体，实施12个重点工程。")).toEqual(["紧密型县域医共体"]);
  });

  it("takes what a county pushes forward or puts in force, responsibility systems included", () => {
    expect(unquoted("该县深入推进农村供水提升工程，新建管网320公里。")).toEqual(["农村供水提升工程"]);
    expect(unquoted("全面落实防汛抗旱责任制，组建抢险队伍126支。")).toEqual(["防汛抗旱责任制"]);
    // Work on a mechanism is no mechanism yet, and 各项 opens no name.
    expect(unquoted("推进户籍制度改革，落实离退休干部各项制度。")).toEqual([]);
  });

  it("takes the name in the first cell of a table row", () => {
    expect(unquoted("农村公路提升工程　计划投资9600万元　已改造120公里")).toEqual(["农村公路提升工程"]);
    expect(unquoted("城乡供水一体化项目 完成投资2.1亿元")).toEqual(["城乡供水一体化项目"]);
    // An everyday head, a cell that is no name, or a gap in running text give none.
    expect(unquoted("敬老爱老志愿服务活动　开展12场")).toEqual([]);
    expect(unquoted("项目名称　计划投资　进度")).toEqual([]);
    expect(unquoted("今年全县推进农村公路提升工程建设 进展顺利")).toEqual([]);
  });

  it("takes a numbered subheading that is a project's name and nothing else", () => {
    expect(unquoted("（二）城乡道路畅通提升工程")).toEqual(["城乡道路畅通提升工程"]);
    expect(unquoted("三、高标准农田建设项目")).toEqual(["高标准农田建设项目"]);
    // The building of a system or platform it names, a full stop after it, is the programme, named with it; a
    // project's building is no other name for it.
    expect(unquoted("二、紧密型县域医共体建设。")).toEqual(["紧密型县域医共体建设"]);
    expect(unquoted("三、农村供水保障工程建设")).toEqual([]);
    // A policy page's items close with a full stop, and a quoted name alone is put forward as launched.
    expect(names("（一）能繁母牛饲养补贴。")).toEqual(["能繁母牛饲养补贴"]);
    expect(names("（二）“见苗补种”补助。")).toEqual(["“见苗补种”补助"]);
    // A work summary's plan for the rest of the year names no programme.
    expect(unquoted("二、下半年工作计划")).toEqual([]);
    // An everyday head, a heading that says more than a name, or an unnumbered line give none.
    expect(unquoted("一、敬老爱老志愿服务活动")).toEqual([]);
    expect(unquoted("二、聚焦民生短板")).toEqual([]);
    expect(unquoted("城乡道路畅通提升工程")).toEqual([]);
  });

  it("takes what a county makes its lever (以…为抓手) for a programme when it names one or names work on one", () => {
    expect(unquoted("今年以来，某县以紧密型县域医共体建设为抓手，下沉医务人员320名。")).toEqual(["紧密型县域医共体建设"]);
    expect(unquoted("该县以“一村一品”示范工程为载体，发展特色产业。")).toEqual([]);
    expect(unquoted("该县以群众满意度提升为抓手，改进服务。")).toEqual([]);
  });

  it("takes no numbered subheading that opens with a verb for a name: it says what was done", () => {
    expect(unquoted("01 | 建设就业驿站")).toEqual([]);
    expect(unquoted("二、培育特色农产品品牌")).toEqual([]);
    // A launch verb's object is read by the verb rule, not as the heading's name.
    expect(unquoted("二、实施农村供水保障工程")).toEqual(["农村供水保障工程"]);
    expect(unquoted("02 | 农村供水保障工程")).toEqual(["农村供水保障工程"]);
  });

  it("reads the name after a quoted description closed by 的", () => {
    expect(unquoted("该县建立“专人包联、定期走访”的关爱帮扶机制。")).toEqual(["关爱帮扶机制"]);
    expect(unquoted("镇里推行“群众点单、干部接单”的志愿服务模式，效果明显。")).toEqual(["志愿服务模式"]);
    expect(unquoted("建立“管得住”的机制。")).toEqual([]);
  });

  it("skips chained verbs to reach the name", () => {
    expect(unquoted("该县建立健全困难群众救助帮扶机制。")).toEqual(["困难群众救助帮扶机制"]);
  });

  it("takes what a county ranks (将…列为全年“一号工程”) for the programme, and not the rank", () => {
    expect(names("县里将城乡环卫一体化工程列为全年“一号工程”，由县城管局牵头。")).toEqual(["城乡环卫一体化工程"]);
    expect(names("该县把校园安全守护行动作为“头号工程”，今年又将“暖心餐桌”项目列为民生实事。")).toEqual(["校园安全守护行动", "“暖心餐桌”项目"]);
  });

  it("takes an integration a county launches (推进城乡客运一体化) for a programme, not a bare field run as one", () => {
    expect(unquoted("县交通运输局联合县公交公司推进城乡客运一体化，改造农村客运线路30条。")).toEqual(["城乡客运一体化"]);
    expect(unquoted("推进城乡一体化。")).toEqual([]);
    // Integration before a word of doing says how that is done; after a quote it describes the service.
    expect(unquoted("实施山水林田湖草沙一体化保护修复，治理面积3万亩。")).toEqual([]);
    expect(names("为失能老人提供“医疗+康复+护理”一体化服务。")).toEqual([]);
  });

  it("takes what a county frames its work by (以…为牵引, 以…为抓手) for a programme when its name ends in a head", () => {
    expect(unquoted("县自然资源局以全域土地综合整治试点为牵引，推动耕地保护。")).toEqual(["全域土地综合整治试点"]);
    expect(unquoted("以农村人居环境整治提升行动为抓手，建设和美乡村。")).toEqual(["农村人居环境整治提升行动"]);
    // A body or a field framing it names no programme.
    expect(unquoted("以县人民医院为牵头医院，以产业发展为主线。")).toEqual([]);
  });

  it("names the building of a system or platform with it (…服务体系建设, “以水灭火”系统建设)", () => {
    expect(unquoted("推进干部考核机制建设。")).toEqual(["干部考核机制建设"]);
    expect(unquoted("持续推进养老托育服务体系建设，新增托位300个。")).toEqual(["养老托育服务体系建设"]);
    expect(names("加快“智慧防汛”平台建设，实施“一键报警”系统建设。")).toEqual(["“智慧防汛”平台建设", "“一键报警”系统建设"]);
    // The building of a quoted thing a county launches, a field before the building at most; a meeting deploys it.
    expect(names("全县深入推进“健康黎川”建设，会议研究部署“美丽庭院”示范村建设工作。")).toEqual(["“健康黎川”建设", "“美丽庭院”示范村建设"]);
    // The building of a kind in number (一批…平台建设) is no one programme, as any name so opened.
    expect(unquoted("推进一批数字服务平台建设。")).toEqual([]);
    // Building that goes on to name something else (…体系建设示范县) names no system.
    expect(names("以创建省级县域商业体系建设示范县为抓手，推动电商发展。")).toEqual([]);
    // A head right after the building (…体系建设|行动, …床位建设|计划) names the work on it, read on to that head.
    expect(unquoted("深入实施县域商业体系建设行动，补齐农村商业设施短板。")).toEqual(["县域商业体系建设行动"]);
    expect(unquoted("县民政局实施居家养老床位建设计划，建成床位460张。")).toEqual(["居家养老床位建设计划"]);
  });

  it("takes the second of a verb's two objects when the first names no programme (推进…提质增效和…生活圈建设)", () => {
    expect(unquoted("统筹推进农村电商提质增效和一刻钟便民生活圈建设，推动工业品下乡。")).toEqual(["一刻钟便民生活圈建设"]);
    // A first object ending in a head is the first field of one name the second goes on (…体系改革与建设补助项目).
    expect(unquoted("依托基层农技推广体系改革与建设补助项目，开展培训。")).toEqual([]);
    // A first field that the head governs with the second (国土绿化和…工程) is one name's, not work done.
    expect(unquoted("实施国土绿化和森林质量精准提升工程。")).toEqual([]);
  });

  it("takes the building of a thing with no head a county launches as a project named by what it builds", () => {
    expect(unquoted("县卫健局加快推进乡镇卫生院发热门诊标准化建设，年内完工。")).toEqual(["乡镇卫生院发热门诊标准化建设"]);
    expect(unquoted("全面推进城区雨污分流管网建设和农村供水工程建设。")).toEqual(["城区雨污分流管网建设"]);
    // A second one joined to it is the verb's object too.
    expect(unquoted("统筹推进镇区雨污分流管网建设、老旧街巷路灯照明建设。")).toEqual(["镇区雨污分流管网建设", "老旧街巷路灯照明建设"]);
    // Work on a head (考核机制建设 names its head's work), a field every body builds, a short field or a list of fields: none.
    expect(unquoted("推进考核机制建设、基础设施建设和干部队伍建设。")).toEqual([]);
    expect(unquoted("推进乡村发展、乡村建设。")).toEqual([]);
    // A building that goes on to a word names what is said of it, or a longer name.
    expect(unquoted("今年计划完成乡村道路硬化建设投资2.6亿元。")).toEqual([]);
    expect(unquoted("全面实施城区老年助餐点建设计划。")).toEqual(["城区老年助餐点建设计划"]);
    expect(unquoted("加快推进项目建设。")).toEqual([]);
    // A part or phase of a project is built under that project.
    expect(unquoted("该项目已完成配套管网建设，推进城区集中供热工程三期建设。")).toEqual([]);
  });

  it("reads no launch verb inside a body's name: the verb after the body launches the name (…推广中心实施…计划)", () => {
    expect(unquoted("县畜牧技术推广站实施良种补贴示范项目，覆盖养殖户300户。")).toEqual(["良种补贴示范项目"]);
    expect(unquoted("县科技成果推广中心组织实施科技特派员服务计划。")).toEqual(["科技特派员服务计划"]);
    // What a body undertakes (承担, 承接) is launched by it.
    expect(unquoted("县农业技术推广中心具体承担玉米单产提升行动，示范面积3万亩。")).toEqual(["玉米单产提升行动"]);
  });

  it("leaves generic objects, goals and running phrases alone", () => {
    expect(unquoted("开展专项整治行动，查处问题20个。")).toEqual([]);
    expect(unquoted("实施乡村振兴战略，推动产业发展。")).toEqual([]);
    expect(unquoted("建立村民委员会和业主委员会的协调机制。")).toEqual([]);
    // Reform of a mechanism is other work on it, no programme of that head; the name must end the noun phrase.
    expect(unquoted("深化干部考核机制改革。")).toEqual([]);
    expect(unquoted("建立在群众满意基础上的考核机制。")).toEqual([]);
    expect(unquoted("搭建线上服务平台，打造特色产业品牌。")).toEqual([]);
  });

  it("flags everyday heads as needing a second mention", () => {
    const [activity] = findUnquotedProgrammes("开展敬老爱老志愿活动，走访老人。", getSegmenter().tag("开展敬老爱老志愿活动，走访老人。"), lexicon);
    expect(activity).toMatchObject({ name: "敬老爱老志愿活动", needsRecurrence: true });
    const [project] = findUnquotedProgrammes("实施农村饮水安全项目。", getSegmenter().tag("实施农村饮水安全项目。"), lexicon);
    expect(project).toMatchObject({ name: "农村饮水安全项目", needsRecurrence: false });
  });

  it("keeps an everyday head only when the name recurs in the article", () => {
    const once = articleFixture("某县开展敬老爱老志愿活动，走访独居老人300户。");
    expect(extractProgrammes(createExtractContext(once, { sentences: splitSentences(once) })).map((m) => m.name)).toEqual([]);
    const twice = articleFixture("某县开展敬老爱老志愿活动，走访独居老人300户。敬老爱老志愿活动已覆盖全部村居。");
    expect(extractProgrammes(createExtractContext(twice, { sentences: splitSentences(twice) })).map((m) => m.name)).toContain("敬老爱老志愿活动");
    // Referred back to by its head (此项活动, 该服务) within a few sentences, it is printed as a programme's too.
    const referred = articleFixture("某县开展敬老爱老志愿活动，走访独居老人300户。此项活动已覆盖全部村居。");
    expect(extractProgrammes(createExtractContext(referred, { sentences: splitSentences(referred) })).map((m) => m.name)).toEqual(["敬老爱老志愿活动"]);
    const otherHead = articleFixture("某县开展敬老爱老志愿活动，走访独居老人300户。该项目已覆盖全部村居。");
    expect(extractProgrammes(createExtractContext(otherHead, { sentences: splitSentences(otherHead) })).map((m) => m.name)).toEqual([]);
  });
});

describe("headline names", () => {
  it("add no node when the headline shortens the body's quoted name", () => {
    const article = articleFixture("某区推出“邻里帮”互助服务模式，由社区招募志愿者结对独居老人。", { title: "某区推行“邻里帮”服务 温暖独居老人" });
    const names = extractProgrammes(createExtractContext(article, { sentences: splitSentences(article) })).map((m) => m.name);
    expect(names).toEqual(["“邻里帮”互助服务模式"]);
    const other = articleFixture("某县实施“暖巢”计划，为空巢老人安装呼叫设备。", { title: "某县“暖巢”工程温暖空巢老人" });
    expect(extractProgrammes(createExtractContext(other, { sentences: splitSentences(other) })).map((m) => m.name)).toEqual(["“暖巢”计划"]);
  });
});

describe("chief systems (X长制)", () => {
  it("finds 长制 names after a noun, whole or split by the segmenter", () => {
    expect(unquoted("全面推行田长制，守牢耕地红线。")).toEqual(["田长制"]);
    expect(unquoted("街道推行楼栋长制，每栋楼设楼长。")).toEqual(["楼栋长制"]);
    expect(unquoted("深化网格长制改革。")).toContain("网格长制");
  });

  it("does not take an office followed by 制定 or 制度", () => {
    expect(unquoted("县长制定了方案。")).toEqual([]);
    expect(unquoted("村长制度化管理。")).toEqual([]);
  });
});

describe("loan products", () => {
  it("takes a bank's quoted loan product for a programme, named by its quote with or without 金融产品", () => {
    expect(names("县农商行推出“富民贷”金融产品，为农户发放贷款。")).toEqual(["“富民贷”"]);
    expect(names("全县累计发放“惠农e贷”1.2亿元。")).toEqual(["“惠农e贷”"]);
  });
});

describe("a gloss in brackets inside an unquoted name", () => {
  it("keeps a short gloss the name goes on after (自然村（屯）…, …设施（敬老院）改造提升工程), not one that follows it", () => {
    expect(names("县交通运输局加快实施自然村（寨）通硬化路建设，今年新建硬化路86公里。")).toEqual(["自然村（寨）通硬化路建设"]);
    expect(names("实施特困人员供养服务设施（光荣院）改造提升工程，改造6所。")).toEqual(["特困人员供养服务设施（光荣院）改造提升工程"]);
    // A phase printed after the head is no part of the name.
    expect(names("实施南河堤防加固工程（三期），新建堤防4公里。")).toEqual(["南河堤防加固工程"]);
  });
});

describe("weak heads after a quoted name", () => {
  it("need a launch verb before the quote", () => {
    expect(names("街道推出“助餐到家”服务，惠及老人。")).toEqual(["“助餐到家”服务"]);
    expect(names("为群众提供“一站式”服务。")).toEqual([]);
    expect(names("镇里组建“红马甲”志愿服务队。")).toEqual(["“红马甲”志愿服务队"]);
    expect(names("县人社局开展“菜单式”技能培训，培训学员800人。")).toEqual(["“菜单式”技能培训"]);
    expect(names("参加“线上+线下”培训的学员达500人。")).toEqual([]);
  });

  it("yield to a stronger head right behind them", () => {
    expect(names("深化“红色物业”服务品牌建设。")).toEqual(["“红色物业”服务品牌"]);
    expect(names("打造“邻里守望”服务平台。")).toEqual(["“邻里守望”服务平台"]);
  });
});

describe("mergeSameCoreProgrammes", () => {
  const endsInHead = (core: string) => longestHeadAtEnd(core, core.length, getLexicon().programmes) !== undefined;
  const mention = (name: string, start: number, category: string): EntityMention => ({
    kind: "Programme",
    name,
    surface: name,
    start,
    end: start + name.length,
    sentence: 0,
    attributes: { category },
  });

  it("joins names with one quoted core and heads of one category, keeping the first name", () => {
    const mentions = [mention("“和为贵”网格化平台", 0, "platform"), mention("“和为贵”网格系统", 40, "platform")];
    mergeSameCoreProgrammes(mentions, endsInHead);
    expect(mentions.map((m) => m.name)).toEqual(["“和为贵”网格化平台", "“和为贵”网格化平台"]);
    expect(mentions[1]!.surface).toBe("“和为贵”网格系统");
    const second = [mention("“安心养老”服务平台", 0, "platform"), mention("“安心养老”信息平台", 30, "platform")];
    mergeSameCoreProgrammes(second, endsInHead);
    expect(new Set(second.map((m) => m.name)).size).toBe(1);
  });

  it("joins a thing and the work on it printed without quotes (…医共体建设 / …医共体), named as first printed", () => {
    const mentions = [mention("紧密型县域医共体建设", 0, "project"), mention("紧密型县域医共体", 30, "project"), mention("农村供水保障", 60, "project")];
    mergeWorkWithItsObject(mentions, ["建设", "改革"]);
    expect(mentions.map((m) => m.name)).toEqual(["紧密型县域医共体建设", "紧密型县域医共体建设", "农村供水保障"]);
    const objectFirst = [mention("城乡客运一体化", 0, "project"), mention("城乡客运一体化改革", 30, "initiative")];
    mergeWorkWithItsObject(objectFirst, ["建设", "改革"]);
    expect(objectFirst.map((m) => m.name)).toEqual(["城乡客运一体化", "城乡客运一体化"]);
  });

  it("joins a name opened by nouns before its quote with its quoted core printed alone", () => {
    const mentions = [mention("河湖“清四乱”专项行动", 0, "campaign"), mention("“清四乱”专项行动", 30, "campaign")];
    mergeSameCoreProgrammes(mentions, endsInHead);
    expect(mentions.map((m) => m.name)).toEqual(["河湖“清四乱”专项行动", "河湖“清四乱”专项行动"]);
  });

  it("names them by the fuller name when one says in full what the other says in short, whichever comes first", () => {
    const mentions = [mention("“漓江人家”品牌", 0, "brand"), mention("“漓江人家”乡村旅游品牌", 30, "brand"), mention("“漓江人家”品牌", 60, "brand")];
    mergeSameCoreProgrammes(mentions, endsInHead);
    expect(mentions.map((m) => m.name)).toEqual(["“漓江人家”乡村旅游品牌", "“漓江人家”乡村旅游品牌", "“漓江人家”乡村旅游品牌"]);
    expect(mentions[0]!.surface).toBe("“漓江人家”品牌");
    // 工作 before 机制 makes the head longer and says no more: the first name stays.
    const work = [mention("“2+1”机制", 0, "mechanism"), mention("“2+1”工作机制", 30, "mechanism")];
    mergeSameCoreProgrammes(work, endsInHead);
    expect(work.map((m) => m.name)).toEqual(["“2+1”机制", "“2+1”机制"]);
  });

  it("names a quote a list named alone (…等巾帼品牌) by the name that prints its head, whichever comes first", () => {
    const mentions = [mention("“巧手姐妹”巾帼家政品牌", 0, "brand"), mention("“巧手姐妹”", 30, "brand")];
    mergeSameCoreProgrammes(mentions, endsInHead);
    expect(mentions.map((m) => m.name)).toEqual(["“巧手姐妹”巾帼家政品牌", "“巧手姐妹”巾帼家政品牌"]);
    const listFirst = [mention("“巧手姐妹”", 0, "brand"), mention("“巧手姐妹”巾帼家政品牌", 30, "brand")];
    mergeSameCoreProgrammes(listFirst, endsInHead);
    expect(listFirst.map((m) => m.name)).toEqual(["“巧手姐妹”巾帼家政品牌", "“巧手姐妹”巾帼家政品牌"]);
  });

  it("keeps different kinds of programme apart", () => {
    const mentions = [mention("“雁归”工程", 0, "project"), mention("“雁归”行动", 20, "campaign"), mention("“雁归”", 30, "initiative")];
    mergeSameCoreProgrammes(mentions, endsInHead);
    expect(mentions.map((m) => m.name)).toEqual(["“雁归”工程", "“雁归”行动", "“雁归”"]);
  });

  it("names a quoted name with a head of its own and the same name with a head of that kind after it alike, by the former", () => {
    const mentions = [mention("“长者食堂”餐厅", 0, "platform"), mention("“长者食堂”", 30, "platform"), mention("“长者食堂”行动", 60, "campaign")];
    mergeSameCoreProgrammes(mentions, endsInHead);
    expect(mentions.map((m) => m.name)).toEqual(["“长者食堂”", "“长者食堂”", "“长者食堂”行动"]);
    const article = articleFixture("在兴平市店张街道的“农民夜校”课堂上，村民学习果树修剪。今年以来，兴平市开办“农民夜校”32所。");
    const extracted = extractProgrammes(createExtractContext(article, { sentences: splitSentences(article) }));
    expect([...new Set(extracted.map((m) => m.name))]).toEqual(["“农民夜校”"]);
  });

  it("merges within an extracted article", () => {
    const article = articleFixture("某县搭建“安心养老”服务平台，整合养老资源。老人通过“安心养老”信息平台预约上门服务。");
    const mentions = extractProgrammes(createExtractContext(article, { sentences: splitSentences(article) }));
    expect([...new Set(mentions.map((m) => m.name))]).toEqual(["“安心养老”服务平台"]);
  });
});
