/** Query results as CSV (RFC 4180 quoting; objects as JSON), with a BOM so spreadsheet apps read the Chinese correctly. */

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * @example toCsv(["name"], [["离退休干部"]]) // "\uFEFFname\r\n离退休干部\r\n"
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [columns.map(csvCell).join(","), ...rows.map((row) => row.map(csvCell).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
