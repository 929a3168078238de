/**
 * Tags the sentences of an article from one cut of the whole article instead
 * of one native call per sentence. cppjieba splits its input at separator
 * characters (space, tab, newline, "，", "。") and segments each piece on its
 * own, so a sentence whose two ends are such splits gets exactly the words
 * the article's cut holds there. Any other sentence is tagged on its own.
 */
import type { Token } from "../records.js";
import { JIEBA_SEPARATORS } from "./hmm-cut.js";

/** True when cppjieba's pre-filter starts a new piece at `offset` of `text`. */
export function isPieceBoundary(text: string, offset: number): boolean {
  return offset <= 0 || offset >= text.length || JIEBA_SEPARATORS.has(text[offset - 1]!) || JIEBA_SEPARATORS.has(text[offset]!);
}

export interface TagRangesInput {
  text: string;
  /** Sorted, disjoint [start, end) spans of `text` to tag. */
  ranges: readonly { start: number; end: number }[];
  /** The HMM cut of the whole `text`, offsets into it. */
  words: readonly Token[];
  tagWord: (word: string) => string;
  /** Tags one slice on its own (offsets into the slice), for ranges the article cut cannot serve. */
  tagAlone: (slice: string) => readonly Token[];
}

/**
 * Tagged tokens of each range, offsets into `text`; the same words and tags
 * as tagging `text.slice(start, end)` alone.
 *
 * @example tagRanges({ text, ranges: sentences, words: cut(text, { hmm: true }), tagWord, tagAlone })[0]
 */
export function tagRanges(input: TagRangesInput): Token[][] {
  const { text, words, tagWord } = input;
  return input.ranges.map(({ start, end }) => {
    const fromCut = isPieceBoundary(text, start) && isPieceBoundary(text, end) ? tilingWords(words, start, end) : undefined;
    if (fromCut) return fromCut.map((w) => ({ word: w.word, tag: tagWord(w.word), start: w.start, end: w.end }));
    return input.tagAlone(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  });
}

/** Index of the first word ending after `offset` (binary search; words are sorted). */
function firstEndingAfter(words: readonly Token[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The words that cover [start, end) exactly and contiguously, or undefined when they do not. */
function tilingWords(words: readonly Token[], start: number, end: number): Token[] | undefined {
  const run: Token[] = [];
  let at = start;
  for (let i = firstEndingAfter(words, start); at < end; i++) {
    const word = words[i];
    if (!word || word.start !== at || word.end > end) return undefined;
    run.push(word);
    at = word.end;
  }
  return run.length ? run : undefined;
}
