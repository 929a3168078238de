/**
 * Tables of articles: a researcher's scrape or a database export saved as CSV
 * or TSV, one article a row, with columns for the headline, the text, the date,
 * the source and the author; or a scraper's records in JSON (an array, or one
 * object a line), whose keys are the header. The columns are found by their header (标题, 正文,
 * 发布时间, 来源, 作者, or their English names), in any order, or, without a header,
 * by what the first row holds (sentences, a date, a short title); each row becomes
 * the text of a web article — headline, meta lines, paragraphs — which the
 * splitter reads like any other. Parsing is csv-parse's: quoted cells may hold
 * commas, quotes and line breaks.
 */
import { parse as parseStream } from "csv-parse";
import { parse as parseWhole } from "csv-parse/sync";
import { PARAGRAPH_INDENT } from "./line-kinds.js";
import { plainTextOf } from "./markup-in-text.js";
import { toCanonicalText } from "./normalise.js";

export const TABLE_FILE_NAME = /\.(?:csv|tsv|jsonl?|ndjson)$/iu;
/** A scraper's records in JSON: one array (.json), or one object a line (.jsonl, .ndjson). */
const JSON_FILE_NAME = /\.json$/iu;
const JSON_LINES_FILE_NAME = /\.(?:jsonl|ndjson)$/iu;

/** Header words of each column the reader uses, compared without case, spaces or punctuation. */
const COLUMN_NAMES = {
  title: ["标题", "题目", "题名", "文章标题", "新闻标题", "title", "headline"],
  text: ["正文", "内容", "全文", "文章内容", "新闻内容", "新闻正文", "content", "text", "body", "fulltext", "article"],
  date: ["日期", "时间", "发布时间", "发布日期", "发表时间", "刊发日期", "出版日期", "date", "pubdate", "publishtime", "published", "time"],
  source: ["来源", "出处", "媒体", "报纸", "来源媒体", "source", "media", "newspaper", "publication"],
  author: ["作者", "记者", "author", "byline", "authors"],
} as const;

type Column = keyof typeof COLUMN_NAMES;
export type TableColumns = Partial<Record<Column, number>> & { text: number };

/** One row of a table as the text of a web article, and where it was printed. */
export interface TableRow {
  /** Row number in the file (or its sheet), from 1 for the header. */
  row: number;
  /** The spreadsheet's sheet the row is on, when the file has several. */
  sheet?: string;
  text: string;
}


/**
 * The columns a header row names; undefined when none holds the article text.
 *
 * @example tableColumns(["标题", "发布时间", "正文"]) // { title: 0, date: 1, text: 2 }
 */
export function tableColumns(header: readonly string[]): TableColumns | undefined {
  const keys = header.map((cell) => cell.toLowerCase().replace(/[\s_\-:：()（）]/gu, ""));
  const found: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(COLUMN_NAMES) as Column[]) {
    const names: readonly string[] = COLUMN_NAMES[column];
    const at = keys.findIndex((key, i) => names.includes(key) && !Object.values(found).includes(i));
    if (at >= 0) found[column] = at;
  }
  return found.text === undefined ? undefined : { ...found, text: found.text };
}

/**
 * A row's cells as a web article's text: headline, then 来源/发布时间/作者 lines, then the paragraphs.
 *
 * @example rowText(["标题", "2025-09-12", "正文第一段。\n正文第二段。"], { title: 0, date: 1, text: 2 })
 * // "标题\n发布时间：2025-09-12\n　　正文第一段。\n　　正文第二段。"
 */
export function rowText(cells: readonly string[], columns: TableColumns): string {
  // A scraper's cells may keep the page's markup (<p>…</p>, &ldquo;): read it as HTML.
  const cell = (column: Column) => {
    const at = columns[column];
    return at === undefined ? "" : plainTextOf(cells[at] ?? "").trim();
  };
  const paragraphs = cell("text")
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => PARAGRAPH_INDENT + line);
  if (paragraphs.length === 0) return "";
  const meta = [
    cell("source") && `来源：${cell("source")}`,
    cell("date") && `发布时间：${cell("date")}`,
    cell("author") && `作者：${cell("author")}`,
  ].filter(Boolean);
  return [cell("title").replace(/\s+/gu, " "), ...meta, ...paragraphs].filter((line) => line !== "").join("\n");
}

