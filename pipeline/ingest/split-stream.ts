/**
 * `splitArticles` over text that arrives in chunks, a window at a time, so a
 * file of any size is split with bounded memory.
 *
 * A window ends right after a dateline line (or, in a file without datelines,
 * after any line). That cut lands inside an article in print layout (dateline,
 * body, headline) and in web layout (headline, dateline, body) alike, so the
 * splitter sees the same layout clues as in the whole file. The window's last
 * article may be incomplete: it is not emitted but carried, from its first
 * line, into the next window. Only a stretch longer than `maxWindowChars`
 * without any article boundary is cut blindly, and that cut is reported.
 */
import type { SetAside, SplitArticle, SplitResult } from "./split-articles.js";
import { splitArticles } from "./split-articles.js";
import { matchDateline } from "./dateline.js";
import { toCanonicalText } from "./normalise.js";

export interface StreamSplitOptions {
  /** Text gathered before a window is split (characters). */
  windowChars: number;
  /** Longest stretch held while waiting for an article boundary; then a cut is forced. */
  maxWindowChars: number;
}

export const DEFAULT_STREAM_SPLIT: StreamSplitOptions = { windowChars: 1_000_000, maxWindowChars: 8_000_000 };

export interface SplitPart {
  /** Complete articles, lines counted from the start of the document. */
  articles: SplitArticle[];
  setAside: SetAside[];
  /** Line where a stretch without article boundaries was cut to bound memory. */
  forcedCutAtLine?: number;
}

/**
 * Splits streamed text into articles, yielding them window by window.
 *
 * @example for await (const part of splitStream(chunks)) records.push(...part.articles);
 */
export async function* splitStream(chunks: AsyncIterable<string>, options: StreamSplitOptions = DEFAULT_STREAM_SPLIT): AsyncGenerator<SplitPart> {
  let pending = "";
  /** Document line on which `pending` starts. */
  let firstLine = 0;
  let attemptAt = options.windowChars;
  // The first page date printed applies on, as it would had the file been split whole.
  let pageDate: string | undefined;
  for await (const chunk of chunks) {
    pending += chunk;
    while (pending.length >= attemptAt) {
      const step = splitWindow(pending, firstLine, options, pageDate);
      if (!step) {
        // No complete article yet: wait for more text before trying again.
        attemptAt = pending.length + options.windowChars;
        break;
      }
      yield step.part;
      pageDate ??= step.pageDate;
      pending = step.rest;
      firstLine = step.restLine;
      attemptAt = options.windowChars;
    }
  }
  if (pending !== "") yield shiftLines(splitArticles(toCanonicalText(pending), pageDate ? { pageDate } : {}), firstLine);
}

interface WindowStep {
  part: SplitPart;
  /** Text still to split (the carried article and whatever followed the cut). */
  rest: string;
  restLine: number;
  pageDate?: string;
}

function splitWindow(pending: string, firstLine: number, options: StreamSplitOptions, pageDate?: string): WindowStep | undefined {
  const hint = pageDate ? { pageDate } : {};
  const cut = articleCut(pending);
  if (cut !== undefined) {
    const window = toCanonicalText(pending.slice(0, cut));
    const split = splitArticles(window, hint);
    const last = split.articles.at(-1);
    if (split.articles.length >= 2 && last) {
      const carryFrom = offsetOfLine(window, last.line);
      const part = shiftLines({ articles: split.articles.slice(0, -1), setAside: split.setAside.filter((s) => s.line < last.line) }, firstLine);
      return { part, rest: window.slice(carryFrom) + pending.slice(cut), restLine: firstLine + last.line, ...pageDateOf(split) };
    }
  }
  if (pending.length < options.maxWindowChars) return undefined;
  // No article boundary in maxWindowChars: cut at a line break if there is one, else mid-line.
  const forced = forcedCut(pending, options.maxWindowChars);
  const window = toCanonicalText(pending.slice(0, forced));
  const { lines } = scanLines(window);
  const split = splitArticles(window, hint);
  const part = shiftLines(split, firstLine);
  part.forcedCutAtLine = firstLine + lines;
  return { part, rest: pending.slice(forced), restLine: firstLine + lines, ...pageDateOf(split) };
}

function pageDateOf(split: SplitResult): { pageDate?: string } {
  return split.pageDate ? { pageDate: split.pageDate } : {};
}

/** Where to end a window: after the last complete dateline line, else after the last complete line. */
function articleCut(text: string): number | undefined {
  // The last line may be incomplete (the chunk ended mid-line): never judged, never cut after.
  let end = lastLineBreak(text, text.length);
  let lastBreakEnd: number | undefined;
  while (end !== undefined && end > 0) {
    const lineEnd = end;
    lastBreakEnd ??= afterBreak(text, lineEnd);
    const start = lastLineBreak(text, lineEnd);
    const lineStart = start === undefined ? 0 : afterBreak(text, start);
    if (lineStart > 0 && matchDateline(text.slice(lineStart, lineEnd))) return afterBreak(text, lineEnd);
    end = start;
  }
  return lastBreakEnd;
}

/** Index of the last line-break character before `before` (a "\r\n" pair counts from its "\r"). */
function lastLineBreak(text: string, before: number): number | undefined {
  for (let i = before - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === LF) return i > 0 && text.charCodeAt(i - 1) === CR ? i - 1 : i;
    if (c === CR || c === LS || c === PS || c === FF) return i;
  }
  return undefined;
}

function forcedCut(text: string, max: number): number {
  const lineBreak = lastLineBreak(text, max);
  if (lineBreak !== undefined && lineBreak > 0) return afterBreak(text, lineBreak);
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** Where the text after the line break at `at` starts ("\r\n" is one break). */
function afterBreak(text: string, at: number): number {
  return at + (text.startsWith("\r\n", at) ? 2 : 1);
}

/**
 * Line breaks counted as `splitArticles` counts them (a form feed is a blank
 * line: two breaks), up to `stopAtLine`; `offset` is where the text after the
 * last break counted starts.
 */
function scanLines(text: string, stopAtLine = Number.POSITIVE_INFINITY): { lines: number; offset: number } {
  let lines = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    if (c === LF || c === CR || c === LS || c === PS) lines += 1;
    else if (c === FF) lines += 2;
    else continue;
    if (lines >= stopAtLine) return { lines, offset: i + 1 };
  }
  return { lines, offset: text.length };
}

/** Offset where line `line` starts. */
function offsetOfLine(text: string, line: number): number {
  return line === 0 ? 0 : scanLines(text, line).offset;
}

function shiftLines(split: { articles: SplitArticle[]; setAside: SetAside[] }, by: number): SplitPart {
  if (by === 0) return { articles: split.articles, setAside: split.setAside };
  return {
    articles: split.articles.map((a) => ({ ...a, line: a.line + by })),
    setAside: split.setAside.map((s) => ({ ...s, line: s.line + by })),
  };
}

const LF = 0x0a;
const CR = 0x0d;
const FF = 0x0c;
const LS = 0x2028;
const PS = 0x2029;
