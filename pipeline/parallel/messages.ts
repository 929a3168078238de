/** What the pipeline's worker pool and its threads say to each other. */
import type { FileArticles } from "../ingest/index.js";
import type { ArticleExtraction, ArticleRecord } from "../records.js";

/**
 * Extract a batch of articles, or decode and split one file read whole and
 * extract its articles (the file's own copies left out; copies of other
 * files' articles are the pool's caller's to find). Each worker has one task
 * at a time, so its reply needs no id.
 */
export type WorkerTask = { kind: "extract"; articles: ArticleRecord[] } | { kind: "read"; source: string; bytes: Uint8Array };

/** An extraction without its article: the pool still holds the article it sent, so it is not copied back. */
export type DetachedExtraction = Omit<ArticleExtraction, "article">;

export type WorkerReply =
  | { kind: "ready" }
  | { kind: "extracted"; extractions: DetachedExtraction[] }
  | { kind: "read"; found: FileArticles; extractions: DetachedExtraction[] }
  | { kind: "failed"; message: string };
