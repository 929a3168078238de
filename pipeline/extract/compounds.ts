/**
 * Joins genre words the segmenter splits or glues to a neighbour
 * (残疾/人 → 残疾人, 县人/社局 → 县/人社局, 驻/村干部 → 驻村干部,
 * 包保/干部队伍 → 包保干部/队伍), so group and organisation rules see them as
 * one word. The word list is `common.json › compounds` (word → tag); the
 * segmenter's own dictionary is owned elsewhere, this only adjusts our view.
 */
import type { Token } from "../records.js";
import { memoByObject } from "../util/memo-by-object.js";

/**
 * Tokens with every occurrence of a compound made one token; the pieces of
 * split neighbours keep their text and take the tag "n" (they are fragments of nouns).
 *
 * @example joinCompounds(tag("走访残疾人"), "走访残疾人", 0, { 残疾人: "n" }).map((t) => t.word) // ["走访", "残疾人"]
 */
export function joinCompounds(tokens: readonly Token[], text: string, offset: number, compounds: Record<string, string>): readonly Token[] {
  let result = tokens;
  for (const [word, tag] of longestFirst(compounds)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const start = offset + at;
      const end = start + word.length;
      const touched = result.filter((t) => t.start < end && t.end > start);
      if (touched.length === 1 && touched[0]!.start === start && touched[0]!.end === end) continue;
      // Never cut into a longer word that already holds the compound (留守儿童之家 stays whole).
      if (touched.some((t) => t.start <= start && t.end >= end)) continue;
      const pieces: Token[] = [];
      const first = touched[0]!;
      const last = touched.at(-1)!;
      if (first.start < start) pieces.push({ ...first, word: text.slice(first.start - offset, at), end: start, tag: "n" });
      pieces.push({ ...first, word, start, end, tag });
      if (last.end > end) pieces.push({ ...last, word: text.slice(end - offset, last.end - offset), start: end, tag: "n" });
      const index = result.indexOf(first);
      result = [...result.slice(0, index), ...pieces, ...result.slice(index + touched.length)];
    }
  }
  return result;
}

/** The table's entries, longest word first (sorted once per table: this runs for every sentence). */
const longestFirst = memoByObject((compounds: Record<string, string>) => Object.entries(compounds).sort((a, b) => b[0].length - a[0].length));
