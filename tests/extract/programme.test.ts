import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../pipeline/extract/context.js";
import { getLexicon } from "../../pipeline/extract/lexicon.js";
import { extractProgrammes, findProgrammeNames } from "../../pipeline/extract/programme.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { articleFixture, GUSHI_CHILDREN } from "./article-fixture.js";

const lexicon = getLexicon().programmes;
const names = (text: string): string[] => findProgrammeNames(text, getSegmenter().tag(text), lexicon).map((c) => c.name);

describe("findProgrammeNames", () => {
  it("takes a quoted name with its head noun and modifiers", () => {
    expect(names("县里打造“邻里守望”网格化服务平台，覆盖全部社区。")).toEqual(["“邻里守望”网格化服务平台"]);
    expect(names("该镇建立“双岗双责”工作机制。")).toEqual(["“双岗双责”工作机制"]);
    expect(names("实施“雁归”工程和“春风”行动。")).toEqual(["“雁归”工程", "“春风”行动"]);
  });

  it("takes no adverb after a quote for the start of a name's modifier: the quote is the sentence's subject", () => {
    expect(names("今年以来，“红色课堂”已累计开展宣讲活动126场。")).toEqual(["“红色课堂”"]);
    expect(names("“银龄互助”还将开展结对活动。")).toEqual([]);
  });

  it("knows pilots as programme heads", () => {
    expect(names("该县开展“无废城市”建设试点。")).toEqual(["“无废城市”建设试点"]);
    expect(names("该区开展“城市家具”专项整治行动。")).toEqual(["“城市家具”专项整治行动"]);
  });

  it("knows quoted systems (制) and points supermarkets as programmes, and names a quoted chief system as unquoted", () => {
    expect(names("该县推行“首问负责制”和“清单制”管理。")).toEqual(["“首问负责制”", "“清单制”"]);
    expect(names("村里办起“爱心超市”，村民用积分兑换物品。")).toEqual(["“爱心超市”"]);
    expect(names("该区推行“链长制”，由区领导担任链长。")).toEqual(["链长制"]);
    expect(names("全县深化“积分制”乡村治理，推行积分制管理。")).toEqual(["积分制", "积分制"]);
  });

  it("knows classes, lecture halls, night schools, city health-insurance plans and consumption vouchers as programme heads", () => {
    expect(names("“田间课堂”在各村开课，农技员现场讲解。")).toEqual(["“田间课堂”"]);
    expect(names("各村办起“农民夜校”和“百姓讲堂”。")).toEqual(["“农民夜校”", "“百姓讲堂”"]);
    expect(names("今年“齐鲁惠民保”参保人数达到80万人。")).toEqual(["“齐鲁惠民保”"]);
    expect(names("县商务局发放“畅游安吉”文旅消费券100万元。")).toEqual(["“畅游安吉”文旅消费券"]);
    // A quoted loan is named whole; a description of the service after it says what it is, and a head of a programme
    // under it names that programme.
    expect(names("县农商行推出“茶农贷”金融产品，推出“果商贷”专项信贷，实施“幸福食堂”工程。")).toEqual(["“茶农贷”", "“果商贷”", "“幸福食堂”工程"]);
    expect(names("学生在“课堂”上发言。")).toEqual([]);
  });

  it("takes a second object of the verb that launched a quoted programme, named without quotes", () => {
    expect(names("县人社局牵头实施“黔归创业”计划和农村劳动力转移就业提质行动，新增就业2860人。")).toEqual([
      "“黔归创业”计划",
      "农村劳动力转移就业提质行动",
    ]);
    // Not after a quoted name no verb launched.
    expect(names("“黔归创业”计划和农村劳动力转移就业提质行动成效明显。")).toEqual(["“黔归创业”计划"]);
  });

  it("takes a programme quoted inside reported speech (“我们推‘甜蜜弥勒’葡萄提质行动，…”)", () => {
    expect(names("“我们去年开始推‘甜蜜弥勒’葡萄提质行动，改品种、控产量。”他说。")).toEqual(["“甜蜜弥勒”葡萄提质行动"]);
  });

  it("takes a subsidy under a quoted name only after a launch verb, a year between them or not", () => {
    expect(names("县民政局启动2024年“情暖万家”春节一次性生活补贴发放工作。")).toEqual(["“情暖万家”春节一次性生活补贴"]);
    expect(names("其中，“一人多岗”重复领取补贴9人。")).toEqual([]);
  });

  it("knows posts (“护学岗”), holiday classes (“假日学堂”) and the 希望小屋 project, a post only inside its quotes", () => {
    expect(names("县公安局设立“护学岗”62个，村学校开设“假日学堂”，“希望小屋”建成20间。")).toEqual(["“护学岗”", "“假日学堂”", "希望小屋"]);
    expect(names("县人社局开展“春风行动”送岗下乡。")).toEqual(["春风行动"]);
  });

  it("launches a quoted name joined as the second object of a verb (落实15年公费教育和“三包”政策)", () => {
    expect(names("县教育局全面落实学前免费教育和“三包”政策，惠及学生1200人。")).toEqual(["“三包”政策"]);
    // Not past a list of the verb's objects, nor with no verb before.
    expect(names("县教育局落实免费教育、营养餐和“三包”政策。")).toEqual([]);
    // A first object as long as a programme's name, and an activity under the second quote.
    expect(names("深入开展农村人居环境整治提升行动和“清洁庭院”创建，拆除危旧房136间。")).toEqual(["农村人居环境整治提升行动", "“清洁庭院”创建"]);
    expect(names("学前免费教育和“三包”政策惠及学生1200人。")).toEqual([]);
  });

  it("takes the activity a verb launches under a quoted name, with the nouns before the quote, when it ends the object", () => {
    expect(names("县妇联开展“邻里守望”结对帮扶，县司法局开展“普法到田间”巡讲。")).toEqual(["“邻里守望”结对帮扶", "“普法到田间”巡讲"]);
    expect(names("全县推进畜禽粪污“三化”利用和“清洁田园”评比。")).toEqual(["畜禽粪污“三化”利用", "“清洁田园”评比"]);
    // What a quote asks, becomes or is above programmes, a state it is brought to, and words going on past the object: none.
    expect(names("坚持“人民至上”理念，推进“农文旅融合”发展，实施“科技兴农”战略，推进“一窗受理”常态化。")).toEqual([]);
    expect(names("开展“清河”巡查发现问题12个。")).toEqual([]);
    // Means joined together (相结合, 并举) are how the work is done, no activity.
    expect(names("坚持“线上+线下”相结合，推行“网格+警格”并举。")).toEqual([]);
    // Development after a word of doing is that doing's: the integration is launched.
    expect(names("探索“客货邮”融合发展，利用公交车辆捎带快件。")).toEqual(["“客货邮”融合发展"]);
    // A count of what was done closes the object after a noun of doing, not after a verb.
    expect(names("为适龄妇女开展“粉红丝带”免费筛查7000人。")).toEqual(["“粉红丝带”免费筛查"]);
    expect(names("推进秸秆“绿色”利用率达90%。")).toEqual([]);
    // The work of an activity is that activity; the work a quote asks for alone names none.
    expect(names("开展“文明家庭”创建工作，扎实推进“双减”工作。")).toEqual(["“文明家庭”创建"]);
    // A quoted manner says how the work is done.
    expect(names("开展“拉网式”隐患排查，实行“一对一”帮扶指导，推行“全覆盖”检查。")).toEqual([]);
    // No verb launches it.
    expect(names("群众对“邻里守望”结对帮扶十分满意。")).toEqual([]);
  });

  it("takes a home, room, team or group a county sets up under a quoted name, only right after the verb that sets it up", () => {
    expect(names("县妇联在各村建成“妇儿温馨之家”64个，组建“巾帼护河队”和“银发宣讲服务团”。")).toEqual([
      "“妇儿温馨之家”",
      "“巾帼护河队”",
      "“银发宣讲服务团”",
    ]);
    expect(names("镇里设立“乡贤议事室”12间。")).toEqual(["“乡贤议事室”"]);
    // A place named without its setting up names none.
    expect(names("孩子们在“快乐书画室”里上课，门口挂着“卫生室”的牌子。")).toEqual([]);
  });

  it("knows a service circle a county builds under a quoted name as a platform (“15分钟养老服务圈”)", () => {
    // Building a platform is named with it (…建设).
    expect(names("街道推进“15分钟养老服务圈”建设，打造“15分钟便民生活圈”。")).toEqual(["“15分钟养老服务圈”建设", "“15分钟便民生活圈”"]);
    expect(names("照片晒到了“朋友圈”。")).toEqual([]);
  });

  it("knows a contest a county holds under a quoted name as a campaign (“…”技能大赛)", () => {
    expect(names("县总工会举办“匠心杯”职业技能竞赛，县妇联举办“巧手”技能大赛。")).toEqual(["“匠心杯”职业技能竞赛", "“巧手”技能大赛"]);
    expect(names("他在技能大赛中获奖。")).toEqual([]);
    // Leagues, festivals, training classes and speakers' teams held under a quoted name are programmes too.
    expect(names("县体育中心举办“乡村杯”篮球联赛，县文旅局举办“油菜花”乡村旅游节。")).toEqual(["“乡村杯”篮球联赛", "“油菜花”乡村旅游节"]);
    expect(names("县妇联开办“巧媳妇”家政培训班，县委宣传部组建“百姓”宣讲团8支。")).toEqual(["“巧媳妇”家政培训班", "“百姓”宣讲团"]);
  });

  it("takes a weak head after a quote when the county is said to have built it (建成)", () => {
    expect(names("全县建成“家门口就业服务站”52个。")).toEqual(["“家门口就业服务站”"]);
    expect(names("群众可到“家门口就业服务站”咨询。")).toEqual([]);
  });

  it("reads 设立, 开通, 搭建 and 共建 as launching what a weak head names", () => {
    expect(names("县人社局在集镇设立“返乡就业服务站”，方便农民工求职。")).toEqual(["“返乡就业服务站”"]);
    expect(names("县民政局开通“银龄热线”服务，随时接听老人来电。")).toEqual(["“银龄热线”服务"]);
    expect(names("县妇联与县法院共建“巾帼维权”服务站，化解纠纷。")).toEqual(["“巾帼维权”服务站"]);
  });

  it("takes a quoted name or its building that a sentence says who runs (“…”建设由…实施, “…”由…牵头) for a programme", () => {
    expect(names("“儿童之家”建设由县民政局、县妇联联合实施，在村里建立活动阵地。")).toEqual(["“儿童之家”建设"]);
    // Its building named in passing, with no one running it, is none.
    expect(names("“儿童之家”建设情况良好。")).toEqual([]);
    // What a county ranks among its work (把“…”建设作为…) is under way too.
    expect(names("县里把“农村互助食堂”建设作为重点民生实事。")).toEqual(["“农村互助食堂”建设"]);
    // A quoted name a sentence says a body runs (由…牵头) is a programme; one people merely put forward is not.
    expect(names("小麦“一防双减”由县农业农村局牵头，县财政局安排资金。")).toEqual(["“一防双减”"]);
    expect(names("“好人好事”由群众推荐。")).toEqual([]);
  });

  it("takes 提升 or 推进 right before a head as part of a quoted programme's name, not as the verb that ends it", () => {
    expect(names("县住建局开展“电改+消防”提升行动，排查隐患。")).toEqual(["“电改+消防”提升行动"]);
    expect(names("县里实施“美丽庭院”提升工程，改造庭院。")).toEqual(["“美丽庭院”提升工程"]);
    expect(names("以“党建+”提升服务效能。")).toEqual([]);
    // A head the tagger reads as a verb (改造) is what 推进 does: the quote is the rule it is done by.
    expect(names("街道依照“一楼一策”推进改造，年底完工。")).toEqual([]);
  });

  it("reads Latin letters in the modifier between a quote and its head (“智慧助老”APP平台)", () => {
    expect(names("县民政局依托“智慧助老”APP平台派单，服务老人。")).toEqual(["“智慧助老”APP平台"]);
  });

  it("knows shopping, food and livestreaming festivals and consumption seasons a county holds under a quoted name", () => {
    expect(names("县商务局举办“山货进城”直播节，联合商家开展“悦购”消费季，推出“年货”购物节。")).toEqual([
      "“山货进城”直播节",
      "“悦购”消费季",
      "“年货”购物节",
    ]);
  });

  it("names a reform of the administration a county deepens by its quote (“放管服”改革), no slogan", () => {
    expect(names("县政务服务局持续深化“放管服”改革，企业办事更便捷。")).toEqual(["“放管服”改革"]);
  });

  it("takes a quoted name that ends in a head noun", () => {
    expect(names("在各村建成“幸福驿站”，方便老人就餐。")).toEqual(["“幸福驿站”"]);
  });

  it("takes a numbered slogan only right after a launch verb, or right after the items it counts", () => {
    expect(names("全县坚持“五个到位”，做好服务。")).toEqual(["“五个到位”"]);
    expect(names("带头当好“两个确立”的坚定维护者。")).toEqual([]);
    expect(names("他们提出“五个到位”的要求。")).toEqual([]);
    // A numbered slogan right after as many listed items names what they make up; after fewer, it names none.
    expect(names("县医保局全面落实基本医保、大病保险、医疗救助“三重保障”，报销比例达90%。")).toEqual(["大病保险", "医疗救助", "“三重保障”"]);
    expect(names("推行农户申报、干部排查“三线监测”。")).toEqual([]);
    // What the slogan is said to be (理念, 要求) makes it no programme.
    expect(names("县里坚持“两山”理念，落实“四个不摘”要求。")).toEqual([]);
  });

  it("takes what a body undertakes (承接, 承担) as launched, and the sub-district before the quote as its owner, not its name", () => {
    expect(names("某社会工作服务中心承接街道“邻里守望”助老服务项目，某职业学校承担“订单式”技能培训。")).toEqual([
      "“邻里守望”助老服务项目",
      "“订单式”技能培训",
    ]);
  });

  it("takes a quoted name alone as what a verb that sets things up sets up, when it ends the object", () => {
    expect(names("县医保局推行“先住院后结算”，减轻群众垫资压力。")).toEqual(["“先住院后结算”"]);
    expect(names("县残联开通“助残专线”12条，设立了“助残爱心基金”。")).toEqual(["“助残专线”", "“助残爱心基金”"]);
    // Named with the nouns between the verb and the quote.
    expect(names("县税务局开设企业服务“直通车”，当天办结。")).toEqual(["企业服务“直通车”"]);
    // A quoted name the next clause says who runs is a programme, whatever verb it follows.
    expect(names("县交通运输局推进“交通邮政融合”，由县邮政分公司负责建设运营分拨中心。")).toEqual(["“交通邮政融合”"]);
    // An insurance a body takes out for people (投保) is set up by it.
    expect(names("县民政局为困难群众统一投保“安康保”，保费由财政承担。")).toEqual(["“安康保”"]);
    // Not after a verb of pushing on (推进), nor before more words of the object, nor a plan fitted to each case.
    expect(names("推进“交邮融合”，推出“助残惠民”十条措施，对困难户实行“一户一策”。")).toEqual([]);
  });

  it("leaves goals and slogans without a head noun alone", () => {
    expect(names("锚定“走在前、开新局”，解决群众“急难愁盼”问题。")).toEqual([]);
    expect(names("完善“管得住”的工作机制。")).toEqual([]);
  });

  it("knows job, care, forestry and farm-household programmes by their national names (零工驿站, 家庭养老床位, 生态护林员, 庭院经济)", () => {
    expect(names("新建零工驿站12个，建设家庭养老床位300张，选聘生态护林员420名。")).toEqual(["零工驿站", "家庭养老床位", "生态护林员"]);
    expect(names("引导农户发展庭院经济，开展新生儿疾病筛查。")).toEqual(["庭院经济", "新生儿疾病筛查"]);
    // A round of the grassland subsidy, and its money, are the one national policy.
    expect(names("落实新一轮草原生态保护补助奖励政策，发放草原生态保护补助奖励资金2.86亿元。")).toEqual(["草原生态保护补助奖励", "草原生态保护补助奖励"]);
  });

  it("reads a national name inside a longer one as part of it, whatever order the lexicon lists them in", () => {
    const shorterFirst = { ...lexicon, namedProgrammes: { 稳岗返还: "policy", 失业保险稳岗返还: "policy" } };
    const text = "落实失业保险稳岗返还政策。";
    expect(findProgrammeNames(text, getSegmenter().tag(text), shorterFirst).map((c) => c.name)).toEqual(["失业保险稳岗返还"]);
  });

  it("knows the national observances counties run campaigns in by their names (安全生产月, 宪法宣传周)", () => {
    expect(names("围绕“安全生产月”“全国防灾减灾日”，县应急局开展宣传80场次。")).toEqual(["安全生产月", "全国防灾减灾日"]);
    expect(names("县司法局以宪法宣传周为契机，开展普法活动。")).toEqual(["宪法宣传周"]);
  });

  it("knows the national programmes counties carry out by their names, quoted or not", () => {
    expect(names("全县落实雨露计划，资助脱贫家庭学生860名。")).toEqual(["雨露计划"]);
    expect(names("开展“春风行动”专场招聘会3场，实施以工代赈项目12个。")).toEqual(["春风行动", "以工代赈"]);
    expect(names("该县2025年农村危房改造工作全面启动，同步推进老旧小区改造。")).toEqual(["农村危房改造", "老旧小区改造"]);
    // Culture, insurance, rural assets and governance programmes every county carries out.
    expect(names("推进农家书屋提质增效，开展全民阅读活动，推行图书馆总分馆制。")).toEqual(["农家书屋", "全民阅读", "总分馆制"]);
    expect(names("扩大职工基本医疗保险和工伤保险覆盖面，实施全民参保计划。")).toEqual(["职工基本医疗保险", "工伤保险", "全民参保计划"]);
    expect(names("全面完成农村集体资产清产核资，实施城市更新行动，推进快递进村，深化网格化服务管理。")).toEqual([
      "清产核资",
      "城市更新行动",
      "快递进村",
      "网格化服务管理",
    ]);
    // Public-welfare posts for the rural poor, however the report qualifies them (乡村, 城镇).
    expect(names("全县统筹开发乡村公益性岗位1200个，安置就业困难人员。")).toEqual(["公益性岗位"]);
    // The national social-insurance schemes, one node whichever short name a report prints.
    expect(names("推进城乡居民医保参保缴费，城乡居民基本养老保险待遇按时发放，大病保险起付线降低。")).toEqual([
      "城乡居民医保",
      "城乡居民基本养老保险",
      "大病保险",
    ]);
    const article = articleFixture("推进城乡居民医保参保缴费，城乡居民医疗保险参保率达98%。");
    const insured = extractProgrammes(createExtractContext(article, { sentences: splitSentences(article) })).map((m) => m.name);
    expect(insured).toEqual(["城乡居民基本医疗保险", "城乡居民基本医疗保险"]);
    // The Party's national education campaigns, which every county reports on.
    expect(names("县委常委会深入开展党纪学习教育，全县巩固党史学习教育成果。")).toEqual(["党纪学习教育", "党史学习教育"]);
    // Straw use, changing customs, buying from poor areas, teaching at home, allowances for the very old.
    expect(names("全镇推进秸秆综合利用和移风易俗，机关食堂开展消费帮扶。")).toEqual(["秸秆综合利用", "移风易俗", "消费帮扶"]);
    expect(names("特教老师每月送教上门两次，全县为1.2万名老人发放高龄津贴。")).toEqual(["送教上门", "高龄津贴"]);
    // Social assistance, job subsidies, rural reform and water works every county reports in their national names.
    expect(names("该区足额发放困难残疾人生活补贴和重度残疾人护理补贴，特困人员救助供养标准同步提高。")).toEqual([
      "困难残疾人生活补贴",
      "重度残疾人护理补贴",
      "特困人员救助供养",
    ]);
    expect(names("向312家企业发放失业保险稳岗返还，落实一次性扩岗补助，深化农村集体产权制度改革。")).toEqual([
      "失业保险稳岗返还",
      "一次性扩岗补助",
      "农村集体产权制度改革",
    ]);
    expect(names("完成水土流失综合治理12平方公里，推进农村生活污水治理和农村黑臭水体治理。")).toEqual([
      "水土流失综合治理",
      "农村生活污水治理",
      "农村黑臭水体治理",
    ]);
    expect(names("开展生源地信用助学贷款，实施义务教育薄弱环节改善与能力提升项目。")).toEqual([
      "生源地信用助学贷款",
      "义务教育薄弱环节改善与能力提升",
    ]);
    // 特困供养人员, 低收入人口动态监测对象: the people a national programme serves are no mention of it.
    expect(names("走访特困供养人员，核查低收入人口动态监测对象。")).toEqual([]);
  });

  it("names a national programme printed by its short name as the nation names it in full", () => {
    const article = articleFixture("为企业发放稳岗返还资金，全县特困供养水平稳步提高。");
    const found = extractProgrammes(createExtractContext(article, { sentences: splitSentences(article) })).map((m) => m.name);
    expect(found).toEqual(["失业保险稳岗返还", "特困人员救助供养"]);
  });

  it("names a programme known by name the same whether it is quoted or not", () => {
    expect(names("该县推进“共富工坊”建设，全面推行“河长制”。")).toEqual(["共富工坊", "河长制"]);
    expect(names("该县推进共富工坊建设。")).toEqual(["共富工坊"]);
  });

  it("keeps half-width quotes and normalises them", () => {
    const text = '深化"红色物业"服务品牌建设。';
    expect(findProgrammeNames(text, getSegmenter().tag(text), lexicon)[0]?.category).toBe("brand");
  });
});

