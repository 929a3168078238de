/**
 * One decoded document → its articles, without being told the layout.
 *
 * 0. A social-media post's 【headline】 is unfolded onto lines of its own (see bracketed-headline.ts).
 * 1. Page furniture (see furniture.ts) is set aside and counts as a blank line.
 * 2. Lines opening with a dateline (see dateline.ts) start articles.
 * 3. The text is "wrapped" (printed columns: most lines stop mid-sentence,
 *    paragraphs are blank-line separated) or "line" (one paragraph a line).
 *    Units are blank-separated groups of lines when wrapped, single lines otherwise.
 * 4. Short units with no full stop at the end of a dateline segment are
 *    headline units. Print layout puts them after the body (they belong to the
 *    segment's article); web layout puts them before the next dateline (they
 *    belong to the next article). The layout is print when the last segment
 *    ends with a headline, or when nothing headline-like precedes the first dateline.
 * 5. Without any dateline the document is web layout: a headline, optional
 *    meta lines (来源：… 2024-03-05), then the body; a headline followed by a
 *    meta line starts another article.
 *
 * Every non-blank character ends up in an article's title, dateline or text,
 * or in `setAside` (furniture and orphan text, each with a reason).
 */
import type { Dateline } from "../records.js";
import { unfoldBracketedHeadlines } from "./bracketed-headline.js";
import { parseIsoDate } from "./dates.js";
import { closingCredit, matchDateline, parseReporters, trailingCredit, withoutRoles, type DatelineMatch } from "./dateline.js";
import { isDutyLine } from "./duty-line.js";
import { continuesFromAnotherPage, detectFurniture, mastheadOf, newspaperPlace, pageDateOf, siteNameOf } from "./furniture.js";
import { isHeadingLine, isMetaLine, isSentenceFinal, isWebTitleLine, trimLine } from "./line-kinds.js";
import { cellCount, MIN_ROW_CELLS } from "./table-cells.js";
import { outletOf } from "./outlet.js";
import { normaliseText } from "./normalise.js";

export interface SplitArticle {
  layout: "print" | "web";
  /** Headline lines joined by a space (main title, subtitle); column breaks inside a line are joined without one. */
  title: string;
  /** True when no headline was printed and `title` is the body's first words. */
  titleFromBody: boolean;
  /** An item of a news-in-brief column, which prints no headlines. */
  brief?: boolean;
  dateline?: Dateline;
  reporters: string[];
  date?: string;
  /** Body: wraps joined, paragraphs separated by "\n". */
  text: string;
  /** Line (from 0) where the article's first printed part is. */
  line: number;
  /** The outlet a meta line credits as the source (来源：金寨县融媒体中心). */
  outlet?: string;
}

export interface SetAside {
  kind: "furniture" | "orphan";
  text: string;
  line: number;
  reason: string;
}

export interface SplitResult {
  articles: SplitArticle[];
  setAside: SetAside[];
  /** Date printed in the page furniture, given to articles whose dateline has none. */
  pageDate?: string;
  /** The site, account or office the page opens with (岢岚县人民政府网), or the paper over a printed page (今日安吉), as printed. */
  site?: string;
}

export interface SplitOptions {
  /** Page date to use when this text prints none (a later window of a streamed file). */
  pageDate?: string;
}

interface Unit {
  lines: { line: number; text: string }[];
  /** Starts with an indented line: a new paragraph even after an unfinished sentence. */
  opensParagraph?: boolean;
  /** A table's row or a plan's line of duty: a paragraph of its own, which nothing before or after continues. */
  standsAlone?: boolean;
}

interface Opener {
  line: number;
  match: DatelineMatch;
  /** A news-in-brief item (■ 近日，滑县…。（通讯员 王晓）): opened by its bullet, credited at its end. */
  brief?: boolean;
}

/** A headline has at most this many units and lines. */
const MAX_HEADING_UNITS = 3;
const MAX_HEADING_LINES = 4;
/** The label a scraper's record prints before the headline: 标题：…, 题目：…. */
const TITLE_LABEL = /^(?:标题|標題|题目|題目|主题|title)\s*[：:]\s*/iu;
/** A title made from the body's first words is at most this long. */
const MAX_FALLBACK_TITLE = 30;
/** A first clause shorter than this (近日, 今年以来) is a time phrase; the title takes the next one. */
const MIN_FALLBACK_TITLE = 5;

/**
 * Splits a decoded document into articles.
 *
 * @example splitArticles("本报讯（记者 王五）正文第一句。\n\n标题").articles[0].title // "标题"
 */
