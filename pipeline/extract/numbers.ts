/**
 * Number parsing for figures as Chinese reports print them: Arabic digits with
 * optional decimal part and thousands commas, Chinese numerals (三, 二十, 一百二十),
 * and the multipliers 十/百/千/万/亿 in any mix (1.4万, 487.6万, 3.1亿, 三千).
 * Scaling shifts the decimal point in the digit string, so 487.6万 is exactly
 * 4876000 and never a floating-point product like 4875999.999.
 */

export class NumberParseError extends Error {
  override name = "NumberParseError";
}

const DIGIT_VALUES: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
const MULTIPLIER_POWERS: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** Characters of a Chinese-numeral run. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/**
 * Multiplies a plain decimal string by 10^power by moving the point.
 *
 * @example shiftDecimal("487.6", 4) // "4876000"
 * @example shiftDecimal("1.23456", 4) // "12345.6"
 * @example shiftDecimal("14000", -4) // "1.4"
 */
export function shiftDecimal(decimal: string, power: number): string {
  if (!/^\d+(\.\d+)?$/.test(decimal)) throw new NumberParseError(`numbers: "${decimal}" is not a plain decimal`);
  const [intPart = "", fracPart = ""] = decimal.split(".");
  let digits = intPart + fracPart;
  let pointAt = intPart.length + power;
  if (pointAt < 1) {
    // Dividing past the first digit: pad zeros on the left (0.5万 → 5000, 5 ÷ 10^4 → 0.0005).
    digits = "0".repeat(1 - pointAt) + digits;
    pointAt = 1;
  }
  const padded = pointAt > digits.length ? digits + "0".repeat(pointAt - digits.length) : digits;
  const whole = padded.slice(0, pointAt).replace(/^0+(?=\d)/, "") || "0";
  const fraction = padded.slice(pointAt).replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Full-width digits and separators as half-width, so both print forms parse alike. */
function toHalfWidth(raw: string): string {
  return raw.replace(/[０-９．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Value of a pure Chinese numeral (三, 十二, 二十, 一百二十, 三千五百, 两万, 一千二百万).
 * Returns undefined for strings that are not well-formed numerals.
 *
 * @example parseChineseNumeral("一百二十") // 120
 */
export function parseChineseNumeral(raw: string): number | undefined {
  if (!raw || [...raw].some((ch) => !CHINESE_NUMERAL_CHARS.includes(ch))) return undefined;
  if (!/[一二两三四五六七八九十百千]/.test(raw)) return undefined; // 万 or 亿 alone is a word, not a figure
  let total = 0;
  let section = 0; // value below the current 万/亿 group
  let digit: number | undefined;
  for (const ch of raw) {
    if (ch in DIGIT_VALUES) {
      if (digit !== undefined && DIGIT_VALUES[ch] !== 0 && digit !== 0) return undefined; // 三四 is not a numeral here
      digit = DIGIT_VALUES[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * 10 ** SMALL_UNITS[ch]!;
      digit = undefined;
    } else {
      // 万 or 亿 close a group
      const power = MULTIPLIER_POWERS[ch]!;
      const group = (section + (digit ?? 0)) || 1;
      total = ch === "亿" ? (total + group) * 10 ** power : total + group * 10 ** power;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

export interface ParsedNumber {
  value: number;
  /** Exact decimal string of the value (no exponent, no float noise). */
  exact: string;
  /** True when written with Chinese numerals (一百二十) rather than digits. */
  chineseNumeral: boolean;
}

/**
 * Parses a figure without its unit: "1.4万", "487.6万", "3.1亿", "2,300", "三千", "1.2万亿".
 *
 * @example parseNumber("1.4万")?.value // 14000
 * @example parseNumber("3.1亿")?.value // 310000000
 */
export function parseNumber(raw: string): ParsedNumber | undefined {
  const text = toHalfWidth(raw.trim());
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([十百千万亿]*)$/.exec(text);
  if (arabic) {
    const decimal = arabic[1]!.replace(/,/g, "") + (arabic[2] ?? "");
    let power = 0;
    for (const ch of arabic[3] ?? "") power += MULTIPLIER_POWERS[ch]!;
    const exact = shiftDecimal(decimal, power);
    return { value: Number(exact), exact, chineseNumeral: false };
  }
  const value = parseChineseNumeral(text);
  if (value === undefined) return undefined;
  return { value, exact: String(value), chineseNumeral: true };
}

/**
 * Prints a non-negative number the way reports do, choosing 亿 or 万 when the
 * value is large (used by tests and by readable labels).
 *
 * @example formatChineseNumber(14000) // "1.4万"
 * @example formatChineseNumber(310000000) // "3.1亿"
 */
export function formatChineseNumber(value: number): string {
  if (!Number.isFinite(value) || value < 0) throw new NumberParseError(`numbers: cannot format ${value}`);
  const plain = plainDecimal(value);
  for (const [suffix, power] of [["亿", 8], ["万", 4]] as const) {
    if (value >= 10 ** power) return `${shiftDecimal(plain, -power)}${suffix}`;
  }
  return plain;
}

function plainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, "");
}
