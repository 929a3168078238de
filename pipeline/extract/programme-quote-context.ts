/**
 * What stands around a quoted name in a sentence and decides whether it names a programme the county
 * launches: the verb before it (开展“…”, 启动2024年“…”), the nouns that open its name after that verb
 * (开展|河湖|“清四乱”), a gloss in brackets after it (“三包”（包吃、包住…）政策), the activity it names
 * (开展“爱心妈妈”结对帮扶) and the quotation it is joined to (组建“…”和“…”).
 */
import type { Token } from "../records.js";
import type { ProgrammeLexicon } from "./lexicon.js";
import { tokensOf, type LazyTokens } from "./programme-unquoted.js";
import { findQuotedSpans, HAN_ONLY, isSpeech, type QuotedSpan } from "./text-spans.js";

/** The length of a bracketed gloss of up to 20 characters printed at `at` (（包吃、包住…）), else 0. */
export function glossLength(text: string, at: number): number {
  if (text[at] !== "（" && text[at] !== "(") return 0;
  const close = text.slice(at + 1, at + 22).search(/[）)]/u);
  return close > 0 ? close + 2 : 0;
}

/** Tags of the nouns that may open a quoted programme's name before its quote (河湖/ns, 第一书记/n, 村级/n, 整治/vn, 安全/an). */
const PREFIX_TAGS = /^(?:n|nz|ns|j|l|b|vn|an)$/u;
/** Most characters of nouns a quoted name may open with (人居环境整治|“积分超市”). */
const MAX_PREFIX_CHARS = 8;
/** A body named by its level alone, which owns the name after it rather than opening it (承接街道|“邻里守望”…项目). */
const BODY_BY_LEVEL = /^街道$/u;
/** First characters of words of quantity, order or reference, which open no name (全县, 各村, 新一轮, 首届, 我县); an ordinal (第二届) is tagged m. */
const NOT_PREFIX = /^[全各本该新首这那每我其]/u;

/**
 * Where a quoted name's opening nouns start: right after the launch verb when two to eight characters of
 * nouns stand between it and the quote (开展|河湖|“清四乱”…, 落实|第一书记|“书记项目”制度), else at the quote.
 */
export function nounPrefixStart(text: string, open: number, tokens: LazyTokens, verbs: readonly string[]): number {
  for (let start = open - 2; start >= Math.max(0, open - MAX_PREFIX_CHARS); start--) {
    if (!verbs.some((verb) => start >= verb.length && text.startsWith(verb, start - verb.length))) continue;
    const prefix = text.slice(start, open);
    if (!/^\p{Script=Han}+$/u.test(prefix) || NOT_PREFIX.test(prefix) || BODY_BY_LEVEL.test(prefix)) return open;
    const words = tokensOf(tokens).filter((token) => token.start >= start && token.end <= open);
    const covered = words.reduce((sum, token) => sum + token.word.length, 0) === prefix.length;
    return covered && words.every((token) => PREFIX_TAGS.test(token.tag ?? "")) ? start : open;
  }
  return open;
}

/** What joins two quotations a verb launches together: 组建“…”和“…”, 建成“…”、“…”. */
export const QUOTE_JOINER = /^[和、及与]$/u;

/** Most characters of the first object a quotation may follow as the verb's second (落实|15年公费教育|和“三包”政策). */
const MAX_FIRST_OBJECT = 16;