export function splitArticles(document: string, options: SplitOptions = {}): SplitResult {
  const unfolded = unfoldBracketedHeadlines(document.replace(/\f/g, "\n\n").split(/\r\n|\r|\n|\u2028|\u2029/));
  const printed = unfolded.lines;
  const lines = printed.map(trimLine);
  const opensParagraph = paragraphOpenings(printed, lines);
  const setAside: SetAside[] = [];
  const furniture = detectFurniture(lines);
  const pageDate = pageDateOf(lines, furniture) ?? options.pageDate;
  const masthead = mastheadOf(lines, furniture);
  const site = siteNameOf(lines, furniture);
  // 上接第1版: the text under the note is the rest of another page's article; it opens a part of its own.
  const continued = furniture.filter(({ line }) => continuesFromAnotherPage(lines[line]!)).map(({ line }) => ({ line, raw: lines[line]! }));
  for (const { line, reason } of furniture) {
    setAside.push({ kind: "furniture", text: lines[line]!, line, reason });
    lines[line] = "";
  }
  // Asked twice on purpose: whether a credit line closes the text above is judged on the lines as
  // printed; the units are built from them once the openers are cut out.
  const alone = linesStandingAlone(lines);
  const openers = withContinuations(findOpeners(lines, isWrapped(lines, printed, alone)), continued);
  const wrapped = isWrapped(lines, printed, alone);
  // Without indents, a column's short line that ends a sentence ends its paragraph (text copied out of a PDF).
  const marksParagraphEnds = wrapped && !opensParagraph;
  const unitsOf = (from: number, to: number) =>
    toUnits(lines, from, to, { wrapped, alone, ...(opensParagraph ? { opensParagraph } : {}), ...(marksParagraphEnds ? { closesParagraph: shortFinalLines(lines, from, to) } : {}) });
  const context: Context = { wrapped, setAside, pageDate, ...(masthead ? { masthead } : {}) };

  const articles =
    openers.length === 0 ? splitWithoutDatelines(unitsOf(0, lines.length), context) : splitAtDatelines(lines, openers, unitsOf, context);
  // Lines are reported as printed, before headlines were unfolded.
  const printedLine = (line: number): number => unfolded.origin[line] ?? line;
  for (const article of articles) article.line = printedLine(article.line);
  for (const item of setAside) item.line = printedLine(item.line);
  setAside.sort((a, b) => a.line - b.line);
  // 今日安吉 over a county paper's page: the paper, as a site's name, says whose news the page prints; so does a
  // county's bulletin by its masthead (海伦市政务信息 第38期).
  const publisher = site ?? setAside.find((item) => item.kind === "furniture" && newspaperPlace(item.text) !== undefined)?.text ?? masthead;
  return { articles, setAside, ...(pageDate ? { pageDate } : {}), ...(publisher ? { site: publisher } : {}) };
}

interface Context {
  wrapped: boolean;
  setAside: SetAside[];
  pageDate?: string;
  /** A bulletin's masthead (柏乡县政务信息 2024年第15期): the title of an article that prints no headline. */
  masthead?: string;
}

/** Openers with one at each note that the text under it is continued from another page, in line order. */
function withContinuations(openers: Opener[], continued: { line: number; raw: string }[]): Opener[] {
  if (continued.length === 0) return openers;
  const notes = continued.map(({ line, raw }): Opener => ({ line, match: { dateline: { raw, reporters: [] }, rest: "" } }));
  return [...openers, ...notes].sort((a, b) => a.line - b.line);
}

/** Dateline lines; a byline line directly followed by a dateline line is one opener. */
function findOpeners(lines: string[], wrapped: boolean): Opener[] {
  const openers: Opener[] = [];
  const briefs = briefItems(lines);
  for (let line = 0; line < lines.length; line++) {
    const brief = briefs.get(line);
    if (brief) {
      openers.push({ line, match: brief, brief: true });
      lines[line] = brief.rest;
      continue;
    }
    let match = lines[line] === "" ? undefined : matchDateline(lines[line]!);
    // Credits under the only text of a post close it; under an article an opener began, they join it (see pushArticle).
    if (!match || closesTextAbove(lines, line, wrapped) || (openers.length === 0 && amongClosingCredits(lines, line, match))) continue;
    if (creditsCutByWrap(lines, line, match)) {
      // （记者 赵德明 通讯员 孙丽 / 娜）: the credits run on to the next printed line.
      const joined = matchDateline(lines[line]! + lines[line + 1]!);
      if (joined && joined.dateline.raw.length > lines[line]!.length) {
        match = joined;
        lines[line + 1] = "";
      }
    }
    const next = nextNonBlank(lines, line + 1);
    const following = match.rest === "" && next !== undefined && next - line <= 2 ? matchDateline(lines[next]!) : undefined;
    if (following) {
      const raw = `${match.dateline.raw}\n${following.dateline.raw}`;
      const reporters = unique([...match.dateline.reporters, ...following.dateline.reporters]);
      const place = following.dateline.place ?? match.dateline.place;
      const merged: DatelineMatch = { dateline: { raw, reporters, ...(place ? { place } : {}) }, rest: following.rest };
      const date = following.date ?? match.date;
      if (date) merged.date = date;
      openers.push({ line, match: merged });
      lines[line] = "";
      lines[next!] = following.rest;
      line = next!;
      continue;
    }
    openers.push({ line, match });
    lines[line] = match.rest;
  }
  return openers;
}

/**
 * A credit line in brackets under a sentence, with no text of its own under it, closes the
 * text above (a web article's （记者 马小军 通讯员 杨娟）); it opens nothing. Under a headline,
 * or over body text, it is an opener's byline.
 */
function closesTextAbove(lines: string[], line: number, wrapped: boolean): boolean {
  if (!closingCredit(lines[line]!)) return false;
  const previous = previousNonBlank(lines, line - 1);
  if (previous === undefined || !isSentenceFinal(lines[previous]!)) return false;
  const next = nextNonBlank(lines, line + 1);
  if (next === undefined || matchDateline(lines[next]!)) return true;
  // Where lines are paragraphs, a short line without a full stop is the next article's headline.
  if (!wrapped) return isHeadingLine(lines[next]!) || isMetaLine(lines[next]!);
  // In columns, only a headline (with its meta lines) set off by a blank line is one: the first
  // lines of a column-wrapped body look alike.
  const end = blockEnd(lines, next);
  return end - next <= MAX_HEADING_LINES && lines.slice(next, end).every((l) => isHeadingLine(l) || isMetaLine(l));
}