/**
 * The columns of a table printed without a header, judged on its first row: the text is its
 * longest cell that ends sentences, the date a cell that opens with one, the title a short
 * cell of Chinese without a full stop. Undefined when the row holds no such text.
 *
 * @example headerlessColumns(["宁陵县新增3家幸福院", "2025-09-12", "近日，宁陵县…建成投用。"]) // { text: 2, date: 1, title: 0 }
 */
export function headerlessColumns(firstRow: readonly string[]): TableColumns | undefined {
  const cells = firstRow.map((cell) => cell.trim());
  const sentences = cells.map((cell, i) => ({ cell, i })).filter(({ cell }) => cell.includes("。") && cell.length >= MIN_HEADERLESS_TEXT);
  if (sentences.length === 0) return undefined;
  const text = sentences.reduce((longest, next) => (next.cell.length > longest.cell.length ? next : longest)).i;
  const date = cells.findIndex((cell, i) => i !== text && /^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}/u.test(cell));
  const title = cells.findIndex((cell, i) => i !== text && i !== date && /\p{Script=Han}/u.test(cell) && !cell.includes("。") && cell.length <= MAX_HEADERLESS_TITLE);
  return { text, ...(date >= 0 ? { date } : {}), ...(title >= 0 ? { title } : {}) };
}

/** A header cell is short; a row's text is longer than this. */
const MIN_HEADERLESS_TEXT = 20;
const MAX_HEADERLESS_TITLE = 60;

/** The columns a table's first row names, or, when that row is data itself, the columns it shows. */
function columnsOf(firstRow: readonly string[]): { columns: TableColumns; header: boolean } | undefined {
  const named = tableColumns(firstRow);
  if (named) return { columns: named, header: true };
  const shown = headerlessColumns(firstRow);
  return shown ? { columns: shown, header: false } : undefined;
}

/** `failure`: why the reading stopped early, the rows before it kept. */
export type TableText = { found: "rows"; rows: TableRow[]; failure?: string } | { found: "none"; reason: string };

/** Tab-separated when the file is named so, or when its first line holds more tabs than commas. */
function delimiterOf(source: string, firstLine: string): string {
  if (/\.tsv$/iu.test(source)) return "\t";
  const count = (separator: string) => firstLine.split(separator).length - 1;
  return count("\t") > count(",") ? "\t" : count(";") > count(",") ? ";" : ",";
}

const PARSE_OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true } as const;

/**
 * The rows of a table read whole.
 *
 * @example tableText("a.csv", "标题,正文\n宁陵县…,今年以来…。\n") // { found: "rows", rows: [{ row: 2, text: "宁陵县…\n　　今年以来…。" }] }
 */
export function tableText(source: string, text: string): TableText {
  if (JSON_FILE_NAME.test(source) || JSON_LINES_FILE_NAME.test(source)) return jsonTableText(source, text);
  const firstLine = text.slice(0, text.search(/\r?\n|$/u));
  let records: string[][];
  try {
    records = parseWhole(text, { ...PARSE_OPTIONS, delimiter: delimiterOf(source, firstLine) }) as string[][];
  } catch (error) {
    return { found: "none", reason: `the table could not be parsed: ${(error as Error).message}` };
  }
  return tableOfCells(records);
}

/**
 * The rows of a table already cut into cells (a parsed CSV, a spreadsheet's sheet): the first row is
 * the header, or, when it names no text column, data that shows the columns.
 *
 * @example tableOfCells([["标题", "正文"], ["宁陵县…", "今年以来…。"]]) // { found: "rows", rows: [{ row: 2, text: "宁陵县…\n　　今年以来…。" }] }
 */
