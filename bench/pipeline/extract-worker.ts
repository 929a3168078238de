/**
 * Worker-thread body of the extraction worker-pool experiment: runs the
 * project's own `extractCorpus` on the articles it is given (whole source
 * files, so county resolution sees every page-mate) and posts the
 * extractions back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { extractCorpus } from "../../pipeline/extract/index.js";
import type { ArticleRecord } from "../../pipeline/records.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";

const { articles } = workerData as { articles: ArticleRecord[] };
const loadStarted = performance.now();
getSegmenter().cut("预热");
const loadMs = performance.now() - loadStarted;
const started = performance.now();
const extractions = extractCorpus(articles);
parentPort?.postMessage({ extractions, extractMs: performance.now() - started, loadMs });
