/**
 * The segmenter's word boundaries in a text, cut piece by piece on demand.
 * cppjieba splits its input at separator characters and segments each piece
 * on its own, so the words of a piece are the same whether it is cut alone or
 * inside the whole text; division scanning needs boundaries only in the few
 * pieces where a name is printed, and cutting those alone spares a cut of
 * the whole article (extraction makes its own, tagged, later).
 */
import { JIEBA_SEPARATORS } from "../segment/hmm-cut.js";
import { getSegmenter } from "../segment/segmenter.js";

/** Word boundaries of one piece; offsets are into the whole text. */
export interface PieceWords {
  start: number;
  end: number;
  /** True when a word starts at `offset`. */
  startsAt(offset: number): boolean;
  /** True when a word ends at `offset`. */
  endsAt(offset: number): boolean;
  /** End of the word covering `offset`, or 0 when no word does. */
  coveringEnd(offset: number): number;
}

export interface PieceBoundaries {
  /** The words of the piece holding `offset` (cut once, the last piece kept). */
  at(offset: number): PieceWords;
}

/**
 * @example createPieceBoundaries("嘉祥县开展活动，走访群众").at(0).endsAt(3) // true
 */
export function createPieceBoundaries(text: string): PieceBoundaries {
  // The native side turns a lone surrogate into U+FFFD, which could realign words across pieces: cut such texts whole.
  const whole = LONE_SURROGATE.test(text) ? cutPiece(text, 0, text.length) : undefined;
  let last: PieceWords | undefined;
  return {
    at(offset) {
      if (whole) return whole;
      if (last && offset >= last.start && offset < last.end) return last;
      let start = offset;
      let end = offset + 1;
      // A separator is a piece of its own.
      if (!JIEBA_SEPARATORS.has(text[offset]!)) {
        while (start > 0 && !JIEBA_SEPARATORS.has(text[start - 1]!)) start--;
        while (end < text.length && !JIEBA_SEPARATORS.has(text[end]!)) end++;
      }
      last = cutPiece(text, start, end);
      return last;
    },
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function cutPiece(text: string, start: number, end: number): PieceWords {
  const length = end - start;
  // Per offset, as typed arrays: sets or maps with an entry per character cost more than the cut.
  const starts = new Uint8Array(length + 1);
  const ends = new Uint8Array(length + 1);
  const covering = new Int32Array(length + 1);
  for (const token of getSegmenter().cut(text.slice(start, end))) {
    starts[token.start] = 1;
    ends[token.end] = 1;
    for (let at = token.start; at < token.end; at++) covering[at] = token.end + start;
  }
  const inside = (offset: number): boolean => offset >= start && offset <= end;
  return {
    start,
    end,
    startsAt: (offset) => inside(offset) && starts[offset - start] === 1,
    endsAt: (offset) => inside(offset) && ends[offset - start] === 1,
    coveringEnd: (offset) => (inside(offset) ? covering[offset - start]! : 0),
  };
}
