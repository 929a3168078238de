import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../pipeline/ingest/dates.js";
import { closingCredit, matchDateline, parseReporters, trailingCredit } from "../../pipeline/ingest/dateline.js";

describe("matchDateline", () => {
  it.each([
    ["本报嘉祥讯（通讯员 孙涛）新一轮选派", "本报嘉祥讯（通讯员 孙涛）", "嘉祥", ["孙涛"], "新一轮选派"],
    ["本报讯（记者 王五 通讯员 赵六）近日，", "本报讯（记者 王五 通讯员 赵六）", undefined, ["王五", "赵六"], "近日，"],
    ["本报济南3月5日讯（记者 张三 实习生 李四）", "本报济南3月5日讯（记者 张三 实习生 李四）", "济南", ["张三", "李四"], ""],
    ["济宁日报讯（记者 周明）全市", "济宁日报讯（记者 周明）", undefined, ["周明"], "全市"],
    ["新华社北京3月5日电（记者 王子豪）", "新华社北京3月5日电（记者 王子豪）", "北京", ["王子豪"], ""],
    ["【兰陵讯】全县推进", "【兰陵讯】", "兰陵", [], "全县推进"],
    ["【大众日报讯】全省", "【大众日报讯】", undefined, [], "全省"],
    ["（记者 李四）今年以来", "（记者 李四）", undefined, ["李四"], "今年以来"],
    ["本报记者 钱文涛 通讯员 周晓燕", "本报记者 钱文涛 通讯员 周晓燕", undefined, ["钱文涛", "周晓燕"], ""],
    ["本报讯 记者 张三 通讯员 李四 报道 近日", "本报讯 记者 张三 通讯员 李四 报道", undefined, ["张三", "李四"], "近日"],
    ["记者 高磊 通讯员 孟凡 报道", "记者 高磊 通讯员 孟凡 报道", undefined, ["高磊", "孟凡"], ""],
    ["本报讯 通讯员周敏 记者石磊 近日，安康市汉滨区新建社区食堂12家。", "本报讯 通讯员周敏 记者石磊", undefined, ["周敏", "石磊"], "近日，安康市汉滨区新建社区食堂12家。"],
    ["本报讯 记者近日从县人社局获悉，全县新增就业2600人。", "本报讯", undefined, [], "记者近日从县人社局获悉，全县新增就业2600人。"],
    ["据白河县融媒体中心消息 近日，白河县启动秋季造林。", "据白河县融媒体中心消息", undefined, [], "近日，白河县启动秋季造林。"],
    ["本报讯（融媒记者 王芳 全媒记者 李强）近日，", "本报讯（融媒记者 王芳 全媒记者 李强）", undefined, ["王芳", "李强"], "近日，"],
    ["本报讯（县融媒体中心记者 王芳）近日，", "本报讯（县融媒体中心记者 王芳）", undefined, ["王芳"], "近日，"],
    ["本报讯（记者/王芳 通讯员/李强）", "本报讯（记者/王芳 通讯员/李强）", undefined, ["王芳", "李强"], ""],
    ["本报鄄城讯（通讯员：刘洋、陈晨）", "本报鄄城讯（通讯员：刘洋、陈晨）", "鄄城", ["刘洋", "陈晨"], ""],
    // A mark before a byline, and roles printed one after another (文/图 本报记者).
    ["□ 本报记者 马腾飞 通讯员 吴倩", "□ 本报记者 马腾飞 通讯员 吴倩", undefined, ["马腾飞", "吴倩"], ""],
    ["◎文/图 本报记者 苏晴", "◎文/图 本报记者 苏晴", undefined, ["苏晴"], ""],
    ["文/本报记者 苏晴", "文/本报记者 苏晴", undefined, ["苏晴"], ""],
    // 通讯员 holds 讯, which opens no dateline there; the paper may be named before any role.
    ["本报通讯员 韩梅 本报特约记者 程刚", "本报通讯员 韩梅 本报特约记者 程刚", undefined, ["韩梅", "程刚"], ""],
    ["本报记者 马腾飞 摄影报道", "本报记者 马腾飞 摄影报道", undefined, ["马腾飞"], ""],
    // A site's or station's own 讯, a county outlet's place + 讯 before its credits, news sites, agencies' 消息,
    // and credits closed by 报道：with the body after them.
    ["本网讯（通讯员 李明）近日，", "本网讯（通讯员 李明）", undefined, ["李明"], "近日，"],
    ["本台讯（记者 赵刚）近日，", "本台讯（记者 赵刚）", undefined, ["赵刚"], "近日，"],
    ["本台消息 眼下正是脐橙采摘季节，", "本台消息", undefined, [], "眼下正是脐橙采摘季节，"],
    ["宁陵讯（记者 王强）今年以来，", "宁陵讯（记者 王强）", "宁陵", ["王强"], "今年以来，"],
    ["大河网讯 近日，", "大河网讯", undefined, [], "近日，"],
    ["央广网西宁3月5日消息（记者 王强）近日", "央广网西宁3月5日消息（记者 王强）", "西宁", ["王强"], "近日"],
    ["本报记者 王强 报道：近日，", "本报记者 王强 报道：", undefined, ["王强"], "近日，"],
    // Traditional characters: raw as printed, place and names simplified.
    ["本報嘉祥訊（通訊員 孫濤）", "本報嘉祥訊（通訊員 孫濤）", "嘉祥", ["孙涛"], ""],
    ["本報將樂訊（記者 陳志明）近日，", "本報將樂訊（記者 陳志明）", "将乐", ["陈志明"], "近日，"],
  ])("%s", (line, raw, place, reporters, rest) => {
    const match = matchDateline(line);
    if (raw === undefined) {
      expect(match).toBeUndefined();
      return;
    }
    expect(match?.dateline.raw).toBe(raw);
    expect(match?.dateline.place).toBe(place);
    expect(match?.dateline.reporters).toEqual(reporters);
    expect(match?.rest).toBe(rest);
  });

  it("marks an agency's dateline, whose place is where the report was filed", () => {
    expect(matchDateline("新华社成都11月20日电（记者 王 悦 李宏伟）上午9点，")?.dateline).toEqual({
      raw: "新华社成都11月20日电（记者 王 悦 李宏伟）",
      place: "成都",
      agency: true,
      reporters: ["王悦", "李宏伟"],
    });
    expect(matchDateline("本报嘉祥讯（通讯员 孙涛）新一轮选派")?.dateline.agency).toBeUndefined();
  });

  it.each(["本报记者近日采访时了解到，", "新华社记者走进", "全县干部群众", "通讯员队伍建设不断加强", "讯息传递", "互联网通讯公司正在扩容。", "资讯（记者 王强）", "喜讯传来，全村沸腾。", "据了解，全县已建成幸福院86所。", "据统计，今年新增就业3200人。"])("does not take “%s” for a dateline", (line) => {
    expect(matchDateline(line)).toBeUndefined();
  });

  it("returns a complete printed date, never completes one", () => {
    expect(matchDateline("本报2024年3月5日讯（记者 王五）")?.date).toBe("2024-03-05");
    expect(matchDateline("本报济南3月5日讯（记者 王五）")?.date).toBeUndefined();
  });
});

