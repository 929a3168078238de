/**
 * Ingest stage: files and folders → decoded, normalised, de-duplicated ArticleRecords.
 *
 *   read-inputs  paths → files → bytes (small files) or a stream (large ones)
 *   decode       bytes → text (BOM, UTF-8, GB18030, Big5; binary/empty/undecodable reported)
 *   web-page     a saved HTML page → its article's headline, meta lines and paragraphs
 *   split        text → articles (print or web layout; furniture set aside),
 *                a window at a time for streamed files (split-stream.ts)
 *   normalise    text → same-length normalizedText
 *   dedupe       one record per body hash
 *
 * Records come out in batches (one per file, or per window of a large file)
 * so a caller can process a corpus of any size with bounded memory. Whole
 * files may be decoded and split elsewhere (a `FileSplitter`: build.ts lends
 * its worker threads); de-duplication stays here, in input order.
 * Bad input never throws: every skipped file, furniture line or duplicate is a Diagnostic.
 */
import type { ArticleRecord, Diagnostic, IngestResult } from "../records.js";
import { decodeBytes } from "./decode.js";
import { articleHash, articleKey, createDeduplicator, dedupeArticles, type Deduplicator } from "./dedupe.js";
import { normaliseText, toCanonicalText } from "./normalise.js";
import { resolveIngestOptions, type FileArticles, type IngestOptions, type ResolvedIngestOptions } from "./options.js";
import { listInputFiles, readInputFile, type InputFile, type ReadOutcome } from "./read-inputs.js";
import { splitArticles, type SplitResult } from "./split-articles.js";
import { splitStream, type SplitPart } from "./split-stream.js";
import { openTextStream } from "./stream-decode.js";
import { TABLE_FILE_NAME, tableRowsOfStream, tableText, type TableRow } from "./table-file.js";
import { HTML_FILE_NAME, isHtmlPage, webPageText } from "./web-page.js";
import { MARKDOWN_FILE_NAME, markdownText } from "./markdown-file.js";
import { markupIn, plainTextChunks, plainTextOf } from "./markup-in-text.js";
import { PDF_FILE_NAME, pdfText } from "./pdf-file.js";
import { SPREADSHEET_FILE_NAME, spreadsheetRows } from "./spreadsheet-file.js";
import { WORD_FILE_NAME, wordDocumentText } from "./word-document.js";

export type { FileArticles, FileSplitter, IngestOptions } from "./options.js";
export { IngestOptionsError, DEFAULT_MAX_FILE_BYTES, DEFAULT_STREAM_ABOVE_BYTES } from "./options.js";

type DocumentSummary = IngestResult["documents"][number];

/** A file as read, and for a whole (not streamed) file its split; made ahead of its turn when a splitter allows. */
type PreparedFile = { read: Exclude<ReadOutcome, { bytes: Uint8Array }> } | { found: FileArticles };

/** Articles of one file, or of one window of a streamed file. */
export interface IngestBatch {
  source: string;
  /** New articles (copies of earlier ones are diagnostics instead). */
  articles: ArticleRecord[];
  diagnostics: Diagnostic[];
  /** On a file's last batch, when the file was decoded: its encoding and article count. */
  document?: DocumentSummary;
  /** True on a file's last batch. */
  endOfFile: boolean;
}

/**
 * Reads every article in the given files and folders.
 *
 * @example
 * const { articles, documents, diagnostics } = await ingest(["corpus"]);
 * articles[0].title // "嘉祥深入开展“以三大促三好”活动 助力第一书记开好局起好步"
 */
export async function ingest(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { articles: [], documents: [], diagnostics: [] };
  for await (const batch of ingestBatches(paths, options)) {
    result.articles.push(...batch.articles);
    result.diagnostics.push(...batch.diagnostics);
    if (batch.document) result.documents.push(batch.document);
  }
  return result;
}

/**
 * The same reading as `ingest`, handed over a batch at a time: what a caller
 * does not keep is never held (a 100 MB file is read a window at a time).
 *
 * @example for await (const batch of ingestBatches(["corpus"])) extract(batch.articles);
 */