describe("findProgrammeNames: quoted names listed together", () => {
  it("gives each quoted name of a list the head the last one is named with", () => {
    expect(names("镇妇联开展“护苗”“暖心”行动，走访家庭300户。")).toEqual(["“护苗”行动", "“暖心”行动"]);
    expect(names("打造“稻花香”、“渔米乡”品牌。")).toEqual(["“稻花香”品牌", "“渔米乡”品牌"]);
  });

  it("names every quoted name of a list closed by 等 and a programme head by its quote", () => {
    expect(names("开展“法律进村”“普法下乡”等主题活动150余场。")).toEqual(["“法律进村”", "“普法下乡”"]);
    expect(names("推广“村民说事”、“积分评比”等工作法。")).toEqual(["“村民说事”", "“积分评比”"]);
    // The sample page's care activities: named activities the list says it launched, not slogans.
    expect(names("开展“冬日送温暖”“夏日送清凉”等关爱活动。")).toEqual(["“冬日送温暖”", "“夏日送清凉”"]);
  });

  it("names a list a rectification governs as one campaign on all it lists (耕地“非农化”“非粮化”专项整治)", () => {
    expect(names("县自然资源局开展耕地“非农化”“非粮化”专项整治，整改图斑120个。")).toEqual(["耕地“非农化”“非粮化”专项整治"]);
    expect(names("开展“两违”、“三乱”集中整治。")).toEqual(["“两违”、“三乱”集中整治"]);
  });

  it("reads no list whose end names no programme", () => {
    expect(names("坚持“一对一”“点对点”等方式。")).toEqual([]);
    expect(names("利用“三八”“六一”等活动场所宣传。")).toEqual([]);
    expect(names("围绕“敬老月”“重阳节”，各村走访老人。")).toEqual([]);
  });
});

