import { describe, expect, it } from "vitest";
import { isCommonWord } from "../../pipeline/segment/base-lexicon.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { alignTokens } from "../../pipeline/segment/token-offsets.js";
import { divisionEntries, readDictionaryEntries } from "../../pipeline/segment/user-dictionary.js";

describe("getSegmenter", () => {
  const segmenter = getSegmenter();

  it("returns one shared instance", () => {
    expect(getSegmenter()).toBe(segmenter);
  });

  it("gives tokens whose offsets index the text, spaces included", () => {
    const text = "本报临沭讯（通讯员 王芳）临沭县引进人才 45 人，新建共富工坊12处。";
    const tokens = segmenter.cut(text);
    expect(tokens.map((t) => t.word).join("")).toBe(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word);
  });

  it("knows every county name from the division catalogue", () => {
    const words = segmenter.cut("莒南县和沂南县联合举办招聘会").map((t) => t.word);
    expect(words).toContain("莒南县");
    expect(words).toContain("沂南县");
  });

  it("knows the reviewed domain terms", () => {
    const words = segmenter.cut("组织离退休干部和新就业群体参加活动").map((t) => t.word);
    expect(words).toContain("离退休干部");
    expect(words).toContain("新就业群体");
  });

  it("tags dictionary words, division names as ns", () => {
    const tagged = segmenter.tag("平邑县老干部局组织活动");
    expect(tagged.find((t) => t.word === "平邑县")?.tag).toBe("ns");
    expect(tagged.find((t) => t.word === "老干部局")?.tag).toBe("nt");
    for (const token of tagged) expect("平邑县老干部局组织活动".slice(token.start, token.end)).toBe(token.word);
  });

  it("joins unknown names only when the HMM is asked for", () => {
    const text = "志愿者韩秀梅带头参加";
    expect(segmenter.cut(text).some((t) => t.word === "韩秀梅")).toBe(false);
    expect(segmenter.cut(text, { hmm: true }).some((t) => t.word === "韩秀梅")).toBe(true);
  });

  it("handles empty text", () => {
    expect(segmenter.cut("")).toEqual([]);
    expect(segmenter.tag("")).toEqual([]);
  });
});

describe("user dictionary", () => {
  it("reads entries as word-tag lines", () => {
    const entries = readDictionaryEntries();
    expect(entries.length).toBeGreaterThan(20);
    for (const line of entries) expect(line).toMatch(/^\S+( \d+)? [a-z]+$/);
  });

  it("rejects a malformed folder with a typed error", () => {
    expect(() => readDictionaryEntries("/nonexistent/dictionary")).toThrowError(
      expect.objectContaining({ name: "UserDictionaryError" }),
    );
  });

  it("adds division names tagged ns, leaving out two-character full names", () => {
    const entries = new Set(divisionEntries());
    expect(entries.has("嘉祥县 ns")).toBe(true);
    expect(entries.has("和县 ns")).toBe(false);
  });
});

describe("alignTokens", () => {
  it("skips words the text does not contain instead of misplacing them", () => {
    expect(alignTokens("甲乙丙", [{ word: "甲" }, { word: "丁" }, { word: "丙" }])).toEqual([
      { word: "甲", start: 0, end: 1 },
      { word: "丙", start: 2, end: 3 },
    ]);
  });
});

describe("isCommonWord", () => {
  it("tells everyday words from rare place names", () => {
    expect(isCommonWord("和平")).toBe(true);
    expect(isCommonWord("嘉祥")).toBe(false);
    expect(isCommonWord("上海")).toBe(false); // frequent, but as a place
  });
});
