import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../pipeline/extract/context.js";
import { findGroupSpans, extractGroups } from "../../pipeline/extract/group.js";
import { extractCorpus } from "../../pipeline/extract/index.js";
import { getLexicon } from "../../pipeline/extract/lexicon.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { ANJI_WORKSHOPS, articleFixture } from "./article-fixture.js";

const lexicon = getLexicon();
const groups = (text: string): string[] =>
  findGroupSpans(getSegmenter().tag(text), lexicon.groups, lexicon.common.verbLikeNouns).map((g) => g.name);

describe("findGroupSpans", () => {
  it("expands a head noun over its modifiers", () => {
    expect(groups("帮助低收入农户、留守妇女就近就业")).toEqual(["低收入农户", "留守妇女"]);
    expect(groups("覆盖离退休干部2300余名")).toEqual(["离退休干部"]);
    expect(groups("关爱农村留守儿童和困境儿童")).toEqual(["农村留守儿童", "困境儿童"]);
  });

  it("names a group with the ages it is of (65岁及以上, 80周岁以上, 0至3岁)", () => {
    expect(groups("为65岁及以上老年人免费体检，给80周岁以上高龄老人发放津贴，为0至3岁婴幼儿提供托育服务。")).toEqual([
      "65岁及以上老年人",
      "80周岁以上高龄老人",
      "0至3岁婴幼儿",
    ]);
    // A count before the group is no age.
    expect(groups("走访65名老年人。")).toEqual(["老年人"]);
  });

  it("reads a role the tagger cut from its ending (管护|员, 巡护|员) as one word, with the noun before it", () => {
    expect(groups("聘用水库管护员36名，组建森林巡护员队伍。")).toEqual(["水库管护员", "森林巡护员"]);
  });

  it("knows livestreamers, heritage bearers, postgraduates and physicians as groups, a stage of life (青年) naming which", () => {
    expect(groups("培训乡村主播300人次，认定非遗传承人40名，引进硕士研究生12名，培养青年医师30名。")).toEqual([
      "乡村主播",
      "非遗传承人",
      "硕士研究生",
      "青年医师",
    ]);
  });

  it("reads a bare group word right after a person's name as who that person is (周玉兰老人说), no group", () => {
    expect(groups("家住城关社区的周玉兰老人说，食堂饭菜可口。")).toEqual([]);
    expect(groups("为空巢老人周玉兰送去棉被。")).toEqual(["空巢老人"]);
  });

  it("reads herding households (牧户) as one word, with nothing glued before them", () => {
    expect(groups("旗财政安排资金为牧户修建暖棚，带动900户牧户增收")).toEqual(["牧户", "牧户"]);
  });

  it("splits two groups written together instead of inventing a compound", () => {
    expect(groups("增强离退休干部党员教育管理")).toEqual(["离退休干部", "党员"]);
  });

  it("reads a household before another group as whose members are meant", () => {
    expect(groups("为326名脱贫家庭学生发放补助")).toEqual(["脱贫家庭学生"]);
    expect(groups("资助困难家庭子女和低保家庭学生")).toEqual(["困难家庭子女", "低保家庭学生"]);
    expect(groups("将低保家庭和困难家庭纳入")).toEqual(["低保家庭", "困难家庭"]);
  });

  it("does not extend over scope words, verbs or numbers", () => {
    expect(groups("提高全县机关党务干部能力")).toEqual(["机关党务干部"]);
    expect(groups("走访群众1.4万余户")).toEqual(["群众"]);
    expect(groups("为留守儿童健康成长保驾护航")).toEqual(["留守儿童"]);
    expect(groups("为方便群众办事，设立服务点。")).toEqual(["群众"]);
    expect(groups("在2023年度人才工作考核中位列第一。")).toEqual(["人才"]);
    // Words of how many or which (部分, 现有, 全国) and of what concerns them (事关) open no group.
    expect(groups("部分退役军人技能单一，为现有退役军人建档，资助全国学生，事关困难群众生活。")).toEqual(["退役军人", "退役军人", "学生", "困难群众"]);
    // A length (时长, 全长) is no chief's post.
    expect(groups("累计服务时长3.2万小时，项目全长12公里。")).toEqual([]);
  });

  it("reads economic hardship as a modifier, and a household before it (家庭经济困难学生, 经济困难老人)", () => {
    expect(groups("惠及家庭经济困难学生9.2万人次，对经济困难老人给予补贴。")).toEqual(["家庭经济困难学生", "经济困难老人"]);
    // Young children and boarders are whom school aid serves too.
    expect(groups("对家庭经济困难幼儿减免保教费，为农村寄宿生发放补助。")).toEqual(["家庭经济困难幼儿", "农村寄宿生"]);
  });

  it("takes no state or school term for whose students a policy serves (国家学生资助, 每学期学生)", () => {
    expect(groups("落实国家学生资助政策，每学期学生可申请一次。")).toEqual(["学生", "学生"]);
  });

  it("reads a list's first item opened by a listed modifier as that modifier's group (农村高龄、独居老人)", () => {
    expect(groups("为农村高龄、独居老人提供上门服务。").sort()).toEqual(["农村高龄老人", "独居老人"].sort());
  });

  it("reads a list's first item opened by a place or scope word as the condition's group alone (城区高龄、空巢老人)", () => {
    expect(groups("为城区高龄、空巢老人配送午餐。").sort()).toEqual(["高龄老人", "空巢老人"].sort());
    expect(groups("全县困难、失能老人纳入保障。").sort()).toEqual(["困难老人", "失能老人"].sort());
  });

  it("keeps a negation with the modifier it negates, and leaves a township's name out of the group", () => {
    expect(groups("为未就业退役军人提供岗位。")).toEqual(["未就业退役军人"]);
    // 410|名未|就业: the negation glued to the measure word before it.
    expect(groups("吸纳410名未就业高校毕业生参加见习。")).toEqual(["未就业高校毕业生"]);
    expect(groups("汪口镇茶农说，茶叶卖了好价钱。")).toEqual(["茶农"]);
  });

  it("knows farmers by their crop (竹农, 椒农) and platform riders (骑手), and no recruiting of Party members (发展党员)", () => {
    expect(groups("组织竹农、椒农参加培训，为骑手提供饮水服务。")).toEqual(["竹农", "椒农", "骑手"]);
    expect(groups("严格发展党员程序，全年发展党员12名。")).toEqual([]);
  });

  it("knows those who moved with family (随迁老人) and the households watched against falling back into poverty", () => {
    expect(groups("为随迁老人办理备案，将防返贫监测对象纳入帮扶。")).toEqual(["随迁老人", "防返贫监测对象"]);
  });

  it("reads a group before relatives as whose relatives they are", () => {
    expect(groups("慰问困难职工子女和烈士遗属")).toEqual(["困难职工子女", "烈士遗属"]);
    expect(groups("为农民工子女、军人家属提供服务")).toEqual(["农民工子女", "军人家属"]);
    // Relatives alone are too vague to be a group.
    expect(groups("子女和家属也来了")).toEqual([]);
  });

  it("gives the head of a group to the modifiers listed before it", () => {
    expect(groups("关爱留守、困境儿童").sort()).toEqual(["困境儿童", "留守儿童"]);
    expect(groups("为留守、独居和空巢老人服务").sort()).toEqual(["独居老人", "留守老人", "空巢老人"]);
    expect(groups("为失能、半失能老年人提供照护").sort()).toEqual(["半失能老年人", "失能老年人"]);
    // A group before the comma-list is a group of its own, and a verb lends nothing.
    expect(groups("为老人、困境儿童服务").sort()).toEqual(["困境儿童", "老人"]);
    expect(groups("开展宣传、困境儿童帮扶")).toEqual(["困境儿童"]);
    // A noun for people is a group of its own, even one the lexicon lists as a modifier (外卖骑手), and lends no head.
    expect(groups("组织骑手和致富带头人参与")).toEqual(["骑手", "致富带头人"]);
  });

  it("finds groups in reported speech, but none in a quoted slogan", () => {
    const article = articleFixture(
      "“汛期前我们就把独居老人、留守儿童和残疾人登记造册，一有险情优先转移。”村党支部书记说。县里推行“党员联户、关爱留守儿童”机制。",
    );
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    expect(extractGroups(ctx).map((m) => m.name)).toEqual(["独居老人", "留守儿童", "残疾人"]);
  });

  it("knows girls and the key populations of health programmes", () => {
    expect(groups("资助农村困难女童")).toEqual(["农村困难女童"]);
    expect(groups("为重点人群和特殊人群提供签约服务")).toEqual(["重点人群", "特殊人群"]);
    // Patients of a serious illness, whom medical assistance pays for (大病患者), not ill patients alone.
    expect(groups("有效减轻了大病患者家庭负担，对重病患者实行二次报销")).toEqual(["大病患者", "重病患者"]);
  });

  it("knows the populations of resettlement, family-planning and farmer-training policy, and village worthies", () => {
    expect(groups("为860名易地扶贫搬迁群众提供就业服务")).toEqual(["易地扶贫搬迁群众"]);
    expect(groups("走访慰问计生特殊家庭")).toEqual(["计生特殊家庭"]);
    expect(groups("培育高素质农民1200人")).toEqual(["高素质农民"]);
    expect(groups("邀请乡贤参与村务议事")).toEqual(["乡贤"]);
  });

  it("keeps the first character of a group the segmenter glued to the measure word before it", () => {
    // 122|名大|病患者: the number's measure word and the group's first character were cut as one word.
    expect(groups("为122名大病患者报销医疗费用")).toEqual(["大病患者"]);
    // 86|名新|就业|形态|劳动者: a listed modifier glued to it further left opens the name.
    expect(groups("为86名新就业形态劳动者办理互助保障")).toEqual(["新就业形态劳动者"]);
  });

  it("knows workers (劳动者) by what marks them out, outdoor work included, and not alone", () => {
    expect(groups("驿站累计服务户外劳动者3.2万人次")).toEqual(["户外劳动者"]);
    expect(groups("维护劳动者合法权益")).toEqual([]);
  });

  it("knows the households and growers rural policy names", () => {
    expect(groups("将脱贫不稳定户、边缘易致贫户和突发严重困难户纳入监测")).toEqual(["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"]);
    expect(groups("为种植户、菜农提供农技服务")).toEqual(["种植户", "菜农"]);
    // 落户 is settling somewhere, not a household.
    expect(groups("引导企业落户园区")).toEqual([]);
  });

  it("leaves out the verb that says whom a measure is for, even when tagged a noun", () => {
    expect(groups("招聘会重点面向高校毕业生和农民工")).toEqual(["高校毕业生", "农民工"]);
    expect(groups("县里动员退役军人、关心困境儿童")).toEqual(["退役军人", "困境儿童"]);
    expect(groups("组织动员群众参与环境整治，党员关心群众冷暖")).toEqual(["群众", "党员", "群众"]);
  });

  it("reads a verb fused onto a generic head as verb and object (联系群众/l)", () => {
    expect(findGroupSpans(getSegmenter().tag("每名党员联系群众10户，发动群众参与"), lexicon.groups, lexicon.common.verbLikeNouns)).toMatchObject([
      { name: "党员" },
      { name: "群众", generic: true, start: 6, end: 8 },
      { name: "群众", generic: true },
    ]);
    // A listed modifier fused onto the head is still the group's (留守儿童 stays whole).
    expect(groups("关爱留守儿童")).toEqual(["留守儿童"]);
  });

  it("flags bare generic words", () => {
    const spans = findGroupSpans(getSegmenter().tag("倾听群众心声"), lexicon.groups, lexicon.common.verbLikeNouns);
    expect(spans).toMatchObject([{ name: "群众", generic: true }]);
  });

  it("knows the populations of health, social-assistance and poverty-monitoring reports", () => {
    expect(groups("为慢性病患者提供上门随访服务")).toEqual(["慢性病患者"]);
    // 慢特病 (chronic and special diseases of outpatient insurance) is one word, not 慢特|病患者.
    expect(groups("全县慢特病患者达1.2万人")).toEqual(["慢特病患者"]);
    // The two chronic diseases county health reports list before one head.
    expect(groups("为高血压、糖尿病患者提供免费随访").sort()).toEqual(["糖尿病患者", "高血压患者"]);
    expect(groups("为孕产妇和婴幼儿开展免费体检")).toEqual(["孕产妇", "婴幼儿"]);
    expect(groups("将低保家庭和困难家庭纳入救助对象")).toEqual(["低保家庭", "困难家庭", "救助对象"]);
  });

  it("knows the officials of the chief-responsibility systems and village postings", () => {
    expect(groups("全县设立县、乡、村三级林长468名，各级河长巡河3000余次")).toEqual(["林长", "河长"]);
    expect(groups("选派驻村干部120名")).toEqual(["驻村干部"]);
  });

  it("knows the populations employment and care reports name", () => {
    expect(groups("为农村转移劳动力和失业人员提供技能培训")).toEqual(["农村转移劳动力", "失业人员"]);
    expect(groups("帮助就业困难人员实现就业")).toEqual(["就业困难人员"]);
    expect(groups("为失能半失能老人提供助浴服务")).toEqual(["失能半失能老人"]);
  });

  it("needs a modifier before 家庭, 人口, 对象 and 群体, and leaves population counts and farms alone", () => {
    expect(groups("关心关爱各类群体")).toEqual([]);
    expect(groups("家家户户种上了油茶，户户有增收")).toEqual([]);
    expect(groups("全县常住人口达到52万")).toEqual([]);
    expect(groups("引导家庭参与社区活动")).toEqual([]);
    expect(groups("发展家庭农场120家")).toEqual([]);
  });

  it("does not take a stage or a cost for who the people are (义务教育阶段|适龄儿童, 医疗费用|患者)", () => {
    expect(groups("确保义务教育阶段适龄儿童应入尽入")).toEqual(["适龄儿童"]);
    expect(groups("对高额医疗费用患者开展监测")).toEqual(["患者"]);
  });

  it("needs a modifier before 人员, and knows 特困供养人员", () => {
    expect(groups("抽调人员开展排查")).toEqual([]);
    expect(groups("为特困供养人员发放取暖补贴")).toEqual(["特困供养人员"]);
  });

  it("keeps a verb of reaching people the tagger glues to a modifier (面向农村/n) out of the group", () => {
    expect(groups("培训主要面向农村妇女开展")).toEqual(["妇女"]);
  });

  it("skips a group word that names a place or body (儿童之家)", () => {
    expect(groups("依托乡镇儿童之家开设课堂")).toEqual([]);
    // A canteen or a reading room named by whom it serves is a facility; they are served only where named alone.
    expect(groups("全县建成长者饭堂46个、老年人活动室120个。")).toEqual([]);
    expect(groups("为长者提供助餐服务。")).toEqual(["长者"]);
    // 退役军人|服务|中心: the body's word cut in two.
    expect(groups("建成县级退役军人服务中心1个、退役军人服务站18个，全心全意为退役军人服务。")).toEqual(["退役军人"]);
    // A team of them is a unit counted, not the people served.
    expect(groups("全县组建家庭医生团队418个，为老年人提供上门服务。")).toEqual(["老年人"]);
  });

  it("takes a dispute between people (婚姻家庭纠纷, 村民矛盾) for the dispute, not for people served", () => {
    expect(groups("各调委会化解婚姻家庭纠纷86件、村民矛盾40起。")).toEqual([]);
    expect(groups("为困难家庭提供法律援助。")).toEqual(["困难家庭"]);
  });
});

