/** What the extraction pool and its worker threads say to each other. */
import type { ArticleExtraction, ArticleRecord } from "../records.js";

export interface WorkerTask {
  id: number;
  articles: ArticleRecord[];
}

export type WorkerReply =
  | { kind: "ready" }
  | { kind: "done"; id: number; extractions: ArticleExtraction[] }
  | { kind: "failed"; id: number; message: string };
