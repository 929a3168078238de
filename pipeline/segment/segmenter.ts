/**
 * The one adapter in front of nodejieba. Everything else asks `getSegmenter()`
 * for tokens with offsets and never imports nodejieba itself, so the
 * segmenter can be swapped without touching the extractors.
 */
import { createRequire } from "node:module";
import type { Token } from "../records.js";
import { createBoundedMemo } from "../util/bounded-memo.js";
import { alignTokens } from "./token-offsets.js";
import { writeUserDictionary } from "./user-dictionary.js";

export interface CutOptions {
  /** Let the HMM join unknown words (names); off by default, which keeps unknown runs as single characters. */
  hmm?: boolean;
}

export interface Segmenter {
  /** Words with offsets into `text`. Results are shared between callers, hence read-only. */
  cut(text: string, options?: CutOptions): readonly Token[];
  /** Words with part-of-speech tags (dictionary words only; unknown words get "x"). */
  tag(text: string): readonly Token[];
}

interface NodeJieba {
  load(options: { userDict?: string }): unknown;
  cut(sentence: string, hmm?: boolean): string[];
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
  // load() builds a fresh jieba instance each call; calling it once keeps one set of dictionaries in memory.
  jieba.load({ userDict: writeUserDictionary() });
  // Several extractors segment the same sentence; remembering recent answers
  // saves repeated native calls, which dominate extraction time.
  const memo = createBoundedMemo<readonly Token[]>(MEMO_ENTRIES);
  return {
    cut: (text, options = {}) =>
      text
        ? memo(`c${options.hmm ? 1 : 0}${text}`, () => alignTokens(text, jieba.cut(text, options.hmm ?? false).map((word) => ({ word }))))
        : [],
    tag: (text) => (text ? memo(`t${text}`, () => alignTokens(text, jieba.tag(text))) : []),
  };
}

const MEMO_ENTRIES = 4096;
