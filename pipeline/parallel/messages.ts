/** What the extraction pool and its worker threads say to each other. */
import type { ArticleExtraction, ArticleRecord } from "../records.js";

/** A batch of articles; each worker has one task at a time, so its reply needs no id. */
export interface WorkerTask {
  articles: ArticleRecord[];
}

/** An extraction without its article: the pool still holds the article it sent, so it is not copied back. */
export type DetachedExtraction = Omit<ArticleExtraction, "article">;

export type WorkerReply =
  | { kind: "ready" }
  | { kind: "done"; extractions: DetachedExtraction[] }
  | { kind: "failed"; message: string };
