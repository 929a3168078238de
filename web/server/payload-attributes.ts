/**
 * What a payload ships of one node or edge: everything but article bodies,
 * with the article list and the evidence sentences replaced by their counts
 * unless the payload carries evidence inline (export-site). Drawing,
 * filters, search and the county comparison read none of those lists.
 */
import type { EdgeAttributes, NodeAttributes } from "../../pipeline/schema/index.js";
import type { EvidenceMode, PayloadEdgeAttributes, PayloadNodeAttributes } from "../shared/api-types.js";

/** @example payloadNodeAttributes(graph.getNodeAttributes("Group:离退休干部"), "on-demand").articleCount // 2 */
export function payloadNodeAttributes(attributes: NodeAttributes, evidence: EvidenceMode): PayloadNodeAttributes {
  const { text: _body, articles, ...rest } = attributes as NodeAttributes & { text?: string };
  const articleKeys = articles ?? [];
  return { ...rest, articleCount: articleKeys.length, ...(evidence === "inline" ? { articles: articleKeys } : {}) } as PayloadNodeAttributes;
}

/**
 * `counties`: those the relation speaks for (relation-counties.ts), shipped
 * because the browser cannot tell them from a count of sentences.
 *
 * @example payloadEdgeAttributes(graph.getEdgeAttributes(key), "on-demand", ["金乡县"]) // { type: "SERVES", evidenceCount: 1, counties: ["金乡县"] }
 */
export function payloadEdgeAttributes(attributes: EdgeAttributes, evidence: EvidenceMode, counties?: readonly string[]): PayloadEdgeAttributes {
  const { evidence: sentences, ...rest } = attributes;
  const list = sentences ?? [];
  return { ...rest, evidenceCount: list.length, ...(evidence === "inline" ? { evidence: list } : {}), ...(counties ? { counties: [...counties] } : {}) };
}
