/**
 * Body of an extraction worker thread: loads the segmenter once, then runs
 * `extractCorpus` on each batch of articles it is sent (a whole file, or a
 * window of a large one, so county resolution sees the page-mates) and
 * posts the extractions back.
 */
import { parentPort } from "node:worker_threads";
import { extractCorpus } from "../extract/index.js";
import { getSegmenter } from "../segment/segmenter.js";
import type { WorkerReply, WorkerTask } from "./messages.js";

if (!parentPort) throw new Error("extraction-worker: must run in a worker thread");
const port = parentPort;
getSegmenter();
port.postMessage({ kind: "ready" } satisfies WorkerReply);
port.on("message", (task: WorkerTask) => {
  try {
    const extractions = extractCorpus(task.articles).map(({ article: _article, ...rest }) => rest);
    port.postMessage({ kind: "done", extractions } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ kind: "failed", message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies WorkerReply);
  }
});
