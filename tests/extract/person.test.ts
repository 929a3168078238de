import { describe, expect, it } from "vitest";
import { DATELINE_SENTENCE, extractPersons } from "../../pipeline/extract/person.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { makeArticle } from "./make-article.js";

function persons(text: string, reporters: string[] = []) {
  const article = makeArticle({ text, reporters, place: "沂水" });
  return extractPersons(article, splitSentences(article)).map((m) => ({
    name: m.name,
    surface: m.surface,
    category: m.attributes?.category,
    sentence: m.sentence,
  }));
}

const named = (text: string) => persons(text).map((p) => p.name);

describe("extractPersons: reporters", () => {
  it("gives each reporter a mention in the dateline sentence", () => {
    expect(persons("全县推进改革。成效明显。", ["赵敏", "钱东升"])).toEqual([
      { name: "赵敏", surface: "", category: "reporter", sentence: DATELINE_SENTENCE },
      { name: "钱东升", surface: "", category: "reporter", sentence: DATELINE_SENTENCE },
    ]);
  });

  it("points at the reporter's name when the dateline is part of the body", () => {
    const text = "本报沂水讯（通讯员 赵敏）全县推进改革。";
    const article = makeArticle({ text, reporters: ["赵敏"] });
    const [reporter] = extractPersons(article, splitSentences(article));
    expect(reporter).toMatchObject({ name: "赵敏", surface: "赵敏", start: 10, end: 12, sentence: 0 });
  });
});