/**
 * A byline alone among the credits that close a post (来源：…人社局 / 记者：杨秀梅 / 编辑：…): no sentence
 * follows it, and the last sentence before it, past the meta lines between, closes the text it credits.
 */
function amongClosingCredits(lines: string[], line: number, match: DatelineMatch): boolean {
  if (match.rest !== "") return false;
  for (let next = line + 1; next < lines.length; next++) {
    if (lines[next] !== "" && isSentenceFinal(lines[next]!)) return false;
  }
  let previous = previousNonBlank(lines, line - 1);
  while (previous !== undefined && isMetaLine(lines[previous]!) && !isSentenceFinal(lines[previous]!)) previous = previousNonBlank(lines, previous - 1);
  return previous !== undefined && isSentenceFinal(lines[previous]!);
}

/**
 * A news-in-brief column (县域简讯, 基层快讯) prints one report per bulleted
 * paragraph, each credited at its end: ■ 近日，滑县…督促整改问题38个。（通讯员 王晓）.
 * A column holds two such items at least; a bulleted paragraph without a
 * credit, or a lone credited one (an article's last list item), is part of
 * the article it is in and opens nothing. Keyed by line.
 */
function briefItems(lines: string[]): Map<number, DatelineMatch> {
  const items = new Map<number, DatelineMatch>();
  for (let line = 0; line < lines.length; line++) {
    const item = briefItemAt(lines, line);
    if (item) items.set(line, item);
  }
  return items.size >= MIN_BRIEFS ? items : new Map();
}

const MIN_BRIEFS = 2;

function briefItemAt(lines: string[], line: number): DatelineMatch | undefined {
  // 【桐城】近日，…: a column of briefs labelled with their places, the label standing for a dateline.
  const label = PLACE_LABEL.exec(lines[line]!);
  // The place is named again in its report (【桐城】…桐城市举办…); 【编者按】 and 【链接】 name nothing there.
  const named = label && paragraphFrom(lines, line).slice(label[0].length).includes(label[1]!);
  if (label && named && (line === 0 || lines[line - 1] === "")) {
    return { dateline: { raw: label[0], place: label[1]!, reporters: [] }, rest: lines[line]!.slice(label[0].length) };
  }
  const bullet = BRIEF_BULLET.exec(lines[line]!);
  if (!bullet) return undefined;
  let end = line + 1;
  while (end < lines.length && lines[end] !== "" && !BRIEF_BULLET.test(lines[end]!)) end++;
  if (!trailingCredit(lines.slice(line, end).join(""))) return undefined;
  return { dateline: { raw: bullet[0].trim(), reporters: [] }, rest: lines[line]!.slice(bullet[0].length) };
}

/** The lines of the paragraph that starts at `line`, up to a blank line. */
function paragraphFrom(lines: string[], line: number): string {
  return lines.slice(line, blockEnd(lines, line)).join("");
}

/** The first blank line from `line` on (or the end): where the block of lines there ends. */
function blockEnd(lines: string[], line: number): number {
  let end = line;
  while (end < lines.length && lines[end] !== "") end++;
  return end;
}

const BRIEF_BULLET = /^[■◆●★]\s*/u;
/** A brief's place in square brackets before its first sentence: 【桐城】近日，… (【X讯】 is a dateline). */
const PLACE_LABEL = /^【(\p{Script=Han}{2,6}?)】(?=\p{Script=Han}|\d)(?!.{0,2}讯)/u;

/** The dateline's bracket opens on this line and closes on the next one. */
function creditsCutByWrap(lines: string[], line: number, match: DatelineMatch): boolean {
  const next = lines[line + 1];
  if (!next || !/[（(]/u.test(match.rest)) return false;
  const open = match.rest.search(/[（(]/u);
  return open <= 1 && !/[）)]/u.test(match.rest.slice(open)) && /[）)]/u.test(next.slice(0, 30));
}

function previousNonBlank(lines: string[], from: number): number | undefined {
  for (let line = from; line >= 0; line--) if (lines[line] !== "") return line;
  return undefined;
}

function nextNonBlank(lines: string[], from: number): number | undefined {
  for (let line = from; line < lines.length; line++) if (lines[line] !== "") return line;
  return undefined;
}

/** A notice's salutation: 各乡镇（街道）：, 各乡镇人民政府、县直各单位： — it ends no sentence, and wraps nothing. */
const SALUTATION = /^各[^。！？]{1,40}[：:]$/u;

/**
 * Printed columns: most lines (meta lines, a notice's salutation, credit lines and subheadings aside)
 * stop mid-sentence. Where paragraphs are indented, what their lines end with decides: a paragraph
 * that is one line ends its sentence, the first line of a wrapped one does not (headlines,
 * which are short and end none, would tip a short text's count).
 */
function isWrapped(lines: string[], printed: string[], standingAlone: ReadonlySet<number>): boolean {
  const ends = (text: string) => isSentenceFinal(text) || trailingCredit(text) !== undefined;
  const indented = lines.filter((text, i) => text !== "" && isIndented(printed[i]!));
  if (indented.length >= 2) return indented.filter(ends).length < indented.length / 2;
  // Short lines between blank lines, when there are several (subheadings), say nothing of the layout either.
  const standsAlone = (i: number) => (lines[i - 1] ?? "") === "" && (lines[i + 1] ?? "") === "" && isHeadingLine(lines[i]!);
  const alone = new Set(lines.flatMap((text, i) => (text !== "" && standsAlone(i) ? [i] : [])));
  const filled = lines.filter(
    (text, i) =>
      text !== "" &&
      !isMetaLine(text) &&
      !SALUTATION.test(text) &&
      !closingCredit(text) &&
      !(alone.size >= 2 && alone.has(i)) &&
      !(NUMBERED_LINE.test(text) && isHeadingLine(text)) &&
      !standingAlone.has(i),
  );
  // 主要项目如下：: a lead-in closed by its colon ends a paragraph as a sentence does (a list or table follows).
  const final = filled.filter((text) => isSentenceFinal(text) || LEAD_IN_END.test(text)).length;
  return filled.length > 0 && final < filled.length / 2;
}

