/**
 * Article identity: SHA-256 of the normalised body with all whitespace
 * removed, so the same article in another encoding, re-wrapped, or in
 * traditional characters gets the same hash and key.
 */
import { createHash } from "node:crypto";
import type { ArticleRecord, Diagnostic } from "../records.js";

/**
 * @example articleHash("正文。") // 64 hex digits
 */
export function articleHash(normalizedText: string): string {
  return createHash("sha256").update(normalizedText.replace(/\s+/gu, ""), "utf8").digest("hex");
}

/** @example articleKey("ab12…") // "Article:" + first 16 hex digits */
export function articleKey(hash: string): string {
  return `Article:${hash.slice(0, 16)}`;
}

/**
 * Keeps the first record per hash; every later copy becomes a
 * `duplicate-article` diagnostic naming both places.
 *
 * @example dedupeArticles([a, copyOfA]).articles.length // 1
 */
export function dedupeArticles(records: ArticleRecord[]): { articles: ArticleRecord[]; diagnostics: Diagnostic[] } {
  const firstByHash = new Map<string, ArticleRecord>();
  const diagnostics: Diagnostic[] = [];
  for (const record of records) {
    const first = firstByHash.get(record.hash);
    if (!first) {
      firstByHash.set(record.hash, record);
      continue;
    }
    diagnostics.push({
      severity: "info",
      code: "duplicate-article",
      source: `${record.source}#${record.index}`,
      message: `same article as ${first.source}#${first.index} (“${first.title}”); kept that one`,
    });
  }
  return { articles: [...firstByHash.values()], diagnostics };
}
