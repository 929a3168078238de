import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatChineseNumber,
  parseChineseNumeral,
  parseNumber,
  shiftDecimal,
} from "../../pipeline/extract/numbers.js";

describe("parseNumber", () => {
  it.each([
    ["1.4万", 14000],
    ["487.6万", 4876000],
    ["3.1亿", 310000000],
    ["2300", 2300],
    ["0.35万", 3500],
    ["12.08亿", 1208000000],
    ["1.2万亿", 1200000000000],
    ["3千", 3000],
    ["5百万", 5000000],
    ["2.5千万", 25000000],
    ["2,528", 2528],
    ["１２.５万", 125000],
    ["三千", 3000],
    ["二十", 20],
    ["十二", 12],
    ["一百二十", 120],
    ["两万", 20000],
    ["一千零五", 1005],
    ["一亿二千万", 120000000],
  ])("%s → %d", (raw, value) => {
    expect(parseNumber(raw)?.value).toBe(value);
  });

  it("scales by moving the decimal point, never by a float product", () => {
    // 0.57 * 10000 is 5699.999999999999 and 4.35 * 10^8 is 434999999.99999994 in floating point
    expect(0.57 * 10000).not.toBe(5700);
    expect(parseNumber("0.57万")).toEqual({ value: 5700, exact: "5700", chineseNumeral: false });
    expect(parseNumber("4.35亿")?.value).toBe(435000000);
    expect(parseNumber("1.23456万")?.exact).toBe("12345.6");
  });

  it("flags Chinese numerals", () => {
    expect(parseNumber("三十")?.chineseNumeral).toBe(true);
    expect(parseNumber("30")?.chineseNumeral).toBe(false);
  });

  it("rejects what is no number", () => {
    expect(parseNumber("三四")).toBeUndefined();
    expect(parseNumber("万")).toBeUndefined();
    expect(parseNumber("1.2.3")).toBeUndefined();
    expect(parseNumber("abc")).toBeUndefined();
    expect(parseChineseNumeral("三会")).toBeUndefined();
  });
});

describe("shiftDecimal", () => {
  it("moves the point both ways", () => {
    expect(shiftDecimal("487.6", 4)).toBe("4876000");
    expect(shiftDecimal("3.1", 8)).toBe("310000000");
    expect(shiftDecimal("14000", -4)).toBe("1.4");
    expect(shiftDecimal("5", -4)).toBe("0.0005");
    expect(shiftDecimal("007", 0)).toBe("7");
  });

  it("throws a typed error on malformed input", () => {
    expect(() => shiftDecimal("1e5", 2)).toThrowError(expect.objectContaining({ name: "NumberParseError" }));
  });
});

describe("formatChineseNumber", () => {
  it("uses 万 and 亿 like the press", () => {
    expect(formatChineseNumber(14000)).toBe("1.4万");
    expect(formatChineseNumber(310000000)).toBe("3.1亿");
    expect(formatChineseNumber(9999)).toBe("9999");
  });

  it("round-trips through parseNumber for integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseNumber(formatChineseNumber(n))?.value).toBe(n);
      }),
    );
  });

  it("round-trips decimals of up to two places", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        const n = Number(shiftDecimal(String(cents), -2));
        expect(parseNumber(formatChineseNumber(n))?.exact).toBe(shiftDecimal(String(cents), -2));
      }),
    );
  });

  it("round-trips numbers written with a multiplier", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom("万", "亿"), (whole, tenth, unit) => {
        const raw = `${whole}.${tenth}${unit}`;
        const parsed = parseNumber(raw)!;
        expect(parsed.exact).toBe(shiftDecimal(`${whole}.${tenth}`, unit === "万" ? 4 : 8));
        expect(parseNumber(formatChineseNumber(parsed.value))?.value).toBe(parsed.value);
      }),
    );
  });
});