/** A paragraph's lead-in closed by its colon: 主要项目如下：, 具体情况如下：. */
const LEAD_IN_END = /(?:如下|以下|情况|措施|做法)[：:]$/u;

const isIndented = (raw: string) => /^(?:\u3000|[ \u00A0]{2,}|\t)/u.test(raw);

/**
 * Where indentation marks paragraphs (OCR and e-paper text often has no blank
 * lines, only a 　　 indent): an indented line opens a paragraph, and so does
 * an unindented line after a finished sentence (a headline printed right
 * under the body). Undefined when the document does not indent paragraphs.
 */
function paragraphOpenings(printed: string[], lines: string[]): boolean[] | undefined {
  const indented = printed.map((raw, i) => lines[i] !== "" && isIndented(raw));
  if (indented.filter(Boolean).length < 2) return undefined;
  return indented.map((isIndented, i) => isIndented || (i > 0 && lines[i - 1] !== "" && isSentenceFinal(lines[i - 1]!)));
}

interface UnitLayout {
  wrapped: boolean;
  /** Lines that are paragraphs of their own (`linesStandingAlone`). */
  alone: ReadonlySet<number>;
  opensParagraph?: boolean[];
  closesParagraph?: Set<number>;
}

function toUnits(lines: string[], from: number, to: number, layout: UnitLayout): Unit[] {
  const { wrapped, alone, opensParagraph, closesParagraph } = layout;
  const units: Unit[] = [];
  let current: Unit | undefined;
  for (let line = from; line < to; line++) {
    const text = lines[line]!;
    if (text === "") {
      current = undefined;
      continue;
    }
    // A meta line (来源：…), a table's row and a line of duty are never glued to their neighbours.
    const meta = isMetaLine(text);
    const standsAlone = alone.has(line);
    const opens = opensParagraph?.[line] === true || standsAlone;
    if (!current || !wrapped || meta || opens || isMetaLine(current.lines.at(-1)!.text)) {
      current = { lines: [], opensParagraph: opens, ...(standsAlone ? { standsAlone } : {}) };
      units.push(current);
    }
    current.lines.push({ line, text });
    if (meta || standsAlone || closesParagraph?.has(line)) current = undefined;
  }
  if (wrapped) splitTrailingHeadline(units);
  return units;
}

/**
 * A line's width in a printed column: a Chinese character, a full-width form, a quote or a dash (every
 * character from U+1100 up) takes two cells, an ASCII digit or letter one. A plain loop: lines are many.
 */
function printedWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return width;
}

/** Lines narrower than a column's full width by this many display columns (two Chinese characters) are short. */
const SHORT_BY = 4;
/** A column line is at least this wide; shorter ones (headlines, credits) say nothing of the column. */
const MIN_COLUMN_WIDTH = 16;
/** Lines at the full width it takes to know a column's width. */
const MIN_FULL_LINES = 3;

/**
 * Lines of `from`–`to` (an article's stretch: its column) that end a sentence well short of the column's
 * full width (the width most of its lines are printed at, a Chinese character counting two): the last
 * lines of paragraphs, where no blank line or indent marks them. A line the next one does not continue
 * (a blank, or the stretch's end) is left alone.
 */
function shortFinalLines(lines: string[], from: number, to: number): Set<number> {
  const stretch = lines.slice(from, to);
  const widths = stretch.map(printedWidth);
  const counts = new Map<number, number>();
  for (const width of widths) if (width >= MIN_COLUMN_WIDTH) counts.set(width, (counts.get(width) ?? 0) + 1);
  // A line with figures in it is a column or so narrower: a width counts for its neighbours too.
  let full = 0;
  let most = 0;
  for (const width of counts.keys()) {
    const count = (counts.get(width - 1) ?? 0) + counts.get(width)! + (counts.get(width + 1) ?? 0);
    if (count > most || (count === most && width > full)) [full, most] = [width, count];
  }
  const short = new Set<number>();
  if (most < MIN_FULL_LINES) return short;
  stretch.forEach((text, i) => {
    if (text !== "" && (stretch[i + 1] ?? "") !== "" && widths[i]! <= full - SHORT_BY && isSentenceFinal(text)) short.add(from + i);
  });
  return short;
}

/**
 * Text copied out of a PDF page keeps no blank lines: the headline printed under a body is glued
 * to the body's last lines. The lines after the last one that ends a sentence are the headline
 * when they would make one (at most four short lines, one comma at most).
 */
function splitTrailingHeadline(units: Unit[]): void {
  const last = units.at(-1);
  if (!last || last.lines.length < 2) return;
  let final = last.lines.length - 1;
  while (final >= 0 && !isSentenceFinal(last.lines[final]!.text)) final--;
  if (final < 0 || final === last.lines.length - 1) return;
  const tail: Unit = { lines: last.lines.slice(final + 1) };
  if (!isHeadingUnit(tail)) return;
  last.lines = last.lines.slice(0, final + 1);
  units.push(tail);
}

