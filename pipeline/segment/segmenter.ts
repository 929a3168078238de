/**
 * The one adapter in front of nodejieba. Everything else asks `getSegmenter()`
 * for tokens with offsets and never imports nodejieba itself, so the
 * segmenter can be swapped without touching the extractors.
 */
import { createRequire } from "node:module";
import type { Token } from "../records.js";
import { createBoundedMemo } from "../util/bounded-memo.js";
import { createTagLookup } from "./dictionary-tags.js";
import { hmmCutFromPlain, isOneCharacter } from "./hmm-cut.js";
import { tagRanges } from "./sentence-tags.js";
import { alignTokens, alignWords } from "./token-offsets.js";
import { userDictionaryEntries, writeUserDictionary } from "./user-dictionary.js";

export interface CutOptions {
  /** Let the HMM join unknown words (names); off by default, which keeps unknown runs as single characters. */
  hmm?: boolean;
}

export interface Segmenter {
  /** Words with offsets into `text`. Results are shared between callers, hence read-only. */
  cut(text: string, options?: CutOptions): readonly Token[];
  /** Words with part-of-speech tags (dictionary words only; unknown words get "x"). */
  tag(text: string): readonly Token[];
  /**
   * `tag` of each [start, end) span of `text` (sorted, disjoint), offsets into `text`:
   * the words and tags `tag(text.slice(start, end))` gives, from one cut of `text`.
   */
  tagSpans(text: string, spans: readonly { start: number; end: number }[]): Token[][];
}

interface NodeJieba {
  load(options: { userDict?: string }): unknown;
  cut(sentence: string, hmm?: boolean): string[];
  cutHMM(sentence: string): string[];
  tag(sentence: string): { word: string; tag: string }[];
}

let instance: Segmenter | undefined;

/**
 * The process-wide segmenter; the first call loads nodejieba's dictionaries
 * and the user dictionary (about a second), later calls are free.
 *
 * @example getSegmenter().cut("嘉祥县深入开展活动").map((t) => t.word) // ["嘉祥县", "深入", "开展", "活动"]
 */
export function getSegmenter(): Segmenter {
  instance ??= createJiebaSegmenter();
  return instance;
}

function createJiebaSegmenter(): Segmenter {
  const require = createRequire(import.meta.url);
  const jieba = require("nodejieba") as NodeJieba;
  const userEntries = userDictionaryEntries();
  // load() builds a fresh jieba instance each call; calling it once keeps one set of dictionaries in memory.
  jieba.load({ userDict: writeUserDictionary(undefined, userEntries) });
  // nodejieba's tag() is its HMM cut plus a dictionary look-up per word. For a
  // whole article the HMM cut is rebuilt from the plain cut division scanning
  // has made (memoised) and the look-up runs here, which spares most native calls.
  const tagWord = createTagLookup(userEntries);
  const userSingles = new Set(userEntries.map((line) => line.split(" ")[0]!).filter(isOneCharacter));
  // Several extractors segment the same sentence; remembering recent answers
  // saves repeated native calls, which dominate extraction time.
  const memo = createBoundedMemo<readonly Token[]>(MEMO_ENTRIES);
  const cut = (text: string, hmm: boolean): readonly Token[] =>
    memo(`c${hmm ? 1 : 0}${text}`, () => alignWords(text, jieba.cut(text, hmm)));
  // A short text alone costs one native call either way; tag() is that call.
  const tag = (text: string): readonly Token[] => (text ? memo(`t${text}`, () => alignTokens(text, jieba.tag(text))) : []);
  const articleHmmCut = (text: string): readonly Token[] =>
    hmmCutFromPlain({ text, plainWords: cut(text, false), userSingles, cutRun: (runs) => jieba.cutHMM(runs) }) ?? cut(text, true);
  return {
    cut: (text, options = {}) => (text ? cut(text, options.hmm ?? false) : []),
    tag,
    tagSpans: (text, spans) => tagRanges({ text, ranges: spans, words: text ? articleHmmCut(text) : [], tagWord, tagAlone: tag }),
  };
}

const MEMO_ENTRIES = 4096;
