/**
 * The pattern of a printed figure (prefix? number infix? multiplier? infix?
 * unit suffix?) and a scan for it that skips text holding no number.
 */
import { APPROX_INFIX, APPROX_PREFIX, APPROX_SUFFIX, QUALIFIER_PREFIX, UNITS } from "./metric-grammar.js";

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