/**
 * A headline unit: at most four short lines without a full stop, and at most
 * one comma (wrapped body lines are full of them). `lenient` also accepts a
 * web headline ending in ？ or ！.
 */
function isHeadingUnit(unit: Unit, lenient = false): boolean {
  const accepts = lenient ? isWebTitleLine : isHeadingLine;
  const commas = unit.lines.reduce((count, l) => count + (l.text.match(/[，,]/gu)?.length ?? 0), 0);
  // A bracketed credit (（县民政局 周丽娟）) closes the article above; it heads none, nor does a plan's line of duty.
  return unit.lines.length <= MAX_HEADING_LINES && commas <= 1 && !unit.standsAlone && unit.lines.every((l) => accepts(l.text) && !closingCredit(l.text));
}
const isMetaUnit = (unit: Unit) => unit.lines.every((l) => isMetaLine(l.text));
/** A subtitle (副题) printed under a headline opens with a dash: ——长丰县下塘镇马郢村见闻. */
const isSubtitleUnit = (unit: Unit) => /^[—－―]/u.test(unit.lines[0]?.text ?? "") && isHeadingUnit(unit);

/** Whether `next` is printed on the line right under `unit`, no blank line between. */
const adjoins = (unit: Unit, next: Unit): boolean => next.lines[0]!.line === unit.lines.at(-1)!.line + 1;

/** Splits a segment's units into body and the trailing headline/meta units. */
function splitTail(units: Unit[], lenient = false): { body: Unit[]; tail: Unit[] } {
  let start = units.length;
  let headingUnits = 0;
  let headingLines = 0;
  while (start > 1) {
    const unit = units[start - 1]!;
    if (isMetaUnit(unit)) {
      start--;
      continue;
    }
    if (!isHeadingUnit(unit, lenient)) break;
    if (headingUnits + 1 > MAX_HEADING_UNITS || headingLines + unit.lines.length > MAX_HEADING_LINES) break;
    headingUnits++;
    headingLines += unit.lines.length;
    start--;
  }
  return { body: units.slice(0, start), tail: units.slice(start) };
}

function splitAtDatelines(
  lines: string[],
  openers: Opener[],
  unitsOf: (from: number, to: number) => Unit[],
  context: Context,
): SplitArticle[] {
  const pre = unitsOf(0, openers[0]!.line);
  const segmentUnits = openers.map((opener, k) => unitsOf(opener.line, k + 1 < openers.length ? openers[k + 1]!.line : lines.length));
  const hasHeading = (units: Unit[], lenient = false) => units.some((u) => !isMetaUnit(u) && isHeadingUnit(u, lenient));
  // A column of briefs prints no headlines; what stands above it is the column's label.
  const print = openers.every((opener) => opener.brief) || hasHeading(splitTail(segmentUnits.at(-1)!).tail) || !hasHeading(pre, true);
  // Web headlines may end in ？/！; print headlines after a body never do (that is the body's last sentence).
  const segments = segmentUnits.map((units, k) => ({ opener: openers[k]!, ...splitTail(units, !print) }));

  const articles: SplitArticle[] = [];
  if (print) {
    // A bare date above the first article is the page date.
    context.pageDate ??= pre.filter(isMetaUnit).flatMap((u) => u.lines.map((l) => parseIsoDate(l.text))).find(Boolean);
    setAsideUnits(pre, context, "printed before the first dateline");
    segments.forEach((segment, k) => {
      let head = segment.tail;
      if (k === segments.length - 1) {
        // Whatever follows the last headline (and its ——subtitle) on the page is furniture.
        const first = head.findIndex((u) => !isMetaUnit(u));
        if (first !== -1) {
          let end = first + 1;
          // A ——subtitle, or a second headline line printed right under the first (会宁县多措并举稳岗扩就业 /
          // 前三季度输转城乡劳动力12.6万人) when each line is a unit of its own.
          while (end < head.length && (isSubtitleUnit(head[end]!) || (adjoins(head[end - 1]!, head[end]!) && isHeadingUnit(head[end]!)))) end++;
          setAsideUnits(head.slice(end), context, "left over after the last headline");
          head = head.slice(0, end);
        }
      }
      pushArticle(articles, "print", head, segment.body, segment.opener, context);
    });
  } else {
    // Web pages may mix articles with and without datelines: whole articles above the
    // first dateline's headline are split as dateline-less ones, not set aside.
    // Such an article opens with a headline and a meta line (来源：…); anything above the first one
    // is set aside as before.
    const firstHead = trailingHeadStart(pre);
    const firstWebStart = pre.findIndex((u, i) => i + 1 < firstHead && isHeadingUnit(u) && !isMetaUnit(u) && isMetaUnit(pre[i + 1]!));
    let leading = pre;
    if (firstWebStart !== -1) {
      setAsideUnits(pre.slice(0, firstWebStart), context, "above the article's headline");
      articles.push(...splitWithoutDatelines(pre.slice(firstWebStart, firstHead), context));
      leading = pre.slice(firstHead);
    }
    // 来源：某县融媒体中心 under the last article: its meta lines close it, as under any body.
    const last = segments.at(-1)!;
    const closing = last.tail.every(isMetaUnit) ? last.tail : [];
    segments.forEach((segment, k) => {
      const head = k === 0 ? leading : segments[k - 1]!.tail;
      pushArticle(articles, "web", head, segment === last ? [...segment.body, ...closing] : segment.body, segment.opener, context);
    });
    setAsideUnits(closing.length > 0 ? [] : last.tail, context, "left over after the last article");
  }
  return articles;
}

