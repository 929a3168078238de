import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as OpenCC from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { conversionTriggers, mayConvert, type ConverterDictionaries } from "../../pipeline/ingest/conversion-triggers.js";
import { normaliseText } from "../../pipeline/ingest/normalise.js";
import { SAMPLE_PAGE } from "../fixtures/ingest/make-variants.js";

const config = OpenCC.Locale.configs["hk2s"] as ConverterDictionaries;
const convert = OpenCC.Converter({ from: "hk", to: "cn" });
const triggers = conversionTriggers(config);

/** Every key and value of the dictionaries the converter chains. */
const dictionaryWords = [...(config.normalizationChain ?? []).flat(), ...config.conversionChain.flat()].flatMap((dictionary) =>
  (typeof dictionary === "string" ? dictionary.split("|").map((entry) => entry.split(" ")) : dictionary.map((pair) => [...pair])).flat(),
);

/** The claim the shortcut rests on: without a trigger, the converter leaves the text as it is. */
function expectUnchangedWithoutTrigger(text: string): void {
  if (!mayConvert(text, triggers)) expect(convert(text), text).toBe(text);
}

describe("conversionTriggers", () => {
  it("covers every dictionary word, alone and inside running text", () => {
    expect(dictionaryWords.length).toBeGreaterThan(5000);
    for (const word of dictionaryWords) {
      expectUnchangedWithoutTrigger(word);
      expectUnchangedWithoutTrigger(`全县${word}工作`);
    }
  });

  it("covers random runs of dictionary words and everyday characters", () => {
    const everyday = [..."县里开展活动群众服务工作推进乡村振兴一不上中反复覆盖台户"];
    const piece = fc.oneof(fc.constantFrom(...dictionaryWords), fc.constantFrom(...everyday));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => expectUnchangedWithoutTrigger(pieces.join(""))),
      { numRuns: 3000 },
    );
  });

  it("sends traditional characters through the converter", () => {
    for (const text of ["縣裡", "開展", "為民服務", "於是", "乾隆"]) expect(mayConvert(text, triggers), text).toBe(true);
    expect(normaliseText("全縣開展為民服務")).toBe("全县开展为民服务");
  });

  it("lets most paragraphs of a simplified page skip conversion, with the same text out", () => {
    const page = readFileSync(SAMPLE_PAGE, "utf8");
    const paragraphs = page.split("\n").filter((line) => line.trim());
    for (const paragraph of paragraphs) expectUnchangedWithoutTrigger(paragraph);
    const skipped = paragraphs.filter((paragraph) => !mayConvert(paragraph, triggers)).length;
    expect(skipped / paragraphs.length).toBeGreaterThan(0.6);
  });
});