describe("extractGroups", () => {
  it("resolves variants through the alias table and keeps the surface", () => {
    const article = articleFixture("县委组织部组织老干部开展调研。新就业群体参与社区治理。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    const mentions = extractGroups(ctx);
    expect(mentions.map((m) => [m.name, m.surface])).toEqual([
      ["离退休干部", "老干部"],
      ["新业态新就业群体", "新就业群体"],
    ]);
  });

  it("keeps sub-groups (离休干部, 退休干部) apart from 离退休干部", () => {
    const article = articleFixture("为离休干部配备家庭医生，为退休干部举办荣退仪式。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    expect(extractGroups(ctx).map((m) => m.name)).toEqual(expect.arrayContaining(["离休干部", "退休干部"]));
  });

  it("knows the target groups national assistance and employment policy names", () => {
    const article = articleFixture(
      "该县为灵活就业人员缴纳社保补贴，帮扶零就业家庭86户。关爱事实无人抚养儿童和孤儿，为种粮大户发放补贴，服务进城务工人员随迁子女。",
    );
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    expect(extractGroups(ctx).map((m) => m.name)).toEqual(["灵活就业人员", "零就业家庭", "事实无人抚养儿童", "孤儿", "种粮大户", "进城务工人员", "随迁子女"]);
  });

  it("does not take the verb before a group for its modifier (联系/救助 + group)", () => {
    const article = articleFixture("党员干部结对联系困难群众320户。民政部门临时救助困难群众56户，将其纳入救助对象。");
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    expect(extractGroups(ctx).map((m) => m.name)).toEqual(["党员干部", "困难群众", "困难群众", "救助对象"]);
  });

  it("takes the posts a firm offers in brackets after its name for positions, not groups", () => {
    const article = articleFixture("本次招聘会面向高校毕业生。1.惠州市博能新能源科技有限公司（品质管理员、技术员，需求86人）", { place: "博罗" });
    const [extraction] = extractCorpus([article]);
    expect(extraction!.entities.filter((e) => e.kind === "Group").map((e) => e.name)).toEqual(["高校毕业生"]);
  });

  it("takes a post printed right before a name for the person's title, and a group before a name for a group", () => {
    const article = articleFixture("镇党委书记陈建华表示，将组织党员干部入户走访独居老人。留守老人张桂兰高兴地说，现在吃饭方便了。", { place: "沂南" });
    const [extraction] = extractCorpus([article]);
    const found = extraction!.entities.filter((e) => e.kind === "Group").map((e) => e.name);
    expect(found).toEqual(["党员干部", "独居老人", "留守老人"]);
  });

  it("takes people who carry the work out (家庭医生, 村干部) for a group only where the sentence serves them", () => {
    const article = articleFixture("家庭医生定期上门巡诊，村干部入户走访独居老人。县卫健局为家庭医生发放补贴，组织培训村干部120人次。", { place: "沂南" });
    const [extraction] = extractCorpus([article]);
    expect(extraction!.entities.filter((e) => e.kind === "Group").map((e) => e.name)).toEqual(["独居老人", "家庭医生", "村干部"]);
    const grid = articleFixture("网格员每日巡查隐患，乡干部包片督导。县里组织培训网格员300人，带动劳动力就业。", { place: "沂南" });
    const groups = extractCorpus([grid])[0]!.entities.filter((e) => e.kind === "Group");
    expect(groups.map((e) => [e.name, e.attributes?.category])).toEqual([
      ["网格员", undefined],
      ["劳动力", "generic"],
    ]);
  });

  it("knows the child-welfare workers (儿童督导员, 儿童主任) as people who carry the work out", () => {
    const article = articleFixture("县民政局配备儿童督导员23名，配齐儿童主任236名。县民政局培训儿童督导员80人次，为困境儿童发放补贴。", { place: "沂南" });
    const [extraction] = extractCorpus([article]);
    expect(extraction!.entities.filter((e) => e.kind === "Group").map((e) => e.name)).toEqual(["儿童督导员", "困境儿童"]);
  });

  it("takes a post printed right after its body, before more posts and a name, for the body's post", () => {
    const article = articleFixture("“我们将把温暖送到每一名职工身边。”县总工会党组书记、常务副主席刘文静表示。", { place: "沂南" });
    const [extraction] = extractCorpus([article]);
    expect(extraction!.entities.filter((e) => e.kind === "Group").map((e) => e.name)).toEqual(["职工"]);
  });

  it("finds the groups of a Zhejiang report", () => {
    const ctx = createExtractContext(ANJI_WORKSHOPS, { sentences: splitSentences(ANJI_WORKSHOPS) });
    const names = extractGroups(ctx).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(["低收入农户", "留守妇女", "村民"]));
  });
});