/** Where the run of headline and meta units that ends `units` starts (units.length when there is none). */
function trailingHeadStart(units: Unit[]): number {
  let start = units.length;
  let headings = 0;
  while (start > 0) {
    const unit = units[start - 1]!;
    if (isMetaUnit(unit)) start--;
    else if (headings < MAX_HEADING_UNITS && isHeadingUnit(unit, true)) {
      headings++;
      start--;
    } else break;
  }
  return start;
}

/** A numbered short line (1.…, （2）…, 三、…) heads an item or a section; it is no line a column wrapped. */
const NUMBERED_LINE = /^(?:\d{1,2}[.、．]|[（(][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)/u;
/** A digest's numbered item headline, led by its place: 1.桐城市：新建城乡便民服务网点36个. */
const NUMBERED_PLACE_HEADLINE = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])\s*\p{Script=Han}{2,10}[：:]\S/u;

function splitWithoutDatelines(units: Unit[], context: Context): SplitArticle[] {
  const starts = [0];
  const isHeadline = (unit: Unit) => isHeadingUnit(unit) && !isMetaUnit(unit);
  // A digest (县域新闻早知道) numbers its items, each headline led by the item's place: each is an article.
  const isDigestItem = (unit: Unit) => unit.lines.length === 1 && NUMBERED_PLACE_HEADLINE.test(unit.lines[0]!.text) && isHeadline(unit);
  const digest = units.filter(isDigestItem).length >= 2;
  // Printed as on a page (body, then headline) when the text opens with a body, not a headline.
  const firstText = units.find((unit) => !isMetaUnit(unit));
  const bodyFirst = firstText !== undefined && !isHeadline(firstText);
  for (let i = 1; i + 1 < units.length; i++) {
    if (!isHeadline(units[i]!)) continue;
    if (bodyFirst) {
      // 图片新闻: a credited body (…增收8000元。（通讯员 林志强 摄）) and its headline under it make an article.
      if (!closesArticle(units[i - 1]!)) continue;
      let next = i + 1;
      while (next < units.length && (isHeadline(units[next]!) || isMetaUnit(units[next]!))) next++;
      if (next < units.length) starts.push(next);
      i = next;
    } else if (digest && isDigestItem(units[i]!)) {
      starts.push(i);
    } else if (i > starts.at(-1)! + 1 && (isMetaUnit(units[i + 1]!) || closesArticle(units[i - 1]!) || signedAbove(units, i))) {
      // A headline opens an article when meta lines follow it, or when a credit or a signature closed the article above.
      starts.push(i);
    }
  }
  // A headline with meta lines and nothing under them opens no article: it is the name and date
  // that sign a notice (临泉县农业农村局 / 2025年11月10日), which close the one above.
  for (let k = starts.length - 1; k > 0; k--) {
    const end = k + 1 < starts.length ? starts[k + 1]! : units.length;
    if (units.slice(starts[k]! + 1, end).every(isMetaUnit)) starts.splice(k, 1);
  }
  const articles: SplitArticle[] = [];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : units.length;
    const chunk = units.slice(start, end);
    if (digest && k + 1 < starts.length && chunk.every((unit) => isHeadline(unit) || isMetaUnit(unit))) {
      // The digest's own title (县域新闻早知道（2025年11月20日）): its date is its items'.
      context.pageDate ??= chunk.flatMap((unit) => unit.lines.map((l) => parseIsoDate(l.text))).find(Boolean);
      setAsideUnits(chunk, context, "above the digest's first item");
      return;
    }
    let headEnd = 0;
    let headingUnits = 0;
    while (headEnd < chunk.length - 1) {
      const unit = chunk[headEnd]!;
      if (isMetaUnit(unit)) headEnd++;
      // Under a headline's meta lines the body begins, however short its first line (01 | 建设就业驿站).
      else if (headingUnits > 0 && isMetaUnit(chunk[headEnd - 1]!)) break;
      else if (headingUnits < MAX_HEADING_UNITS && isHeadingUnit(unit, true)) {
        headingUnits++;
        headEnd++;
      } else break;
    }
    if (headingUnits === 0) {
      // No headline on top: a print article without a dateline may still carry one below its body.
      const { body, tail } = splitTail(chunk);
      if (tail.some((u) => !isMetaUnit(u))) {
        pushArticle(articles, "print", [...chunk.slice(0, headEnd), ...tail], body.slice(headEnd), undefined, context);
        return;
      }
    }
    pushArticle(articles, "web", chunk.slice(0, headEnd), chunk.slice(headEnd), undefined, context);
  });
  return articles;
}

/** Right above `i`, a name and a date under body text: the signature of a notice (平江县人民政府办公室 / 2025年3月6日). */
function signedAbove(units: Unit[], i: number): boolean {
  if (i < 3 || !isMetaUnit(units[i - 1]!) || !isHeadingUnit(units[i - 2]!) || isMetaUnit(units[i - 2]!)) return false;
  const above = units[i - 3]!;
  return !isMetaUnit(above) && !isHeadingUnit(above);
}

/** A unit whose last line is a credit that closes an article: （记者 王磊）, or …增收。（记者 王磊）. */
function closesArticle(unit: Unit): boolean {
  const last = unit.lines.at(-1)!.text;
  return closingCredit(last) !== undefined || trailingCredit(last) !== undefined;
}

