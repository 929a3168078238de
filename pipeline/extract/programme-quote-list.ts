/**
 * Quoted names listed together share what follows the list: `开展“送清凉”“两节送温暖”活动` launches two
 * campaigns, and `开展“宪法宣传周”“民法典宣传月”等主题活动` names two campaigns by their quotes alone; a
 * rectification takes on all the list names as one campaign (`开展耕地“非农化”“非粮化”专项整治`). The
 * quote-by-quote reading in `programme.ts` sees only the last quote's head; this gives the others theirs.
 */
import type { ProgrammeLexicon } from "./lexicon.js";
import type { ProgrammeCandidate } from "./programme.js";
import { longestHeadAtEnd } from "./programme-unquoted.js";
import { isHanAt, overlaps, type QuotedSpan } from "./text-spans.js";

/** What may stand between two quoted names of one list: nothing, a list comma or a joining word. */
const JOINERS = "、和与及";
const LIST_JOINER = new RegExp(`^[${JOINERS}]?$`, "u");
/** 等 closing a list before the kind of thing listed (等主题活动, 等系列活动). */
const LIST_CLOSER = "等";
/** The rest of a list of quoted names after one of them, up to the 等 that closes it. */
const REST_OF_LIST = new RegExp(`^(?:[${JOINERS}]?“[^“”]{1,20}”)*${LIST_CLOSER}`, "u");

/** Whether `after`, printed right after a quoted name, goes on with the rest of its list up to 等 (…“夏日送清凉”等关爱活动). */
export function closesListOf(after: string): boolean {
  return REST_OF_LIST.test(after);
}

/**
 * Candidates for the quoted names of a list that only the list's end says are programmes, and a whole list a
 * rectification governs (耕地“非农化”“非粮化”专项整治), which takes the place of the candidates inside it.
 * `isName` tells a quoted text that may be a programme's name from a slogan or a manner; `prefixStart` where the
 * nouns that open a name before a quote start (耕地|“非农化”).
 */
export function quotesSharingAHead(
  text: string,
  spans: readonly QuotedSpan[],
  found: readonly ProgrammeCandidate[],
  tokenEnds: () => Set<number>,
  lexicon: ProgrammeLexicon,
  isName: (inner: string) => boolean,
  prefixStart: (open: number) => number,
): ProgrammeCandidate[] {
  const shared: ProgrammeCandidate[] = [];
  for (const list of quoteLists(text, spans)) {
    const last = list[list.length - 1]!;
    const ending = listEnding(text, last, found, tokenEnds, lexicon);
    if (!ending) continue;
    if (ending.governed) {
      const start = prefixStart(list[0]!.open);
      shared.push({ name: text.slice(start, ending.governed.end), start, end: ending.governed.end, category: ending.category, quoted: last.inner });
      continue;
    }
    for (const span of ending.coversLast ? list : list.slice(0, -1)) {
      const taken = (c: { start: number; end: number }) => overlaps(c, { start: span.open, end: span.close + 1 });
      if (!isName(span.inner) || found.some(taken) || shared.some(taken)) continue;
      const national = lexicon.namedProgrammes[span.inner];
      const name = national !== undefined ? span.inner : `“${span.inner}”${ending.tail}`;
      shared.push({ name, start: span.open, end: span.close + 1, category: national ?? ending.category, quoted: span.inner });
    }
  }
  return shared;
}

/** Runs of two or more quoted names printed one after another. */
function quoteLists(text: string, spans: readonly QuotedSpan[]): QuotedSpan[][] {
  const lists: QuotedSpan[][] = [];
  let run: QuotedSpan[] = [];
  for (const span of spans) {
    const previous = run[run.length - 1];
    if (previous && previous.close < span.open && LIST_JOINER.test(text.slice(previous.close + 1, span.open))) run.push(span);
    else {
      if (run.length > 1) lists.push(run);
      run = [span];
    }
  }
  if (run.length > 1) lists.push(run);
  return lists;
}

/**
 * What the list's end says its names are: the head the last quote is named with (`“两节送温暖”活动`, which the
 * others take as printed), or a head after 等 (`等主题活动`, which names every quote of the list by its quote).
 */
function listEnding(
  text: string,
  last: QuotedSpan,
  found: readonly ProgrammeCandidate[],
  tokenEnds: () => Set<number>,
  lexicon: ProgrammeLexicon,
): { tail: string; category: string; coversLast: boolean; governed?: ProgrammeCandidate } | undefined {
  const after = last.close + 1;
  const named = found.find((f) => f.start === last.open && f.end > after);
  if (named) {
    const tail = text.slice(after, named.end);
    const head = longestHeadAtEnd(tail, tail.length, lexicon);
    if (head === undefined || lexicon.heads[head] !== named.category) return undefined;
    return { tail, category: named.category, coversLast: false, ...(lexicon.listGoverningHeads.includes(head) ? { governed: named } : {}) };
  }
  if (!text.startsWith(LIST_CLOSER, after)) return undefined;
  const from = after + LIST_CLOSER.length;
  let end = from;
  while (end < text.length && isHanAt(text, end)) end++;
  // The kind of thing listed ends the words after 等: 等主题活动， is 活动; 等活动场所 and 等活动进村入户 are not read.
  const head = longestHeadAtEnd(text, end, lexicon);
  if (head === undefined || end - from > lexicon.maxModifierChars || !tokenEnds().has(end) || lexicon.weakHeads.includes(head)) return undefined;
  return { tail: "", category: lexicon.heads[head]!, coversLast: true };
}
