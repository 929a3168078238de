/**
 * A smaller graph cut from a large one along article lines: the first N
 * Articles, every node one of them mentions (with its article list trimmed
 * to them) and every relation whose evidence they give (evidence trimmed
 * likewise) and whose ends are both kept. The result is a graph the
 * pipeline could have built from those articles alone.
 */
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";

/**
 * @example sampleByArticles(graph, 300).nodes.length
 */
export function sampleByArticles(graph: SerializedPolicyGraph, articleCount: number): SerializedPolicyGraph {
  const chosen = new Set(
    graph.nodes
      .filter((n) => n.attributes?.kind === "Article")
      .slice(0, articleCount)
      .map((n) => n.key),
  );
  const nodes = graph.nodes.flatMap((node) => {
    const attributes = node.attributes;
    if (!attributes) return [];
    if (attributes.kind === "Article") return chosen.has(node.key) ? [node] : [];
    const articles = attributes.articles.filter((a) => chosen.has(a));
    return articles.length > 0 ? [{ ...node, attributes: { ...attributes, articles } }] : [];
  });
  const kept = new Set(nodes.map((n) => n.key));
  const edges = graph.edges.flatMap((edge) => {
    const attributes = edge.attributes;
    if (!attributes || !kept.has(edge.source) || !kept.has(edge.target)) return [];
    const evidence = attributes.evidence.filter((e) => chosen.has(e.article));
    if (attributes.evidence.length > 0 && evidence.length === 0) return [];
    return [{ ...edge, attributes: { ...attributes, evidence } }];
  });
  return { ...graph, nodes, edges };
}