function pushArticle(
  articles: SplitArticle[],
  layout: "print" | "web",
  head: Unit[],
  printedBody: Unit[],
  opener: Opener | undefined,
  context: Context,
): void {
  const closing = takeClosingLines(printedBody);
  const body = closing.body;
  const headMeta = head.filter(isMetaUnit).flatMap((u) => u.lines.map((l) => l.text));
  const meta = [...headMeta, ...closing.lines];
  // The headline is the run of (at most three) headline units right above the body, meta
  // lines aside; anything above that run is set aside.
  const titleUnits: Unit[] = [];
  for (const unit of [...head].reverse()) {
    if (isMetaUnit(unit)) continue;
    if (titleUnits.length === MAX_HEADING_UNITS || !isHeadingUnit(unit, layout === "web")) break;
    titleUnits.unshift(unit);
  }
  setAsideUnits(
    head.filter((u) => !isMetaUnit(u) && !titleUnits.includes(u)),
    context,
    "above the article's headline",
  );
  // 临泽县人民政府县长　马文斌 under a report's title and ——subtitle: who delivers or issues it, which the body reads first.
  const byline = layout === "web" ? takeBylines(titleUnits) : [];
  const text = [...byline, joinParagraphs(body, context.wrapped)].filter((part) => part !== "").join("\n");
  const line = Math.min(...[...head, ...body].flatMap((u) => u.lines.map((l) => l.line)), opener?.line ?? Infinity);
  if (text === "") {
    const previous = articles.at(-1);
    if (opener && previous) {
      // Credits printed after the article they belong to, e.g. （记者 王五） on its own line.
      previous.dateline = mergeDatelines(previous.dateline, opener.match.dateline);
      previous.reporters = unique([...previous.reporters, ...opener.match.dateline.reporters]);
    } else if (opener) {
      context.setAside.push({ kind: "orphan", text: opener.match.dateline.raw, line: opener.line, reason: "a dateline with no article text" });
    }
    setAsideUnits([...titleUnits, ...head.filter(isMetaUnit)], context, "a headline with no article text");
    return;
  }
  const joinUnits = context.wrapped && layout === "print" ? "" : " ";
  // 标题：…: a scraper's record labels its fields.
  let title = titleUnits.map((u) => u.lines.map((l) => l.text).join(" ")).join(joinUnits).replace(TITLE_LABEL, "");
  const titleFromBody = title === "";
  if (titleFromBody) title = context.masthead ?? firstWords(text);

  let dateline = opener?.match.dateline;
  if (meta.length > 0) {
    // In printed order: a web page's meta lines above the body, the opener, what closes the body, and a print
    // page's meta lines between the body and the headline below it.
    const above = { lines: headMeta, names: creditsIn(headMeta) };
    const opening = { lines: dateline ? [dateline.raw] : [], names: dateline?.reporters ?? [] };
    const below = { lines: closing.lines, names: [...creditsIn(closing.lines), ...closing.names] };
    const parts = layout === "print" ? [opening, below, above] : [above, opening, below];
    const raw = parts.flatMap((part) => part.lines).join("\n");
    const reporters = unique(parts.flatMap((part) => part.names));
    const place = dateline?.place;
    dateline = { raw, reporters, ...(place ? { place } : {}) };
  }
  const date = opener?.match.date ?? meta.map(parseIsoDate).find(Boolean) ?? context.pageDate;
  const outlet = meta.map(outletOf).find(Boolean);
  const article: SplitArticle = { layout, title, titleFromBody, reporters: dateline?.reporters ?? [], text, line };
  if (dateline) article.dateline = dateline;
  if (date) article.date = date;
  if (outlet) article.outlet = outlet;
  if (opener?.brief) article.brief = true;
  articles.push(article);
}

/** A speaker's line under a speech's or report's title: a body, the speaker's post, a space and a name. */
const SPEAKER_LINE = /^\p{Script=Han}{2,24}(?:长|书记|主任|主席)[\s\u3000]+\p{Script=Han}{2,4}$/u;
/** The bodies issuing a report, under its title: 某某市某某街道党工委　某某街道办事处. */
const ISSUER_LINE = /^(?:\p{Script=Han}{2,24}(?:委员会|党委|党工委|党组|办事处|人民政府|政府|局|办公室|中心)(?:[\s\u3000]+|$))+$/u;

/**
 * The title lines below the first that name who delivers or issues a speech or report (临泽县人民政府县长　马文斌,
 * 某某街道党工委　某某街道办事处), taken out of the title units, in printed order.
 */
function takeBylines(titleUnits: Unit[]): string[] {
  const taken: string[] = [];
  let first = true;
  for (let u = 0; u < titleUnits.length; u++) {
    const unit = titleUnits[u]!;
    const kept = unit.lines.filter((line) => {
      const printed = line.text.trim();
      const byline = !first && (SPEAKER_LINE.test(printed) || ISSUER_LINE.test(printed));
      first = false;
      if (byline) taken.push(printed);
      return !byline;
    });
    titleUnits[u] = { ...unit, lines: kept };
  }
  for (let u = titleUnits.length - 1; u >= 0; u--) if (titleUnits[u]!.lines.length === 0) titleUnits.splice(u, 1);
  return taken;
}

/**
 * Lines printed under the body that are not part of it: meta lines (来源：南漳县融媒体中心,
 * 发布时间：…) and a bracketed closing credit (（宁乡市民政局 周丽娟）), on a line of its own
 * or closing the last sentence (…1420件。（通讯员 李娜）). The body keeps one line at least.
 */
