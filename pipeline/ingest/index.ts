/**
 * Ingest stage: files and folders → decoded, normalised, de-duplicated ArticleRecords.
 *
 *   read-inputs  paths → files → bytes (bounded)
 *   decode       bytes → text (BOM, UTF-8, GB18030, Big5; binary/empty/undecodable reported)
 *   split        text → articles (print or web layout; furniture set aside)
 *   normalise    text → same-length normalizedText
 *   dedupe       one record per body hash
 *
 * Bad input never throws: every skipped file, furniture line or duplicate is a Diagnostic.
 */
import type { ArticleRecord, Diagnostic, IngestResult } from "../records.js";
import { decodeBytes } from "./decode.js";
import { articleHash, articleKey, dedupeArticles } from "./dedupe.js";
import { normaliseText, toNfc } from "./normalise.js";
import { resolveIngestOptions, type IngestOptions } from "./options.js";
import { listInputFiles, readInputFile } from "./read-inputs.js";
import { splitArticles } from "./split-articles.js";

export type { IngestOptions } from "./options.js";
export { IngestOptionsError, DEFAULT_MAX_FILE_BYTES } from "./options.js";

/**
 * Reads every article in the given files and folders.
 *
 * @example
 * const { articles, documents, diagnostics } = await ingest(["corpus"]);
 * articles[0].title // "嘉祥深入开展“以三大促三好”活动 助力第一书记开好局起好步"
 */
export async function ingest(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { onFile, maxFileBytes } = resolveIngestOptions(options);
  const diagnostics: Diagnostic[] = [];
  const documents: IngestResult["documents"] = [];
  const records: ArticleRecord[] = [];

  const listing = await listInputFiles(paths).catch((error: unknown) => ({
    files: [],
    diagnostics: [unexpected(paths.join(", "), error)],
  }));
  diagnostics.push(...listing.diagnostics);

  for (const [done, file] of listing.files.entries()) {
    try {
      const read = await readInputFile(file, maxFileBytes);
      if (!read.ok) diagnostics.push(read.diagnostic);
      else {
        const found = articlesOfFile(file.source, read.bytes);
        diagnostics.push(...found.diagnostics);
        if (found.document) documents.push(found.document);
        records.push(...found.articles);
      }
    } catch (error) {
      diagnostics.push(unexpected(file.source, error));
    }
    onFile?.(file.source, done + 1, listing.files.length);
  }

  const deduped = dedupeArticles(records);
  diagnostics.push(...deduped.diagnostics);
  return { articles: deduped.articles, documents, diagnostics };
}

/**
 * One file's bytes → its article records (before de-duplication across files).
 *
 * @example articlesOfFile("page.txt", bytes).articles.length // 7
 */
export function articlesOfFile(
  source: string,
  bytes: Uint8Array,
): { articles: ArticleRecord[]; diagnostics: Diagnostic[]; document?: IngestResult["documents"][number] } {
  const decoded = decodeBytes(bytes, source);
  if (!decoded.ok) return { articles: [], diagnostics: [decoded.diagnostic] };
  const diagnostics = [...decoded.diagnostics];
  const document = { source, encoding: decoded.encoding, articles: 0 };
  const text = toNfc(decoded.text);
  if (!/\p{Script=Han}/u.test(text)) {
    diagnostics.push({ severity: "error", code: "no-article", source, message: "no Chinese text in this file; nothing to read" });
    return { articles: [], diagnostics, document };
  }
  const split = splitArticles(text);

  for (const part of split.setAside) {
    diagnostics.push({
      severity: part.kind === "furniture" ? "info" : "warning",
      code: part.kind === "furniture" ? "page-furniture" : "orphan-text",
      source: `${source}:${part.line + 1}`,
      message: `“${preview(part.text)}”: ${part.reason}; not part of any article`,
    });
  }
  const articles = split.articles.map((article, index): ArticleRecord => {
    if (article.titleFromBody) {
      diagnostics.push({
        severity: "warning",
        code: "no-title",
        source: `${source}#${index}`,
        message: `no headline found; titled by its first words “${article.title}”`,
      });
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
      reporters: article.reporters,
      text: article.text,
      normalizedText,
    };
    if (article.dateline) record.dateline = article.dateline;
    if (article.date) record.date = article.date;
    return record;
  });
  if (articles.length === 0) {
    diagnostics.push({ severity: "error", code: "no-article", source, message: "no article text found in this file" });
  }
  return { articles, diagnostics, document: { ...document, articles: articles.length } };
}

const PREVIEW_LENGTH = 40;

function preview(text: string): string {
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
}

function unexpected(source: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { severity: "error", code: "internal-error", source, message: `unexpected failure while reading (${reason}); skipped` };
}
