/**
 * Small text helpers shared by the extractors: quotation spans, clause
 * bounds, quote normalisation and span overlap. Offsets are string indexes.
 */

const QUOTE_PAIRS: Record<string, string> = { "“": "”", "「": "」", "『": "』", "‘": "’" };
const BOOK_TITLE_PAIRS: Record<string, string> = { ...QUOTE_PAIRS, "《": "》" };
const STRAIGHT_QUOTE = '"';
const OPENERS = /[“「『‘"]/g;
const OPENERS_WITH_BOOK_TITLES = /[“「『‘"《]/g;

export interface QuotedSpan {
  /** Index of the opening quote. */
  open: number;
  /** Index of the closing quote. */
  close: number;
  /** Text between the quotes. */
  inner: string;
}

/**
 * A quotation that reports speech: it holds a clause break (“汛期前我们就把独居老人登记造册，…”).
 * What it names is said of real people; a slogan's or a name's words are not.
 */
export function isSpeech(span: Pick<QuotedSpan, "inner">): boolean {
  return /[，,。！？!?；;]/u.test(span.inner);
}

/**
 * Top-level quotations in `text` (curly, corner and straight quotes; book
 * titles 《…》 too with `withBookTitles`, for rules that must not look inside them).
 *
 * @example findQuotedSpans("开展“大学习”活动")[0] // { open: 2, close: 6, inner: "大学习" }
 */
export function findQuotedSpans(text: string, withBookTitles = false): QuotedSpan[] {
  const pairs = withBookTitles ? BOOK_TITLE_PAIRS : QUOTE_PAIRS;
  // Jumping from opener to opener with a regex: every extractor asks this of every sentence.
  const openers = withBookTitles ? OPENERS_WITH_BOOK_TITLES : OPENERS;
  const spans: QuotedSpan[] = [];
  openers.lastIndex = 0;
  for (let match = openers.exec(text); match; match = openers.exec(text)) {
    const open = match.index;
    const ch = text[open]!;
    const closer = pairs[ch] ?? STRAIGHT_QUOTE;
    const close = text.indexOf(closer, open + 1);
    if (close < 0) continue;
    spans.push({ open, close, inner: text.slice(open + 1, close) });
    openers.lastIndex = close + 1;
  }
  return spans;
}

/** True when `index` falls inside one of the quotations (quote marks included). */
export function isQuoted(spans: QuotedSpan[], index: number): boolean {
  return spans.some((s) => index >= s.open && index <= s.close);
}

/** Rewrites every quotation mark to the curly pair, so names compare equal whatever the source printed. */
export function normaliseQuotes(text: string): string {
  let straightOpen = false;
  return [...text]
    .map((ch) => {
      if (ch === "“" || ch === "「" || ch === "『") return "“";
      if (ch === "”" || ch === "」" || ch === "』") return "”";
      if (ch === STRAIGHT_QUOTE) {
        straightOpen = !straightOpen;
        return straightOpen ? "“" : "”";
      }
      return ch;
    })
    .join("");
}

/** True when every quotation in `text` is closed (a heading cut by a column break is not). */
export function hasBalancedQuotes(text: string): boolean {
  const normalised = normaliseQuotes(text);
  let depth = 0;
  for (const ch of normalised) {
    if (ch === "“") depth++;
    else if (ch === "”" && --depth < 0) return false;
  }
  return depth === 0;
}

const CLAUSE_BREAKS = /[，,；;：:。！？!?]/;

/** Where the clause holding `index` starts: right after the comma or stop before it, never before `floor`. */
export function clauseStart(text: string, index: number, floor = 0): number {
  let start = index;
  while (start > floor && !CLAUSE_BREAKS.test(text[start - 1]!)) start--;
  return start;
}

/** Start and end (exclusive) of the clause around `index`, bounded by commas and stops. */
export function clauseAround(text: string, index: number): { start: number; end: number } {
  const start = clauseStart(text, index);
  let end = index;
  while (end < text.length && !CLAUSE_BREAKS.test(text[end]!)) end++;
  return { start, end };
}

export const HAN_CHAR = /\p{Script=Han}/u;

/** A word or text of Han characters only. */
export const HAN_ONLY = /^\p{Script=Han}+$/u;

/** HAN_CHAR's answer per UTF-16 code unit (0: not asked yet, 1: Han, 2: not). */
const HAN_BY_CODE_UNIT = new Uint8Array(0x10000);

/**
 * `HAN_CHAR.test(text[index])`, remembered per code unit: the programme rules
 * test character by character, and a regex call per character showed in profiles.
 *
 * @example isHanAt("开展“", 0) // true
 */
export function isHanAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return HAN_CHAR.test(text[index]!);
  let known = HAN_BY_CODE_UNIT[code]!;
  if (known === 0) {
    known = HAN_CHAR.test(text[index]!) ? 1 : 2;
    HAN_BY_CODE_UNIT[code] = known;
  }
  return known === 1;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The spans no longer span contains: a name inside a longer one is part of it
 * (县委人才工作领导小组办公室 ⊃ 人才工作领导小组, 脱贫家庭学生 ⊃ 脱贫家庭).
 */
export function withoutNested<T extends { start: number; end: number }>(spans: T[]): T[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
}

/** Every index of `needle` in `haystack`. */
export function indexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}
