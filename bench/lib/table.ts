/** Prints a benchmark's rows as an aligned plain-text table. */

export type Cell = string | number | boolean | null | undefined;

/**
 * @example
 * formatTable(["size", "ms"], [[1000, 12.5]]);
 * // size  ms
 * // 1000  12.5
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = (cell: Cell): string => (cell === null || cell === undefined ? "-" : String(cell));
  const all = [headers.map(text), ...rows.map((row) => row.map(text))];
  const widths = headers.map((_, column) => Math.max(...all.map((row) => displayWidth(row[column] ?? ""))));
  return all
    .map((row) => row.map((cell, column) => cell + " ".repeat((widths[column] ?? 0) - displayWidth(cell))).join("  ").trimEnd())
    .join("\n");
}

/** CJK characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return width;
}
