import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitArticles } from "../../pipeline/ingest/split-articles.js";
import { fixtureText, SAMPLE_PAGE } from "../fixtures/ingest/make-variants.js";

const page = readFileSync(SAMPLE_PAGE, "utf8");

describe("splitArticles on the Jining Daily sample page (print layout)", () => {
  const { articles, setAside } = splitArticles(page);

  it("finds the seven county reports with their headlines", () => {
    expect(articles.map((a) => a.title)).toEqual([
      "嘉祥深入开展“以三大促三好”活动 助力第一书记开好局起好步",
      "金乡坚持“四个到位” 扎实做好离退休干部服务保障工作",
      "梁山：民主协商 启动社区治理“新引擎”",
      "微山探索“四航”模式 打造“积极老龄”新格局",
      "汶上深化产才融合赋能县域经济高质量发展",
      "泗水：“四化”协同发展 抓实党务干部队伍建设",
      "邹城“三抓三促三强化” 擦亮凝“新”聚力党建工作品牌",
    ]);
    expect(articles.every((a) => a.layout === "print" && !a.titleFromBody)).toBe(true);
  });

  it("reads reporters and places from the datelines", () => {
    expect(articles.map((a) => a.reporters)).toEqual([["孙涛"], ["李笑亚"], ["高鑫鑫"], ["刘世瑞"], ["焦纪健", "苏文浩"], ["孔敏"], ["冯浚薪"]]);
    expect(articles.map((a) => a.dateline?.place)).toEqual(["嘉祥", "金乡", "梁山", "微山", "汶上", "泗水", "邹城"]);
    expect(articles[0]!.dateline?.raw).toBe("本报嘉祥讯（通讯员 孙涛）");
    expect(articles.every((a) => a.date === undefined)).toBe(true);
  });

  it("finds the same reports and headlines when the page is copied without its blank lines (text out of a PDF)", () => {
    const packed = splitArticles(page.split("\n").filter((line) => line.trim() !== "").join("\n"));
    // Lines of a headline are joined by a space: without the blank line, a column break in one is not known.
    const words = (title: string) => title.replace(/ /gu, "");
    expect(packed.articles.map((a) => [words(a.title), a.reporters])).toEqual(articles.map((a) => [words(a.title), a.reporters]));
    expect(packed.articles.map((a) => a.text.replace(/\n/gu, ""))).toEqual(articles.map((a) => a.text.replace(/\n/gu, "")));
  });

  it("sets the doubled section header aside as furniture, never in a title", () => {
    expect(setAside).toEqual([expect.objectContaining({ kind: "furniture", text: "乡村振兴先锋乡村振兴先锋" })]);
    expect(articles.some((a) => a.title.includes("乡村振兴先锋") || a.text.includes("乡村振兴先锋乡村振兴先锋"))).toBe(false);
  });

  it("joins column wraps, also across a blank line that splits a paragraph", () => {
    const jiaxiang = articles[0]!.text;
    expect(jiaxiang.startsWith("新一轮选派以来，为帮助第一书记迅速深入基层、进入角色、融入工作，")).toBe(true);
    expect(jiaxiang).toContain("村党组织领办土地股份合作社、推进村庄融合发展");
    expect(jiaxiang).toContain("冬季安全风险排查工作，围绕冬季防火");
    expect(articles[4]!.text).toContain("推动党管人才责任落实。调优考核“指挥棒”");
    expect(articles[4]!.text).toContain("对重点工作进展和目标完成情况实行“蓝黄红”预警管理。");
  });

  it("separates paragraphs by a single newline and keeps the dateline out of the body", () => {
    const paragraphs = articles[0]!.text.split("\n");
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[1]!.startsWith("把准重点深入开展“大学习”。")).toBe(true);
    expect(articles.some((a) => a.text.includes("本报") && a.text.includes("讯（通讯员"))).toBe(false);
    expect(articles.every((a) => !/\n\n|^\s|\s$/.test(a.text))).toBe(true);
  });
});

describe("splitArticles on web pages and bulletins", () => {
  it("reads the speaker's line under a report's title and ——subtitle as the body's first line, not the title's", () => {
    const text = [
      "在全县经济工作会议上的讲话",
      "——2025年2月12日",
      "中共某某县委书记　刘建华",
      "",
      "同志们：",
      "　　过去一年，全县上下深入实施“强县富民”工程，新增市场主体1200户。",
    ].join("\n");
    const { articles } = splitArticles(text);
    expect(articles.map((a) => a.title)).toEqual(["在全县经济工作会议上的讲话 ——2025年2月12日"]);
    expect(articles[0]!.text.split("\n")[0]).toBe("中共某某县委书记　刘建华");
    // The bodies issuing a report, under its title and above its date.
    const report = splitArticles(["城关街道2024年基层治理工作报告", "某某县城关街道党工委　城关街道办事处", "（2024年7月10日）", "", "今年以来，街道党工委坚持党建引领。"].join("\n"));
    expect(report.articles.map((a) => a.title)).toEqual(["城关街道2024年基层治理工作报告 （2024年7月10日）"]);
    expect(report.articles[0]!.text.split("\n")[0]).toBe("某某县城关街道党工委　城关街道办事处");
    // A headline of two lines names no speaker.
    const plain = splitArticles(["某县推进农村改厕", "今年新改建户厕3200座", "", "今年以来，某县持续推进农村改厕。"].join("\n"));
    expect(plain.articles.map((a) => a.title)).toEqual(["某县推进农村改厕 今年新改建户厕3200座"]);
  });

  it("titles a web page by its headline and subtitle, not by the site's name and menu above them", () => {
    const text = [
      "某县人民政府",
      "网站首页 | 政务公开 | 政务服务 | 互动交流",
      "",
      "某县推进农村改厕",
      "——今年新改建户厕3200座",
      "",
      "2025-04-02 09:10   来源：某县融媒体中心   作者：王芳",
      "【字号：大 中 小】  【打印】",
      "",
      "　　今年以来，某县持续推进农村改厕，新改建户厕3200座。",
    ].join("\n");
    const { articles } = splitArticles(text);
    expect(articles.map((a) => [a.title, a.date])).toEqual([["某县推进农村改厕 ——今年新改建户厕3200座", "2025-04-02"]]);
    expect(articles[0]!.text).toBe("今年以来，某县持续推进农村改厕，新改建户厕3200座。");
  });

  it("closes the last article with the source line printed under it, whose outlet published it", () => {
    const text = "某县推进农村改厕\n\n本报讯（记者 王芳）今年以来，某县新改建户厕3200座。\n\n来源：某县融媒体中心";
    const { articles, setAside } = splitArticles(text);
    expect(articles.map((a) => [a.title, a.outlet])).toEqual([["某县推进农村改厕", "某县融媒体中心"]]);
    expect(setAside).toEqual([]);
  });

  it("reads a post's date from its account line (… 18:00 发表于四川)", () => {
    const { articles } = splitArticles("某县启动反诈宣传月\n\n某县发布  2025-05-20 18:00  发表于四川\n\n　　5月20日，某县启动反诈宣传月活动。");
    expect(articles.map((a) => [a.title, a.date])).toEqual([["某县启动反诈宣传月", "2025-05-20"]]);
  });

  it("titles a bulletin that prints no headline by its masthead, dated by its issuer's line", () => {
    const text = [
      "某县政务信息",
      "2025年第6期（总第120期）",
      "某县人民政府办公室编　　　　　　2025年3月18日",
      "",
      "1.县人社局开展招聘月活动。今年以来，县人社局举办招聘会12场。",
      "",
      "2.县医保局推进集中参保。全县参保率达96%。",
      "",
      "报：市人民政府办公室",
      "（共印60份）",
    ].join("\n");
    const { articles } = splitArticles(text);
    expect(articles.map((a) => [a.title, a.titleFromBody, a.date])).toEqual([["某县政务信息 2025年第6期（总第120期）", true, "2025-03-18"]]);
    expect(articles[0]!.text).not.toContain("报：");
  });
});