describe("findProgrammeNames: the words around a quoted name", () => {
  it("opens the name with the nouns between its launch verb and its quote", () => {
    expect(names("开展农村“三资”清理行动。")).toEqual(["农村“三资”清理行动"]);
    expect(names("推行村级“小微权力”清单制度。")).toEqual(["村级“小微权力”清单制度"]);
    // A field named by an adjectival noun (安全/an) opens it too.
    expect(names("组织开展安全宣传“五进”活动80场次。")).toEqual(["安全宣传“五进”活动"]);
    // Words of quantity, order or reference, and verbs, open no name.
    expect(names("开展全县“双百”活动，深入开展新一轮“清风”行动，开展第二届“美丽庭院”评选活动。")).toEqual([
      "“双百”活动",
      "“清风”行动",
      "“美丽庭院”评选活动",
    ]);
    expect(names("深化“红色物业”服务品牌建设。")).toEqual(["“红色物业”服务品牌"]);
    // Up to eight characters of nouns, a field of work (整治/vn) among them, and the verb launches a name with no head.
    expect(names("推行城乡环境卫生整治“红黑榜”制度。")).toEqual(["城乡环境卫生整治“红黑榜”制度"]);
    expect(names("推出乡村环境卫生“文明超市”，村民以积分换物。")).toEqual(["乡村环境卫生“文明超市”"]);
  });

  it("names a policy by its quote (落实“两免一补”政策), not a slogan about policies", () => {
    expect(names("全面落实“两免一补”政策。")).toEqual(["“两免一补”政策"]);
    expect(names("变“人找政策”为“政策找人”。")).toEqual([]);
  });

  it("reads a policy's head past a bracketed gloss of its quote, and names grants (助学金, 奖学金)", () => {
    expect(names("对脱贫家庭子女实行“两免一补”（免学费、免书本费、补助生活费）政策。")).toEqual(["“两免一补”政策"]);
    expect(names("县里设立“春晖助学金”，为困难学生发放“金秋奖学金”。")).toEqual(["“春晖助学金”", "“金秋奖学金”"]);
  });

  it("knows national employment and rural schemes by name, unless their name goes on to name another programme", () => {
    expect(names("县人社局发放创业担保贷款3200万元，建成就业帮扶车间42个和零工市场1个。")).toEqual(["创业担保贷款", "就业帮扶车间", "零工市场"]);
    expect(names("落实返乡创业担保贷款贴息政策。")).toEqual(["返乡创业担保贷款贴息政策"]);
    // A head alone after the name names the same programme; a scope before it too.
    expect(names("实施农村危房改造工程，推进城镇老旧小区改造。")).toEqual(["农村危房改造", "老旧小区改造"]);
  });

  it("reads the programme a bulletin's item heads with its body (县民政局：“…”居家养老服务…) as launched", () => {
    expect(names("三、县民政局：“银龄安康”居家养老服务提质扩面。")).toEqual(["“银龄安康”居家养老服务"]);
    expect(names("“银龄安康”居家养老服务提质扩面。")).toEqual([]);
  });

  it("names job fairs a county holds, village councils and mediation rooms, and an event of a national campaign as the campaign", () => {
    expect(names("县人社局举办高校毕业生专场招聘会5场。")).toEqual(["高校毕业生专场招聘会"]);
    expect(names("各村成立“乡贤议事会”，在乡镇设立“和事佬调解室”12个。")).toEqual(["“乡贤议事会”", "“和事佬调解室”"]);
    expect(names("举办“春风行动”专场招聘会8场。")).toEqual(["春风行动"]);
    // A policy under a national programme is one of its own.
    expect(names("落实“雨露计划”职业教育补助。")).toEqual(["“雨露计划”职业教育补助"]);
  });

  it("takes a second object of the verb that launched a national programme, named without quotes", () => {
    expect(names("实施城乡供水一体化和山区供水保障工程。")).toEqual(["城乡供水一体化", "山区供水保障工程"]);
  });

  it("knows national funding and relief schemes by name (以奖代补, 临时救助), and no programme in a formula's last term", () => {
    expect(names("对达标村组实行以奖代补，全年实施临时救助900人次。")).toEqual(["以奖代补", "临时救助"]);
    expect(names("为农户提供“信贷+保险”一站式服务。")).toEqual([]);
  });

  it("knows the assistance schemes by name (低保, 医疗救助), and a group named after a scheme as no programme", () => {
    expect(names("县民政局将城市低保标准提高到每人每月700元，通过医疗救助减轻患者负担。")).toEqual(["城市低保", "医疗救助"]);
    expect(names("为临时救助对象和城乡低保户发放慰问金，走访低保边缘家庭。")).toEqual([]);
  });

  it("takes a launched clean-up (开展“四乱”整治) and demonstration belt, park or site (打造“…示范带”) as programmes, not one praised", () => {
    expect(names("开展“三清”整治，打造“稻渔共生示范带”，建成“智慧茶园”示范园。")).toEqual(["“三清”整治", "“稻渔共生示范带”", "“智慧茶园”示范园"]);
    expect(names("群众对“三清”整治很满意。")).toEqual([]);
  });

  it("reads rolling out (推开, 铺开) as launching what a weak head names (在全镇推开“长者食堂”)", () => {
    expect(names("在全镇推开“银龄食堂”，全面铺开“邻里守望”服务。")).toEqual(["“银龄食堂”", "“邻里守望”服务"]);
  });

  it("takes a bracketed heading that is a quoted name (【“…”专项职业能力培训】) as launched", () => {
    expect(names("【“竹编工”专项职业能力培训】")).toEqual(["“竹编工”专项职业能力培训"]);
    expect(names("他说“竹编工”培训很受欢迎。")).toEqual([]);
  });

  it("knows the national campaign on work safety by name (安全生产治本攻坚三年行动)", () => {
    expect(names("会议听取了全县安全生产治本攻坚三年行动推进情况汇报。")).toEqual(["安全生产治本攻坚三年行动"]);
  });

  it("knows national schemes of care, employment and water safety by name, and a group named after one as no programme", () => {
    expect(names("推进医养结合，试点长期护理保险，落实以工代训。")).toEqual(["医养结合", "长期护理保险", "以工代训"]);
    expect(names("实施病险水库除险加固，聘用群测群防员320名。")).toEqual(["病险水库除险加固"]);
    // The rural living-environment campaign, unless its name goes on to name a programme of its own.
    expect(names("持续推进农村人居环境整治，深入实施农村人居环境整治提升行动。")).toEqual(["农村人居环境整治", "农村人居环境整治提升行动"]);
  });

  it("keeps a campaign under a named programme of another kind (“以工代赈”专项行动) its own, an event of a named campaign not", () => {
    expect(names("开展“以工代赈”专项行动。")).toEqual(["“以工代赈”专项行动"]);
    expect(names("举办“春风行动”专场招聘会8场。")).toEqual(["春风行动"]);
  });

  it("takes a conversion a county launches (落实“煤改电”) as a programme, and not one it only praises", () => {
    expect(names("县发改局推进“油改气”，镇里落实“旱厕改水厕”。")).toEqual(["“油改气”", "“旱厕改水厕”"]);
    expect(names("将该镇“油改气”做法列为典型经验推广。")).toEqual([]);
  });

  it("takes an integration a county launches (推进“托幼一体化”) as a programme, and not one it holds as a concept", () => {
    expect(names("县卫健局联合县教育局推进“托幼一体化”，幼儿园开设托班30个。")).toEqual(["“托幼一体化”"]);
    expect(names("坚持“城乡一体化”理念。")).toEqual([]);
    // A strategy named after a word of development is a concept too; an integration says how the work after it is done.
    expect(names("深入实施“茶旅一体化”发展战略。")).toEqual([]);
    expect(names("实施农村公路“城乡一体化”养护，覆盖行政村120个。")).toEqual(["农村公路“城乡一体化”养护"]);
    // Before words the tagger reads as no activity (保洁/a), the integration names nothing alone.
    expect(names("实施农村垃圾“全域一体化”保洁，覆盖行政村120个。")).toEqual([]);
    // What a programme named by its head demands leaves it a programme.
    expect(names("县农业农村局按照“首厕过关制”要求，新改建户厕680户。")).toEqual(["“首厕过关制”"]);
  });

  it("takes a head right behind a head as the name's (“山里人家”民宿改造|计划)", () => {
    expect(names("实施“山里人家”民宿改造计划。")).toEqual(["“山里人家”民宿改造计划"]);
  });

  it("knows the river-and-lake chief system as one, not as a lake chief system inside it", () => {
    expect(names("依托河湖长制，落实三级河湖长286名；全面推行河长制、湖长制。")).toEqual(["河湖长制", "河长制", "湖长制"]);
  });

  it("names the work done on a brand or platform when a head follows it (品牌|提升行动)", () => {
    expect(names("实施“千村示范”品牌提升行动。")).toEqual(["“千村示范”品牌提升行动"]);
    // A quoted head word alone is read as any quoted name is: its building is the programme.
    expect(names("县民政局推进农村“幸福院”建设，新建幸福院12个。")).toEqual(["农村“幸福院”建设"]);
    // Cultivating or creating it is such work too (品牌培育行动, 示范村创建活动).
    expect(names("实施“漓江人家”品牌培育行动，开展“美丽乡村”示范村创建活动。")).toEqual(["“漓江人家”品牌培育行动", "“美丽乡村”示范村创建活动"]);
    expect(names("打造“红色物业”服务品牌，推动物业服务提质。")).toEqual(["“红色物业”服务品牌"]);
  });
});

