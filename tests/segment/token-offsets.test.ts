import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Token } from "../../pipeline/records.js";
import { alignTokens, alignWords } from "../../pipeline/segment/token-offsets.js";

/** The alignment as first written (object spread per token): the faster versions must agree with it. */
function referenceAlign(text: string, words: { word: string; tag?: string }[], base = 0): Token[] {
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

const char = fc.constantFrom("嘉", "祥", "县", "开", "展", "，", " ", "1", "a", "𠀀");
const text = fc.array(char, { maxLength: 40 }).map((chars) => chars.join(""));
/** A segmentation of the text, sometimes with words altered, dropped or empty (what alignment must survive). */
const textAndWords = text.chain((t) =>
  fc
    .array(fc.integer({ min: 0, max: t.length }), { maxLength: 12 })
    .chain((cuts) => {
      const points = [...new Set([0, ...cuts, t.length])].sort((a, b) => a - b);
      const words = points.slice(1).map((end, i) => t.slice(points[i], end));
      return fc.tuple(
        fc.constant(t),
        fc.tuple(...words.map((w) => fc.oneof(fc.constant(w), fc.constant(w), fc.constant(""), fc.constant("丁"), fc.constant(w + w)))),
        fc.array(fc.constantFrom(undefined, "", "n", "v"), { minLength: words.length, maxLength: words.length }),
      );
    }),
);

describe("alignWords and alignTokens", () => {
  it("give the offsets and token shapes of the reference alignment", () => {
    fc.assert(
      fc.property(textAndWords, fc.integer({ min: 0, max: 100 }), ([t, words, tags], base) => {
        const tagged = words.map((word, i) => (tags[i] === undefined ? { word } : { word, tag: tags[i]! }));
        const expected = referenceAlign(t, tagged, base);
        expect(JSON.stringify(alignTokens(t, tagged, base))).toBe(JSON.stringify(expected));
        expect(JSON.stringify(alignWords(t, words, base))).toBe(JSON.stringify(referenceAlign(t, words.map((word) => ({ word })), base)));
      }),
      { numRuns: 500 },
    );
  });
});
