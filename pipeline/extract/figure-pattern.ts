/**
 * The pattern of a printed figure (prefix? number infix? multiplier? infix?
 * unit suffix?) and a scan for it that skips text holding no number.
 */
import { APPROX_INFIX, APPROX_PREFIX, APPROX_SUFFIX, QUALIFIER_PREFIX, UNITS } from "./metric-grammar.js";
import { parseChineseNumeral } from "./numbers.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (list: readonly string[]): string => list.map(escape).join("|");

/** prefix? number infix? multiplier? infix? unit suffix? */
export const FIGURE = new RegExp(
  `(${alt([...QUALIFIER_PREFIX, ...APPROX_PREFIX])})?` +
    // The number may be empty before 万/亿 (近万人次); findFigures keeps that only after an approximation.
    `([0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+|(?=[万亿]))` +
    // 千 before 米/克/瓦 belongs to the unit (千米, 千克, 千瓦), it is no multiplier there.
    `(${alt(APPROX_INFIX)})?((?:千(?![米克瓦])|百|万|亿){0,2})(${alt(APPROX_INFIX)})?` +
    `[ \\t\\u3000]*(${alt(UNITS)})` +
    `(${alt(APPROX_SUFFIX)})?`,
  "gu",
);

/** Characters the number of a FIGURE can start with. */
const NUMBER_START = /[0-9０-９零〇一二两三四五六七八九十百千万亿]/g;
/** Longest prefix FIGURE reads before the number. */
const MAX_PREFIX_LENGTH = Math.max(...[...QUALIFIER_PREFIX, ...APPROX_PREFIX].map((p) => p.length));

/**
 * What `text.matchAll(FIGURE)` gives, with the regex started a prefix's length
 * before the next number character instead of being tried at every position:
 * a match holds a number right after at most MAX_PREFIX_LENGTH characters of prefix.
 *
 * @example [...figureMatches("走访群众1.4万余户")][0]?.[0] // "1.4万余户"
 */
export function* figureMatches(text: string): Generator<RegExpExecArray> {
  for (let from = 0; from < text.length; ) {
    NUMBER_START.lastIndex = from;
    const number = NUMBER_START.exec(text);
    if (!number) return;
    let start = Math.max(from, number.index - MAX_PREFIX_LENGTH);
    // Never start between the halves of a surrogate pair (FIGURE reads code points).
    if (start > from && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
    FIGURE.lastIndex = start;
    const match = FIGURE.exec(text);
    if (!match) return;
    yield match;
    from = match.index + match[0].length;
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** 百分之 + a number in words or digits (百分之七点五, 百分之九十八, 百分之98): a percentage printed the long way. */
const PERCENT_IN_WORDS = /百分之([零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?|[0-9]+(?:\.[0-9]+)?)/gu;
const DIGIT_OF: Record<string, string> = { 零: "0", 〇: "0", 一: "1", 二: "2", 两: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/**
 * Percentages printed in words, shaped like a FIGURE match: the whole, 百分之 as
 * its prefix, the number in digits (so it parses like one printed in digits), and the unit %.
 *
 * @example [...percentsInWords("同比增长百分之七点五")][0]?.slice(0, 3) // ["百分之七点五", "百分之", "7.5"]
 */
export function* percentsInWords(text: string): Generator<RegExpExecArray> {
  const shape = (match: RegExpMatchArray, prefix: string, digits: string) =>
    Object.assign([match[0], prefix, digits, undefined, "", undefined, "%", undefined], { index: match.index, input: text, groups: undefined }) as unknown as RegExpExecArray;
  const found: RegExpExecArray[] = [];
  for (const match of text.matchAll(PERCENT_IN_WORDS)) {
    const digits = inDigits(match[1]!);
    if (digits !== undefined) found.push(shape(match, "百分之", digits));
  }
  // 三成, 八成以上: tenths, as the press prints a share.
  for (const match of text.matchAll(TENTHS)) found.push(shape(match, match[1] ?? "", String(Number(DIGIT_OF[match[2]!]) * 10)));
  yield* found.sort((a, b) => a.index - b.index);
}

/**
 * A share in tenths: 三成, 九成, 八成以上, 近三成在… — a numeral standing alone before 成, which ends
 * the phrase or is followed by where or whence they are (在, 来自) or 的; an approximation may open it.
 */
const TENTHS = /(?<![零〇一二两三四五六七八九十百千万\d])(近|约|超过|超|逾)?([一二两三四五六七八九])成(?=以上|左右|多|的|在|来自|[，。；、,;）)]|$)/gu;

/** 九十八 → "98", 七点五 → "7.5", 零点五 → "0.5", 98 → "98"; undefined for what is no numeral. */
function inDigits(number: string): string | undefined {
  if (/^[0-9.]+$/.test(number)) return number;
  const [whole = "", fraction] = number.split("点");
  const wholeValue = /^[零〇]$/.test(whole) ? 0 : parseChineseNumeral(whole);
  if (wholeValue === undefined || wholeValue > 100) return undefined;
  const fractionDigits = fraction === undefined ? "" : [...fraction].map((ch) => DIGIT_OF[ch] ?? "").join("");
  return fractionDigits ? `${wholeValue}.${fractionDigits}` : String(wholeValue);
}
