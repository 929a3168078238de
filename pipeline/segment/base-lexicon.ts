/**
 * Read-only view of nodejieba's base dictionary (word → frequency and tag),
 * loaded once on demand. Used to tell whether a place's short name is also an
 * everyday word (和平, 东方, 新华) and to avoid re-weighting words the base
 * dictionary already knows.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export interface LexiconEntry {
  freq: number;
  tag: string;
}

let cached: Map<string, LexiconEntry> | undefined;

export function baseDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  const jieba = require("nodejieba") as { DEFAULT_DICT: string };
  return jieba.DEFAULT_DICT;
}

/**
 * @example getBaseLexicon().get("和平") // { freq: 7998, tag: "nz" }
 */
export function getBaseLexicon(): ReadonlyMap<string, LexiconEntry> {
  if (cached) return cached;
  const lexicon = new Map<string, LexiconEntry>();
  for (const line of readFileSync(baseDictionaryPath(), "utf8").split("\n")) {
    const [word, freq, tag] = line.split(" ");
    if (word && freq) lexicon.set(word, { freq: Number(freq), tag: tag ?? "" });
  }
  cached = lexicon;
  return lexicon;
}

/** Frequency from which a base-dictionary word counts as everyday vocabulary. */
export const COMMON_WORD_MIN_FREQ = 300;

/**
 * True when the word is frequent in general text, so seeing it proves little
 * (朝阳 767, 和平 7998); rare entries such as 嘉祥 (10) are not common.
 */
export function isCommonWord(word: string): boolean {
  const entry = getBaseLexicon().get(word);
  return entry !== undefined && entry.freq >= COMMON_WORD_MIN_FREQ;
}
