/**
 * Look-up structures derived once from the reviewed word lists: the
 * extractors test every token of every sentence against them, and an array
 * scan (`includes`, `some(endsWith)`) per token adds up over a corpus.
 */

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
const sortedLists = new WeakMap<readonly string[], readonly string[]>();
const suffixIndexes = new WeakMap<readonly string[], SuffixIndex>();

/** The list as a set (built once per list object). */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  let set = sets.get(words);
  if (!set) {
    set = new Set(words);
    sets.set(words, set);
  }
  return set;
}

interface SuffixIndex {
  words: ReadonlySet<string>;
  /** Distinct lengths, longest first. */
  lengths: number[];
}

/**
 * The longest word of the list that `word` ends with, or undefined: what
 * `[...words].sort(longest first).find((w) => word.endsWith(w))` gives.
 *
 * @example longestSuffix("离退休干部", ["干部", "部"]) // "干部"
 */
export function longestSuffix(word: string, words: readonly string[]): string | undefined {
  let index = suffixIndexes.get(words);
  if (!index) {
    index = { words: new Set(words), lengths: [...new Set(words.map((w) => w.length))].sort((a, b) => b - a) };
    suffixIndexes.set(words, index);
  }
  for (const length of index.lengths) {
    if (length > word.length) continue;
    const suffix = length === 0 ? "" : word.slice(word.length - length);
    if (index.words.has(suffix)) return suffix;
  }
  return undefined;
}

/**
 * The list sorted longest first (a stable sort, so equal lengths keep their
 * order), made once per list object.
 *
 * @example longestFirst(["站", "服务站"]) // ["服务站", "站"]
 */
export function longestFirst(words: readonly string[]): readonly string[] {
  let sorted = sortedLists.get(words);
  if (!sorted) {
    sorted = [...words].sort((a, b) => b.length - a.length);
    sortedLists.set(words, sorted);
  }
  return sorted;
}
