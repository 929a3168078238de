/**
 * PDF files: a newspaper's e-paper page, or a notice or report as a county
 * published it. Mozilla's pdf.js reads each page's text layer; its pieces are
 * laid out again as printed lines — a new line where the text layer ends one
 * or the baseline moves — and the page's layout is kept in the two marks the
 * splitter reads: a blank line where the gap between lines is wider than the
 * body's (a headline, a new block), and an indent where a line starts right
 * of the page's left edge (a paragraph's first line). Pages are separated by a
 * form feed. A PDF of scanned images has no text layer and gives no text.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { PARAGRAPH_INDENT } from "./line-kinds.js";

export const PDF_FILE_NAME = /\.pdf$/iu;

export type PdfText = { ok: true; text: string; pages: number } | { ok: false; reason: string };

/** pdf.js's character maps and standard fonts, which it needs for CJK fonts a PDF does not embed. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** A gap between lines this many times the body's usual gap sets a block apart. */
const BLOCK_GAP = 1.4;
/** A line this much taller or shorter than the next is another kind of text (a headline over a meta line). */
const SIZE_CHANGE = 0.2;
/** A line starting this many of its characters right of the page's left edge is indented. */
const INDENT_CHARS = 1.5;

interface PrintedLine {
  text: string;
  x: number;
  /** Where the line's last piece ends. */
  right: number;
  y: number;
  /** Character height. */
  size: number;
  /** The line began at a gap as wide as a column's gutter, right of other text on its baseline. */
  opensColumn?: boolean;
  /** Where its column's lines start, when the page was read a column at a time (indents are measured from it). */
  columnLeft?: number;
}

/** A gap on one baseline this many characters wide is a gutter between columns. */
const GUTTER_CHARS = 2;

/**
 * The text of every page of a PDF, laid out as printed lines.
 *
 * @example (await pdfText(bytes)).text // "宁强县“茶旅融合”带富山区群众\n\n来源：汉中日报 2025-09-16\n\n　　本报讯（记者 罗敏…"
 */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  let pages: string[];
  try {
    // pdf.js is large: a run that reads no PDF never loads it (the 100 MB streaming test runs in a small heap).
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await getDocument({
      // pdf.js takes the buffer over: it gets a copy, so the caller's bytes stay readable.
      data: new Uint8Array(bytes),
      cMapUrl: join(PDFJS_DIR, "cmaps") + "/",
      cMapPacked: true,
      standardFontDataUrl: join(PDFJS_DIR, "standard_fonts") + "/",
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(layOut(inReadingOrder(printedLines(content.items.filter((item): item is TextItem => "str" in item)))));
    }
    await document.destroy();
  } catch (error) {
    return { ok: false, reason: `not a PDF that can be opened: ${(error as Error).message}` };
  }
  const text = pages.join("\n\f\n");
  if (!/\p{Script=Han}/u.test(text)) {
    return { ok: false, reason: `no Chinese text in the PDF's text layer (${pages.length} page(s)): a scanned page has none; run OCR on it first` };
  }
  return { ok: true, text, pages: pages.length };
}

/** The text layer's pieces joined into printed lines, in the order the page gives them. */
function printedLines(items: readonly TextItem[]): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let current: PrintedLine | undefined;
  const flush = () => {
    if (current && current.text.trim() !== "") lines.push({ ...current, text: current.text.trim() });
    current = undefined;
  };
  for (const item of items) {
    const [, , , , x, y] = item.transform as number[];
    const size = item.height;
    if (item.str.trim() !== "") {
      // The baseline moved by half a character or more: another line, whatever the text layer says.
      if (current && Math.abs(y! - current.y) > Math.max(size, current.size, 1) / 2) flush();
      // Text a gutter's width right of the line on its baseline is another column's line (a text layer listing rows across columns).
      const gutter = current !== undefined && x! - current.right > GUTTER_CHARS * Math.max(size, current.size);
      if (gutter) flush();
      if (!current) current = { text: "", x: x!, right: x!, y: y!, size, ...(gutter ? { opensColumn: true } : {}) };
      current.text += item.str;
      current.right = Math.max(current.right, x! + item.width);
      current.size = Math.max(current.size, size);
    } else if (current) {
      current.text += item.str;
    }
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

/**
 * Lines in reading order. A text layer that lists each printed row across the
 * columns (left column's line, then the right one's) is read a column at a time:
 * the columns start where lines began at a gutter, and a line that spans a
 * column's start (a headline across the page) closes the band of columns above
 * it. A layer already in reading order is left as it is.
 */
function inReadingOrder(lines: readonly PrintedLine[]): PrintedLine[] {
  const starts = columnStarts(lines.filter((line) => line.opensColumn));
  if (starts.length === 0) return [...lines];
  const tolerance = (line: PrintedLine) => GUTTER_CHARS * line.size;
  const column = (line: PrintedLine) => starts.filter((start) => line.x >= start - tolerance(line)).length;
  const spans = (line: PrintedLine) => starts.some((start) => line.x < start - tolerance(line) && line.right > start + tolerance(line));
  const ordered: PrintedLine[] = [];
  let band: PrintedLine[] = [];
  const closeBand = () => {
    const placed = band.map((line) => ({ line, column: column(line) }));
    const lefts = new Map<number, number>();
    for (const { line, column } of placed) lefts.set(column, Math.min(lefts.get(column) ?? line.x, line.x));
    // Sorting is stable: within a column, the layer's order (top to bottom) stays.
    placed.sort((a, b) => a.column - b.column);
    ordered.push(...placed.map(({ line, column }) => ({ ...line, columnLeft: lefts.get(column)! })));
    band = [];
  };
  for (const line of lines) {
    if (spans(line)) {
      closeBand();
      ordered.push(line);
    } else band.push(line);
  }
  closeBand();
  return ordered;
}

/** The x where columns start, from the lines that began at a gutter: one per cluster a few characters wide. */
function columnStarts(openers: readonly PrintedLine[]): number[] {
  const starts: number[] = [];
  for (const line of [...openers].sort((a, b) => a.x - b.x)) {
    const last = starts.at(-1);
    if (last === undefined || line.x - last > 2 * GUTTER_CHARS * line.size) starts.push(line.x);
  }
  return starts;
}

/** Lines as text: a blank line before a line set apart from the one above, an indent where a line starts right of the edge. */
function layOut(lines: readonly PrintedLine[]): string {
  if (lines.length === 0) return "";
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y).filter((gap) => gap > 0);
  const usualGap = median(gaps) ?? 0;
  const leftEdge = Math.min(...lines.map((line) => line.x));
  const out: string[] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    if (above) {
      const gap = above.y - line.y;
      const resized = Math.abs(line.size - above.size) > SIZE_CHANGE * Math.max(line.size, above.size);
      // Upwards or sideways: a new column or block.
      if (gap <= 0 || (usualGap > 0 && gap > BLOCK_GAP * usualGap) || resized) out.push("");
    }
    const indented = line.x - (line.columnLeft ?? leftEdge) >= INDENT_CHARS * line.size;
    out.push((indented ? PARAGRAPH_INDENT : "") + line.text);
  });
  return out.join("\n");
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
