/** What the extraction pool and its worker threads say to each other. */
import type { ArticleExtraction, ArticleRecord } from "../records.js";

export interface WorkerTask {
  id: number;
  articles: ArticleRecord[];
}

/** An extraction without its article: the pool still holds the article it sent, so it is not copied back. */
export type DetachedExtraction = Omit<ArticleExtraction, "article">;

export type WorkerReply =
  | { kind: "ready" }
  | { kind: "done"; id: number; extractions: DetachedExtraction[] }
  | { kind: "failed"; id: number; message: string };
