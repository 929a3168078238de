/**
 * One relation: with all its evidence sentences, what `GET /api/edge/:key`
 * answers (a panel expanding a relation asks for it); or as a summary seen
 * from one of its ends, with only its first sentences, which is how a node's
 * details list it (a hub's relations cite thousands of sentences).
 */
import type { Evidence } from "../../pipeline/schema/index.js";
import type { EdgeDetails, EvidenceDetail, NodeRef, RelationDirection, RelationSummary } from "./api-types.js";
import type { DataGraph } from "./graph-index.js";

export function refOf(graph: DataGraph, key: string): NodeRef {
  const attributes = graph.getNodeAttributes(key);
  return { key, kind: attributes.kind, name: attributes.name };
}

function articleTitle(graph: DataGraph, key: string): string | undefined {
  if (!graph.hasNode(key)) return undefined;
  const attributes = graph.getNodeAttributes(key);
  return attributes.kind === "Article" ? attributes.title || attributes.name : undefined;
}

/** A relation's evidence as the panel shows it: each sentence with the title of its article. */
export function evidenceDetails(graph: DataGraph, evidence: readonly Evidence[]): EvidenceDetail[] {
  return evidence.map((e) => {
    const title = articleTitle(graph, e.article);
    return { article: e.article, ...(title ? { articleTitle: title } : {}), sentence: e.sentence, matched: e.matched ?? [] };
  });
}

/**
 * Details of one relation, or `undefined` when the graph has no such edge.
 *
 * @example edgeDetails(graph, "SERVES|Programme:以三大促三好活动|Group:第一书记")?.evidence[0]?.sentence
 */
export function edgeDetails(graph: DataGraph, key: string): EdgeDetails | undefined {
  if (!graph.hasEdge(key)) return undefined;
  const attributes = graph.getEdgeAttributes(key);
  return {
    key,
    type: attributes.type,
    source: refOf(graph, graph.source(key)),
    target: refOf(graph, graph.target(key)),
    evidence: evidenceDetails(graph, attributes.evidence ?? []),
  };
}

/**
 * A relation as seen from its source (`out`) or target (`in`), with its first
 * `preview` evidence sentences.
 *
 * @example relationSummary(graph, "SERVES|Programme:“四航”模式|Group:离退休干部", "in", 1).other.name // "“四航”模式"
 */
export function relationSummary(graph: DataGraph, key: string, direction: RelationDirection, preview: number): RelationSummary {
  const attributes = graph.getEdgeAttributes(key);
  const evidence = attributes.evidence ?? [];
  return {
    key,
    type: attributes.type,
    direction,
    other: refOf(graph, direction === "out" ? graph.target(key) : graph.source(key)),
    evidenceCount: evidence.length,
    evidence: evidenceDetails(graph, evidence.slice(0, preview)),
  };
}