export function tableOfCells(records: readonly (readonly string[])[]): TableText {
  const [first] = records;
  const layout = first ? columnsOf(first) : undefined;
  if (!layout) return { found: "none", reason: noTextColumn(first) };
  const firstData = layout.header ? 1 : 0;
  return { found: "rows", rows: records.slice(firstData).map((cells, i) => ({ row: i + firstData + 1, text: rowText(cells, layout.columns) })) };
}

/**
 * The rows of a table read from decoded text chunks, a batch at a time (a large export).
 * Yields `{ reason }` when the first row shows no text column (and nothing else), or,
 * after the rows read so far, when the table cannot be parsed further.
 */
export async function* tableRowsOfStream(
  source: string,
  chunks: AsyncIterable<string>,
  batchRows: number,
): AsyncGenerator<{ rows: TableRow[] } | { reason: string }> {
  const parsing: { failure?: Error } = {};
  let columns: TableColumns | undefined;
  let row = 0;
  let batch: TableRow[] = [];
  const jsonLines = JSON_LINES_FILE_NAME.test(source);
  const records = jsonLines ? cellsOfJsonLines(chunks, parsing) : cellsOfStream(source, chunks, parsing);
  // A JSON record's number is its line's: its header of keys is no line of the file.
  const printedRow = () => (jsonLines ? row - 1 : row);
  for await (const cells of records) {
    row++;
    if (row === 1) {
      const layout = columnsOf(cells);
      if (!layout) {
        yield { reason: noTextColumn(cells) };
        return;
      }
      columns = layout.columns;
      if (layout.header) continue;
    }
    // Read whole, a table's text is made canonical before it is parsed; streamed, each row is.
    batch.push({ row: printedRow(), text: toCanonicalText(rowText(cells, columns!)) });
    if (batch.length >= batchRows) {
      yield { rows: batch };
      batch = [];
    }
  }
  if (batch.length > 0) yield { rows: batch };
  if (parsing.failure) yield { reason: parsedUpTo(printedRow(), parsing.failure.message) };
  else if (row === 0) yield { reason: noTextColumn(undefined) };
}

/** Records parsed as the chunks arrive; a parse error ends them and is left in `parsing.failure`. */
async function* cellsOfStream(source: string, chunks: AsyncIterable<string>, parsing: { failure?: Error }): AsyncGenerator<string[]> {
  let parser: ReturnType<typeof parseStream> | undefined;
  const open = (firstLine: string) => {
    const created = parseStream({ ...PARSE_OPTIONS, delimiter: delimiterOf(source, firstLine) });
    // A malformed table ends the reading with a reason, never an unhandled error.
    created.on("error", (error: Error) => (parsing.failure ??= error));
    return created;
  };
  // The delimiter is judged on the first line, so text is held until that line is complete.
  let pending = "";
  for await (const chunk of chunks) {
    if (parser) parser.write(chunk);
    else {
      pending += chunk;
      const lineEnd = pending.search(/\r?\n/u);
      if (lineEnd < 0) continue;
      parser = open(pending.slice(0, lineEnd));
      parser.write(pending);
    }
    if (parsing.failure) return;
    for (let cells = parser.read() as string[] | null; cells !== null; cells = parser.read() as string[] | null) yield cells;
  }
  if (!parser) {
    if (pending === "") return;
    parser = open(pending);
    parser.write(pending);
  }
  if (parsing.failure) return;
  parser.end();
  try {
    for await (const cells of parser as AsyncIterable<string[]>) yield cells;
  } catch (error) {
    parsing.failure ??= error as Error;
  }
}

/** A value of a record as the text of a cell: lists of paragraphs are joined a line each; nested objects say nothing. */
function cellOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string").join("\n");
  return "";
}

/** Records as rows of cells under a header of their keys, in the order the first records give them. */
function recordRows(records: readonly Record<string, unknown>[]): string[][] {
  const keys = [...new Set(records.slice(0, KEY_SAMPLE).flatMap((record) => Object.keys(record)))];
  return [keys, ...records.map((record) => keys.map((key) => cellOf(record[key])))];
}