describe("extractProgrammes", () => {
  it("finds the main programme and the other programmes, and no programme in a campaign's slogan headings", () => {
    const ctx = createExtractContext(GUSHI_CHILDREN, { sentences: splitSentences(GUSHI_CHILDREN) });
    const mentions = extractProgrammes(ctx);
    expect(ctx.programmes.main?.name).toBe("“护苗关爱”行动");
    // 精准摸排建台账。暖心服务送关爱。: a campaign whose name counts no parts has sections, not sub-measures.
    expect(ctx.programmes.measures).toEqual([]);
    expect(mentions.map((m) => m.name)).toEqual(
      expect.arrayContaining(["“县乡村”三级关爱服务体系", "“1+3”联席会议机制"]),
    );
    for (const mention of mentions) {
      expect(GUSHI_CHILDREN.text.slice(mention.start, mention.end)).toBe(mention.surface);
    }
  });

  it("leaves a sub-measure's list number out of its name", () => {
    const article = articleFixture(
      [
        "今年以来，某县深入推进“三做”产业发展行动，培育特色产业村42个。",
        "一、做强特色种养。扶持发展养殖户860户。",
        "二是做优产品加工。引进加工企业9家。",
        "（三）做活电商销售。培训电商人才1500人次。",
      ].join("\n"),
    );
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    extractProgrammes(ctx);
    expect(ctx.programmes.measures.map((m) => [m.name, m.surface])).toEqual([
      ["做强特色种养", "做强特色种养"],
      ["做优产品加工", "做优产品加工"],
      ["做活电商销售", "做活电商销售"],
    ]);
  });

  it("anchors a programme named only in the headline to the body sentence that enumerates it", () => {
    const article = articleFixture(
      ["某县坚持政策宣讲到位、帮扶措施到位、跟踪问效到位，做好困难群众救助工作。", "政策宣讲到位。组织干部进村入户宣讲政策。", "帮扶措施到位。建立救助台账。", "跟踪问效到位。每季度回访一次。"].join("\n"),
      { title: "某县坚持“三个到位”做好困难群众救助" },
    );
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    extractProgrammes(ctx);
    expect(ctx.programmes.main).toMatchObject({ name: "“三个到位”", sentence: 0, surface: "“三个到位”" });
    expect(ctx.programmes.measures).toHaveLength(3);
  });

  it("finds an unquoted mechanism only when the lead names no quoted programme", () => {
    const article = articleFixture(
      ["为提升小区治理水平，某区建立党组织领导下的业主委员会、物业企业协同治理机制，推动问题就地解决。", "落实议事规则。每月召开联席会议。", "畅通诉求渠道。开通服务热线。"].join("\n"),
    );
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    extractProgrammes(ctx);
    expect(ctx.programmes.main?.name).toBe("业主委员会、物业企业协同治理机制");
  });

  it("accepts a quoted name without head noun that a verb of no setting-up launches only when the headline quotes it", () => {
    const body = "某县依托新时代文明实践站，打造“童心港湾”，组织志愿者为留守儿童辅导功课。孩子们说“童心港湾”很好。";
    const confirmed = articleFixture(body, { title: "某县“童心港湾”温暖留守儿童" });
    const ctx = createExtractContext(confirmed, { sentences: splitSentences(confirmed) });
    extractProgrammes(ctx);
    expect(ctx.programmes.main).toMatchObject({ name: "“童心港湾”", sentence: 0, attributes: { category: "initiative" } });
    const goal = articleFixture("某县打造“积极老龄”新格局，服务老年人。", { title: "某县打造“积极老龄”新格局" });
    expect(extractProgrammes(createExtractContext(goal, { sentences: splitSentences(goal) }))).toEqual([]);
    const unconfirmed = articleFixture(body, { title: "某县关爱留守儿童" });
    expect(extractProgrammes(createExtractContext(unconfirmed, { sentences: splitSentences(unconfirmed) }))).toEqual([]);
  });

  it("takes no part every plan has (实施内容, 工作要求) for a measure of the main programme", () => {
    const body = [
      "为解决群众急难愁盼问题，某县实施“十件民生实事”工程。",
      "一、实施内容",
      "（一）农村供水保障。新建供水站12座。",
      "（二）困难群众救助。发放救助金3200万元。",
      "二、工作要求",
      "各单位按季度报送进展。",
    ].join("\n");
    const article = articleFixture(body, { title: "某县2025年民生实事实施方案" });
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    extractProgrammes(ctx);
    expect(ctx.programmes.main?.name).toBe("“十件民生实事”工程");
    expect(ctx.programmes.measures.map((m) => m.name)).toEqual(["农村供水保障", "困难群众救助"]);
  });

  it("takes neither a policy's procedure nor its other matters, nor their steps, for measures (四、申报流程 / 1.个人申请)", () => {
    const body = [
      "为加快肉羊产业发展，某县实施“万只肉羊”扩群工程。",
      "一、补贴标准",
      "（一）基础母羊扩群补贴。每只补贴300元。",
      "二、申报流程",
      "1.个人申请。养殖户向所在村提出申请。",
      "2.乡镇审核。乡镇人民政府汇总审核。",
      "三、其他事项",
      "对虚报冒领的全额追回。",
    ].join("\n");
    const article = articleFixture(body, { title: "某县肉羊产业扶持办法" });
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    extractProgrammes(ctx);
    expect(ctx.programmes.measures.map((m) => m.name)).toEqual(["基础母羊扩群补贴"]);
  });

  it("takes no item of a part that says how the plan is carried out (三、保障措施 / （一）强化资金保障), nor the plan's title, for a measure", () => {
    const body = [
      "为解决群众急难愁盼问题，某县实施“十件民生实事”工程。",
      "某县十件民生实事工程实施方案",
      "一、重点任务",
      "（一）农村供水保障。新建供水站12座。",
      "（二）困难群众救助。发放救助金3200万元。",
      "二、保障措施",
      "（一）强化资金保障。县财政局统筹资金。",
      "（二）严格督导考核。纳入年度考核。",
    ].join("\n");
    const article = articleFixture(body, { title: "某县2025年民生实事实施方案" });
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    extractProgrammes(ctx);
    expect(ctx.programmes.measures.map((m) => m.name)).toEqual(["农村供水保障", "困难群众救助"]);
  });

  it("takes no headings for measures of a national programme the report is about, only of the county's own model", () => {
    const sections = ["补齐路网短板。新改建农村公路86公里。", "筑牢安全防线。完成危桥改造12座。"];
    const national = articleFixture(["今年以来，某县深入推进四好农村路建设，农村公路通达率达100%。", ...sections].join("\n"), { title: "某县推进四好农村路建设" });
    const nationalCtx = createExtractContext(national, { sentences: splitSentences(national) });
    extractProgrammes(nationalCtx);
    expect(nationalCtx.programmes.measures).toEqual([]);
    const own = articleFixture(["今年以来，某县深入实施“两畅两安”工程，农村公路通达率达100%。", ...sections].join("\n"), { title: "某县实施“两畅两安”工程" });
    const ownCtx = createExtractContext(own, { sentences: splitSentences(own) });
    extractProgrammes(ownCtx);
    expect(ownCtx.programmes.measures.map((m) => m.name)).toEqual(["补齐路网短板", "筑牢安全防线"]);
  });

  it("takes a heading for a measure when the model's name counts its parts or the heading is a programme's name itself", () => {
    const sections = ["建好路，打通产业“致富路”。新改建农村公路86公里。", "管好路，压实“路长”责任。聘用养护员412名。", "（三）城区公厕改造建设。新建公厕24座。"];
    const campaign = articleFixture(["今年以来，某县深入实施“畅行乡村”工程，农村公路通达率达100%。", ...sections].join("\n"), { title: "某县实施“畅行乡村”工程" });
    const campaignCtx = createExtractContext(campaign, { sentences: splitSentences(campaign) });
    extractProgrammes(campaignCtx);
    expect(campaignCtx.programmes.measures.map((m) => m.name)).toEqual(["城区公厕改造建设"]);
    const counted = articleFixture(["今年以来，某县深入实施“三好农村路”工程，农村公路通达率达100%。", ...sections].join("\n"), { title: "某县实施“三好农村路”工程" });
    const countedCtx = createExtractContext(counted, { sentences: splitSentences(counted) });
    extractProgrammes(countedCtx);
    expect(countedCtx.programmes.measures.map((m) => m.name)).toEqual(["建好路，打通产业“致富路”", "管好路，压实“路长”责任", "城区公厕改造建设"]);
  });

  it("takes no report's progress, problems or suggestions, nor the items under them, for measures", () => {
    const body = [
      "今年以来，某县深入实施“银龄助餐三进”工程，建成助餐点36个。",
      "一、主要做法",
      "（一）助餐服务扩面。新建助餐点12个。",
      "二、项目实施进展",
      "助餐点已全部运营。",
      "三、意见建议",
      "（一）盘活闲置设施资源。建议整合村级活动场所。",
      "（二）加强人才队伍建设。建议培训助餐员。",
    ].join("\n");
    const article = articleFixture(body, { title: "关于某县“银龄助餐三进”工程实施情况的调研报告" });
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    extractProgrammes(ctx);
    expect(ctx.programmes.measures.map((m) => m.name)).toEqual(["助餐服务扩面"]);
  });

  it("gives sections no measures of a programme the lead merely lists among its figures", () => {
    const body = [
      "过去一年，某县新增城镇就业4200人，完成“两改一提”住房工程860户，发放低保金9600万元。",
      "一、织密民生保障网",
      "新建城区学位1800个。",
      "二、壮大茶叶产业",
      "茶园面积达到12万亩。",
    ].join("\n");
    const listed = articleFixture(body, { title: "某县人民政府工作报告（摘要）" });
    const ctx = createExtractContext(listed, { sentences: splitSentences(listed) });
    extractProgrammes(ctx);
    expect(ctx.programmes.main?.name).toBe("“两改一提”住房工程");
    expect(ctx.programmes.measures).toEqual([]);
    // The same sections under a headline that names the programme are its measures.
    const named = articleFixture(body, { title: "某县“两改一提”住房工程惠及860户" });
    const namedCtx = createExtractContext(named, { sentences: splitSentences(named) });
    extractProgrammes(namedCtx);
    expect(namedCtx.programmes.measures.map((m) => m.name)).toEqual(["织密民生保障网", "壮大茶叶产业"]);
  });

  it("takes no heading that states how a field of work went for a measure, unless it repeats its slogan's word", () => {
    const body = [
      "今年以来，某县深入实施“五心暖家”工程，为退役军人办实事120件。",
      "一、就业创业扎实推进",
      "举办专场招聘会6场。",
      "二、优待政策落实到位",
      "发放优待证3200张。",
      "三、权益维护有力有效",
      "化解信访事项15件。",
      "四、产业扶持让老兵增收",
      "扶持创业项目40个。",
      "五、建好服务站点",
      "新建服务站12个。",
    ].join("\n");
    const article = articleFixture(body, { title: "某县“五心暖家”工程惠及退役军人" });
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    extractProgrammes(ctx);
    expect(ctx.programmes.main?.name).toBe("“五心暖家”工程");
    expect(ctx.programmes.measures.map((m) => m.name)).toEqual(["建好服务站点"]);
    // The parts of a slogan (“三个到位”) repeat its word: they are its measures.
    const slogan = articleFixture(
      ["近年来，某县坚持“三个到位”，做实老干部服务。", "一、服务保障到位", "走访老干部300人次。", "二、阵地建设到位", "新建活动室12个。"].join("\n"),
      { title: "某县坚持“三个到位”做实老干部服务" },
    );
    const sloganCtx = createExtractContext(slogan, { sentences: splitSentences(slogan) });
    extractProgrammes(sloganCtx);
    expect(sloganCtx.programmes.measures.map((m) => m.name)).toEqual(["服务保障到位", "阵地建设到位"]);
  });

  it("takes an everyday-headed name the headline launches when the body prints it again", () => {
    const body = "9月2日，某县秋季技能培训月活动在县职教中心启动。活动面向返乡农民工开设电工、焊工等课程。";
    const printedTwice = articleFixture(body, { title: "某县开展秋季技能培训月活动" });
    const ctx = createExtractContext(printedTwice, { sentences: splitSentences(printedTwice) });
    extractProgrammes(ctx);
    expect(ctx.programmes.main).toMatchObject({ name: "秋季技能培训月活动", sentence: 0, surface: "秋季技能培训月活动" });
    const once = articleFixture("9月2日，某县在县职教中心开设电工、焊工等课程。", { title: "某县开展秋季技能培训月活动" });
    expect(extractProgrammes(createExtractContext(once, { sentences: splitSentences(once) }))).toEqual([]);
  });

  it("finds no programme in a report that names none", () => {
    const article = articleFixture("近日，某县召开全县经济工作会议，总结全年工作。会议强调要稳中求进。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    expect(extractProgrammes(ctx)).toEqual([]);
    expect(ctx.programmes.main).toBeUndefined();
  });
});