describe("parseReporters", () => {
  it("drops role words and keeps names in order, once", () => {
    expect(parseReporters("（记者 王五 通讯员 赵六 王五）")).toEqual(["王五", "赵六"]);
    expect(parseReporters("通讯员 焦纪健 苏文浩")).toEqual(["焦纪健", "苏文浩"]);
    expect(parseReporters("全县通讯员大会")).toEqual([]);
    expect(parseReporters("（通讯员 县委宣传部 王五）")).toEqual(["王五"]);
    expect(parseReporters("（记者 阿依古丽·买买提 欧阳小明）")).toEqual(["阿依古丽·买买提", "欧阳小明"]);
  });

  it("closes up a two-character name printed with a space inside (杨 帆), in datelines and closing credits", () => {
    expect(parseReporters("（记者 杨 帆 通讯员 普丽华）")).toEqual(["杨帆", "普丽华"]);
    expect(trailingCredit("惠及老人500名。（通讯员 赵 丽）")?.names).toEqual(["赵丽"]);
    expect(closingCredit("（王 丽 张鹏）")).toEqual({ names: ["王丽", "张鹏"] });
  });

  it("stops a list of names at the next field's key and at a glued 报道", () => {
    expect(parseReporters("来源：武功县融媒体中心   记者：张敏   发布时间：2024-08-15")).toEqual(["张敏"]);
    expect(parseReporters("记者 张敏 李华 编辑：王强")).toEqual(["张敏", "李华"]);
    expect(parseReporters("本报嘉祥讯 记者张三报道")).toEqual(["张三"]);
  });

  it("does not take what the credited did (整理, 采写) for a name", () => {
    expect(parseReporters("（本报记者 赵敏 整理）")).toEqual(["赵敏"]);
    expect(parseReporters("记者 郑凯 王珊 采写")).toEqual(["郑凯", "王珊"]);
    expect(parseReporters("记者郑凯整理")).toEqual(["郑凯"]);
    expect(closingCredit("（记者 郑凯 整理）")).toEqual({ names: ["郑凯"] });
  });
});

