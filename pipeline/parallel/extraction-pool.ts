/**
 * Extraction across cores: a fixed set of worker threads, each with its own
 * segmenter, taking batches of articles from one queue. Results come back as
 * promises in submission order's terms (the caller awaits them in order), so
 * the graph is the same whichever worker finished first.
 *
 * Workers run the TypeScript sources through tsx's loader when run from
 * sources (see spawn-worker.ts).
 */
import os from "node:os";
import type { Worker } from "node:worker_threads";
import type { ArticleExtraction, ArticleRecord } from "../records.js";
import type { WorkerReply, WorkerTask } from "./messages.js";
import { spawnWorker, workerModuleUrl } from "./spawn-worker.js";

export interface ExtractionPool {
  readonly size: number;
  extract(articles: ArticleRecord[]): Promise<ArticleExtraction[]>;
  /** Stops every worker; pending batches are rejected. */
  close(): Promise<void>;
}

export class ExtractionWorkerError extends Error {
  override name = "ExtractionWorkerError";
}

/** Worker threads worth starting on this machine: one per core, at most MAX_WORKERS. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(MAX_WORKERS, os.availableParallelism()));
}

/** Each worker holds its own dictionaries (~300 MiB measured); beyond this many the gain is small. */
export const MAX_WORKERS = 8;

const WORKER_URL = workerModuleUrl("extraction-worker", import.meta.url);

interface Pending {
  task: WorkerTask;
  resolve: (extractions: ArticleExtraction[]) => void;
  reject: (error: Error) => void;
}

/**
 * Starts `size` extraction workers.
 *
 * @example
 * const pool = createExtractionPool(2);
 * const extractions = await pool.extract(articlesOfOneFile);
 * await pool.close();
 */
export function createExtractionPool(size: number = defaultWorkerCount()): ExtractionPool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError("createExtractionPool: `size` must be a positive integer");
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  let closed = false;
  let failure: Error | undefined;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      busy.set(worker, pending);
      worker.postMessage(pending.task);
    }
  };
  const fail = (error: Error) => {
    failure ??= error;
    for (const pending of [...queue, ...busy.values()]) pending.reject(failure);
    queue.length = 0;
    busy.clear();
  };

  const workers = Array.from({ length: size }, () => {
    const worker = spawnWorker(WORKER_URL);
    worker.on("message", (reply: WorkerReply) => {
      if (reply.kind === "ready") {
        idle.push(worker);
        return dispatch();
      }
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (reply.kind === "done") pending?.resolve(reply.extractions.map((extraction, i) => ({ article: pending.task.articles[i]!, ...extraction })));
      else pending?.reject(new ExtractionWorkerError(`extraction failed in a worker thread: ${reply.message}`));
      dispatch();
    });
    worker.on("error", (error) => fail(new ExtractionWorkerError(`an extraction worker thread crashed: ${error.message}`)));
    worker.on("exit", (code) => {
      if (!closed && code !== 0) fail(new ExtractionWorkerError(`an extraction worker thread exited with code ${code}`));
    });
    return worker;
  });

  return {
    size,
    extract(articles) {
      if (closed) return Promise.reject(new ExtractionWorkerError("the extraction pool is closed"));
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ task: { articles }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      fail(new ExtractionWorkerError("the extraction pool was closed"));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