/** Whether the quotation at `open` is a launch verb's second object, joined by 和/、/及/与 to its first. */
export function secondObjectOfVerb(text: string, open: number, verbs: readonly string[]): boolean {
  if (!QUOTE_JOINER.test(text[open - 1] ?? "")) return false;
  const before = text.slice(Math.max(0, open - 1 - MAX_FIRST_OBJECT - 2), open - 1);
  const clause = before.split(/[，,；;：:。！？、“”"]/u).at(-1) ?? "";
  return verbs.some((verb) => {
    const at = clause.lastIndexOf(verb);
    return at >= 0 && clause.length - at - verb.length >= 2;
  });
}

/** Whether a launch verb opens the object a quotation is in: right before its opening nouns or the quote. */
export function launchedByVerb(text: string, open: number, prefixStart: number, lexicon: ProgrammeLexicon): boolean {
  return prefixStart < open || followsVerb(text, open, lexicon.launchVerbs);
}

/** Most characters the activity after a quoted name may take (结对帮扶, 送戏下乡演出). */
const MAX_ACTIVITY_CHARS = 6;
/** Tags of the words an activity is made of: verbs and nouns of doing (筛查/vn, 利用/n, 巡/zg 讲/v). */
const ACTIVITY_TAGS = /^(?:v|vn|n|nz|zg|l)$/u;
/** What may close the object of a verb after its activity: the clause's end, or a second object joined to it. */
const OBJECT_CLOSE = /^(?:[，,；;。！？!?、）)]|[和及与]|$)/u;
/** A figure right after the activity: how much of it was done. */
const FIGURE_AFTER = /^\d/u;
/** Words after a quoted name that say it is a concept or strategy held, whatever its name ends in (“城乡一体化”理念, “人才强县”战略). */
const CONCEPTS = ["精神", "理念", "原则", "目标", "思路", "理论", "思想", "内涵", "战略"];
/** Words after a quoted name that say what it asks, means or is, no activity run under it (“四个不摘”要求, “双减”工作). */
const NOT_ACTIVITIES = [
  ...CONCEPTS,
  // 按照“首厕过关制”要求: what a programme named by its head demands leaves it a programme; a slogan's demand is none.
  ...["要求", "标准", "作用", "工作", "任务", "部署", "导向", "底线", "红线"],
  // how the quoted means are joined: “人防+技防”相结合, “线上+线下”并举
  ...["相结合", "结合", "并重", "并举"],
  // a record kept, a body: “一户一档”台账, “一站式”服务中心
  ...["台账", "中心", "体制"],
  // what a programme reaches or becomes: “茶旅融合”发展, “强村带弱村”路子, “一站式”落地见效
  ...["发展", "落地", "见效", "提速", "提质", "效应", "品质", "路子", "路径", "道路", "格局", "局面", "氛围", "态势", "效果", "成效", "形象", "名片", "优势"],
];
/** Development, which names an activity only after a word of doing (融合发展). */
const DEVELOPMENT = "发展";
/** The word for the work of an activity (创建工作, 评选工作). */
const WORK = "工作";
/** A state a thing is brought to (常态化, 规范化), no activity of its own. */
const STATE_SUFFIX = "化";

/**
 * Where the activity after a quoted name ends, when the words from `from` to the clause's end (six characters at
 * most) are all words of doing and end the verb's object (“法治进校园”巡讲，); else undefined.
 */
export function activityAfterQuote(text: string, from: number, lazyTokens: LazyTokens): number | undefined {
  let end = from;
  let verbInside = false;
  // The activity's word before this one (融合 of 融合|发展).
  let previous: Token | undefined;
  for (const token of tokensOf(lazyTokens)) {
    if (token.end <= end) continue;
    if (token.start !== end || !HAN_ONLY.test(token.word) || !ACTIVITY_TAGS.test(token.tag ?? "")) return undefined;
    const doingBefore = previous?.tag === "v" || previous?.tag === "vn";
    previous = token;
    end = token.end;
    if (end - from > MAX_ACTIVITY_CHARS) return undefined;
    verbInside ||= token.tag === "v";
    // 开展“两癌”免费筛查7000人: a count of what was done closes an object of nouns of doing; after a verb it counts what
    // the verb found or reached (巡查|发现|问题12个, 利用率|达|90%).
    const counted = FIGURE_AFTER.test(text.slice(end, end + 1)) && !verbInside;
    if (!OBJECT_CLOSE.test(text.slice(end, end + 1)) && !counted) continue;
    // 开展“美丽庭院”创建工作: the work of an activity is that activity; “双减”工作 alone names none.
    if (token.word === WORK && token.start > from) return token.start;
    // “客货邮”融合发展: development after a word of doing is that doing's, an activity; “茶旅融合”发展 alone is none.
    const developedDoing = token.word === DEVELOPMENT && doingBefore;
    const notActivity = !developedDoing && (token.word.endsWith(STATE_SUFFIX) || NOT_ACTIVITIES.some((word) => token.word.endsWith(word)));
    return notActivity ? undefined : end;
  }
  return undefined;
}

/** Whether the words right after a quoted name say it is a concept or strategy held (“城乡一体化”理念, “人才强县”战略). */
export function heldAsConcept(text: string, from: number): boolean {
  return CONCEPT_AFTER.test(text.slice(from, from + MAX_CONCEPT_WORDS));
}

/** A concept word right after a quote, or after a word of two characters at most (“茶旅一体化”发展战略). */
const CONCEPT_AFTER = new RegExp(`^\\p{Script=Han}{0,2}(?:${CONCEPTS.join("|")})`, "u");
/** Characters a concept word and the word before it may take. */
const MAX_CONCEPT_WORDS = 6;

/** Whether the words right after a quoted name say what it asks, means or is (“两山”理念, “四个不摘”要求): no programme. */
export function describedAsNoActivity(text: string, from: number): boolean {
  const after = text.slice(from, from + 4);
  return NOT_ACTIVITIES.some((word) => word !== WORK && after.startsWith(word));
}

/** A year printed right before a quoted name: 2024年, 2024年度. */
const YEAR_BEFORE = /\d{4}年度?$/u;

/** A quotation, and when it reports speech the quotations inside it: “我们推‘甜蜜弥勒’葡萄提质行动，…”. */
export function withNestedQuotes(span: QuotedSpan): QuotedSpan[] {
  if (!isSpeech(span)) return [span];
  const offset = span.open + 1;
  return [span, ...findQuotedSpans(span.inner).map((nested) => ({ open: nested.open + offset, close: nested.close + offset, inner: nested.inner }))];
}

/** True when one of `verbs` ends within the few characters before `index`, with no punctuation between; a year
 * between them is not counted (启动2024年“情暖万家”…). */
export function followsVerb(text: string, index: number, verbs: string[]): boolean {
  // 为…设立的“托底岗”: a quote a relative clause describes is no object of its verb.
  if (text[index - 1] === "的") return false;
  const year = YEAR_BEFORE.exec(text.slice(Math.max(0, index - 7), index))?.[0].length ?? 0;
  const before = text.slice(Math.max(0, index - year - 6), index - year);
  const afterPunctuation = before.split(/[，,；;：:。、“”]/).at(-1) ?? "";
  return verbs.some((verb) => afterPunctuation.includes(verb));
}
