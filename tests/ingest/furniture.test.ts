import { describe, expect, it } from "vitest";
import { detectFurniture, pageDateOf, siteNameOf } from "../../pipeline/ingest/furniture.js";

const lines = (text: string) => text.split("\n").map((l) => l.trim());
const furnitureOf = (text: string) => detectFurniture(lines(text)).map((f) => lines(text)[f.line]);

describe("detectFurniture", () => {
  it.each([
    ["乡村振兴先锋乡村振兴先锋", "a section header printed twice in a row"],
    ["基层党建基层党建基层党建", "printed three times"],
    ["2024年3月5日 星期二", "the page date"],
    ["責任編輯：趙琳  美術編輯：孫明", "editor credits in traditional characters"],
    ["2025年10月16日 星期四                    县域经济                         第5版", "a page header whose parts spaces align"],
    ["第3版", "a page number"],
    ["A3版 要闻", "a lettered page number"],
    ["- 12 -", "a page number between dashes"],
    ["责任编辑：张三 校对：李四", "editor credits"],
    ["【责任编辑：王芳】", "editor credits in square brackets, as web pages print them"],
    ["[编辑：刘洋]", "editor credits in ASCII brackets"],
    ["（下转第二版）", "a continuation note"],
    ["——————", "a printed rule"],
    ["聊城日报　2021年1月18日　第02版", "a masthead: paper, date and page number"],
    ["2023年7月4日 第A05版 县域经济", "a masthead with the page's section"],
    ["点击蓝字 关注我们", "a social account's call to follow"],
    ["长按识别二维码，关注更多资讯", "a call to scan"],
    ["分享 | 点赞 | 在看", "a call to share"],
    ["▲ 村民在合作社分拣杨梅", "a photo caption under a ▲"],
    ["（图为志愿者入户走访独居老人）", "a bracketed photo caption"],
    ["【打印本页】【关闭窗口】", "a web page's buttons"],
    ["[打印] [关闭]", "a web page's buttons in square brackets"],
    ["上一篇：县医保局开展政策宣传月活动", "a web page's link to the previous article"],
    ["扫一扫在手机打开当前页", "a web page's QR-code prompt"],
    ["点击“在看”，分享给更多人", "a call to share"],
    ["👇👇👇", "a decoration of emoji"],
    ["版权所有 © 2025 通渭县人民政府 主办：通渭县人民政府办公室", "a site's copyright footer"],
    ["网站标识码：6211310001 陇ICP备05001234号", "a site's registration footer"],
    ["分享到：", "a share bar's label"],
    ["收录于合集", "a post's collection label"],
    ["#乡村振兴 12个", "a post's collection with its count"],
    ["阅读 2356", "a post's read count"],
    ["微信扫一扫关注该公众号", "a post's QR-code prompt"],
    ["▼", "a decoration of one symbol"],
    ["附件：2025年度补贴发放名册.xlsx", "a link to an attached file"],
    ["附件2：申报表.docx", "a numbered attachment"],
    ["下一条: 某镇召开春耕生产动员会", "a web page's link to the next article"],
    ["字号：大 中 小", "a web page's text-size switch"],
    ["【字体：大 中 小】", "a bracketed text-size switch"],
    ["#三农# #乡村振兴#", "a post's topic tags"],
    ["本版编辑：孙 莉", "the page's editor credit (本版编辑)"],
    ["汉中日报 · 县域传真", "a page header: the paper and its column"],
    ["某某晚报｜民生", "a page header with a full-width bar"],
    ["首页 | 政务公开 | 政务服务 | 互动交流 | 走进某县", "a web site's menu"],
    ["政 务 信 息", "a bulletin's spaced-out masthead"],
    ["某县政务信息", "a bulletin's name"],
    ["2024年第9期（总第211期）", "a bulletin's issue number"],
    ["某县人民政府办公室    工作简报    第3期    2025年2月10日", "a bulletin's masthead on one line"],
    ["某县人民政府办公室编          2025年2月10日", "a bulletin's issuer and date"],
    ["某县人民政府办公室          2025年2月10日印发", "a bulletin's printing line"],
    ["报：市人民政府办公室", "a bulletin's distribution list"],
    ["发：各乡镇人民政府，县直各单位", "a bulletin's distribution list to the county's bodies"],
    ["（共印60份）", "a bulletin's print run"],
    ["某县人民政府办公室主办  某县大数据中心承办  技术支持：某某信息技术有限公司", "a site's footer naming who runs it"],
    ["某县人民政府办公室 主办 | 某县大数据中心 维护", "a site's footer between bars"],
    ["地址：某县人民路1号  邮编：262700  联系电话：0536-5221234", "a site's address line"],
    ["原创  某县融媒  某县发布", "a post's byline"],
    ["【字体：大 中 小】  【打印】  扫一扫在手机打开当前页", "pieces of furniture side by side"],
    ["相关链接：中国政府网 | 湖南省人民政府 | 邵阳市人民政府", "links to other sites after their label"],
    ["友情链接：国务院客户端 省政府门户网站", "a site's links to its friends"],
    ["某县融媒体中心出品", "who produced a post"],
    ["阅读 3624　分享　赞　在看", "a post's reading-count bar"],
  ])("sets “%s” aside (%s)", (line) => {
    expect(furnitureOf(`正文第一句。\n\n${line}\n\n正文第二句。`)).toEqual([line]);
  });

  it("sets aside the site or office a page opens with, only there, and keeps its name for the page", () => {
    expect(furnitureOf("某县人民政府\n\n某县推进农村改厕\n\n正文第一句。")).toEqual(["某县人民政府"]);
    const page = lines("岢岚县人民政府网\n首页 | 新闻中心 | 政务公开\n\n某镇推进农村改厕\n\n正文第一句。");
    expect(siteNameOf(page, detectFurniture(page))).toBe("岢岚县人民政府网");
    expect(furnitureOf("某县推进农村改厕\n\n某县融媒体中心\n\n正文第一句。")).toEqual([]);
  });

  it("sets aside a bulletin's table of contents, its label and numbered items", () => {
    const text = "本期要目\n1. 县人社局开展招聘月活动\n2. 县医保局推进集中参保\n\n1.县人社局开展招聘月活动。今年以来，共举办招聘会12场。";
    expect(furnitureOf(text)).toEqual(["本期要目", "1. 县人社局开展招聘月活动", "2. 县医保局推进集中参保"]);
  });

  it("keeps a headline whose column label stands before a bar, and a body sentence that lists", () => {
    expect(furnitureOf("正文第一句。\n\n走进乡村看振兴丨某县：柑橘产业“链”出好日子\n\n正文第二句。")).toEqual([]);
  });

  it("sets aside a short label standing alone twice on the page", () => {
    expect(furnitureOf("乡村振兴先锋\n\n本报讯正文。\n\n乡村振兴先锋")).toEqual(["乡村振兴先锋", "乡村振兴先锋"]);
  });

  it("keeps a label that appears once, and headlines, and body lines", () => {
    const page = "本报讯（记者 王五）全县新建\n养老服务站12处。\n\n嘉祥深入开展“以三大促三好”活动\n助力第一书记开好局起好步\n\n乡村振兴先锋";
    expect(furnitureOf(page)).toEqual([]);
  });

  it("keeps body lines that speak of following, scanning or photos", () => {
    const page = "群众可扫码关注县医保局公众号，查询报销进度。\n\n图为县里新建的图书馆，已接待读者3万人次。\n\n县里开展“点赞身边好人”活动。\n\n字号大的书方便老人阅读。\n\n上一篇文章发表后，读者反响热烈。\n\n附件：申请人须提交身份证明和收入证明。";
    expect(furnitureOf(page)).toEqual([]);
  });

  it("does not take repeated words inside a line for a repeated label", () => {
    expect(furnitureOf("一月一学、一月一练、一季一比\n\n共谋共建共管")).toEqual([]);
  });

  it("sets aside a list of related articles under its label, up to a blank line or a sentence", () => {
    const page = "正文。\n相关链接：\n通渭县召开民政工作推进会\n通渭县开展冬季送温暖活动\n\n主办单位在会上表示，全县将继续推进。";
    expect(furnitureOf(page)).toEqual(["相关链接：", "通渭县召开民政工作推进会", "通渭县开展冬季送温暖活动"]);
  });

  it("keeps a headline or body line that mentions a date and a page", () => {
    expect(furnitureOf("2023年7月4日，县融媒体中心在第3版刊发系列报道。\n\n正文。")).toEqual([]);
  });

  it("reads the page date from a masthead printed once", () => {
    const page = lines("孝感日报　2021年1月18日　第02版\n\n本报讯（记者 王五）正文。");
    expect(pageDateOf(page, detectFurniture(page))).toBe("2021-01-18");
  });

  it("reads the page date from furniture", () => {
    const page = lines("2024年5月8日 星期三\n第A3版\n\n正文。");
    expect(pageDateOf(page, detectFurniture(page))).toBe("2024-05-08");
  });
});