describe("splitArticles on other layouts", () => {
  it("reads a web article: headline, meta line, indented one-line paragraphs", () => {
    const { articles, setAside } = splitArticles(fixtureText("web-yinan-elderly-care.txt"));
    expect(setAside).toEqual([]);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article).toMatchObject({
      layout: "web",
      title: "沂南县织密农村养老服务网 让老人在家门口安享晚年",
      reporters: ["王晓梅", "刘建国"],
      date: "2024-03-12",
      dateline: { raw: "来源：临沂日报 2024-03-12 作者：王晓梅 刘建国" },
    });
    expect(article!.text.split("\n")).toHaveLength(4);
    expect(article!.text.startsWith("近年来，沂南县")).toBe(true);
  });

  it("takes the author of a meta line that carries more fields, not the next field's key", () => {
    const page = [
      "武功县推进农村供水提升工程",
      "来源：武功县融媒体中心   作者：张敏 李华   发布时间：2024-08-15",
      "",
      "今年以来，武功县新建改造供水管网320公里。",
      "县水利局落实村级水管员192名。",
    ].join("\n");
    const { articles } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.reporters])).toEqual([["武功县推进农村供水提升工程", ["张敏", "李华"]]]);
  });

  it("takes meta lines and a bracketed credit printed under a web article's body out of the body", () => {
    const page = [
      "宁乡市推进“一老一小”服务体系建设",
      "发布时间：2024-03-08 10:21",
      "",
      "今年以来，宁乡市新建乡镇综合养老服务中心21个。",
      "截至目前，全市备案托育机构达到42家。",
      "（宁乡市民政局 周丽娟 李欣）",
      "来源：宁乡市民政局",
    ].join("\n");
    const [article] = splitArticles(page).articles;
    expect(article!.text).toBe("今年以来，宁乡市新建乡镇综合养老服务中心21个。\n截至目前，全市备案托育机构达到42家。");
    expect(article!.reporters).toEqual(["周丽娟", "李欣"]);
    expect(article!.dateline?.raw).toBe("发布时间：2024-03-08 10:21\n（宁乡市民政局 周丽娟 李欣）\n来源：宁乡市民政局");
  });

  it("reads a web article credited on its last line, under a headline with no meta lines", () => {
    const page = [
      "三江县：侗绣工坊绣出增收路",
      "",
      "    走进三江县良口乡的侗绣工坊，20多名绣娘正在赶制订单。",
      "    近年来，三江县建成侗绣工坊16个，带动1800余名妇女居家就业。",
      "",
      "    （记者 韦东 通讯员 覃丽萍）",
    ].join("\n");
    const { articles, setAside } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.reporters])).toEqual([["三江县：侗绣工坊绣出增收路", ["韦东", "覃丽萍"]]]);
    expect(articles[0]!.text).toBe("走进三江县良口乡的侗绣工坊，20多名绣娘正在赶制订单。\n近年来，三江县建成侗绣工坊16个，带动1800余名妇女居家就业。");
    expect(setAside).toEqual([]);
  });

  it("splits web articles without meta lines where a credit closes each one", () => {
    const page = [
      "三江县：侗绣工坊绣出增收路",
      "    近年来，三江县建成侗绣工坊16个，带动1800余名妇女居家就业。",
      "（记者 韦东）",
      "融水县：“苗山春”茶叶品牌走出大山",
      "    今年以来，融水县新增茶园5000亩，茶农人均增收2600元。",
      "    县农业农村局介绍，全县茶叶加工企业达到38家。（记者 覃丽萍）",
      "",
      "龙胜县推进梯田保护",
      "    龙胜县今年修复梯田田埂120公里。",
    ].join("\n");
    const { articles, setAside } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.reporters])).toEqual([
      ["三江县：侗绣工坊绣出增收路", ["韦东"]],
      ["融水县：“苗山春”茶叶品牌走出大山", ["覃丽萍"]],
      ["龙胜县推进梯田保护", []],
    ]);
    expect(articles[1]!.text).toBe("今年以来，融水县新增茶园5000亩，茶农人均增收2600元。\n县农业农村局介绍，全县茶叶加工企业达到38家。");
    expect(setAside).toEqual([]);
  });

  it("keeps a web article's subheadings in it when no credit closes the text above them", () => {
    const page = ["融水县推进茶产业发展", "    今年以来，融水县新增茶园5000亩。", "一、培育品牌", "    全县茶叶加工企业达到38家。"].join("\n");
    const { articles } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.text])).toEqual([["融水县推进茶产业发展", "今年以来，融水县新增茶园5000亩。\n一、培育品牌\n全县茶叶加工企业达到38家。"]]);
  });

  it("keeps a print article's headline when its credit closes the body above it", () => {
    const page = [
      "本报讯 近日，从江县启动“稻鱼鸭”共生系统保护行动，今年推广稻鱼鸭面积5.2万亩。",
      "（记者 杨光）",
      "",
      "从江保护“稻鱼鸭”共生系统",
      "",
      "本报讯（通讯员 吴敏）今年以来，榕江县培训乡村足球教练120名。",
      "",
      "榕江培育乡村足球人才",
    ].join("\n");
    const { articles } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.reporters])).toEqual([
      ["从江保护“稻鱼鸭”共生系统", ["杨光"]],
      ["榕江培育乡村足球人才", ["吴敏"]],
    ]);
  });

  it("still opens an article with a credit line printed over its body", () => {
    const page = ["榕江培育乡村足球人才", "", "（记者 杨光）", "今年以来，榕江县培训乡村足球教练120名。"].join("\n");
    const { articles } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.reporters, a.text])).toEqual([["榕江培育乡村足球人才", ["杨光"], "今年以来，榕江县培训乡村足球教练120名。"]]);
  });

  it("keeps a bracketed last line that is no credit in the body", () => {
    const page = ["南漳县送戏下乡", "来源：南漳县融媒体中心", "", "全年计划演出120场。", "新建农家书屋25个。", "（节目单见下期）"].join("\n");
    const [article] = splitArticles(page).articles;
    expect(article!.text).toBe("全年计划演出120场。\n新建农家书屋25个。\n（节目单见下期）");
    expect(article!.reporters).toEqual([]);
  });

  it("reads the meta lines of a web article printed in traditional characters", () => {
    const page = ["武功縣推進農村供水提升工程", "來源：武功縣融媒體中心   作者：張敏 李華   發佈時間：2024-08-15", "", "今年以來，我縣新建改造供水管網320公里。"].join("\n");
    const { articles } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.reporters, a.date])).toEqual([["武功縣推進農村供水提升工程", ["张敏", "李华"], "2024-08-15"]]);
    expect(articles[0]!.dateline?.raw).toBe("來源：武功縣融媒體中心   作者：張敏 李華   發佈時間：2024-08-15");
  });

  it("gives the text under a note that it is continued from another page an article of its own, and the article above its headline", () => {
    const page = [
      "本报讯（记者 闫晓东）今年以来，临泽县梳理群众",
      "急难愁盼问题58项，已办结52项。",
      "",
      "办实事 解民忧",
      "临泽县“清单式”管理为民办实事",
      "",
      "（上接第1版）",
      "高台县推行“一窗通办”改革，群众办事平均时",
      "间缩短到20分钟以内。",
    ].join("\n");
    const { articles, setAside } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.titleFromBody])).toEqual([
      ["办实事 解民忧 临泽县“清单式”管理为民办实事", false],
      ["高台县推行“一窗通办”改革", true],
    ]);
    expect(articles[1]!.text).toBe("高台县推行“一窗通办”改革，群众办事平均时间缩短到20分钟以内。");
    expect(setAside.map((s) => s.text)).toEqual(["（上接第1版）"]);
  });

  it("keeps a ——subtitle with its headline, also under the page's last article", () => {
    const page = [
      "本报讯（通讯员 周婷婷）近年来，马郢村党支部牵头成立乡村旅游合作社，年接待游客超过10万人次。",
      "    小山村蝶变“网红村”",
      "    ——长丰县下塘镇马郢村发展乡村旅游见闻",
      "",
      "本报讯（记者 王强）今年以来，肥西县推行“小田并大田”改革，整治农田3.2万亩。",
      "    肥西“小田并大田”",
      "    ——肥西县推进农田集中连片整治纪实",
      "",
      "第3版 责任编辑：李明",
    ].join("\n");
    const { articles, setAside } = splitArticles(page);
    expect(articles.map((a) => a.title)).toEqual([
      "小山村蝶变“网红村”——长丰县下塘镇马郢村发展乡村旅游见闻",
      "肥西“小田并大田”——肥西县推进农田集中连片整治纪实",
    ]);
    expect(setAside.map((s) => s.text)).toEqual(["第3版 责任编辑：李明"]);
  });

  it("reads a post whose credits close it (来源 / 记者：… / …出品 / 阅读 N 分享 赞 在看) as one article they credit", () => {
    const post = [
      "春风送岗到瑶乡！某县专车送老乡返岗",
      "",
      "原创 某县发布 某县发布 2024年02月20日 17:42 发表于广西",
      "",
      "2月19日一早，40辆返岗专车从县城出发。",
      "",
      "今年以来，县人社局举办专场招聘会22场。",
      "",
      "来源：某县人社局",
      "记者：杨秀文",
      "编辑：吴梦",
      "某县融媒体中心出品",
      "",
      "阅读 3624　分享　赞　在看",
    ].join("\n");
    const { articles, setAside } = splitArticles(post);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text).toContain("2月19日一早，40辆返岗专车从县城出发。");
    expect(articles[0]!.text).not.toContain("记者");
    expect(articles[0]!.reporters).toEqual(["杨秀文"]);
    expect(articles[0]!.outlet).toBe("某县人社局");
    expect(setAside.filter((item) => item.kind === "orphan")).toEqual([]);
  });

  it("reads a TV news transcript: 本台消息 opens it and the reporters' sign-off under it credits it", () => {
    const transcript = [
      "本台消息 眼下正是柑橘上市的季节，兴山县各地果农忙着采摘。",
      "",
      "（同期声）果农 李德华：今年我家种了8亩，收成比去年好。",
      "",
      "据了解，今年全县柑橘种植面积达12万亩。",
      "",
      "记者 周洋 报道",
    ].join("\n");
    const { articles, setAside } = splitArticles(transcript);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.reporters).toEqual(["周洋"]);
    expect(articles[0]!.text).toContain("今年全县柑橘种植面积达12万亩。");
    expect(setAside).toEqual([]);
  });

  it("keeps the second line of the page's last headline, printed right under the first, with it", () => {
    const page = [
      "本报讯（记者 王海燕）今年以来，会宁县输转城乡劳动力12.6万人，实现劳务收入32.4亿元。",
      "",
      "县人社局局长郭志强介绍，全年输转劳动力将稳定在13万人以上。",
      "",
      "会宁县多措并举稳岗扩就业",
      "前三季度输转城乡劳动力12.6万人",
    ].join("\n");
    const { articles, setAside } = splitArticles(page);
    expect(articles.map((a) => a.title)).toEqual(["会宁县多措并举稳岗扩就业 前三季度输转城乡劳动力12.6万人"]);
    expect(setAside).toEqual([]);
    // A label a blank line sets apart is still the page's, not the headline's.
    expect(splitArticles(`${page}\n\n第3版`).setAside.map((s) => s.text)).toEqual(["第3版"]);
  });

  it("reads another daily's page: wrapped credits, byline line, page date and furniture", () => {
    const { articles, setAside } = splitArticles(fixtureText("weifang-evening-page.txt"));
    expect(articles.map((a) => a.title)).toEqual(["青州推行网格化治理 小事不出网格 大事不出村居", "昌乐“周末课堂” 温暖留守儿童成长路"]);
    expect(articles.map((a) => a.reporters)).toEqual([
      ["赵德明", "孙丽娜"],
      ["钱文涛", "周晓燕"],
    ]);
    expect(articles.map((a) => a.date)).toEqual(["2024-05-08", "2024-05-08"]);
    expect(articles[0]!.dateline?.place).toBeUndefined();
    expect(articles[0]!.text).toContain("网格员每天入户走访");
    expect(setAside.map((s) => s.text)).toEqual(["2024年5月8日 星期三", "第A3版 基层治理", "基层治理", "基层治理"]);
    expect(setAside.every((s) => s.kind === "furniture")).toBe(true);
  });

  it("gives headlines printed before the dateline to the following article", () => {
    const { articles } = splitArticles(fixtureText("headline-first-page.txt"));
    expect(articles.map((a) => [a.layout, a.title, a.dateline?.place, a.reporters])).toEqual([
      ["web", "兰陵县“小菜园”种出增收“大产业”", "兰陵", ["孟凡强"]],
      ["web", "郯城：“一站式”服务让群众少跑腿", "郯城", ["杜明轩", "许静"]],
    ]);
    expect(articles[0]!.text).not.toContain("郯城");
  });

  it("splits several web articles without datelines at headline + meta line", () => {
    const { articles } = splitArticles(fixtureText("multi-web-articles.txt"));
    expect(articles.map((a) => [a.title, a.date, a.reporters])).toEqual([
      ["寿光推行“大棚房东”服务 助力返乡青年创业", "2024-06-02", []],
      ["临朐成立“银发护河队” 守护一河清水", "2024-06-03", ["韩雪"]],
    ]);
    expect(articles[1]!.text.startsWith("临朐县在弥河沿线村庄")).toBe(true);
  });

  it("splits a web page that mixes articles without and with a dateline", () => {
    const doc = [
      "寿光推行“大棚房东”服务",
      "来源：潍坊日报 2024-06-02",
      "寿光市在12个镇街推行“大棚房东”服务，帮助返乡青年租棚创业。",
      "",
      "临朐成立“银发护河队”",
      "来源：潍坊日报 2024-06-03",
      "本报临朐讯（通讯员 韩雪）临朐县组织退休干部成立护河队，巡河300余次。",
    ].join("\n");
    const { articles, setAside } = splitArticles(doc);
    expect(articles.map((a) => [a.title, a.date, a.reporters])).toEqual([
      ["寿光推行“大棚房东”服务", "2024-06-02", []],
      ["临朐成立“银发护河队”", "2024-06-03", ["韩雪"]],
    ]);
    expect(articles[0]!.text).toBe("寿光市在12个镇街推行“大棚房东”服务，帮助返乡青年租棚创业。");
    expect(setAside).toEqual([]);
  });

  it("titles an article without a headline by its first words and says so", () => {
    const { articles } = splitArticles("本报讯（记者 王五）今年以来，全县新建村级养老服务站12处。");
    expect(articles).toHaveLength(1);
    // 今年以来 is only a time phrase: the clause after it names the report.
    expect(articles[0]).toMatchObject({ title: "全县新建村级养老服务站12处", titleFromBody: true, reporters: ["王五"] });
    expect(splitArticles("本报讯（记者 王五）全县新建村级养老服务站12处，方便老人就餐。").articles[0]!.title).toBe("全县新建村级养老服务站12处");
  });

  it("reads a photo credit between a print article's body and its headline as a credit, not the headline", () => {
    const page = [
      "本报讯（记者 田甜）日前，石柱土家族自治县举办首届黄连产业发展大会，签约项目18个。",
      "",
      "通讯员 王强 摄",
      "",
      "石柱举办黄连产业发展大会",
    ].join("\n");
    const [article] = splitArticles(page).articles;
    expect(article).toMatchObject({ title: "石柱举办黄连产业发展大会", reporters: ["田甜", "王强"] });
    expect(article!.dateline?.raw).toBe("本报讯（记者 田甜）\n通讯员 王强 摄");
  });

  it("splits a news-in-brief column into its credited items", () => {
    const page = [
      "县域简讯",
      "",
      "■ 近日，滑县市场监管局开展校园食品安全专项检查，检查学校食堂126家，",
      "督促整改问题38个。（通讯员 王晓）",
      "",
      "■ 内黄县法院深入推进诉源治理，化解矛盾纠纷1420件。（通讯员 李娜）",
    ].join("\n");
    const { articles, setAside } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.reporters, a.text, a.dateline?.raw])).toEqual([
      ["滑县市场监管局开展校园食品安全专项检查", ["王晓"], "近日，滑县市场监管局开展校园食品安全专项检查，检查学校食堂126家，督促整改问题38个。", "■\n（通讯员 王晓）"],
      ["内黄县法院深入推进诉源治理", ["李娜"], "内黄县法院深入推进诉源治理，化解矛盾纠纷1420件。", "■\n（通讯员 李娜）"],
    ]);
    expect(setAside.map((s) => s.text)).toEqual(["县域简讯"]);
  });

  it("splits a column of briefs labelled with their places (【桐城】…), each place named again in its report", () => {
    const page = [
      "县区快讯",
      "",
      "【桐城】近日，桐城市举办农民丰收节，展销农特产品200余种。",
      "",
      "【枞阳】枞阳县今年新改建农村公路186公里。",
    ].join("\n");
    const { articles } = splitArticles(page);
    expect(articles.map((a) => [a.title, a.dateline?.place, a.text])).toEqual([
      ["桐城市举办农民丰收节", "桐城", "近日，桐城市举办农民丰收节，展销农特产品200余种。"],
      ["枞阳县今年新改建农村公路186公里", "枞阳", "枞阳县今年新改建农村公路186公里。"],
    ]);
    // Labels that name no place (编者按, 链接) open nothing.
    const post = ["某县推进养老服务", "", "【编者按】养老服务关系千家万户。", "", "【链接】全县已建成幸福院42家。"].join("\n");
    expect(splitArticles(post).articles).toHaveLength(1);
  });

  it("keeps bulleted paragraphs without a closing credit, or one alone with it, in their article", () => {
    for (const credit of ["", "（通讯员 李四）"]) {
      const page = [
        "本报讯 今年以来，某县多措并举推进养老服务。",
        "■ 建设服务网络。全县新建养老服务站12处。",
        `■ 培育服务队伍。培训护理员300名。${credit}`,
        "",
        "某县织密养老服务网",
      ].join("\n");
      const { articles } = splitArticles(page);
      expect(articles, credit).toHaveLength(1);
      expect(articles[0]!.text.split("\n")).toHaveLength(3);
      expect(articles[0]!.reporters).toEqual(credit ? ["李四"] : []);
    }
  });

  it("returns no article for a document of furniture only", () => {
    const { articles, setAside } = splitArticles("乡村振兴\n\n乡村振兴\n\n第3版\n");
    expect(articles).toEqual([]);
    expect(setAside.map((s) => s.text)).toEqual(["乡村振兴", "乡村振兴", "第3版"]);
  });

  it("never takes a body line quoting 本报 for a dateline", () => {
    const { articles } = splitArticles("全县干部群众热烈讨论\n本报记者近日采访时了解到，该县已建成驿站20个。\n");
    expect(articles).toHaveLength(1);
    expect(articles[0]!.dateline).toBeUndefined();
  });

  it("accepts a web headline ending in a question mark, above the dateline", () => {
    const doc = "农村老人如何吃上热乎饭？\n2024-04-02 来源：菏泽日报\n本报鄄城讯（通讯员 刘洋）鄄城县在28个村开办老年食堂。\n每餐收费3元。\n编辑：张三\n";
    const { articles, setAside } = splitArticles(doc);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ layout: "web", title: "农村老人如何吃上热乎饭？", date: "2024-04-02", reporters: ["刘洋"] });
    expect(articles[0]!.dateline?.raw).toBe("2024-04-02 来源：菏泽日报\n本报鄄城讯（通讯员 刘洋）");
    expect(setAside.map((s) => s.text)).toEqual(["编辑：张三"]);
  });

  it("does not take the first question of a Q&A for a line of the headline", () => {
    const doc = "医保报销怎么办理？\n巫溪县医保局 2025-05-08\n问：异地就医怎么备案？\n答：参保人可通过手机小程序办理备案，全县已有1.2万人办理。\n";
    const { articles } = splitArticles(doc);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe("医保报销怎么办理？");
    expect(articles[0]!.text).toMatch(/^问：异地就医怎么备案？\n答：/u);
  });

  it("ends a paragraph at a column's short line that ends a sentence, where no blank line or indent marks it", () => {
    // Columns of 18 characters, as a PDF page gives them.
    const doc = [
      "本报讯（通讯员 罗静）今年以来，洋",
      "县依托“朱鹮之乡”生态优势，发展有",
      "机水稻产业，面积5.2万亩。",
      "强化品牌建设。县农业农村局注册“洋",
      "县朱鹮米”区域公用品牌。",
      "拓宽销售渠道。全县建成电商服务站86",
      "个，年销售大米1.2万吨。",
      "洋县有机水稻走出致富路",
    ].join("\n");
    const [article] = splitArticles(doc).articles;
    expect(article!.title).toBe("洋县有机水稻走出致富路");
    expect(article!.text.split("\n")).toEqual([
      "今年以来，洋县依托“朱鹮之乡”生态优势，发展有机水稻产业，面积5.2万亩。",
      "强化品牌建设。县农业农村局注册“洋县朱鹮米”区域公用品牌。",
      "拓宽销售渠道。全县建成电商服务站86个，年销售大米1.2万吨。",
    ]);
  });

  it("reads a scraper's records of labelled fields (标题：, 作者：, 正文：) as articles", () => {
    const doc = [
      "标题：旬邑县推行“积分超市”激发乡村治理活力",
      "作者：本报记者 马瑞",
      "日期：2025-07-02",
      "正文：",
      "今年以来，旬邑县在68个村建成“积分超市”，参与群众达2.1万人次。",
      "",
      "标题：长武县新建村级养老服务站",
      "作者：通讯员 陈静 吴凡",
      "日期：2025-07-03",
      "正文：",
      "近日，长武县新建村级养老服务站18个。",
    ].join("\n");
    const { articles, setAside } = splitArticles(doc);
    expect(articles.map((a) => [a.title, a.reporters, a.date, a.text])).toEqual([
      ["旬邑县推行“积分超市”激发乡村治理活力", ["马瑞"], "2025-07-02", "今年以来，旬邑县在68个村建成“积分超市”，参与群众达2.1万人次。"],
      ["长武县新建村级养老服务站", ["陈静", "吴凡"], "2025-07-03", "近日，长武县新建村级养老服务站18个。"],
    ]);
    expect(setAside.map((s) => s.reason)).toEqual(["the label of the text under it", "the label of the text under it"]);
  });

  it("reads an interviewer's questions (记者：…？) as the interview's text, not as credits", () => {
    const doc = [
      "养老服务怎样补短板",
      "——访梓潼县民政局局长何建平",
      "",
      "　　记者：近年来，梓潼县在养老服务方面做了哪些工作？",
      "　　何建平：我们建成村级互助养老点48个，为2300名高龄老人发放补贴。",
      "　　记者：下一步有什么打算？",
      "　　何建平：继续推进居家养老服务。",
      "（本报记者 郑凯 整理）",
    ].join("\n");
    const [article] = splitArticles(doc).articles;
    expect(article!.title).toBe("养老服务怎样补短板 ——访梓潼县民政局局长何建平");
    expect(article!.reporters).toEqual(["郑凯"]);
    expect(article!.text).toMatch(/^记者：近年来，梓潼县在养老服务方面做了哪些工作？\n何建平：/u);
  });

  it("gives a web article its headline above the dateline when an editor credit in 【】 closes it", () => {
    const doc = [
      "让老人吃上“暖心饭”",
      "南海区长者饭堂覆盖所有镇街",
      "",
      "来源：南方日报　　发布时间：2025-06-12 10:20",
      "",
      "　　本报讯（记者 黄嘉琪）截至5月底，南海区已建成长者饭堂38家，累计服务长者9万人次。",
      "　　区民政局表示，年内将新增助餐点15个。",
      "",
      "【责任编辑：王芳】",
    ].join("\n");
    const { articles, setAside } = splitArticles(doc);
    expect(articles.map((a) => [a.layout, a.title, a.date])).toEqual([["web", "让老人吃上“暖心饭” 南海区长者饭堂覆盖所有镇街", "2025-06-12"]]);
    expect(setAside.map((s) => [s.text, s.reason])).toEqual([["【责任编辑：王芳】", "editor credits"]]);
  });

  it("keeps the body and date that sign a notice with the notice, not as an article of their own", () => {
    const doc = "关于开展冬季送温暖活动的通知\n为做好困难群众冬季生活保障工作，县民政局决定开展冬季送温暖活动。\n请各单位于12月20日前报送工作情况。\n武陟县民政局\n2025年12月1日\n";
    const { articles } = splitArticles(doc);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: "关于开展冬季送温暖活动的通知", date: "2025-12-01" });
    expect(articles[0]!.text).toMatch(/报送工作情况。\n武陟县民政局$/u);
  });

  it("does not take a notice's salutation for a line a column broke", () => {
    const doc = "关于做好冬季取暖保障工作的通知\n各乡镇人民政府、街道办事处，县直各单位：\n为保障困难群众温暖过冬，现就做好冬季取暖保障工作通知如下。\n请各单位于12月10日前报送工作情况。\n武陟县民政局\n2025年12月1日\n";
    const { articles } = splitArticles(doc);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe("关于做好冬季取暖保障工作的通知");
    expect(articles[0]!.text.split("\n")[0]).toBe("各乡镇人民政府、街道办事处，县直各单位：");
  });

  it("takes a headline glued under the body's last line, with no blank line between, for the headline", () => {
    const doc = [
      "本报讯（记者 孙伟）今年以来，郓城县",
      "实施技能提升行动，培训农村劳动力",
      "1.8万人次。",
      "郓城技能提升行动",
      "培训1.8万人次",
      "本报讯（通讯员 韩冰）巨野县聘请童伴",
      "妈妈172名，累计服务儿童4.6万人次。",
      "巨野童伴妈妈守护留守儿童",
    ].join("\n");
    const { articles } = splitArticles(doc);
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ["郓城技能提升行动 培训1.8万人次", "今年以来，郓城县实施技能提升行动，培训农村劳动力1.8万人次。"],
      ["巨野童伴妈妈守护留守儿童", "巨野县聘请童伴妈妈172名，累计服务儿童4.6万人次。"],
    ]);
  });

  it("splits a digest into its numbered items, each led by its place, with the digest's date", () => {
    const doc = [
      "县域新闻早知道（2025年11月20日）",
      "",
      "1.桐城市：新建城乡便民服务网点36个",
      "今年以来，桐城市新建城乡便民服务网点36个，累计服务群众8.6万人次。",
      "",
      "2.枞阳县：“暖冬行动”温暖困难群众",
      "枞阳县民政局为全县3200户低保户发放棉被。",
      "",
      "来源：安庆日报",
    ].join("\n");
    const { articles, setAside } = splitArticles(doc);
    expect(articles.map((a) => [a.title, a.date, a.text])).toEqual([
      ["1.桐城市：新建城乡便民服务网点36个", "2025-11-20", "今年以来，桐城市新建城乡便民服务网点36个，累计服务群众8.6万人次。"],
      ["2.枞阳县：“暖冬行动”温暖困难群众", "2025-11-20", "枞阳县民政局为全县3200户低保户发放棉被。"],
    ]);
    expect(setAside.map((s) => s.text)).toEqual(["县域新闻早知道（2025年11月20日）"]);
  });

  it("opens the next article with the headline under a notice's signature", () => {
    const doc = [
      "关于印发《某县冬季送温暖实施方案》的通知",
      "各乡镇人民政府：",
      "    现将《某县冬季送温暖实施方案》印发给你们，请认真贯彻执行。",
      "武陟县民政局",
      "2025年12月1日",
      "某县冬季送温暖实施方案",
      "    为做好困难群众冬季生活保障工作，县民政局决定开展冬季送温暖活动。",
    ].join("\n");
    const { articles } = splitArticles(doc);
    expect(articles.map((a) => [a.title, a.text.split("\n").at(-1)])).toEqual([
      ["关于印发《某县冬季送温暖实施方案》的通知", "武陟县民政局"],
      ["某县冬季送温暖实施方案", "为做好困难群众冬季生活保障工作，县民政局决定开展冬季送温暖活动。"],
    ]);
  });

  it("takes a document's long title, its issuer first, for the headline and its number under it for no text", () => {
    const doc = [
      "巫溪县人民政府办公室关于印发《巫溪县2025年城乡困难群众冬春生活救助实施方案》的通知",
      "溪府办发〔2025〕31号",
      "各乡镇人民政府、街道办事处，县政府各部门：",
      "    现将《巫溪县2025年城乡困难群众冬春生活救助实施方案》印发给你们，请认真贯彻执行。",
    ].join("\n");
    const { articles } = splitArticles(doc);
    expect(articles.map((a) => [a.title, a.text.split("\n")[0]])).toEqual([
      ["巫溪县人民政府办公室关于印发《巫溪县2025年城乡困难群众冬春生活救助实施方案》的通知", "各乡镇人民政府、街道办事处，县政府各部门："],
    ]);
  });

  it("ends a paragraph at a labelled note in brackets after its full stop (…救治。（牵头单位：县卫健局）)", () => {
    const doc = [
      "某县印发方案 办好三件民生实事",
      "来源：某县卫生健康局",
      "",
      "一、免费健康体检。为65岁以上老年人免费体检2万人次。（牵头单位：县卫健局；责任单位：各乡镇卫生院）",
      "",
      "二、村卫生室标准化建设。新建村卫生室30个。（牵头单位：县卫健局）",
    ].join("\n");
    const [article] = splitArticles(doc).articles;
    expect(article!.text.split("\n")).toEqual([
      "一、免费健康体检。为65岁以上老年人免费体检2万人次。（牵头单位：县卫健局；责任单位：各乡镇卫生院）",
      "二、村卫生室标准化建设。新建村卫生室30个。（牵头单位：县卫健局）",
    ]);
  });

  it("reads a post's account, date, time and province as a meta line, and starts the body under it", () => {
    const doc = [
      "奋进新征程｜沭阳：“家门口就业”让群众端稳“饭碗”",
      "原创 沭阳发布 2025-08-21 19:30 江苏",
      "",
      "01 | 建设就业驿站",
      "",
      "今年以来，沭阳县建成家门口就业服务站52个。",
      "",
      "02 | 开发公益岗位",
      "",
      "县人社局开发乡村公益性岗位3200个。",
    ].join("\n");
    const { articles } = splitArticles(doc);
    expect(articles.map((a) => [a.title, a.date, a.dateline?.raw])).toEqual([
      ["奋进新征程｜沭阳：“家门口就业”让群众端稳“饭碗”", "2025-08-21", "原创 沭阳发布 2025-08-21 19:30 江苏"],
    ]);
    // A post's page prints its account twice before the date.
    const twice = splitArticles(doc.replace("原创 沭阳发布 2025-08-21", "原创 沭阳发布 沭阳发布 2025年08月21日")).articles;
    expect(twice.map((a) => [a.title, a.date])).toEqual([["奋进新征程｜沭阳：“家门口就业”让群众端稳“饭碗”", "2025-08-21"]]);
    // Short subheadings between blank lines do not make the text look column-wrapped.
    expect(articles[0]!.text).toBe("01 | 建设就业驿站\n今年以来，沭阳县建成家门口就业服务站52个。\n02 | 开发公益岗位\n县人社局开发乡村公益性岗位3200个。");
  });

  it("reads a short web text whose paragraph ends in a lead-in's colon (…如下：) as unwrapped, its headline first", () => {
    const doc = ["宁陕县2025年民生项目实施情况", "今年全县共实施民生项目46个，完成投资1.2亿元。主要项目如下：", "目前，各项目进展顺利。"].join("\n");
    const [article] = splitArticles(doc).articles;
    expect(article!.title).toBe("宁陕县2025年民生项目实施情况");
    expect(article!.text).toBe("今年全县共实施民生项目46个，完成投资1.2亿元。主要项目如下：\n目前，各项目进展顺利。");
  });

  it("splits photo news printed body first, each credited to its photographer, at the headline under each", () => {
    const doc = [
      "    近日，在安溪县感德镇槐植村，茶农正在采摘秋茶。全镇生态茶园面积达到3.6万亩。（通讯员 林志强 摄）",
      "    安溪：秋茶采摘正当时",
      "    11月5日，永春县桃城镇老年助餐点内，志愿者为老人们端上饭菜。（记者 陈晓东 摄）",
      "    永春：老年助餐点温暖夕阳红",
    ].join("\n");
    const { articles } = splitArticles(doc);
    expect(articles.map((a) => [a.title, a.reporters, a.layout])).toEqual([
      ["安溪：秋茶采摘正当时", ["林志强"], "print"],
      ["永春：老年助餐点温暖夕阳红", ["陈晓东"], "print"],
    ]);
    expect(articles[0]!.text).toBe("近日，在安溪县感德镇槐植村，茶农正在采摘秋茶。全镇生态茶园面积达到3.6万亩。");
  });

  it("reads a source printed with the date and no label as a meta line, not part of the headline", () => {
    const doc = "巧家县：护林员队伍守护青山\n巧家县融媒体中心 2025-04-18\n全县聘用生态护林员1260名，其中脱贫人口980名。\n";
    const { articles } = splitArticles(doc);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ layout: "web", title: "巧家县：护林员队伍守护青山", date: "2025-04-18" });
    expect(articles[0]!.text).toBe("全县聘用生态护林员1260名，其中脱贫人口980名。");
  });

  it("sets aside what stands above a web headline instead of gluing it to the title", () => {
    const doc = "首页 > 新闻中心 > 县区动态\n\n这是上一篇稿件留下的结尾，与本文无关，不应进入标题，也不应丢失。\n\n曹县：电商直播带火农家小院\n本报曹县讯（记者 孙明）曹县依托电商产业，引导农户开展直播带货。\n全县农家小院直播间已达600余个。\n";
    const { articles, setAside } = splitArticles(doc);
    expect(articles.map((a) => a.title)).toEqual(["曹县：电商直播带火农家小院"]);
    expect(setAside.map((s) => [s.kind, s.text.slice(0, 8)])).toEqual([
      ["furniture", "首页 > 新闻中"],
      ["orphan", "这是上一篇稿件留"],
    ]);
  });

  it("takes a bare date above the first print article for the page date", () => {
    const doc = "2024年6月18日\n\n本报讯（记者 王五）全县新建养老服务\n站12处，服务老人3000余人。\n\n全县新建12处养老服务站\n";
    expect(splitArticles(doc).articles[0]).toMatchObject({ date: "2024-06-18", title: "全县新建12处养老服务站" });
  });

  it("does not take a last paragraph without a full stop for a headline", () => {
    const doc = "本报讯（记者 王五）全县新建养老服务站12处。\n\n村民张大爷说，今后吃饭\n不用愁了，儿女们在外\n也放心了\n\n老人吃饭不再愁\n";
    const [article] = splitArticles(doc).articles;
    expect(article!.title).toBe("老人吃饭不再愁");
    expect(article!.text).toContain("儿女们在外也放心了");
  });

  it("joins a dateline whose credits are printed on the next line", () => {
    const doc = "本报讯\n（记者 王五 通讯员 赵六）全县新建养老服务\n站12处。\n\n全县新建养老服务站\n";
    const [article] = splitArticles(doc).articles;
    expect(article!.reporters).toEqual(["王五", "赵六"]);
    expect(article!.text).toBe("全县新建养老服务站12处。");
  });

  it("uses indentation as the paragraph mark when a page has no blank lines", () => {
    const { articles } = splitArticles(fixtureText("indented-epaper-page.txt"));
    expect(articles.map((a) => [a.title, a.dateline?.raw, a.dateline?.place, a.reporters])).toEqual([
      ["滕州“乡村夜校” 夜夜“充电”助农增收", "【滕州讯】", "滕州", []],
      ["山东推进县域养老服务体系建设", "新华社济南6月12日电（记者 周颖）", "济南", ["周颖"]],
    ]);
    const paragraphs = articles[0]!.text.split("\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[2]).toBe("“以前种土豆全凭经验，现在学会了测土施肥，亩产提高了两成。”界河镇农民刘长青说。");
  });

  it("finds the headline below a print article that has no dateline", () => {
    const doc = "近日，县里为80岁以上老人\n发放助老卡3000余张。\n\n助老卡送到老人手中\n";
    const [article] = splitArticles(doc).articles;
    expect(article).toMatchObject({ layout: "print", title: "助老卡送到老人手中", titleFromBody: false });
    expect(article!.text).toBe("近日，县里为80岁以上老人发放助老卡3000余张。");
  });

  it("reads a social-media post: topic tags set aside, the 【headline】 as title, a source closing the body", () => {
    const sameLine = "#三农# #民生#【镇雄县“暖冬行动”为困难群众送去棉被】近日，镇雄县民政局为困难群众发放棉被3200床。（镇雄县融媒体中心）";
    const onItsOwnLine = "#民生#【镇雄县“暖冬行动”为困难群众送去棉被】\n近日，镇雄县民政局为困难群众发放棉被3200床。（镇雄县融媒体中心）";
    for (const doc of [sameLine, onItsOwnLine]) {
      const { articles, setAside } = splitArticles(doc);
      expect(articles).toHaveLength(1);
      expect(articles[0]).toMatchObject({
        title: "镇雄县“暖冬行动”为困难群众送去棉被",
        titleFromBody: false,
        text: "近日，镇雄县民政局为困难群众发放棉被3200床。",
        dateline: { raw: "（镇雄县融媒体中心）", reporters: [] },
        line: 0,
      });
      expect(setAside).toMatchObject([{ kind: "furniture", line: 0, reason: "topic tags (social-media post)" }]);
    }
  });
});