/** Records whose keys make the header. */
const KEY_SAMPLE = 50;

/** The JSON object a line holds, or undefined when it holds none. */
function recordOfLine(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A JSON file's records: the array it is, or the first array of objects it holds (data, articles, items);
 * a JSON Lines file's, one object a line.
 */
function jsonTableText(source: string, text: string): TableText {
  let records: Record<string, unknown>[] = [];
  let failure: string | undefined;
  if (JSON_LINES_FILE_NAME.test(source)) {
    // As when the file is streamed: the records before a broken line are kept, and the reading stops there.
    for (const [i, line] of text.split(/\r?\n/u).entries()) {
      if (line.trim() === "") continue;
      const value = recordOfLine(line);
      if (!value) {
        failure = parsedUpTo(records.length, noJsonObject(i + 1));
        break;
      }
      records.push(value);
    }
    if (records.length === 0) return { found: "none", reason: failure ?? noTextColumn(undefined) };
  } else {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { found: "none", reason: `the JSON could not be parsed: ${(error as Error).message}` };
    }
    const list = Array.isArray(value) ? value : isRecord(value) ? Object.values(value).find((field) => Array.isArray(field) && field.some(isRecord)) : undefined;
    if (!Array.isArray(list)) return { found: "none", reason: "the JSON holds no list of records (an array of objects)" };
    records = list.filter(isRecord);
  }
  const [header, ...rows] = recordRows(records);
  const columns = header ? tableColumns(header) : undefined;
  if (!columns) return { found: "none", reason: noTextColumn(header) };
  return { found: "rows", rows: rows.map((cells, i) => ({ row: i + 1, text: rowText(cells, columns) })), ...(failure ? { failure } : {}) };
}

/**
 * A large JSON Lines file's records as a header row of keys (those of its first records, as a
 * file read whole gives them), then rows; a broken line ends them in `parsing.failure`.
 */
async function* cellsOfJsonLines(chunks: AsyncIterable<string>, parsing: { failure?: Error }): AsyncGenerator<string[]> {
  let keys: string[] | undefined;
  const sample: Record<string, unknown>[] = [];
  let pending = "";
  let line = 0;
  const rowsOf = function* (record: Record<string, unknown>): Generator<string[]> {
    if (keys) {
      yield keys.map((key) => cellOf(record[key]));
      return;
    }
    sample.push(record);
    if (sample.length < KEY_SAMPLE) return;
    const rows = recordRows(sample);
    keys = rows[0];
    yield* rows;
  };
  const take = function* (text: string): Generator<string[]> {
    line++;
    if (text.trim() === "") return;
    const value = recordOfLine(text);
    if (value) yield* rowsOf(value);
    else parsing.failure ??= new Error(noJsonObject(line));
  };
  for await (const chunk of chunks) {
    const lines = (pending + chunk).split(/\r?\n/u);
    pending = lines.pop() ?? "";
    for (const text of lines) {
      yield* take(text);
      if (parsing.failure) break;
    }
    if (parsing.failure) break;
  }
  if (!parsing.failure && pending !== "") yield* take(pending);
  // A file of fewer records than the sample: they are all there is.
  if (!keys && sample.length > 0) yield* recordRows(sample);
}

/** Why the reading of a table stopped after `row`, the rows before it kept. */
function parsedUpTo(row: number, why: string): string {
  return `the table could not be parsed after row ${row}: ${why}`;
}

const noJsonObject = (line: number) => `line ${line} is no JSON object`;

function noTextColumn(first: readonly string[] | undefined): string {
  const named = first && first.length > 0 ? `its first row is ${first.slice(0, 8).map((cell) => `“${cell.slice(0, 20)}”`).join(", ")}` : "it is empty";
  return `a table needs a column of article text, named in a header (正文, 内容, content …) or holding sentences; ${named}`;
}
