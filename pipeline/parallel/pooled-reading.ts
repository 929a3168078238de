/**
 * Lends the worker pool to ingest: when this thread has a core of its own
 * and a worker is idle, a file read whole is decoded, split and extracted in
 * one worker task, a few files ahead of the one the graph is waiting for, so
 * this thread keeps only reading, de-duplication and the graph — the part no
 * number of workers speeds up. Ingest still de-duplicates in input order:
 * when that keeps every article the worker extracted (the usual case), its
 * extractions are the batch's; otherwise the kept articles are extracted
 * again, so the graph is the same as when everything runs in one thread.
 */
import os from "node:os";
import { extractCorpus } from "../extract/index.js";
import { articlesOfFile, type FileSplitter, type IngestBatch } from "../ingest/index.js";
import type { ArticleExtraction } from "../records.js";
import { ExtractionTaskError, type ExtractionPool } from "./extraction-pool.js";

export interface PooledReading {
  /** For `ingestBatches`: splits in this thread until there is a pool. */
  readonly splitter: FileSplitter;
  /** The batch's extractions: the worker's from reading it when they still fit, else extracted now. */
  extract(batch: IngestBatch): Promise<ArticleExtraction[]>;
  /**
   * A failure of the pool met while reading a file (a worker crashed, the pool
   * closed): unlike one file failing in a worker, which becomes that file's
   * diagnostic as it would in this thread, it must end the build.
   */
  readonly failure: Error | undefined;
}

/**
 * `cores`: the machine's (tests pretend). Without a core beyond the pool's,
 * every thread competes for CPU and handing files over only adds copying
 * (measured: 2 workers on 2 cores, 6% slower), so files are split here.
 *
 * @example const reading = createPooledReading(() => pool); ingestBatches(paths, { splitter: reading.splitter })
 */
export function createPooledReading(currentPool: () => ExtractionPool | undefined, cores = os.availableParallelism()): PooledReading {
  const extractedEarly = new Map<string, ArticleExtraction[]>();
  let failure: Error | undefined;
  // The pool files may go to: none without a core beyond its workers, and then nothing is read ahead either.
  const lendingPool = () => {
    const pool = currentPool();
    return pool && pool.size < cores ? pool : undefined;
  };
  return {
    splitter: {
      get lookahead() {
        const pool = lendingPool();
        return pool ? 2 * pool.size : 0;
      },
      async split(source, bytes) {
        const pool = lendingPool();
        if (!pool || pool.idleWorkers === 0) return articlesOfFile(source, bytes);
        try {
          const { found, extractions } = await pool.read(source, bytes);
          extractedEarly.set(source, extractions);
          return found;
        } catch (error) {
          if (!(error instanceof ExtractionTaskError)) failure ??= error as Error;
          throw error;
        }
      },
    },
    extract(batch) {
      const early = extractedEarly.get(batch.source);
      extractedEarly.delete(batch.source);
      if (batch.articles.length === 0) return Promise.resolve([]);
      if (early && early.length === batch.articles.length && early.every((e, i) => e.article === batch.articles[i])) return Promise.resolve(early);
      const pool = currentPool();
      return pool ? pool.extract(batch.articles) : Promise.resolve(extractCorpus(batch.articles));
    },
    get failure() {
      return failure;
    },
  };
}
