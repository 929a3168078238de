/**
 * jieba's HMM cut rebuilt from its plain cut. cppjieba's mixed segmenter first
 * cuts by dictionary (the plain cut), then re-cuts each run of single
 * characters with the HMM; nothing else changes. The plain cut of an article
 * is made anyway (division names), so only those runs, usually short and few,
 * go back to the native HMM, and far fewer native strings are created.
 */
import type { Token } from "../records.js";
import { alignWords } from "./token-offsets.js";

/** cppjieba's default separators (SegmentBase.hpp `SPECIAL_SEPARATORS`): its mixed segmenter never runs across them. */
export const JIEBA_SEPARATORS: ReadonlySet<string> = new Set([" ", "\t", "\n", "，", "。"]);

export interface HmmCutInput {
  text: string;
  /** The plain (dictionary, no HMM) cut of `text`. */
  plainWords: readonly Token[];
  /** One-character words of the user dictionary: cppjieba keeps them out of HMM runs. */
  userSingles: ReadonlySet<string>;
  /** Native HMM cut (nodejieba's cutHMM) of runs of characters joined by newlines. */
  cutRun: (run: string) => string[];
}

/**
 * The words `cut(text, { hmm: true })` gives, or undefined when the plain
 * words do not tile the text exactly (then only the native call can say).
 *
 * @example hmmCutFromPlain({ text: "杨焕勇说", plainWords, userSingles, cutRun }) // 杨焕勇 | 说
 */
export function hmmCutFromPlain(input: HmmCutInput): Token[] | undefined {
  const { text, plainWords } = input;
  const inRun = (token: Token): boolean =>
    isOneCharacter(token.word) && !JIEBA_SEPARATORS.has(token.word) && !input.userSingles.has(token.word);
  // The plain words, with runs of two or more single characters marked for the HMM.
  const pieces: (Token | { start: number; end: number })[] = [];
  const runs: { start: number; end: number }[] = [];
  let at = 0;
  for (let i = 0; i < plainWords.length; ) {
    const token = plainWords[i]!;
    if (token.start !== at) return undefined;
    let j = i;
    while (j < plainWords.length && inRun(plainWords[j]!) && (j === i || plainWords[j]!.start === plainWords[j - 1]!.end)) j++;
    if (j - i < 2) {
      // A run of one character is that character whatever the HMM says.
      pieces.push(token);
      at = token.end;
      i++;
      continue;
    }
    const run = { start: token.start, end: plainWords[j - 1]!.end };
    pieces.push(run);
    runs.push(run);
    at = run.end;
    i = j;
  }
  if (at !== text.length) return undefined;
  const runWords = cutRuns(text, runs, input.cutRun);
  if (!runWords) return undefined;
  const words: Token[] = [];
  let next = 0;
  for (const piece of pieces) {
    if ("word" in piece) words.push(piece);
    else words.push(...runWords[next++]!);
  }
  return words;
}

/**
 * HMM words of every run with one native call: the runs are joined by a
 * newline, a separator at which cppjieba cuts each side on its own (and
 * returns the newline as a word of its own).
 */
function cutRuns(text: string, runs: readonly { start: number; end: number }[], cutRun: (run: string) => string[]): Token[][] | undefined {
  if (runs.length === 0) return [];
  const words = cutRun(runs.map((r) => text.slice(r.start, r.end)).join("\n"));
  const result: Token[][] = [];
  let current: string[] = [];
  for (const word of [...words, "\n"]) {
    if (word !== "\n") {
      current.push(word);
      continue;
    }
    const run = runs[result.length];
    if (!run) return undefined;
    const aligned = alignWords(text.slice(run.start, run.end), current, run.start);
    if (!tiles(aligned, run.start, run.end)) return undefined;
    result.push(aligned);
    current = [];
  }
  return result.length === runs.length ? result : undefined;
}

function tiles(words: readonly Token[], start: number, end: number): boolean {
  let at = start;
  for (const word of words) {
    if (word.start !== at) return false;
    at = word.end;
  }
  return at === end;
}

/** One code point (cppjieba counts runes, not UTF-16 units). */
export function isOneCharacter(word: string): boolean {
  return word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff);
}
