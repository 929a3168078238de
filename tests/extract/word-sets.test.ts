import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { longestSuffix, mayEndListedWord } from "../../pipeline/extract/word-sets.js";

describe("longestSuffix", () => {
  it("is the longest listed word the word ends with, as a sorted scan finds it", () => {
    const char = fc.constantFrom("干", "部", "员", "离", "退", "休", "𠀀");
    const word = fc.array(char, { maxLength: 5 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), word, (list, w) => {
        const words = [...list];
        const expected = [...words].sort((a, b) => b.length - a.length).find((s) => w.endsWith(s));
        expect(longestSuffix(w, words)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("answers from the last character alone when no listed word ends with it", () => {
    expect(longestSuffix("服务站", ["干部", "部"])).toBeUndefined();
    expect(longestSuffix("服务站", ["干部", ""])).toBe("");
  });
});

describe("mayEndListedWord", () => {
  it("is true wherever a listed word ends", () => {
    const char = fc.constantFrom("库", "机", "制", "人", "才", "𠀀");
    const word = fc.array(char, { minLength: 1, maxLength: 3 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.array(char, { maxLength: 8 }).map((chars) => chars.join("")), (words, text) => {
        for (let end = 0; end <= text.length; end++) {
          const someEndsHere = words.some((w) => end - w.length >= 0 && text.startsWith(w, end - w.length));
          if (someEndsHere) expect(mayEndListedWord(text, end, words)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
