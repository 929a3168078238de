/**
 * Body of a pipeline worker thread: loads the segmenter once, then takes
 * tasks one at a time: run `extractCorpus` on a batch of articles (a whole
 * file, or a window of a large one, so county resolution sees the
 * page-mates), or first decode and split a file read whole
 * (`articlesOfFile`) and then extract its articles; posts back what it found.
 */
import { parentPort } from "node:worker_threads";
import { extractCorpus } from "../extract/index.js";
import { dedupeArticles } from "../ingest/dedupe.js";
import { articlesOfFile } from "../ingest/index.js";
import { getSegmenter } from "../segment/segmenter.js";
import type { ArticleRecord } from "../records.js";
import type { DetachedExtraction, WorkerReply, WorkerTask } from "./messages.js";

if (!parentPort) throw new Error("extraction-worker: must run in a worker thread");
const port = parentPort;
getSegmenter();
port.postMessage({ kind: "ready" } satisfies WorkerReply);
port.on("message", (task: WorkerTask) => {
  try {
    port.postMessage(run(task));
  } catch (error) {
    port.postMessage({ kind: "failed", message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies WorkerReply);
  }
});

function run(task: WorkerTask): WorkerReply {
  if (task.kind === "extract") return { kind: "extracted", extractions: detached(task.articles) };
  const found = articlesOfFile(task.source, task.bytes);
  return { kind: "read", found, extractions: detached(dedupeArticles(found.articles).articles) };
}

function detached(articles: ArticleRecord[]): DetachedExtraction[] {
  return extractCorpus(articles).map(({ article: _article, ...rest }) => rest);
}
