/**
 * nodejieba returns words without positions; this aligns them back onto the
 * text so every token carries offsets into the article.
 */
import type { Token } from "../records.js";

/**
 * Assigns start/end to each word by walking the text. A word the segmenter
 * altered (it should not) is searched forward; if absent it is dropped rather
 * than given a wrong position.
 *
 * @example alignTokens("嘉祥县开展", [{ word: "嘉祥县" }, { word: "开展" }])
 * // [{ word: "嘉祥县", start: 0, end: 3 }, { word: "开展", start: 3, end: 5 }]
 */
export function alignTokens(text: string, words: { word: string; tag?: string }[], base = 0): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of words) {
    if (!word) continue;
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ word, ...(tag ? { tag } : {}), start: base + at, end: base + at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}
