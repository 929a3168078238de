/**
 * Extraction across cores: a fixed set of worker threads, each with its own
 * segmenter, taking tasks from one queue: batches of articles to extract, and
 * files to decode, split and extract (so ingest's heavy part leaves the main
 * thread too). Results come back as promises the caller awaits in input order, so
 * the graph is the same whichever worker finished first.
 *
 * Workers run the TypeScript sources through tsx's loader when run from
 * sources (see spawn-worker.ts).
 */
import os from "node:os";
import type { Worker } from "node:worker_threads";
import { dedupeArticles } from "../ingest/dedupe.js";
import type { FileArticles } from "../ingest/index.js";
import type { ArticleExtraction, ArticleRecord } from "../records.js";
import type { WorkerReply, WorkerTask } from "./messages.js";
import { spawnWorker, workerModuleUrl } from "./spawn-worker.js";

export interface ExtractionPool {
  readonly size: number;
  /** Workers waiting for a task right now (the queue is empty whenever this is above 0). */
  readonly idleWorkers: number;
  extract(articles: ArticleRecord[]): Promise<ArticleExtraction[]>;
  /**
   * `articlesOfFile(source, bytes)` in a worker, with the extractions of its
   * articles less the file's own copies (`dedupeArticles(found.articles)`), in that order.
   */
  read(source: string, bytes: Uint8Array): Promise<{ found: FileArticles; extractions: ArticleExtraction[] }>;
  /** Stops every worker; pending batches are rejected. */
  close(): Promise<void>;
}

export class ExtractionWorkerError extends Error {
  override name = "ExtractionWorkerError";
}

/** One task failed inside a worker (what it was given), while the pool goes on working. */
export class ExtractionTaskError extends ExtractionWorkerError {
  override name = "ExtractionTaskError";
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
  settle: (reply: Exclude<WorkerReply, { kind: "ready" }>) => void;
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
      pending?.settle(reply);
      dispatch();
    });
    worker.on("error", (error) => fail(new ExtractionWorkerError(`an extraction worker thread crashed: ${error.message}`)));
    worker.on("exit", (code) => {
      if (!closed && code !== 0) fail(new ExtractionWorkerError(`an extraction worker thread exited with code ${code}`));
    });
    return worker;
  });

  const submit = (task: WorkerTask): Promise<Exclude<WorkerReply, { kind: "ready" }>> => {
    if (closed) return Promise.reject(new ExtractionWorkerError("the extraction pool is closed"));
    if (failure) return Promise.reject(failure);
    return new Promise((settle, reject) => {
      queue.push({ task, settle, reject });
      dispatch();
    });
  };

  return {
    size,
    get idleWorkers() {
      return idle.length;
    },
    async extract(articles) {
      const reply = await submit({ kind: "extract", articles });
      if (reply.kind !== "extracted") throw failed("extraction", reply);
      return reply.extractions.map((extraction, i) => ({ article: articles[i]!, ...extraction }));
    },
    async read(source, bytes) {
      const reply = await submit({ kind: "read", source, bytes });
      if (reply.kind !== "read") throw failed("reading", reply);
      const kept = dedupeArticles(reply.found.articles).articles;
      return { found: reply.found, extractions: reply.extractions.map((extraction, i) => ({ article: kept[i]!, ...extraction })) };
    },
    async close() {
      closed = true;
      fail(new ExtractionWorkerError("the extraction pool was closed"));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function failed(what: string, reply: Exclude<WorkerReply, { kind: "ready" }>): ExtractionTaskError {
  return new ExtractionTaskError(`${what} failed in a worker thread: ${reply.kind === "failed" ? reply.message : `unexpected reply "${reply.kind}"`}`);
}
