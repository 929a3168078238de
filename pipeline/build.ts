/**
 * The whole text-to-graph job as one call: ingest → extract → build graph.
 * Each stage stays callable alone; this only chains them and gathers the report.
 */
import { extractCorpus } from "./extract/index.js";
import { buildGraph, type PolicyGraph } from "./graph/build-graph.js";
import { ingest } from "./ingest/index.js";
import type { ArticleExtraction, Diagnostic, IngestResult } from "./records.js";
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from "./schema/index.js";

export interface BuildProgress {
  stage: "read" | "extract";
  done: number;
  total: number;
}

export interface BuildOptions {
  onProgress?: (progress: BuildProgress) => void;
  builtAt?: string;
  /** Files larger than this are refused by ingest (bounded memory). */
  maxFileBytes?: number;
}

export interface BuildSummary {
  files: IngestResult["documents"];
  articles: number;
  nodesByKind: Record<NodeKind, number>;
  relationsByType: Record<RelationType, number>;
  diagnostics: Diagnostic[];
}

export interface BuildResult {
  graph: PolicyGraph;
  extractions: ArticleExtraction[];
  summary: BuildSummary;
}

export async function buildFromPaths(paths: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const ingested = await ingest(paths, {
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    onFile: (_source, done, total) => options.onProgress?.({ stage: "read", done, total }),
  });
  const extractions = extractCorpus(ingested.articles, {
    onArticle: (done, total) => options.onProgress?.({ stage: "extract", done, total }),
  });
  const graph = buildGraph(extractions, options.builtAt ? { builtAt: options.builtAt } : {});
  return { graph, extractions, summary: summarise(graph, ingested, extractions) };
}

export function summarise(graph: PolicyGraph, ingested: IngestResult, extractions: ArticleExtraction[]): BuildSummary {
  const nodesByKind = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  const relationsByType = Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as Record<RelationType, number>;
  graph.forEachNode((_key, attributes) => nodesByKind[attributes.kind]++);
  graph.forEachEdge((_key, attributes) => relationsByType[attributes.type]++);
  return {
    files: ingested.documents,
    articles: ingested.articles.length,
    nodesByKind,
    relationsByType,
    diagnostics: [...ingested.diagnostics, ...extractions.flatMap((e) => e.diagnostics)],
  };
}
