/**
 * Synthetic policy graphs of a chosen size for the explorer benchmark:
 * schema-conformant node kinds and relation types, about `edgesPerNode`
 * edges per node, hubs by preferential attachment (a few groups and themes
 * link to many programmes, as in real corpora). Deterministic for a seed.
 */
import { countEvidenceRelations, createPolicyGraph, type PolicyGraph } from "../../pipeline/graph/build-graph.js";
import {
  edgeKey,
  GRAPH_FORMAT_VERSION,
  nodeKey,
  RELATION_ENDPOINTS,
  type NodeAttributes,
  type NodeKind,
  type RelationType,
} from "../../pipeline/schema/index.js";
import { createRng, type Rng } from "../lib/rng.js";

export interface GenerateGraphOptions {
  nodes: number;
  /** Target edges per node (the explorer benchmark uses 4). */
  edgesPerNode?: number;
  seed?: number;
}

export const DEFAULT_GRAPH_OPTIONS = { edgesPerNode: 4, seed: 7 } as const;

/** Share of each kind among the nodes (sums to 1). */
const KIND_SHARES: Record<Exclude<NodeKind, "City" | "Province">, number> = {
  Article: 0.2,
  County: 0.04,
  Programme: 0.25,
  Group: 0.06,
  Metric: 0.25,
  Organization: 0.1,
  Person: 0.07,
  Theme: 0.03,
};

/**
 * How often each relation type occurs, close to a graph the pipeline built
 * from 1,000 generated articles. PART_OF stays rare and one level deep (a
 * sub-measure under a top programme), as in real reports.
 */
const RELATION_WEIGHTS: ReadonlyArray<readonly [RelationType, number]> = [
  ["HAS_METRIC", 47],
  ["ABOUT", 10],
  ["RUNS", 10],
  ["COUNTS", 9],
  ["WRITTEN_BY", 8],
  ["SERVES", 5],
  ["REPORTS_ON", 4],
  ["INVOLVES", 1],
  ["PART_OF", 0.2],
];
const TOTAL_WEIGHT = RELATION_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
/** Share of programmes that may be a PART_OF parent. */
const TOP_PROGRAMME_SHARE = 0.1;

function pickRelation(rng: Rng): RelationType {
  let x = rng.next() * TOTAL_WEIGHT;
  for (const [type, weight] of RELATION_WEIGHTS) {
    x -= weight;
    if (x < 0) return type;
  }
  return "HAS_METRIC";
}

export class GraphOptionsError extends Error {
  override name = "GraphOptionsError";
}

/**
 * @example generatePolicyGraph({ nodes: 1000 }).size // ≈ 4000
 */
export function generatePolicyGraph(options: GenerateGraphOptions): PolicyGraph {
  const { nodes, edgesPerNode, seed } = { ...DEFAULT_GRAPH_OPTIONS, ...options };
  if (!Number.isInteger(nodes) || nodes < 20) throw new GraphOptionsError("generate-graph: `nodes` must be an integer ≥ 20");
  if (!(edgesPerNode > 0)) throw new GraphOptionsError("generate-graph: `edgesPerNode` must be positive");
  const rng = createRng(seed);
  const graph = createPolicyGraph();
  graph.replaceAttributes({ formatVersion: GRAPH_FORMAT_VERSION, builtAt: "2024-01-01T00:00:00.000Z", generator: "policy-kg bench" });
  const byKind = new Map<NodeKind, string[]>();
  // Articles first (KIND_SHARES lists them first): every other node names one as its source.
  for (const [kind, share] of Object.entries(KIND_SHARES) as [NodeKind, number][]) {
    const keys: string[] = [];
    const count = Math.max(2, Math.round(nodes * share));
    const articles = byKind.get("Article") ?? [];
    for (let i = 0; i < count; i++) {
      const key = addNode(graph, kind, i, rng, articles.length > 0 ? [rng.pick(articles)] : []);
      keys.push(key);
    }
    byKind.set(kind, keys);
  }
  const targetEdges = Math.round(graph.order * edgesPerNode);
  // Preferential attachment: endpoints are drawn from a pool that grows with every edge they get.
  const pools = new Map<NodeKind, string[]>([...byKind].map(([kind, keys]) => [kind, [...keys]]));
  const programmes = byKind.get("Programme") ?? [];
  const topProgrammes = new Set(programmes.slice(0, Math.max(1, Math.round(programmes.length * TOP_PROGRAMME_SHARE))));
  let attempts = 0;
  while (graph.size < targetEdges && attempts < targetEdges * 20) {
    attempts++;
    const type = pickRelation(rng);
    const { from, to } = RELATION_ENDPOINTS[type];
    const source = rng.pick(pools.get(rng.pick(from)) ?? []);
    const target = rng.pick(pools.get(rng.pick(to)) ?? []);
    if (!source || !target || source === target) continue;
    if (type === "PART_OF" && (topProgrammes.has(source) || !topProgrammes.has(target))) continue;
    const key = edgeKey(type, source, target);
    if (graph.hasEdge(key)) continue;
    const article = rng.pick(byKind.get("Article") ?? []);
    graph.addDirectedEdgeWithKey(key, source, target, {
      type,
      evidence: [{ article, sentence: "示例句子。", start: 0, end: 5 }],
    });
    pools.get(graph.getNodeAttribute(source, "kind"))?.push(source);
    pools.get(graph.getNodeAttribute(target, "kind"))?.push(target);
  }
  countEvidenceRelations(graph);
  return graph;
}

function addNode(graph: PolicyGraph, kind: NodeKind, i: number, rng: Rng, mentionedIn: string[]): string {
  const name = `${kind}-${i}`;
  const key = kind === "Article" ? `Article:${i.toString(16).padStart(16, "0")}` : nodeKey(kind, name);
  const base = { name, articles: kind === "Article" ? [key] : mentionedIn };
  let attributes: NodeAttributes;
  if (kind === "Article") {
    const hash = (rng.next().toString(16).slice(2) + i.toString(16)).padEnd(16, "0");
    attributes = { ...base, kind, title: name, reporters: [], source: "bench.txt", text: "示例正文。", hash, layout: "print", evidenceRelations: 0 };
  } else if (kind === "County") {
    attributes = { ...base, kind, code: String(100000 + i) };
  } else if (kind === "Metric") {
    attributes = { ...base, kind, value: rng.int(1, 10000), unit: "人", counted: "服务群众", raw: "100人" };
  } else {
    attributes = { ...base, kind } as NodeAttributes;
  }
  graph.addNode(key, attributes);
  return key;
}