export async function* ingestBatches(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestBatch> {
  const resolved = resolveIngestOptions(options);
  const listing = await listInputFiles(paths).catch((error: unknown) => ({
    files: [],
    diagnostics: [unexpected(paths.join(", "), error)],
  }));
  if (listing.diagnostics.length > 0) yield { source: paths.join(", "), articles: [], diagnostics: listing.diagnostics, endOfFile: false };
  const seen = createDeduplicator();
  const files = listing.files;
  const ahead: Promise<PreparedFile>[] = [];
  let prepared = 0;
  for (const [done, file] of files.entries()) {
    // The splitter may grow its look-ahead mid-corpus (build.ts starts workers once the corpus proves big).
    const lookahead = resolved.splitter?.lookahead ?? 0;
    while (prepared < files.length && prepared <= done + lookahead) ahead.push(prepareFile(files[prepared++]!, resolved));
    try {
      yield* batchesOfFile(file, await ahead.shift()!, resolved, seen);
    } catch (error) {
      yield { source: file.source, articles: [], diagnostics: [unexpected(file.source, error)], endOfFile: true };
    }
    resolved.onFile?.(file.source, done + 1, files.length);
  }
}

/** Reads the file and, when it is read whole, splits it (in this thread, or by the splitter). */
async function prepareFile(file: InputFile, options: ResolvedIngestOptions): Promise<PreparedFile> {
  try {
    const read = await readInputFile(file, options);
    if (!("bytes" in read)) return { read };
    if (WORD_FILE_NAME.test(file.source)) return { found: await articlesOfWordDocument(file.source, read.bytes, options) };
    if (SPREADSHEET_FILE_NAME.test(file.source)) return { found: await articlesOfSpreadsheet(file.source, read.bytes) };
    if (PDF_FILE_NAME.test(file.source)) return { found: await articlesOfPdf(file.source, read.bytes, options) };
    return { found: await splitFile(file.source, read.bytes, options) };
  } catch (error) {
    return { read: { ok: false, diagnostic: unexpected(file.source, error) } };
  }
}

/** A text file's bytes split into articles, in this thread or by the splitter. */
function splitFile(source: string, bytes: Uint8Array, options: ResolvedIngestOptions): FileArticles | Promise<FileArticles> {
  return options.splitter ? options.splitter.split(source, bytes) : articlesOfFile(source, bytes);
}

/** What `documents` says of a file, but for how many articles it gave. */
type ReadDocument = Omit<IngestResult["documents"][number], "articles">;

/** A file that could not be opened as its kind: one error, and its document with no article. */
function unopened(document: ReadDocument, reason: string): FileArticles {
  return { articles: [], diagnostics: [{ severity: "error", code: "no-article", source: document.source, message: reason }], document: { ...document, articles: 0 } };
}

/** Text taken out of a container (a Word document's paragraphs, a PDF's text layer), split like a text file's. */
async function articlesOfExtractedText(text: string, document: ReadDocument, options: ResolvedIngestOptions): Promise<FileArticles> {
  const found = await splitFile(document.source, new TextEncoder().encode(text), options);
  return { ...found, document: { ...document, articles: found.articles.length } };
}

/** A Word document's paragraphs, split like a text file's; the document is reported as `word`. */
async function articlesOfWordDocument(source: string, bytes: Uint8Array, options: ResolvedIngestOptions): Promise<FileArticles> {
  const word = await wordDocumentText(bytes);
  const document = { source, encoding: "Word (.docx)", format: "word" as const };
  return word.ok ? articlesOfExtractedText(word.text, document, options) : unopened(document, word.reason);
}

/** A PDF's text layer laid out as printed lines, split like a text file's; the document is reported as `pdf`. */
async function articlesOfPdf(source: string, bytes: Uint8Array, options: ResolvedIngestOptions): Promise<FileArticles> {
  const pdf = await pdfText(bytes);
  if (!pdf.ok) return unopened({ source, encoding: "PDF", format: "pdf" }, pdf.reason);
  return articlesOfExtractedText(pdf.text, { source, encoding: `PDF (${pdf.pages} page(s))`, format: "pdf" }, options);
}

/** A spreadsheet's rows of every sheet, each split as a web article; reported as a `table`. */
async function articlesOfSpreadsheet(source: string, bytes: Uint8Array): Promise<FileArticles> {
  const sheets = await spreadsheetRows(bytes);
  const document = { source, encoding: "Excel (.xlsx)", format: "table" as const };
  if (!sheets.ok) return unopened(document, sheets.reason);
  const found = recordsOfTableRows(source, sheets.rows, 0);
  const diagnostics = [...found.diagnostics];
  const noneRead = found.articles.length === 0;
  for (const { sheet, reason } of sheets.sheetsWithout) {
    // A workbook may keep notes or a summary on a sheet of its own: worth a word, no error, when another sheet was read.
    diagnostics.push({ severity: noneRead ? "error" : "info", code: "no-article", source: `${source}:${sheet}`, message: reason });
  }
  if (noneRead && sheets.sheetsWithout.length === 0) diagnostics.push({ severity: "error", code: "no-article", source, message: NO_TABLE_ROWS });
  return { articles: found.articles, diagnostics, document: { ...document, articles: found.articles.length } };
}

/**
 * Files that are parsed whole, never in windows like text: a page or a Markdown file to find its blocks,
 * a PDF for its pages' text layers, and a Word document or a workbook, which are zip archives.
 */
const READ_WHOLE: { name: RegExp; kind: string }[] = [
  { name: HTML_FILE_NAME, kind: "web page" },
  { name: MARKDOWN_FILE_NAME, kind: "Markdown file" },
  { name: PDF_FILE_NAME, kind: "PDF" },
  { name: WORD_FILE_NAME, kind: "Word document" },
  { name: SPREADSHEET_FILE_NAME, kind: "spreadsheet" },
];

async function* batchesOfFile(file: InputFile, prepared: PreparedFile, options: ResolvedIngestOptions, seen: Deduplicator): AsyncGenerator<IngestBatch> {
  if ("found" in prepared) {
    const { found } = prepared;
    yield { ...keepNew(found.articles, found.diagnostics, seen, file.source), ...(found.document ? { document: found.document } : {}), endOfFile: true };
    return;
  }
  if (!prepared.read.ok) {
    yield { source: file.source, articles: [], diagnostics: [prepared.read.diagnostic], endOfFile: true };
    return;
  }
  const kind = READ_WHOLE.find(({ name }) => name.test(file.source))?.kind;
  if (kind) {
    const message = `a ${kind} of ${prepared.read.size} bytes is more than the ${options.streamAboveBytes}-byte limit for reading a file whole (streamAboveBytes); skipped`;
    yield { source: file.source, articles: [], diagnostics: [{ severity: "error", code: "file-too-large", source: file.source, message }], endOfFile: true };
    return;
  }
  const stream = await openTextStream(file);
  if (!stream.ok) {
    yield { source: file.source, articles: [], diagnostics: [stream.diagnostic], endOfFile: true };
    return;
  }
  if (TABLE_FILE_NAME.test(file.source)) {
    yield* batchesOfTable(file.source, stream, seen);
    return;
  }
  const markupNotes: Diagnostic[] = [];
  const chunks = plainTextChunks(stream.chunks, (held) => markupNotes.push(markupInTextNote(file.source, held)));
  const parts = splitStream(chunks, { windowChars: options.windowChars, maxWindowChars: options.maxWindowChars });
  let articles = 0;
  let sawHan = false;
  for await (const part of parts) {
    sawHan ||= part.articles.some((a) => /\p{Script=Han}/u.test(a.text) || /\p{Script=Han}/u.test(a.title));
    const found = recordsOfSplit(file.source, part, articles);
    articles += found.articles.length;
    if (part.forcedCutAtLine !== undefined) {
      found.diagnostics.push({
        severity: "warning",
        code: "long-text-cut",
        source: `${file.source}:${part.forcedCutAtLine + 1}`,
        message: `no article boundary within ${options.maxWindowChars} characters; cut here to keep memory bounded, the text on both sides is kept`,
      });
    }
    yield { ...keepNew(found.articles, found.diagnostics, seen, file.source), endOfFile: false };
  }
  const closing: Diagnostic[] = [...stream.diagnostics, ...markupNotes];
  if (!sawHan) closing.push({ severity: "error", code: "no-article", source: file.source, message: "no Chinese article text in this file; nothing to read" });
  yield { source: file.source, articles: [], diagnostics: closing, document: { source: file.source, encoding: stream.encoding, format: "text", articles }, endOfFile: true };
}

/** A large table, read a batch of rows at a time. */
async function* batchesOfTable(source: string, stream: Extract<Awaited<ReturnType<typeof openTextStream>>, { ok: true }>, seen: Deduplicator): AsyncGenerator<IngestBatch> {
  let articles = 0;
  const closing: Diagnostic[] = [];
  for await (const part of tableRowsOfStream(source, stream.chunks, TABLE_BATCH_ROWS)) {
    if ("reason" in part) {
      closing.push({ severity: "error", code: "no-article", source, message: part.reason });
      continue;
    }
    const found = recordsOfTableRows(source, part.rows, articles);
    articles += found.articles.length;
    yield { ...keepNew(found.articles, found.diagnostics, seen, source), endOfFile: false };
  }
  if (articles === 0 && closing.length === 0) closing.push({ severity: "error", code: "no-article", source, message: NO_TABLE_ROWS });
  yield { source, articles: [], diagnostics: [...stream.diagnostics, ...closing], document: { source, encoding: stream.encoding, format: "table", articles }, endOfFile: true };
}

/** The info that a text file held web markup and was read as HTML. */
function markupInTextNote(source: string, held: "markup" | "references"): Diagnostic {
  const what = held === "markup" ? "tags of paragraphs" : "character references such as &ldquo;";
  return { severity: "info", code: "markup-in-text", source, message: `the text holds web markup (${what}); read as HTML` };
}

/** Why a table gave no article though it has a column of text. */
const NO_TABLE_ROWS = "no row of this table holds article text";

/** Rows of a large table handed on together. */
const TABLE_BATCH_ROWS = 200;

function keepNew(records: ArticleRecord[], diagnostics: Diagnostic[], seen: Deduplicator, source: string): Omit<IngestBatch, "endOfFile"> {
  const kept = dedupeArticles(records, seen);
  return { source, articles: kept.articles, diagnostics: [...diagnostics, ...kept.diagnostics] };
}

/**
 * One file's bytes → its article records (before de-duplication across files).
 *
 * @example articlesOfFile("page.txt", bytes).articles.length // 7
 */
export function articlesOfFile(source: string, bytes: Uint8Array): FileArticles {
  const decoded = decodeBytes(bytes, source);
  if (!decoded.ok) return { articles: [], diagnostics: [decoded.diagnostic] };
  let text = toCanonicalText(decoded.text);
  const format = TABLE_FILE_NAME.test(source) ? "table" : MARKDOWN_FILE_NAME.test(source) ? "markdown" : isHtmlPage(source, text) ? "html" : "text";
  const nothing = (message: string): FileArticles => ({
    articles: [],
    diagnostics: [...decoded.diagnostics, { severity: "error", code: "no-article", source, message }],
    document: { source, encoding: decoded.encoding, format, articles: 0 },
  });
  if (!/\p{Script=Han}/u.test(text)) return nothing("no Chinese text in this file; nothing to read");
  if (format === "table") {
    const table = tableText(source, text);
    if (table.found === "none") return nothing(table.reason);
    const found = recordsOfTableRows(source, table.rows, 0);
    const diagnostics = [...decoded.diagnostics, ...found.diagnostics];
    if (table.failure) diagnostics.push({ severity: "error", code: "no-article", source, message: table.failure });
    if (found.articles.length === 0) diagnostics.push({ severity: "error", code: "no-article", source, message: NO_TABLE_ROWS });
    return { articles: found.articles, diagnostics, document: { source, encoding: decoded.encoding, format, articles: found.articles.length } };
  }
  const pageDiagnostics: Diagnostic[] = [];
  if (format === "markdown") text = markdownText(text);
  const markup = format === "text" ? markupIn(text) : "none";
  if (markup !== "none") {
    // A CMS export or a scraper's text: <p>…</p> and &ldquo;…&rdquo; would split sentences and glue paragraphs.
    pageDiagnostics.push(markupInTextNote(source, markup));
    text = plainTextOf(text, { keepLines: true });
  }
  if (format === "html") {
    const page = webPageText(text);
    if (page.found === "none") return nothing(page.reason);
    text = page.text;
    if (page.leftOut.length > 0) {
      pageDiagnostics.push({
        severity: "warning",
        code: "page-text-left-out",
        source,
        message: `${page.leftOut.length} paragraph(s) of the page are outside the article read (another article on the page?), not read: “${preview(page.leftOut[0]!)}”`,
      });
    }
  }
  const found = recordsOfSplit(source, splitArticles(text), 0);
  const diagnostics = [...decoded.diagnostics, ...pageDiagnostics, ...found.diagnostics];
  if (found.articles.length === 0) {
    diagnostics.push({ severity: "error", code: "no-article", source, message: "no article text found in this file" });
  }
  return { articles: found.articles, diagnostics, document: { source, encoding: decoded.encoding, format, articles: found.articles.length } };
}

/**
 * A table's rows → records numbered from `firstIndex`, each row split as a web article of its own;
 * what a row's split sets aside is reported by row, and rows without text in one diagnostic.
 */
function recordsOfTableRows(source: string, rows: TableRow[], firstIndex: number): { articles: ArticleRecord[]; diagnostics: Diagnostic[] } {
  const articles: ArticleRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const empty: string[] = [];
  for (const { row, sheet, text } of rows) {
    const where = sheet === undefined ? `row ${row}` : `${sheet} row ${row}`;
    if (text === "") {
      empty.push(where);
      continue;
    }
    const found = recordsOfSplit(source, splitArticles(text), firstIndex + articles.length);
    articles.push(...found.articles);
    // Lines of a row's text mean nothing to the reader of the table: its row does.
    diagnostics.push(...found.diagnostics.map((d) => (d.source.startsWith(`${source}:`) ? { ...d, source: `${source}:${where}` } : d)));
  }
  if (empty.length > 0) {
    const named = empty.slice(0, 10).join(", ") + (empty.length > 10 ? ` and ${empty.length - 10} more` : "");
    diagnostics.push({ severity: "warning", code: "empty-row", source, message: `${empty.length} row(s) with no article text, not read: ${named}` });
  }
  return { articles, diagnostics };
}

/** Split articles → records numbered from `firstIndex`; set-aside text and missing headlines → diagnostics. */
function recordsOfSplit(source: string, split: SplitResult | SplitPart, firstIndex: number): { articles: ArticleRecord[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  for (const part of split.setAside) {
    diagnostics.push({
      severity: part.kind === "furniture" ? "info" : "warning",
      code: part.kind === "furniture" ? "page-furniture" : "orphan-text",
      source: `${source}:${part.line + 1}`,
      message: `“${preview(part.text)}”: ${part.reason}; not part of any article`,
    });
  }
  const articles = split.articles.map((article, at): ArticleRecord => {
    const index = firstIndex + at;
    if (article.titleFromBody) {
      // A column of briefs prints no headlines by design: nothing is missing, so it is no warning.
      const titled = `titled by its first words “${article.title}”`;
      diagnostics.push(
        article.brief
          ? { severity: "info", code: "brief-title", source: `${source}#${index}`, message: `news-in-brief item; ${titled}` }
          : { severity: "warning", code: "no-title", source: `${source}#${index}`, message: `no headline found; ${titled}` },
      );
    }
    const normalizedText = normaliseText(article.text);
    const hash = articleHash(normalizedText);
    const record: ArticleRecord = {
      key: articleKey(hash),
      hash,
      source,
      index,
      layout: article.layout,
      title: article.title,
      normalizedTitle: normaliseText(article.title),
      reporters: article.reporters,
      text: article.text,
      normalizedText,
    };
    if (article.dateline) record.dateline = article.dateline;
    if (article.date) record.date = article.date;
    if (article.outlet) record.outlet = article.outlet;
    if ("site" in split && split.site) record.site = normaliseText(split.site);
    return record;
  });
  return { articles, diagnostics };
}

const PREVIEW_LENGTH = 40;

function preview(text: string): string {
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
}

function unexpected(source: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { severity: "error", code: "internal-error", source, message: `unexpected failure while reading (${reason}); skipped` };
}
