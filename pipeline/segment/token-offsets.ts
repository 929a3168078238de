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
export function alignTokens(text: string, words: readonly { word: string; tag?: string }[], base = 0): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of words) {
    const at = wordAt(text, word, cursor);
    if (at < 0) continue;
    // Literal objects of one shape each: a spread per token showed in profiles.
    tokens.push(tag ? { word, tag, start: base + at, end: base + at + word.length } : { word, start: base + at, end: base + at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}

/**
 * `alignTokens` for bare words (the plain and HMM cuts), without wrapping each in an object first.
 *
 * @example alignWords("嘉祥县开展", ["嘉祥县", "开展"])[1] // { word: "开展", start: 3, end: 5 }
 */
export function alignWords(text: string, words: readonly string[], base = 0): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const word of words) {
    const at = wordAt(text, word, cursor);
    if (at < 0) continue;
    tokens.push({ word, start: base + at, end: base + at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}

/** Where `word` sits from `cursor` on: right there as a rule, else further on, else -1 (empty words too). */
function wordAt(text: string, word: string, cursor: number): number {
  if (!word) return -1;
  return text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
}
