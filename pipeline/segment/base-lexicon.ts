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

/** Word → "freq tag" as stored; parsed on lookup, which keeps the one-off load fast. */
let cached: Map<string, string> | undefined;

export function baseDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  const jieba = require("nodejieba") as { DEFAULT_DICT: string };
  return jieba.DEFAULT_DICT;
}

function load(): Map<string, string> {
  if (cached) return cached;
  const text = readFileSync(baseDictionaryPath(), "utf8");
  const map = new Map<string, string>();
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const space = text.indexOf(" ", from);
    if (space > from && space < to) map.set(text.slice(from, space), text.slice(space + 1, to));
    from = to + 1;
  }
  cached = map;
  return map;
}

/** The base dictionary as a lookup (only `get`, `tag` and `has` are offered). */
export interface BaseLexicon {
  get(word: string): LexiconEntry | undefined;
  /** The word's tag alone, without parsing its frequency (the tagger asks for every word). */
  tag(word: string): string | undefined;
  has(word: string): boolean;
}

/**
 * @example getBaseLexicon().get("和平") // { freq: 7998, tag: "nz" }
 */
export function getBaseLexicon(): BaseLexicon {
  const map = load();
  return {
    has: (word) => map.has(word),
    tag: (word) => {
      const rest = map.get(word);
      return rest === undefined ? undefined : rest.slice(rest.indexOf(" ") + 1);
    },
    get: (word) => {
      const rest = map.get(word);
      if (rest === undefined) return undefined;
      const [freq = "0", tag = ""] = rest.split(" ");
      return { freq: Number(freq), tag };
    },
  };
}

/** Frequency from which a base-dictionary word counts as everyday vocabulary. */
export const COMMON_WORD_MIN_FREQ = 300;

/**
 * True when the word is frequent in general text as something other than a
 * place, so seeing it proves little (和平 7998 nz, 新华 549 nz, 向阳 671 nr);
 * rare entries (嘉祥 10) and words the dictionary tags as places (上海 ns) are not.
 */
export function isCommonWord(word: string): boolean {
  const entry = getBaseLexicon().get(word);
  return entry !== undefined && entry.freq >= COMMON_WORD_MIN_FREQ && entry.tag !== "ns";
}