describe("extractPersons: people named in the body", () => {
  it("reads a name after a title", () => {
    expect(named("镇党委书记韩立新带队调研。")).toEqual(["韩立新"]);
    expect(named("第一书记马晓峰介绍，合作社已有社员80户。")).toEqual(["马晓峰"]);
  });

  it("reads a name before 同志 or 说", () => {
    expect(named("老党员宋长海同志捐出积蓄。")).toEqual(["宋长海"]);
    expect(named("村民代表徐桂兰说，路修好了。")).toEqual(["徐桂兰"]);
  });

  it("reads a name after a word the segmenter made of a body and a title, or after a space", () => {
    expect(named("县纪委书记邓志刚通报了情况。")).toEqual(["邓志刚"]);
    expect(named("县政协主席 刘明出席会议。")).toEqual(["刘明"]);
  });

  it("reads a transliterated name joined by a middle dot whole", () => {
    expect(named("村党支部书记吐尔洪·买合木提介绍，村里建起了冷库。")).toEqual(["吐尔洪·买合木提"]);
    expect(named("牧民索朗·旺堆高兴地说，草场保护得好。")).toEqual(["索朗·旺堆"]);
    expect(named("乡长热依拉·艾买提介绍，全乡新建温室大棚120座。")).toEqual(["热依拉·艾买提"]);
    // A brand that joins a country and a city is no name.
    expect(named("中国·寿光蔬菜博览会开幕。")).toEqual([]);
  });

  it("reads a name the dictionary holds as a rare place word when a title or 介绍 confirms it", () => {
    expect(named("县人社局副局长吴兴国介绍，全县新增就业岗位860个。")).toEqual(["吴兴国"]);
    // The place word alone, with nothing to confirm a name, is none.
    expect(named("吴兴国境内新建冷库3座。")).toEqual([]);
  });

  it("reads a name after a deputy's title", () => {
    expect(named("副县长王建华出席活动，县委副书记刘建军讲话。")).toEqual(["王建华", "刘建军"]);
    expect(named("县农业农村局副处长胡志军、合作社副理事长邓文华出席活动。")).toEqual(["胡志军", "邓文华"]);
    expect(named("农业农村部种植业管理司司长潘文博出席。")).toEqual(["潘文博"]);
  });

  it("reads a name before how it is said (高兴地说, 笑着说)", () => {
    expect(named("72岁的村民张桂兰高兴地说，现在看病方便了。")).toEqual(["张桂兰"]);
    expect(named("村民宋长海笑着说，日子越过越好。")).toEqual(["宋长海"]);
    expect(named("当地居民高兴地说，路修好了。")).toEqual([]);
  });

  it("reads a name whose last character the segmenter left a word of its own (王立|坤|表示)", () => {
    expect(named("县卫健局局长王立坤表示，村民陈志峰说，路修好了。")).toEqual(["王立坤", "陈志峰"]);
    expect(named("县治水办副主任沈立群对本报记者说，河道变清了。")).toEqual(["沈立群"]);
  });

  it("reads no name from a preposition before a common word (向|群众), but one from a surname that is one (向|东林)", () => {
    expect(named("县委书记李明向群众介绍政策，村民代表向记者介绍。")).toEqual(["李明"]);
    expect(named("通讯员向东林说，村民向红梅说，路修好了。")).toEqual(["向东林", "向红梅"]);
  });

  it("reads a name whose last character the segmenter joined to 说 (李|明说, 刘德|明说), not an adverb before 说", () => {
    expect(named("县委书记李明说，要抓好落实。村党支部书记刘德明说，路修好了。")).toEqual(["李明", "刘德明"]);
    // 刘海|平说: the first two characters are a name the segmenter knows (刘海/nr), not half of a Tibetan name.
    expect(named("县农业农村局局长刘海平说，收入稳定了。")).toEqual(["刘海平"]);
    expect(named("局长王强也说，要抓好落实。")).toEqual(["王强"]);
  });

  it("ends a transliterated name before a verb and its particle (艾力·买买提|笑|着|说)", () => {
    expect(named("村民艾力·买买提笑着说，鸽子卖了好价钱。")).toEqual(["艾力·买买提"]);
  });

  it("reads a Mongolian name no common surname opens when the dictionary holds it as a name (乌力吉)", () => {
    expect(named("旗住房和城乡建设局局长乌力吉介绍，全旗完成改造1236户。")).toEqual(["乌力吉"]);
  });

  it("reads a Tibetan, Yi or Uyghur name printed without its dot whole", () => {
    expect(named("村党支部书记扎西顿珠介绍，牧民次仁卓玛说，草场好了。")).toEqual(["扎西顿珠", "次仁卓玛"]);
    expect(named("驻村第一书记吉克阿木说，村民阿依古丽告诉记者，日子好了。")).toEqual(["吉克阿木", "阿依古丽"]);
    // A common word after a name is no part of it.
    expect(named("县长张伟强调，局长王强调研时说，要抓好落实。")).toEqual(["张伟", "王强"]);
    // 指挥长|李洪涛 cut as 长李|洪涛: the surname and its given name across the cut are a Han name.
    expect(named("县防汛抗旱指挥部常务副指挥长李洪涛表示，要压实责任。")).toEqual(["李洪涛"]);
  });

  it("reads no name in a verb before a level (书记任县级总网格长), but one after a surname the tagger calls a pronoun (何|建平)", () => {
    expect(named("县委政法委书记任县级总网格长，县民政局副局长何建平介绍。")).toEqual(["何建平"]);
  });

  it("reads a name after a compound surname the tagger holds apart (欧阳|志刚), and after a title cut into it (指挥|长林|卫东)", () => {
    expect(named("县应急管理局局长欧阳志刚表示，要做好防范。")).toEqual(["欧阳志刚"]);
    expect(named("县防汛抗旱指挥部指挥长林卫东多次深入一线。")).toEqual(["林卫东"]);
  });

  it("reads a Mongolian name of five or six characters the segmenter cut in two (额尔敦|巴特尔), not a word and a Han name", () => {
    expect(named("旗农牧局局长额尔敦巴特尔表示，补奖资金已发放到户。")).toEqual(["额尔敦巴特尔"]);
    expect(named("来自上海的跑友刘先生说，明年还想再来。")).toEqual(["刘先生"]);
  });

  it("reads a name the segmenter guessed together with the verb of an aspect particle (孙伟作|了)", () => {
    expect(named("县人社局局长孙伟作了发言，副局长赵敏谈了体会。")).toEqual(["孙伟", "赵敏"]);
  });

  it("reads a name the segmenter glued to 说", () => {
    expect(persons("周圈村党总支书记卢成说：“我们村家家种花木。”").map((p) => [p.name, p.surface])).toEqual([["卢成", "卢成"]]);
  });

  it("knows the surnames common in the south (赖, 傅, 萧, 洪)", () => {
    expect(named("村民赖木生说，种杨梅一年能挣七万元。")).toEqual(["赖木生"]);
    expect(named("驻村第一书记傅建华、萧敏等同志参加。")).toEqual(["傅建华", "萧敏"]);
    expect(named("渔民洪阿水告诉记者，收成不错。")).toEqual(["洪阿水"]);
  });

  it("reads every name of a list closed by 等", () => {
    expect(named("评选出彭玉珍、蒋德福等一批身边好人。")).toEqual(["彭玉珍", "蒋德福"]);
  });

  it("ignores surname-initial words that are places or everyday words", () => {
    expect(named("张庄、王村等村庄实现全覆盖。")).toEqual([]);
    expect(named("针对高峰时段、方向指引等问题整改。")).toEqual([]);
    expect(named("金乡县、任城区等地推广经验。")).toEqual([]);
  });

  it("takes a single name before 等 only when people follow", () => {
    expect(named("由冯德厚等5人组成宣讲队。")).toEqual(["冯德厚"]);
    expect(named("种植黄精等中药材。")).toEqual([]);
  });

  it("does not read 余 after a figure as a surname", () => {
    expect(named("分别培训120余名、300余名等不同批次学员。")).toEqual([]);
  });

  it("reads the speaker who opens an answer in an interview", () => {
    expect(named("记者：合作社办得怎么样？\n李秀英：今年社员分红比去年多了。")).toEqual(["李秀英"]);
    // A colon later in the sentence introduces something else.
    expect(named("会议明确三项任务：李秀英负责宣传。")).toEqual([]);
  });

  it("does not take the tagger's nr alone", () => {
    expect(named("王新华书店开展读书活动。")).toEqual([]);
  });
});

describe("extractPersons: empty article", () => {
  it("has no sentence to evidence a reporter, so gives none", () => {
    expect(persons("", ["赵敏"])).toEqual([]);
  });
});
