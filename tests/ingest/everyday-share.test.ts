import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { everydayShare } from "../../pipeline/ingest/everyday-share.js";

/** The score as first written: all Han characters encoded at once, byte pairs counted. */
function encodeWholeText(text: string): number {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).slice(0, 20_000).join("");
  const count = [...han].length;
  if (count === 0) return 0;
  const pairs = (bytes: Uint8Array, isCommon: (lead: number, trail: number) => boolean) => {
    let common = 0;
    for (let i = 0; i < bytes.length; i++) {
      const lead = bytes[i]!;
      if (lead < 0x81) continue;
      const trail = bytes[i + 1] ?? 0;
      if (trail >= 0x30 && trail <= 0x39) {
        i += 3;
        continue;
      }
      if (isCommon(lead, trail)) common++;
      i++;
    }
    return common;
  };
  const gb = pairs(iconv.encode(han, "gb18030"), (l, t) => t >= 0xa1 && t <= 0xfe && ((l >= 0xa1 && l <= 0xa3) || (l >= 0xb0 && l <= 0xd7)));
  const big5 = pairs(iconv.encode(han, "big5"), (l, t) => {
    const validTrail = (t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe);
    return validTrail && ((l >= 0xa1 && l <= 0xa3) || (l >= 0xa4 && l <= 0xc5) || (l === 0xc6 && t <= 0x7e));
  });
  return Math.max(gb, big5) / count;
}

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));
/** Characters from every block where Han, look-alikes or edge cases live. */
const character = fc.oneof(
  range(0x20, 0x7e), // ASCII
  range(0x3000, 0x303f), // CJK punctuation, 々 〇 and the Hangzhou numerals (Han)
  range(0x2e80, 0x2fdf), // radicals (Han)
  range(0x3400, 0x4dbf), // extension A
  range(0x4e00, 0x9fff), // unified ideographs: simplified and traditional, everyday and rare
  range(0xf900, 0xfaff), // compatibility ideographs
  range(0xff01, 0xff5e), // full-width forms
  range(0x20000, 0x2a6df), // extension B (surrogate pairs)
  fc.constantFrom("\ud800", "\udc00", "\uFFFD", "\u00e9"), // lone surrogates, replacement, Latin-1
);

describe("everydayShare", () => {
  it("scores any text exactly as encoding all its Han characters at once does", () => {
    fc.assert(
      fc.property(fc.array(character, { maxLength: 200 }), (chars) => {
        const text = chars.join("");
        expect(everydayShare(text)).toBe(encodeWholeText(text));
      }),
      { numRuns: 500 },
    );
  });

  it("looks at the first 20,000 Han characters only", () => {
    const text = "的".repeat(20_000) + "龘".repeat(5_000);
    expect(everydayShare(text)).toBe(1);
    expect(everydayShare(text)).toBe(encodeWholeText(text));
  });

  it("tells an everyday reading from a rare one", () => {
    expect(everydayShare("本报讯 县委组织部开展活动")).toBe(1);
    expect(everydayShare("縣委組織部開展活動")).toBe(1); // traditional: Big5 level 1
    expect(everydayShare("abc 123")).toBe(0);
    expect(everydayShare("龘靐齉")).toBeLessThan(0.5);
  });
});
