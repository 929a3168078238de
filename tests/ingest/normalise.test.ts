import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseText, toCanonicalText } from "../../pipeline/ingest/normalise.js";

describe("normaliseText", () => {
  it("turns traditional characters into simplified ones", () => {
    expect(normaliseText("沂南縣織密農村養老服務網")).toBe("沂南县织密农村养老服务网");
    expect(normaliseText("衞生院裡的幹部")).toBe("卫生院里的干部");
  });

  it("keeps context-dependent characters OpenCC leaves alone", () => {
    expect(normaliseText("乾隆年間")).toBe("乾隆年间");
  });

  it("keeps the division names the converter would take for words (乾安縣 is not 干安县)", () => {
    expect(normaliseText("本報乾安訊 乾安縣推進鄉村振興")).toBe("本报乾安讯 乾安县推进乡村振兴");
    expect(normaliseText("陝西乾縣的糧食")).toBe("陕西乾县的粮食");
    // The words themselves still convert: 乾燥 is 干燥, and 若干縣 was never 乾县.
    expect(normaliseText("天氣乾燥，若干縣區")).toBe("天气干燥，若干县区");
  });

  it("makes full-width digits, letters and number punctuation half-width", () => {
    expect(normaliseText("９６．５％，ＡＢ３版，１＋４＋Ｎ")).toBe("96.5%，AB3版，1+4+N");
    expect(normaliseText("3～5年")).toBe("3~5年");
    expect(normaliseText("\u3000\u3000近年来")).toBe("  近年来");
  });

  it("keeps the Chinese punctuation extractors rely on", () => {
    const punctuation = "“”‘’、。，：；！？（）《》【】—…·";
    expect(normaliseText(punctuation)).toBe(punctuation);
  });

  it("makes ： half-width only between digits (a time)", () => {
    expect(normaliseText("时间：１０：３０")).toBe("时间：10:30");
  });

  it("leaves simplified text as it is", () => {
    const text = "嘉祥县深入开展“以三大促三好”活动，走访群众1.4万余户。";
    expect(normaliseText(text)).toBe(text);
  });
});

describe("normaliseText: length invariant", () => {
  const sameLength = (text: string) => {
    expect(normaliseText(text)).toHaveLength(text.length);
  };

  it("holds for arbitrary UTF-16 strings, lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: "binary" }), sameLength), { numRuns: 500 });
  });

  it("holds for graphemes, CJK, full-width forms and traditional text", () => {
    const cjk = fc.integer({ min: 0x3400, max: 0x9fff }).map((c) => String.fromCharCode(c));
    const fullWidth = fc.integer({ min: 0xff00, max: 0xffef }).map((c) => String.fromCharCode(c));
    const astral = fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c));
    const unit = fc.oneof(cjk, fullWidth, astral, fc.constantFrom("衞", "裡", "乾", "隆", "發", "髮", "後", "著", "\u3000"), fc.string({ maxLength: 1, unit: "grapheme" }));
    fc.assert(fc.property(fc.string({ maxLength: 120, unit }), sameLength), { numRuns: 500 });
  });

  it("keeps surrogate pairs at the same offsets", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: "grapheme" }), (text) => {
        const out = normaliseText(text);
        for (let i = 0; i < text.length; i++) {
          const high = (s: string) => s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff;
          expect(high(out)).toBe(high(text));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("toCanonicalText", () => {
  it("composes combining sequences and maps CJK compatibility ideographs", () => {
    expect(toCanonicalText("e\u0301")).toBe("é");
    expect(toCanonicalText("\uF900")).toBe("\u8C48");
  });

  it("gives the ideographs a PDF's text layer printed as radicals, Kangxi and supplement alike", () => {
    expect(toCanonicalText("⻓效机制覆盖⼭区，惠及⺠众，⻔诊费⽤减免")).toBe("长效机制覆盖山区，惠及民众，门诊费用减免");
    // An astral ideograph is two code units: the step may change a text's length.
    expect(toCanonicalText("⺩")).toBe("𤣩");
  });

  it("gives a Kangxi radical a simplified font draws as another ideograph than NFKC gives that ideograph (⼾ as 户, not 戶)", () => {
    expect(toCanonicalText("带动脱贫⼾860⼾")).toBe("带动脱贫户860户");
    expect(toCanonicalText("⼾")).not.toBe("⼾".normalize("NFKC"));
  });
});
