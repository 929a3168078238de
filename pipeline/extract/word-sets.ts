/**
 * Look-up structures derived once from the reviewed word lists: the
 * extractors test every token of every sentence against them, and an array
 * scan (`includes`, `some(endsWith)`) per token adds up over a corpus.
 */

import { memoByObject } from "../util/memo-by-object.js";

/** The list as a set (built once per list object). */
export const wordSet: (words: readonly string[]) => ReadonlySet<string> = memoByObject((words) => new Set(words));

interface SuffixIndex {
  words: ReadonlySet<string>;
  /** Distinct lengths, longest first. */
  lengths: number[];
  /** Per UTF-16 code unit: 1 when a word of the list ends with it. Most tokens end with none, and need no slicing. */
  isLastChar: Uint8Array;
}

const suffixIndexOf = memoByObject((words: readonly string[]): SuffixIndex => {
  const isLastChar = new Uint8Array(0x10000);
  for (const word of words) if (word) isLastChar[word.charCodeAt(word.length - 1)] = 1;
  return { words: wordSet(words), lengths: [...new Set(words.map((w) => w.length))].sort((a, b) => b - a), isLastChar };
});

/**
 * The longest word of the list that `word` ends with, or undefined: what
 * `[...words].sort(longest first).find((w) => word.endsWith(w))` gives.
 *
 * @example longestSuffix("离退休干部", ["干部", "部"]) // "干部"
 */
export function longestSuffix(word: string, words: readonly string[]): string | undefined {
  return suffixMatcher(words)(word);
}

/**
 * `longestSuffix` against one list, as a function made once per list: rules
 * that test every token take it once per sentence, not a look-up per token.
 *
 * @example suffixMatcher(["干部", "部"])("离退休干部") // "干部"
 */
export const suffixMatcher: (words: readonly string[]) => (word: string) => string | undefined = memoByObject((words) => {
  const index = suffixIndexOf(words);
  const fallback = index.words.has("") ? "" : undefined;
  return (word) => {
    if (word && !index.isLastChar[word.charCodeAt(word.length - 1)]) return fallback;
    for (const length of index.lengths) {
      if (length > word.length) continue;
      const suffix = length === 0 ? "" : word.slice(word.length - length);
      if (index.words.has(suffix)) return suffix;
    }
    return undefined;
  };
});

/**
 * False when no word of the list can end at `end` of `text` (no listed word
 * ends with the character before it): a test to make before comparing words.
 *
 * @example mayEndListedWord("建立人才库", 5, ["库", "机制"]) // true
 */
export function mayEndListedWord(text: string, end: number, words: readonly string[]): boolean {
  const index = suffixIndexOf(words);
  return index.words.has("") || (end > 0 && index.isLastChar[text.charCodeAt(end - 1)] === 1);
}

/**
 * The list sorted longest first (a stable sort, so equal lengths keep their
 * order), made once per list object.
 *
 * @example longestFirst(["站", "服务站"]) // ["服务站", "站"]
 */
export const longestFirst: (words: readonly string[]) => readonly string[] = memoByObject((words) => [...words].sort((a, b) => b.length - a.length));
