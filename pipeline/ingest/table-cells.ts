/**
 * The cells of a table copied as text: a line whose cells are set apart by gaps (序号 任务 牵头单位 责任单位).
 * Ingest keeps such lines apart from the column text around them; extraction reads their cells.
 */

/** A gap between cells: spaces, a tab, an ideographic or a no-break space. */
export const CELL_GAP = /[ \t\u3000\u00A0]+/gu;
/** Cells a line needs to be a table's header or row. */
export const MIN_ROW_CELLS = 3;

/** How many cells a line holds, its text split at gaps (a blank line holds none). */
export function cellCount(line: string): number {
  const trimmed = line.trim();
  return trimmed === "" ? 0 : trimmed.split(CELL_GAP).length;
}
