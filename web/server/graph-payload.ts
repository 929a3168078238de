/**
 * What GET /api/graph ships: the graph filtered by kind and county, cut to
 * the best-connected nodes when it is too big, article bodies left out,
 * article lists and evidence as counts (the API serves them on demand; a
 * static export ships them inline), with the position of every node (so the
 * browser draws without laying out).
 */
import type { PolicyGraph } from "../../pipeline/graph/build-graph.js";
import type { NodeKind } from "../../pipeline/schema/index.js";
import type { EvidenceMode, GraphLayout, GraphPayload, GraphSourceKind, PayloadGraph } from "../shared/api-types.js";
import { visibleNodes } from "../shared/graph-filter.js";
import type { GraphIndex } from "../shared/graph-index.js";
import { NODE_KINDS } from "../../pipeline/schema/index.js";
import { payloadLayout } from "./payload-layout.js";
import { relationCounties, type ArticleCountiesCache } from "../shared/relation-counties.js";
import { payloadEdgeAttributes, payloadNodeAttributes } from "./payload-attributes.js";

export interface GraphRequest {
  /** Kinds to include (empty: all). */
  kinds: readonly NodeKind[];
  counties: readonly string[];
  maxNodes: number;
}

/** A payload before its layout: what to ship, decided without laying anything out. */
export type PayloadContent = Omit<GraphPayload, "layout">;

/**
 * Chooses and serialises the nodes and edges one request ships.
 *
 * @example payloadContent(graph, index, "file", { kinds: [], counties: ["金乡县"], maxNodes: 5000 }).graph.nodes.length
 */
export function payloadContent(
  graph: PolicyGraph,
  index: GraphIndex,
  source: GraphSourceKind,
  request: GraphRequest,
  evidence: EvidenceMode = "on-demand",
): PayloadContent {
  const hiddenKinds = request.kinds.length === 0 ? [] : NODE_KINDS.filter((kind) => !request.kinds.includes(kind));
  let keep = visibleNodes(graph, index, { hiddenKinds, counties: request.counties, themes: [] });
  const matching = keep.size;
  let truncated = false;
  if (matching > request.maxNodes) {
    truncated = true;
    keep = new Set([...keep].sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)).slice(0, request.maxNodes));
  }
  const serialized: PayloadGraph = {
    attributes: graph.getAttributes(),
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [],
    edges: [],
  };
  graph.forEachNode((key, attributes) => {
    if (keep.has(key)) serialized.nodes.push({ key, attributes: payloadNodeAttributes(attributes, evidence) });
  });
  const articleCounties: ArticleCountiesCache = new Map();
  graph.forEachEdge((key, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) {
      const counties = relationCounties(graph, key, articleCounties);
      serialized.edges.push({ key, source, target, attributes: payloadEdgeAttributes(attributes, evidence, counties) });
    }
  });
  return {
    source,
    graph: serialized,
    evidence,
    total: { nodes: graph.order, edges: graph.size },
    truncated,
    ...(truncated
      ? { notice: `Showing the ${request.maxNodes} best-connected of ${matching} matching nodes; filter by county or kind to see the rest.` }
      : {}),
  };
}

/** The payload with its layout, `layout` right after `graph` as the API has always shipped it. */
export function withLayout({ source, graph, ...rest }: PayloadContent, layout: GraphLayout): GraphPayload {
  return { source, graph, layout, ...rest };
}

/**
 * Builds the payload for one request, laying it out in this thread (the API
 * lays out in a worker instead: see payload-layouts.ts).
 *
 * @example graphPayload(graph, index, "embedded", { kinds: [], counties: [], maxNodes: Infinity }, "inline").layout.positions.length
 */
export function graphPayload(
  graph: PolicyGraph,
  index: GraphIndex,
  source: GraphSourceKind,
  request: GraphRequest,
  evidence: EvidenceMode = "on-demand",
): GraphPayload {
  const content = payloadContent(graph, index, source, request, evidence);
  return withLayout(content, payloadLayout(content.graph));
}
