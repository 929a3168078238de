import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { longestSuffix } from "../../pipeline/extract/word-sets.js";

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
