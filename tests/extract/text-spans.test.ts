import { describe, expect, it } from "vitest";
import { HAN_CHAR, isHanAt } from "../../pipeline/extract/text-spans.js";

describe("isHanAt", () => {
  it("answers HAN_CHAR.test(text[index]) for every code unit of a mixed text, asked twice", () => {
    const text = "开展“四航”模式，覆盖1.4万余户 abc〇𠀀々";
    for (let round = 0; round < 2; round++) {
      for (let index = -1; index <= text.length; index++) expect(isHanAt(text, index)).toBe(HAN_CHAR.test(text[index]!));
    }
  });
});
