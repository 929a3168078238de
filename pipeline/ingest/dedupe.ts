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

/** Remembers each article seen (hash → where it was first read), not its text. */
export interface Deduplicator {
  /** Undefined when the record is new (and now remembered); else the `duplicate-article` diagnostic. */
  check(record: ArticleRecord): Diagnostic | undefined;
}

/**
 * De-duplication across a stream of records: the first record per hash is
 * kept, every later copy becomes a diagnostic naming both places.
 *
 * @example const seen = createDeduplicator(); seen.check(a) // undefined; seen.check(copyOfA) // { code: "duplicate-article", … }
 */
export function createDeduplicator(): Deduplicator {
  const firstByHash = new Map<string, string>();
  return {
    check(record) {
      const first = firstByHash.get(record.hash);
      if (first === undefined) {
        firstByHash.set(record.hash, `${record.source}#${record.index} (“${record.title}”)`);
        return undefined;
      }
      return {
        severity: "info",
        code: "duplicate-article",
        source: `${record.source}#${record.index}`,
        message: `same article as ${first}; kept that one`,
      };
    },
  };
}

/**
 * Keeps the first record per hash; every later copy becomes a
 * `duplicate-article` diagnostic naming both places. Pass the same `seen` to
 * de-duplicate across several calls (batch after batch).
 *
 * @example dedupeArticles([a, copyOfA]).articles.length // 1
 */
export function dedupeArticles(
  records: ArticleRecord[],
  seen: Deduplicator = createDeduplicator(),
): { articles: ArticleRecord[]; diagnostics: Diagnostic[] } {
  const articles: ArticleRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const record of records) {
    const duplicate = seen.check(record);
    if (duplicate) diagnostics.push(duplicate);
    else articles.push(record);
  }
  return { articles, diagnostics };
}