describe("splitArticles on a plan's tables and lines of duty", () => {
  it("keeps each row of a table copied as text a paragraph of its own, and wraps the column text around it", () => {
    const text = [
      "本报讯（通讯员 许文）县政府日前印发重点工作任务分工方案，",
      "明确了年内要完成的各项任务和责任单位。",
      "序号 任务 牵头单位 责任单位",
      "1 实施农村道路提升工程 县交通运输局 县财政局、县自然资源局",
      "2 开展供销服务下乡活动 县供销社 各乡镇人民政府",
      "方案要求各牵头单位每季度报送进展情况，",
      "确保各项任务按期完成。",
      "",
      "县政府印发任务分工方案",
    ].join("\n");
    const [article] = splitArticles(text).articles;
    expect(article!.text.split("\n")).toEqual([
      "县政府日前印发重点工作任务分工方案，明确了年内要完成的各项任务和责任单位。",
      "序号 任务 牵头单位 责任单位",
      "1 实施农村道路提升工程 县交通运输局 县财政局、县自然资源局",
      "2 开展供销服务下乡活动 县供销社 各乡镇人民政府",
      "方案要求各牵头单位每季度报送进展情况，确保各项任务按期完成。",
    ]);
  });

  it("keeps a line of duty a paragraph of its own, and takes no credit in brackets for a table's row", () => {
    const text = [
      "（一）实施农村供水提升工程。新建供水工程",
      "3处，改造管网120公里，巩固提升农村",
      "供水保障水平。",
      "牵头单位：县水利局",
      "责任单位：县财政局、县发展改革委",
      "（二）开展饮水安全专项排查。对全县",
      "供水工程逐一排查，建立问题台账，",
      "限期整改到位。",
      "牵头单位：县水利局",
    ].join("\n");
    expect(splitArticles(text).articles[0]!.text.split("\n")).toEqual([
      "（一）实施农村供水提升工程。新建供水工程3处，改造管网120公里，巩固提升农村供水保障水平。",
      "牵头单位：县水利局",
      "责任单位：县财政局、县发展改革委",
      "（二）开展饮水安全专项排查。对全县供水工程逐一排查，建立问题台账，限期整改到位。",
      "牵头单位：县水利局",
    ]);
    const credits = ["本报讯（记者 张三 通讯员 李四）今年以来，县里推进", "农村供水提升工程，（记者 王五 通讯员 赵六）", "新建供水工程3处。"].join("\n");
    expect(splitArticles(credits).articles[0]!.text).not.toContain("\n");
  });
});