function takeClosingLines(body: Unit[]): { body: Unit[]; lines: string[]; names: string[] } {
  const units = body.map((unit) => ({ ...unit, lines: [...unit.lines] }));
  const lines: string[] = [];
  const names: string[] = [];
  while (units.length > 1 || (units[0]?.lines.length ?? 0) > 1) {
    const unit = units.at(-1)!;
    const last = unit.lines.at(-1)!.text;
    const credit = closingCredit(last);
    if (!credit && !isMetaLine(last)) break;
    lines.unshift(last);
    names.unshift(...(credit?.names ?? []));
    unit.lines.pop();
    if (unit.lines.length === 0) units.pop();
  }
  // 化解矛盾纠纷1420件。（通讯员 李娜）: credits closing the last sentence on its line.
  const last = units.at(-1)?.lines.at(-1);
  const credit = last ? trailingCredit(last.text) : undefined;
  if (last && credit) {
    lines.unshift(last.text.slice(credit.at).trim());
    names.unshift(...credit.names);
    units.at(-1)!.lines[units.at(-1)!.lines.length - 1] = { ...last, text: last.text.slice(0, credit.at).trimEnd() };
  }
  return { body: units, lines, names };
}

/** Names credited in meta lines, read from their normalised form (作者：陳志明 → 陈志明); raw stays as printed. */
function creditsIn(lines: string[]): string[] {
  const normalised = lines.map(normaliseText);
  return [...parseReporters(normalised.join(" ")), ...authorsOf(normalised)];
}

/** A name ends where Han script ends and is not the next field's key (作者：张敏  发布时间：…). */
const AUTHOR_NAME = "[\\p{Script=Han}·]{2,5}(?![\\p{Script=Han}·]|\\s*[：:])";
const AUTHORS = new RegExp(`(?:作者|撰稿|文)[：:]\\s*(${AUTHOR_NAME}(?:[\\s、，,]+${AUTHOR_NAME})*)`, "u");

/** 作者：王五 / 作者 王五 李六 (meta lines name authors without the 记者 role word; 作者：本报记者 周宁 with it). */
function authorsOf(meta: string[]): string[] {
  const names: string[] = [];
  for (const line of meta) {
    const match = AUTHORS.exec(line);
    if (match) names.push(...match[1]!.split(/[\s、，,]+/u).map(withoutRoles).filter((name) => name.length >= 2));
  }
  return names;
}

function mergeDatelines(first: Dateline | undefined, second: Dateline): Dateline {
  if (!first) return second;
  const place = first.place ?? second.place;
  return { raw: `${first.raw}\n${second.raw}`, reporters: unique([...first.reporters, ...second.reporters]), ...(place ? { place } : {}) };
}

/**
 * Wrapped text: lines of a unit are joined as they are; a unit continues the
 * previous one when that did not end a sentence (a paragraph broken across
 * columns). Line text: one paragraph a line.
 */
function joinParagraphs(units: Unit[], wrapped: boolean): string {
  const paragraphs: string[] = [];
  units.forEach((unit, i) => {
    const chunk = unit.lines.map((l) => l.text).join("");
    const last = paragraphs.length - 1;
    const continues = wrapped && last >= 0 && !unit.opensParagraph && units[i - 1]?.standsAlone !== true && !isSentenceFinal(paragraphs[last]!);
    if (continues) paragraphs[last] += chunk;
    else paragraphs.push(chunk);
  });
  return paragraphs.join("\n");
}

/** Rows in a run it takes to be a table: a header and one row at least. */
const MIN_TABLE_ROWS = 2;

/**
 * Lines that end no sentence yet are no column's wrapped lines: a plan's lines of duty (牵头单位：县水利局) and
 * the rows of tables copied as text (序号 任务 牵头单位 责任单位 / 1 深化…改革 县发展改革委 县财政局), runs of
 * lines whose cells are set apart by gaps; a gap inside brackets (（记者 张三 通讯员 李四）) sets apart no cell.
 */
function linesStandingAlone(lines: string[]): Set<number> {
  const isRow = (text: string) => cellCount(text.replace(BRACKETED, "")) >= MIN_ROW_CELLS;
  const rows = new Set<number>();
  let run: number[] = [];
  const closeRun = () => {
    if (run.length >= MIN_TABLE_ROWS) for (const line of run) rows.add(line);
    run = [];
  };
  lines.forEach((text, line) => {
    if (text !== "" && isRow(text)) run.push(line);
    else closeRun();
  });
  closeRun();
  lines.forEach((text, line) => {
    if (isDutyLine(text)) rows.add(line);
  });
  return rows;
}

/** Text in brackets, where a gap separates a credit's names, not cells. */
const BRACKETED = /[（(【][^（）()【】]*[）)】]/gu;

function setAsideUnits(units: Unit[], context: Context, where: string): void {
  for (const unit of units) {
    for (const { line, text } of unit.lines) {
      const furniture = isHeadingLine(text) || isMetaLine(text);
      context.setAside.push({
        kind: furniture ? "furniture" : "orphan",
        text,
        line,
        reason: furniture ? `a short line ${where}` : `text ${where}, not part of any article`,
      });
    }
  }
}

function firstWords(text: string): string {
  const clauses = text.split("\n")[0]!.split(/[，。！？；：,;:]/u);
  // 近日，滑县市场监管局开展…: a time phrase alone says nothing of the report.
  const clause = clauses[0]!.length < MIN_FALLBACK_TITLE && clauses[1] ? clauses[1] : clauses[0]!;
  return clause.slice(0, MAX_FALLBACK_TITLE);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
