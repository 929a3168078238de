/** Publication dates as printed (2024年3月5日, 2024-03-05, 2024/3/5, 2024.03.05) → ISO YYYY-MM-DD. */

const DATE_PATTERN = /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;

/**
 * First complete, valid date in `text`, as ISO; undefined when none (a month
 * and day without a year is not completed by guessing).
 *
 * @example parseIsoDate("来源：济宁日报 2024年3月5日") // "2024-03-05"
 */
export function parseIsoDate(text: string): string | undefined {
  const digits = toAsciiDigits(text);
  const match = DATE_PATTERN.exec(digits);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2] ?? match[4]);
  const day = Number(match[3] ?? match[5]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
