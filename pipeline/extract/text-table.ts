/**
 * Tables copied as text: a header line whose cells name the columns (序号 项目名称 责任单位 完成时限), then
 * rows whose cells are set apart by gaps, one line each (ingest keeps each row a paragraph of its own).
 * Readers ask for the rows under a header they know a column of, each with its cells and, when the row
 * has as many cells as the header, the label of each cell's column.
 */
import { CELL_GAP, MIN_ROW_CELLS } from "../ingest/table-cells.js";
import { createBoundedMemo } from "../util/bounded-memo.js";

/** A stretch of the article's text, by offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface TableRow {
  line: TextSpan;
  cells: TextSpan[];
  /** The header's label of each cell, when the row's cells match the header's columns one for one. */
  labels?: string[];
}

/** A line with its cells and what each cell prints. */
export interface CellLine {
  line: TextSpan;
  cells: TextSpan[];
  printed: string[];
}

/** An article's lines split into cells, once for all the readers of its tables (names, duties, figures). */
const cellLines = createBoundedMemo<readonly CellLine[]>(4);

/**
 * The rows of every table whose header has a column `knownColumn` accepts, in text order. A table ends at
 * the first line of fewer than three cells.
 *
 * @example tableRows(text, (label) => label === "责任单位")[0]?.labels // ["序号", "任务", "牵头单位", "责任单位", "完成时限"]
 */
export function tableRows(text: string, knownColumn: (label: string) => boolean): TableRow[] {
  const rows: TableRow[] = [];
  let header: string[] | undefined;
  for (const { line, cells, printed: labels } of splitLines(text)) {
    if (cells.length < MIN_ROW_CELLS) {
      header = undefined;
      continue;
    }
    if (labels.some(knownColumn)) {
      header = labels;
      continue;
    }
    if (header) rows.push({ line, cells, ...(cells.length === header.length ? { labels: header } : {}) });
  }
  return rows;
}

/**
 * The lines of three cells or more, whatever header is above them, each with what its cells print: a row that
 * labels itself (返乡创业青年（人）  318  97) needs none.
 */
export function cellRows(text: string): readonly CellLine[] {
  return splitLines(text).filter((line) => line.cells.length >= MIN_ROW_CELLS);
}

/** Every line of the text split into cells, once per article. */
function splitLines(text: string): readonly CellLine[] {
  return cellLines(text, () =>
    linesOf(text).map((line) => {
      const cells = cellsOf(text, line);
      return { line, cells, printed: cells.map((cell) => text.slice(cell.start, cell.end)) };
    }),
  );
}

/** The lines of the text, by offsets. */
export function linesOf(text: string): TextSpan[] {
  const lines: TextSpan[] = [];
  let start = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
    lines.push({ start, end });
    start = end + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** A line's cells, by offsets: its text split at gaps. */
function cellsOf(text: string, line: TextSpan): TextSpan[] {
  const cells: TextSpan[] = [];
  const printed = text.slice(line.start, line.end);
  let from = 0;
  for (const gap of printed.matchAll(CELL_GAP)) {
    if (gap.index > from) cells.push({ start: line.start + from, end: line.start + gap.index });
    from = gap.index + gap[0].length;
  }
  if (from < printed.length) cells.push({ start: line.start + from, end: line.end });
  return cells;
}
