/**
 * Spreadsheets (.xlsx): a researcher's scrape or a database export kept in
 * Excel, one article a row. `read-excel-file` reads every sheet; each sheet
 * is a table read like a CSV one (its header names the columns, or its first
 * row shows them), so a workbook of one sheet per county or per year is read
 * whole. Dates are read as dates (2025-09-03), numbers as printed. The older
 * binary .xls format is not read.
 */
import { toCanonicalText } from "./normalise.js";
import { tableOfCells, type TableRow } from "./table-file.js";

export const SPREADSHEET_FILE_NAME = /\.xlsx$/iu;

/** A workbook's sheets that hold articles, and those that hold none (by name, with why). */
export type SpreadsheetRows =
  | { ok: true; rows: TableRow[]; sheetsWithout: { sheet: string; reason: string }[] }
  | { ok: false; reason: string };

/**
 * The article rows of every sheet of a .xlsx file; a row is named by its sheet when the workbook has several.
 *
 * @example (await spreadsheetRows(bytes)).rows[0] // { row: 2, text: "宁陵县新增3家幸福院\n发布时间：2025-09-12\n　　近日，…" }
 */
export async function spreadsheetRows(bytes: Uint8Array): Promise<SpreadsheetRows> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // Loaded when a workbook is read, as pdf.js is: most runs read none.
    const { default: readExcelFile } = await import("read-excel-file/node");
    sheets = await readExcelFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    return { ok: false, reason: `not a spreadsheet (.xlsx) that can be opened: ${(error as Error).message}` };
  }
  const rows: TableRow[] = [];
  const sheetsWithout: { sheet: string; reason: string }[] = [];
  for (const { sheet, data } of sheets) {
    const table = tableOfCells(data.map((cells) => cells.map(cellText)));
    if (table.found === "none") {
      sheetsWithout.push({ sheet, reason: table.reason });
      continue;
    }
    rows.push(...table.rows.map((row) => (sheets.length > 1 ? { ...row, sheet } : row)));
  }
  return { ok: true, rows, sheetsWithout };
}

/** A cell's value as text: a date as its day (a date column holds days), anything else as printed (in NFC, as a text file is read). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return toCanonicalText(String(value));
}
