/**
 * Page furniture: text printed on the page that belongs to no article —
 * section headers (乡村振兴先锋, sometimes printed twice in a row as
 * 乡村振兴先锋乡村振兴先锋), page numbers and page dates, editor credits,
 * continuation notes, rules. Detected from the shape of a line, never from a
 * list of known section names.
 */
import { isHeadingLine, isSentenceFinal } from "./line-kinds.js";
import { parseIsoDate } from "./dates.js";
import { mayHoldTraditional, normaliseText } from "./normalise.js";

export interface FurnitureLine {
  line: number;
  reason: string;
}

/** （上接第1版）, （下转第3版）: where an article comes from or goes on. */
const CONTINUATION_NOTE = /^[（(]?(?:上接|下转|转|接)第?\s*[0-9０-９一二三四五六七八九十A-Z]{1,3}\s*版[）)]?$/u;

/**
 * A note that the text under it is continued from another page (（上接第1版）): the rest of
 * an article whose start and headline are printed there.
 */
export function continuesFromAnotherPage(text: string): boolean {
  return CONTINUATION_NOTE.test(text) && /^[（(]?(?:上接|接)/u.test(text);
}

/** Why a bulletin's masthead is furniture; its text titles a bulletin that prints no headline. */
export const BULLETIN_MASTHEAD = "a bulletin's masthead";

const PATTERNS: { pattern: RegExp; reason: string }[] = [
  { pattern: /^(.{2,12}?)\1+$/u, reason: "a short label printed repeatedly (section header)" },
  { pattern: /^[-—－_=*＊·•…～~\s]{2,}$/u, reason: "a printed rule" },
  {
    pattern: /^[（(【\[［]?(?:本版|本期|本文)?(?:责任编辑|编辑|责编|校对|审核|美编|组版|版式|排版|签发|监制|终审|二审|一审|值班编辑)\s*[：:].{0,40}$/u,
    reason: "editor credits",
  },
  { pattern: CONTINUATION_NOTE, reason: "a continuation note" },
  { pattern: /^第?\s*[A-Z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版(?:\s.{0,20})?$/u, reason: "a page number" },
  { pattern: /^[A-Z]\d{1,2}(?:\s*版)?(?:\s.{0,20})?$/u, reason: "a page number" },
  { pattern: /^[-—－]?\s*\d{1,3}\s*[-—－]?$/u, reason: "a page number" },
  { pattern: /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天].{0,30}$/u, reason: "the page date" },
  // 某某日报 2025年6月7日 第04版 要闻: a masthead carries both the date and the page number.
  {
    pattern: /^[^。！？，]{0,20}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^。！？，]{0,20}第\s*[A-Z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版[^。！？，]{0,12}$/u,
    reason: "the page header (date and page number)",
  },
  // 长治日报 · 县区传真, 某某晚报｜民生: the paper's name over the page with the page's column.
  {
    pattern: /^\p{Script=Han}{2,8}(?:日报|晚报|时报|商报|报)\s*[·•|｜丨—－-]\s*\p{Script=Han}{2,10}$/u,
    reason: "the page header (the paper and its column)",
  },
  { pattern: /^[（(]完[）)]$/u, reason: "an end mark" },
  { pattern: /^[（(]此件(?:公开发布|主动公开|依申请公开|不予公开|不公开)[）)]$/u, reason: "a notice's note on whether it is published" },
  // 正文： alone on its line: a scraper's record labels the text under it.
  { pattern: /^(?:正文|内容|全文|原文)\s*[：:]$/u, reason: "the label of the text under it" },
  { pattern: /^(?:当前位置|您的位置|您现在的位置)\s*[：:]|^首页\s*[>»＞›]/u, reason: "a web page's navigation path" },
  // 【打印本页】【关闭窗口】, [打印] [关闭]: a web page's buttons.
  {
    pattern: /^(?:[【\[［]\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享到?|加入收藏)\s*[】\]］][\s|丨]*)+$/u,
    reason: "a web page's buttons",
  },
  // 扫一扫在手机打开当前页: a web page's QR-code prompt.
  { pattern: /^(?:手机)?扫一扫[^。！？]{0,16}(?:打开|阅读|查看|分享|浏览)[^。！？]{0,8}$/u, reason: "a web page's QR-code prompt" },
  // 附件：岗位需求表.xls: a link to a file attached to the page, not text of the report.
  { pattern: /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:][^。！？]{0,80}\.(?:xlsx?|docx?|pdf|wps|et|zip|rar|jpg|png)$/iu, reason: "a link to a file attached to a web page" },
  // 上一篇：… / 下一篇：…: links to the site's neighbouring articles, titles of other reports.
  { pattern: /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[：:]/u, reason: "a web page's link to the previous or next article" },
  // 字号：大 中 小, 【字体：大 中 小】: a web page's text-size switch.
  { pattern: /^[【\[［(（]?\s*(?:字号|字体|字號|字體)\s*[：:][\s【】\[\]［］()（）大中小]*$/u, reason: "a web page's text-size switch" },
  // Reposts from social accounts: 点击蓝字 关注我们, 长按识别二维码, 分享 点赞 在看.
  {
    pattern: /^(?:点击|长按|扫码|扫描|识别|戳)[^。！？]{0,20}(?:关注|二维码|阅读原文|蓝字|订阅|在看|分享|点赞|转发)[^。！？]{0,12}$/u,
    reason: "a call to follow or share (social-media repost)",
  },
  // 👇👇👇, ▼, ★★★: a line of symbols alone decorates a post; it says nothing.
  { pattern: /^[^\p{L}\p{N}]+$/u, reason: "decoration (symbols only)" },
  { pattern: /^(?:#[^#\s]{1,30}#\s*)+$/u, reason: "topic tags (social-media post)" },
  { pattern: /^(?:(?:欢迎关注|关注我们|分享|点赞|在看|点亮在看|收藏|转发)[\s、，,|丨·!！]*)+$/u, reason: "a call to follow or share (social-media repost)" },
  // A site's footer: 版权所有 © 2025 …, 主办：…办公室 or …办公室主办, 网站标识码：…, 陇ICP备…号, 甘公网安备…号, 技术支持：….
  {
    pattern: /^(?:版权所有|Copyright|©|主办单位[：:]|主办[：:]|承办[：:]|网站标识码|技术支持[：:]|\p{Script=Han}ICP备|\p{Script=Han}公网安备)[^。！？]{0,100}$|^[^。！？，]{2,30}?\s?(?:主办|承办|协办|维护|运维)$|^(?:地址|通讯地址|联系电话|联系方式|邮编|传真)[：:][^。！？]{0,100}$/iu,
    reason: "a web site's footer",
  },
  // What a post's page prints around it: 收录于合集, #乡村振兴 12个, 阅读原文, 阅读 2356, 预览时标签不可点, 微信扫一扫….
  {
    pattern:
      /^(?:收录于(?:合集|话题)\S{0,20}|#[^#\s]{1,20}\s*\d+个|阅读原文|(?:阅读|在看|点赞|分享|赞)\s*[\d.]+万?\+?(?:[\s\u3000]*(?:分享|赞|点赞|在看|推荐|写留言|留言)[\s\u3000]*[\d.]*)*|预览时标签不可点|微信扫一扫[^。！？]{0,20})$/u,
    reason: "a social-media post's page furniture",
  },
  // 原创 蔚县融媒 蔚县发布: a post's byline, the accounts that wrote and sent it.
  { pattern: /^原创(?:\s+[\p{Script=Han}A-Za-z·]{2,12}){1,3}$/u, reason: "a social-media post's byline" },
  // 分享到：微信 微博: a web page's share bar.
  { pattern: /^分享到[：:]?[^。！？]{0,20}$/u, reason: "a web page's share bar" },
  // ▲演出现场 / （图为村民采摘杨梅）: a caption describes a photo, it is no sentence of the report.
  { pattern: /^[▲△]|^[（(]图为[^（）()]{1,80}[）)]$/u, reason: "a photo caption" },
  // 某县融媒体中心出品: who produced a post, under its credits.
  { pattern: /^\p{Script=Han}{2,20}(?:出品|制作)$/u, reason: "who produced the post" },
  // 相关链接：中国政府网 | 河北省人民政府: links to other sites, printed on one line after their label.
  { pattern: /^[【\[]?(?:相关链接|友情链接|网站链接|政府网站|网站导航)[】\]]?[：:].+$/u, reason: "a web page's links to other sites" },
  // 网站首页 | 政务公开 | 政务服务 | 互动交流: a web site's menu, three or more short items between bars.
  { pattern: /^(?:[^\s|｜丨。！？，]{2,8}\s*[|｜丨]\s*){2,}[^\s|｜丨。！？，]{2,8}$/u, reason: "a web site's menu" },
  // 政务信息 / 政 务 信 息 / 柏乡县政务信息, 第12期 / 2024年第15期（总第318期）, 工作简报 第7期 2025年1月15日: a bulletin's masthead.
  {
    pattern: /^(?:\p{Script=Han}\s){2,7}\p{Script=Han}$|^\p{Script=Han}{0,12}(?:政务信息|工作简报|政务简报|信息简报|工作动态|信息专报|政务快报)$|^(?:(?:19|20)\d{2}\s*年\s*)?[（(]?(?:总\s*)?第\s*[0-9一二三四五六七八九十百]{1,4}\s*期[）)]?(?:\s*[（(]总第\s*\d{1,5}\s*期[）)])?$|^[^。！？，]{0,30}(?:简报|信息|动态|专报|快报|要情|通讯)[^。！？，]{0,20}第\s*[0-9一二三四五六七八九十百]{1,4}\s*期[^。！？，]{0,20}$/u,
    reason: BULLETIN_MASTHEAD,
  },
  // 岳西县人民政府办公室编 2025年4月8日, …办公室 2025年4月8日印发: who issued a bulletin, and when.
  { pattern: /^[^。！？，]{2,30}(?:编|编印)\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$|^[^。！？，]{0,30}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*印发$/u, reason: "a bulletin's issuer and date" },
  // 报：市政府办公室 / 送：… / 发：各乡镇人民政府, （共印80份）: whom a bulletin is sent to, and how many were printed.
  { pattern: /^(?:报|送|发|抄送|抄报|分送)\s*[：:][^。！？]{2,120}$|^[（(]?共印\s*\d+\s*份[）)]?$/u, reason: "a bulletin's distribution list" },
];

/** The label over a bulletin's list of its items, and one item of that list (1. 县人社局开展…, 二、…). */
const CONTENTS_LABEL = /^[【\[]?(?:本期要目|本期目录|本期导读|要目|目录)[】\]]?[：:]?$/u;
const CONTENTS_ITEM = /^(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,2}、|[（(][\d一二三四五六七八九十]{1,2}[)）])\s*[^。！？]{2,40}$/u;

/** The text of a bulletin's masthead lines, in order (柏乡县政务信息 2024年第15期（总第318期）), or undefined. */
export function mastheadOf(lines: string[], furniture: FurnitureLine[]): string | undefined {
  const parts = furniture.filter(({ reason }) => reason === BULLETIN_MASTHEAD).map(({ line }) => lines[line]!.replace(/[\s\u3000]+/gu, " "));
  return parts.length > 0 ? parts.join(" ") : undefined;
}

const SITE_NAME_REASON = "the name of the site or office publishing the page";

/** The site, account or office a page opens with (岢岚县人民政府网), or undefined. */
export function siteNameOf(lines: string[], furniture: FurnitureLine[]): string | undefined {
  const site = furniture.find(({ reason }) => reason === SITE_NAME_REASON);
  return site ? lines[site.line] : undefined;
}

/** A county paper's masthead printed above its page (今日安吉, 丰县日报, 如皋报): the paper names its county. */
const NEWSPAPER_NAME = /^(?:今日(\p{Script=Han}{2,5})|(\p{Script=Han}{2,6})(?:日报|时报|晚报|报))$/u;

/** The place a paper's name names (今日安吉 → 安吉, 如皋日报 → 如皋), or undefined when the text is no paper's name. */
export function newspaperPlace(text: string): string | undefined {
  const match = NEWSPAPER_NAME.exec(text);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** A publisher's name alone: a government or its office, a media centre, a portal, an account (某某发布). */
const SITE_NAME = /^\p{Script=Han}{2,16}(?:人民政府|人民政府办公室|政府办公室|融媒体中心|门户网站|政府网|新闻网|发布)(?:门户网站|网站)?$/u;

/** The label a web page puts over links to other articles. */
const RELATED_LINKS = /^[【\[]?(?:相关链接|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|热点推荐|猜你喜欢|往期回顾)[】\]]?[：:]?$/u;

/** Lines longer than this are never furniture by repetition. */
const MAX_REPEATED_LABEL = 20;

/**
 * Furniture lines of a document, by line number. `lines` are trimmed; "" is blank.
 *
 * @example detectFurniture(["正文。", "", "乡村振兴先锋乡村振兴先锋"]) // [{ line: 2, reason: "a short label printed repeatedly (section header)" }]
 */
export function detectFurniture(lines: string[]): FurnitureLine[] {
  const found = new Map<number, string>();
  lines.forEach((text, line) => {
    if (text === "") return;
    // Runs of spaces align a page header's parts (date, section, page); they are no text.
    // Traditional characters (責任編輯：…) are matched in their simplified form.
    const simplified = mayHoldTraditional(text) ? normaliseText(text) : text;
    const squeezed = simplified.replace(/[\s\u3000]{2,}/gu, " ");
    const hit = PATTERNS.find(({ pattern }) => pattern.test(squeezed));
    if (hit) {
      found.set(line, hit.reason);
      return;
    }
    // 【字体：大 中 小】  【打印】  扫一扫在手机打开当前页: pieces of furniture set side by side on one line.
    const parts = simplified.split(/[\s\u3000]{2,}|\s*[|｜丨]\s*/u);
    if (parts.length < 2) return;
    const reasons = parts.map((part) => PATTERNS.find(({ pattern }) => pattern.test(part))?.reason);
    if (reasons.every(Boolean)) found.set(line, reasons[0]!);
  });
  // 寿光市人民政府, 某某县融媒体中心, 某某发布: the site, account or office a page opens with names who
  // publishes it; it is no headline.
  const first = lines.findIndex((text) => text !== "");
  if (first !== -1 && !found.has(first) && SITE_NAME.test(lines[first]!)) found.set(first, SITE_NAME_REASON);
  // 本期要目 and the numbered headlines of the items it lists, up to a blank line or a sentence.
  setAsideLists(lines, found, {
    label: CONTENTS_LABEL,
    isItem: (text) => CONTENTS_ITEM.test(text) && !isSentenceFinal(text),
    labelReason: "a bulletin's table of contents",
    itemReason: "an item of a bulletin's table of contents",
  });
  // 相关链接： and the headlines of the other articles it lists, up to a blank line or a sentence.
  setAsideLists(lines, found, {
    label: RELATED_LINKS,
    isItem: isHeadingLine,
    labelReason: "a web page's list of related articles",
    itemReason: "a link to a related article",
  });
  // The same short label standing alone (blank lines around it) more than once on a page.
  const standalone = new Map<string, number[]>();
  lines.forEach((text, line) => {
    const alone = (line === 0 || lines[line - 1] === "") && (line === lines.length - 1 || lines[line + 1] === "");
    if (!alone || text.length > MAX_REPEATED_LABEL || !isHeadingLine(text) || isSentenceFinal(text)) return;
    standalone.set(text, [...(standalone.get(text) ?? []), line]);
  });
  for (const occurrences of standalone.values()) {
    if (occurrences.length < 2) continue;
    for (const line of occurrences) if (!found.has(line)) found.set(line, "a short label repeated on the page");
  }
  return [...found].sort((a, b) => a[0] - b[0]).map(([line, reason]) => ({ line, reason }));
}

/** A label a page prints over a list, and what each line of the list must be. */
interface ListUnderLabel {
  label: RegExp;
  isItem: (text: string) => boolean;
  labelReason: string;
  itemReason: string;
}

/** Marks in `found` each line `list.label` matches and the items right under it, up to a blank line or a line of another kind. */
function setAsideLists(lines: string[], found: Map<number, string>, list: ListUnderLabel): void {
  lines.forEach((text, line) => {
    if (!list.label.test(text)) return;
    found.set(line, list.labelReason);
    for (let next = line + 1; next < lines.length && lines[next] !== "" && list.isItem(lines[next]!); next++) found.set(next, list.itemReason);
  });
}

/** The page date printed in furniture (2024年3月5日 星期二), if any. */
export function pageDateOf(lines: string[], furniture: FurnitureLine[]): string | undefined {
  for (const { line } of furniture) {
    const date = parseIsoDate(lines[line]!);
    if (date) return date;
  }
  return undefined;
}
