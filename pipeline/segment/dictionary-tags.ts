/**
 * Part-of-speech tags as nodejieba's `tag()` assigns them, computed in JS.
 * cppjieba's tagger is its HMM cut plus a dictionary look-up per word, so
 * tagging the words of a cut we already have gives the same answer without
 * a second native call and its per-word pair objects.
 */
import { getBaseLexicon } from "./base-lexicon.js";

/**
 * The tag cppjieba's PosTagger gives a word: the user dictionary's tag (its
 * entries are inserted after the base dictionary's and replace them), else
 * the base dictionary's, else the rule for unknown words (`unknownWordTag`).
 *
 * @example createTagLookup(["平邑县 ns"])("平邑县") // "ns"
 */
export function createTagLookup(userEntries: readonly string[]): (word: string) => string {
  const userTags = new Map<string, string>();
  for (const line of userEntries) {
    const fields = line.split(" ");
    // "word", "word tag" or "word freq tag"; a later line for the same word wins, as in cppjieba's trie.
    if (fields.length <= 3) userTags.set(fields[0]!, fields.length === 1 ? "" : fields.at(-1)!);
  }
  const base = getBaseLexicon();
  // Running text repeats a few thousand words; a small map of those beats probing the 350k-word dictionary.
  const seen = new Map<string, string>();
  return (word) => {
    let tag = seen.get(word);
    if (tag === undefined) {
      // A user entry without a tag hides the base entry's tag too.
      tag = (userTags.get(word) ?? base.tag(word)) || unknownWordTag(word);
      if (seen.size >= SEEN_WORDS_LIMIT) seen.clear();
      seen.set(word, tag);
    }
    return tag;
  };
}

const SEEN_WORDS_LIMIT = 50_000;

/**
 * cppjieba's `SpecialRule` for words without a dictionary tag, including its
 * quirks: it stops counting once half the characters (rounded down) were
 * ASCII, so one-character words are always "x" (a lone "5" too), and "1a" is "m".
 *
 * @example unknownWordTag("2024") // "m"
 * @example unknownWordTag("APP") // "eng"
 * @example unknownWordTag("张焕勇") // "x"
 */
export function unknownWordTag(word: string): string {
  const runes = [...word];
  const half = Math.floor(runes.length / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < runes.length && ascii < half; i++) {
    const code = runes[i]!.codePointAt(0)!;
    if (code < 0x80) {
      ascii++;
      if (code >= 0x30 && code <= 0x39) digits++;
    }
  }
  if (ascii === 0) return "x";
  return digits === ascii ? "m" : "eng";
}