describe("parseIsoDate", () => {
  it.each([
    ["2024年3月5日", "2024-03-05"],
    ["来源：济宁日报 2024-03-05 10:20", "2024-03-05"],
    ["2024/3/5", "2024-03-05"],
    ["２０２４年１２月３１日", "2024-12-31"],
    ["2023年2月30日", undefined],
    ["3月5日", undefined],
    ["2023年以来", undefined],
  ])("%s → %s", (text, iso) => {
    expect(parseIsoDate(text)).toBe(iso);
  });
});

describe("closingCredit", () => {
  it.each([
    ["（宁乡市民政局 周丽娟）", ["周丽娟"]],
    ["（县融媒体中心 王强、李丽）", ["王强", "李丽"]],
    ["(王庄镇 李明)", ["李明"]],
    ["（縣委宣傳部 陳志明）", ["陈志明"]],
    ["（县委宣传部供稿）", []],
    ["（韩雪　欧阳明）", ["韩雪", "欧阳明"]],
    ["(郭宁)", ["郭宁"]],
    ["（记者 韦东 通讯员 覃丽萍）", ["韦东", "覃丽萍"]],
    ["（综合承德日报、河北日报报道）", []],
    ["（据新华社报道）", []],
    ["（来源：平舆县人社局）", []],
    ["(黔东南日报记者 杨光)", ["杨光"]],
    // What the writers did is no name of theirs.
    ["（县政府办 王晓丽 整理）", ["王晓丽"]],
    ["（王丽 张鹏 采写）", ["王丽", "张鹏"]],
  ])("reads %s as a credit naming %j", (line, names) => {
    expect(closingCredit(line)).toEqual({ names });
  });

  it.each(["（节目单见下期）", "（宁乡市民政局 县卫生健康局）", "（完）", "（2024年3月 调查数据）", "宁乡市民政局 周丽娟", "（张庄 李村）", "（附表 见下）"])("does not take %s for a credit", (line) => {
    expect(closingCredit(line)).toBeUndefined();
  });
});

describe("trailingCredit", () => {
  it("finds the bracketed credits that close the last sentence of a line", () => {
    expect(trailingCredit("督促整改问题38个。（通讯员 王晓）")).toEqual({ at: 10, names: ["王晓"] });
    expect(trailingCredit("化解纠纷1420件。(記者 李娜 通訊員 趙強)")).toEqual({ at: 10, names: ["李娜", "赵强"] });
  });

  it("finds a source credited alone, naming no one", () => {
    expect(trailingCredit("实现旅游收入3.8亿元。（曲阜市融媒体中心）")).toEqual({ at: 12, names: [] });
    expect(trailingCredit("实现旅游收入3.8亿元。（县委宣传部供稿）")).toEqual({ at: 12, names: [] });
  });

  it("takes a half-width full stop after Chinese text for the end of the sentence", () => {
    expect(trailingCredit("全年培训农民工860人次.(记者 韦东)")).toEqual({ at: 13, names: ["韦东"] });
    expect(trailingCredit("增长幅度为3.(见附表)")).toBeUndefined();
  });

  it("finds a photographer's credit, closed by 摄", () => {
    expect(trailingCredit("全镇生态茶园面积达到3.6万亩。（通讯员 林志强 摄）")).toEqual({ at: 16, names: ["林志强"] });
    expect(closingCredit("（记者 陈晓东 摄）")).toEqual({ names: ["陈晓东"] });
  });

  it("finds names credited without role words", () => {
    expect(trailingCredit("开展巡河行动36次。（韩雪 郭宁）")).toEqual({ at: 10, names: ["韩雪", "郭宁"] });
  });

  it("needs a finished sentence before the bracket and names inside it", () => {
    expect(trailingCredit("全年计划演出120场（记者 张三）")).toBeUndefined();
    expect(trailingCredit("新建村级服务站12处。（含卫生室）")).toBeUndefined();
    expect(trailingCredit("新建村级服务站12处。（含卫生室 文化室）")).toBeUndefined();
  });
});
