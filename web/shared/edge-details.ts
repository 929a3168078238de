/**
 * One relation with all its evidence sentences: what `GET /api/edge/:key`
 * answers, for a client that wants the evidence of one relation without the
 * details of a node at either end (a hub's run to megabytes).
 */
import type { RelationType } from "../../pipeline/schema/index.js";
import type { DataGraph } from "./graph-index.js";
import { evidenceDetails, refOf, type EvidenceDetail, type NodeRef } from "./node-details.js";

export interface EdgeDetails {
  key: string;
  type: RelationType;
  source: NodeRef;
  target: NodeRef;
  evidence: EvidenceDetail[];
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
