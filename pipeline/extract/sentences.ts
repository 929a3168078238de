/**
 * Sentence splitting for article bodies. Sentences end at 。！？； (and their
 * half-width forms), at a half-width full stop after a word (培训讲解员350名.1至4月,
 * as web text typed with ASCII punctuation prints it; never inside 12.6) and
 * at paragraph breaks; a terminator inside quotes or
 * brackets does not end the sentence, and closing quotes right after a
 * terminator stay with it (…“谋好篇。”). Offsets index the article text.
 */
import type { ArticleRecord, Sentence } from "../records.js";

const TERMINATORS = new Set(["。", "！", "？", "；", "!", "?", ";"]);
const OPENERS: Record<string, string> = { "“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "【": "】" };
const CLOSERS = new Set(Object.values(OPENERS));
/** Symmetric quotes toggle instead of nesting. */
const TOGGLES = new Set(['"']);
/** A quote left open longer than this is a typo, not a quotation: stop protecting the text inside it. */
const MAX_QUOTED_LENGTH = 300;
/** Code units the splitter reacts to (paragraph break, brackets, quotes, terminators). */
const IS_SPECIAL = new Uint8Array(0x10000);
for (const ch of ["\n", ".", ...TERMINATORS, ...Object.keys(OPENERS), ...CLOSERS, ...TOGGLES]) IS_SPECIAL[ch.charCodeAt(0)] = 1;
/** What a half-width full stop that ends a sentence follows: a word or a closing mark, never a digit (12.6) or Latin (gov.cn). */
const ENDS_BEFORE_FULL_STOP = /[\p{Script=Han}%‰”’》）)]/u;

function endsSentence(text: string, at: number): boolean {
  const ch = text[at]!;
  return TERMINATORS.has(ch) || (ch === "." && at > 0 && ENDS_BEFORE_FULL_STOP.test(text[at - 1]!));
}

/**
 * Splits `article.normalizedText` into sentences (the headline is not part of the body).
 *
 * @example splitSentences(article).map((s) => s.text)
 * // for text "嘉祥县开展活动。走访群众1.4万余户。" → ["嘉祥县开展活动。", "走访群众1.4万余户。"]
 */
export function splitSentences(article: Pick<ArticleRecord, "normalizedText">): Sentence[] {
  const text = article.normalizedText;
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  };

  let start = 0;
  let stack: string[] = [];
  let quoteOpenedAt = -1;
  for (let i = 0; i < text.length; i++) {
    // Most characters are neither breaks, brackets, quotes nor terminators: for them only the open-quote limit matters.
    if (!IS_SPECIAL[text.charCodeAt(i)]) {
      if (stack.length > 0 && i - quoteOpenedAt > MAX_QUOTED_LENGTH) stack = [];
      continue;
    }
    const ch = text[i]!;
    if (ch === "\n") {
      push(start, i);
      start = i + 1;
      stack = [];
      continue;
    }
    if (OPENERS[ch]) {
      if (stack.length === 0) quoteOpenedAt = i;
      stack.push(OPENERS[ch]!);
    } else if (TOGGLES.has(ch)) {
      if (stack.at(-1) === ch) stack.pop();
      else {
        if (stack.length === 0) quoteOpenedAt = i;
        stack.push(ch);
      }
    } else if (CLOSERS.has(ch)) {
      const at = stack.lastIndexOf(ch);
      if (at >= 0) stack.length = at;
    }
    if (stack.length > 0 && i - quoteOpenedAt > MAX_QUOTED_LENGTH) stack = [];
    if (stack.length > 0) continue;
    // A quotation that ends with its own terminator (…谋好篇。”) ends the sentence too.
    const closesQuotedSentence = (CLOSERS.has(ch) || TOGGLES.has(ch)) && i > 0 && TERMINATORS.has(text[i - 1]!);
    if (!endsSentence(text, i) && !closesQuotedSentence) continue;
    let end = i + 1;
    // Keep a run of terminators (！？) and the closing brackets that follow the last one.
    while (end < text.length && (TERMINATORS.has(text[end]!) || text[end] === "." || CLOSERS.has(text[end]!))) end++;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return sentences;
}
