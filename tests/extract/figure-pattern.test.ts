import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIGURE, figureMatches } from "../../pipeline/extract/figure-pattern.js";
import { samplePageArticles } from "./make-article.js";

const asFound = (matches: Iterable<RegExpMatchArray>): unknown[] => [...matches].map((m) => [m.index, ...m]);
/** The reference: matchAll over a fresh copy of the pattern (a copy of FIGURE itself would inherit its lastIndex). */
const matchAllFigures = (text: string): Iterable<RegExpMatchArray> => text.matchAll(new RegExp(FIGURE.source, FIGURE.flags));

describe("figureMatches", () => {
  it("finds what matchAll(FIGURE) finds on the sample page", () => {
    for (const article of samplePageArticles()) {
      const text = article.normalizedText;
      expect(asFound(figureMatches(text))).toEqual(asFound(matchAllFigures(text)));
    }
  });

  it("finds what matchAll(FIGURE) finds on random texts (prefixes, numerals, units, astral characters)", () => {
    const piece = fc.constantFrom("近", "超过", "不少于", "最多", "约", "1", "3", ".", "5", "０", "一", "十", "百", "千", "万", "余", "多", "户", "名", "人次", "米", "以上", "左右", " ", "，", "村", "𠀀", "第", "A");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join("")), (text) => {
        expect(asFound(figureMatches(text))).toEqual(asFound(matchAllFigures(text)));
      }),
      { numRuns: 1000 },
    );
  });
});
