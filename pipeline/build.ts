/**
 * The whole text-to-graph job as one call: ingest → extract → build graph.
 * Each stage stays callable alone; this chains them batch by batch (a file,
 * or a window of a large file), so memory holds the graph and a few batches
 * in flight, never the whole corpus' text twice. Extraction, and the
 * decoding and splitting of files read whole, run in worker threads when the
 * corpus is big enough to repay their start-up; this thread keeps reading,
 * de-duplication and the graph. The graph is the same either way (batches
 * join it in input order).
 */
import { createGraphBuilder, type PolicyGraph } from "./graph/build-graph.js";
import { ingestBatches } from "./ingest/index.js";
import { createExtractionPool, defaultWorkerCount, type ExtractionPool } from "./parallel/extraction-pool.js";
import { createPooledReading } from "./parallel/pooled-reading.js";
import type { ArticleExtraction, Diagnostic, IngestResult } from "./records.js";
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from "./schema/index.js";

export interface BuildProgress {
  /** Files whose articles are all in the graph, of `files` listed. */
  filesDone: number;
  files: number;
  /** Articles in the graph so far. */
  articles: number;
}

export interface BuildOptions {
  onProgress?: (progress: BuildProgress) => void;
  builtAt?: string;
  /** Files larger than this are refused by ingest (default: no limit; large files are streamed). */
  maxFileBytes?: number;
  /** Files larger than this are read a window at a time (see IngestOptions; default 8 MiB). */
  streamAboveBytes?: number;
  /** Characters per window of a streamed file (see IngestOptions). */
  windowChars?: number;
  /**
   * Extraction worker threads: 0 extracts in this thread; "auto" (default)
   * starts one per core (at most 8) once AUTO_PARALLEL_AFTER_ARTICLES
   * articles have been read, since each worker first loads its dictionaries.
   */
  workers?: number | "auto";
  /** Keep every article's extraction in the result (default true); off, memory holds only the graph. */
  keepExtractions?: boolean;
}

/** Below this many articles a corpus is extracted in-process: starting workers would cost more than it saves. */
export const AUTO_PARALLEL_AFTER_ARTICLES = 400;

export interface BuildSummary {
  files: IngestResult["documents"];
  articles: number;
  nodesByKind: Record<NodeKind, number>;
  relationsByType: Record<RelationType, number>;
  diagnostics: Diagnostic[];
  /** Extraction worker threads used (0: extracted in-process). */
  workers: number;
}

export interface BuildResult {
  graph: PolicyGraph;
  /** Every article's extraction, in input order; empty when `keepExtractions` is false. */
  extractions: ArticleExtraction[];
  summary: BuildSummary;
}

export class BuildOptionsError extends Error {
  override name = "BuildOptionsError";
}

export async function buildFromPaths(paths: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const workers = options.workers ?? "auto";
  if (workers !== "auto" && (!Number.isInteger(workers) || workers < 0)) {
    throw new BuildOptionsError("build: invalid `workers`. Expecting a non-negative integer or \"auto\".");
  }
  const keep = options.keepExtractions ?? true;
  const builder = createGraphBuilder({ inputs: paths, ...(options.builtAt ? { builtAt: options.builtAt } : {}) });
  const ingested: Omit<IngestResult, "articles"> = { documents: [], diagnostics: [] };
  const extractions: ArticleExtraction[] = [];
  const extractionDiagnostics: Diagnostic[] = [];
  const progress: BuildProgress = { filesDone: 0, files: 0, articles: 0 };

  // Batches in flight, oldest first: each joins the graph only after every earlier one.
  const inFlight: { extractions: Promise<ArticleExtraction[]>; endOfFile: boolean }[] = [];
  let pool: ExtractionPool | undefined;
  let articlesRead = 0;
  const joinOldest = async () => {
    const next = inFlight.shift()!;
    for (const extraction of await next.extractions) {
      builder.add(extraction);
      extractionDiagnostics.push(...extraction.diagnostics);
      if (keep) extractions.push(extraction);
      progress.articles++;
    }
    if (next.endOfFile) progress.filesDone++;
    options.onProgress?.({ ...progress });
  };

  const reading = createPooledReading(() => pool);
  try {
    const batches = ingestBatches(paths, {
      splitter: reading.splitter,
      ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
      ...(options.streamAboveBytes !== undefined ? { streamAboveBytes: options.streamAboveBytes } : {}),
      ...(options.windowChars !== undefined ? { windowChars: options.windowChars } : {}),
      onFile: (_source, _done, total) => (progress.files = total),
    });
    for await (const batch of batches) {
      ingested.diagnostics.push(...batch.diagnostics);
      if (batch.document) ingested.documents.push(batch.document);
      articlesRead += batch.articles.length;
      pool ??= startPoolWhenWorthIt(workers, articlesRead);
      if (reading.failure) throw reading.failure;
      inFlight.push({ extractions: reading.extract(batch), endOfFile: batch.endOfFile });
      while (inFlight.length > (pool ? 2 * pool.size : 0)) await joinOldest();
    }
    while (inFlight.length > 0) await joinOldest();
  } finally {
    await pool?.close();
  }
  const graph = builder.graph;
  return {
    graph,
    extractions,
    summary: { ...summarise(graph, ingested, progress.articles, extractionDiagnostics), workers: pool?.size ?? 0 },
  };
}

function startPoolWhenWorthIt(workers: number | "auto", articlesRead: number): ExtractionPool | undefined {
  if (workers === 0) return undefined;
  if (workers === "auto") return articlesRead >= AUTO_PARALLEL_AFTER_ARTICLES && defaultWorkerCount() > 1 ? createExtractionPool() : undefined;
  return createExtractionPool(workers);
}

export function summarise(
  graph: PolicyGraph,
  ingested: Omit<IngestResult, "articles">,
  articles: number,
  extractionDiagnostics: Diagnostic[],
): Omit<BuildSummary, "workers"> {
  const nodesByKind = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  const relationsByType = Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as Record<RelationType, number>;
  graph.forEachNode((_key, attributes) => nodesByKind[attributes.kind]++);
  graph.forEachEdge((_key, attributes) => relationsByType[attributes.type]++);
  return {
    files: ingested.documents,
    articles,
    nodesByKind,
    relationsByType,
    diagnostics: [...ingested.diagnostics, ...extractionDiagnostics],
  };
}