describe("splitArticles on a notice of an event", () => {
  it("keeps the event's time and place in the notice: a time with its weekday or span is no page's date", () => {
    const text = [
      "关于举办2025年春季专场招聘会的公告",
      "",
      "发布时间：2025-03-02 09:00　来源：县人社局",
      "",
      "为促进劳动者就业，县人社局定于3月8日举办春季专场招聘会。现将有关事项公告如下：",
      "",
      "一、时间地点",
      "时间：2025年3月8日（星期六）上午9:00—12:00",
      "地点：县人力资源市场",
      "",
      "二、参会企业",
      "本次招聘会共组织企业52家，提供岗位1680个。",
    ].join("\n");
    const { articles } = splitArticles(text);
    expect(articles.map((a) => a.title)).toEqual(["关于举办2025年春季专场招聘会的公告"]);
    expect(articles[0]!.text).toContain("地点：县人力资源市场");
    expect(articles[0]!.date).toBe("2025-03-02");
  });
});

describe("splitArticles on a county paper's page", () => {
  it("keeps the paper's masthead over the page as the site the page's reports come from", () => {
    const page = ["今日嘉善", "2024年5月16日 星期四 第2版", "", "本报讯（记者 周雅）今年以来，我县新建供水管网320公里。", "", "我县新建供水管网"].join("\n");
    const { articles, site } = splitArticles(page);
    expect(site).toBe("今日嘉善");
    expect(articles.map((a) => a.title)).toEqual(["我县新建供水管网"]);
  });

  it("keeps a bulletin's masthead as the site its items come from, when no site or paper names itself", () => {
    const page = ["宁陕县政务信息", "第12期", "宁陕县人民政府办公室编　　2025年10月20日", "", "1．县民政局：发放取暖补贴", "县民政局近日为低保对象发放取暖补贴86万元。"].join("\n");
    expect(splitArticles(page).site).toContain("宁陕县政务信息");
  });

  it("sets a notice's note on its publication aside (（此件公开发布）)", () => {
    const text = ["关于印发某县实施方案的通知", "", "各乡镇人民政府：", "现将实施方案印发给你们，请认真贯彻落实。", "（此件公开发布）"].join("\n");
    const { articles, setAside } = splitArticles(text);
    expect(articles[0]!.text).not.toContain("此件公开发布");
    expect(setAside).toEqual(expect.arrayContaining([expect.objectContaining({ text: "（此件公开发布）", kind: "furniture" })]));
  });
});
