import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPieceBoundaries } from "../../pipeline/divisions/piece-boundaries.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { samplePageArticles } from "../extract/make-article.js";

/** Word starts, ends and covering ends as the cut of the whole text gives them. */
function wholeTextBoundaries(text: string): { starts: boolean[]; ends: boolean[]; covering: number[] } {
  const starts = new Array<boolean>(text.length + 1).fill(false);
  const ends = new Array<boolean>(text.length + 1).fill(false);
  const covering = new Array<number>(text.length + 1).fill(0);
  for (const token of getSegmenter().cut(text)) {
    starts[token.start] = true;
    ends[token.end] = true;
    for (let at = token.start; at < token.end; at++) covering[at] = token.end;
  }
  return { starts, ends, covering };
}

function expectSameBoundaries(text: string): void {
  const whole = wholeTextBoundaries(text);
  const pieces = createPieceBoundaries(text);
  for (let offset = 0; offset < text.length; offset++) {
    const words = pieces.at(offset);
    expect(words.startsAt(offset), `start at ${offset} of ${JSON.stringify(text)}`).toBe(whole.starts[offset]);
    expect(words.coveringEnd(offset), `covering end at ${offset}`).toBe(whole.covering[offset]);
    expect(words.endsAt(offset + 1), `end at ${offset + 1}`).toBe(whole.ends[offset + 1]);
  }
}

describe("createPieceBoundaries", () => {
  it("gives the boundaries of the whole-text cut, piece by piece, on the sample page", () => {
    for (const article of samplePageArticles()) expectSameBoundaries(article.normalizedText);
  });

  it("gives the boundaries of the whole-text cut on random texts", () => {
    const alphabet = fc.constantFrom("嘉", "祥", "县", "济", "宁", "市", "开", "展", "活", "动", "和", "平", "，", "。", "\n", " ", "\t", "、", "1", "a", "“", "”");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((chars) => chars.join("")), (text) => expectSameBoundaries(text)),
      { numRuns: 300 },
    );
  });

  it("cuts a text holding a lone surrogate whole", () => {
    expectSameBoundaries("嘉祥县\uD800开展，活动");
  });
});
