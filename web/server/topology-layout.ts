/**
 * The layout of one graph topology, in a form a worker thread can take and
 * give back cheaply: node keys in key order, edges as pairs of indices into
 * them in edge-key order, positions as one typed array. Seeing nodes and
 * edges in key order makes the layout depend on what a payload holds, not on
 * the order a source (graph.json, Neo4j) listed it in.
 */
import { createHash } from "node:crypto";
import Graph from "graphology";
import { assignSeededLayout, DEFAULT_SEED, iterationsFor, SERVER_ITERATION_BUDGET } from "../shared/seeded-layout.js";

export interface PayloadLayoutOptions {
  /** Node-iterations of ForceAtlas2 to spend (see iterationsFor). */
  budget: number;
  seed: number;
}

export const DEFAULT_PAYLOAD_LAYOUT_OPTIONS: PayloadLayoutOptions = { budget: SERVER_ITERATION_BUDGET, seed: DEFAULT_SEED };

export interface Topology {
  /** Node keys, sorted. */
  nodes: string[];
  /** Source and target of each edge as indices into `nodes`, two per edge, edges sorted by key. */
  edges: Uint32Array;
}

export interface TopologyLayout {
  iterations: number;
  /** x and y of `topology.nodes[i]` at `2i` and `2i + 1`. */
  positions: Float64Array<ArrayBuffer>;
}

/** What a layout worker is given. */
export interface LayoutJob {
  topology: Topology;
  options: PayloadLayoutOptions;
}

/** What a layout reads of a serialised graph (a payload's or graph.json's): node keys and edge ends. */
export interface SerializedTopology {
  nodes: readonly { key: string }[];
  edges: readonly { key?: string; source: string; target: string }[];
}

/** The topology of a payload's graph, nodes and edges in key order. */
export function sortedTopology(graph: SerializedTopology): Topology {
  const nodes = graph.nodes.map((node) => node.key).sort();
  const indexOf = new Map(nodes.map((key, i) => [key, i]));
  const sorted = graph.edges
    .map((edge) => ({ key: edge.key ?? `${edge.source}\u0000${edge.target}`, source: edge.source, target: edge.target }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const edges = new Uint32Array(sorted.length * 2);
  sorted.forEach((edge, i) => {
    edges[2 * i] = indexOf.get(edge.source)!;
    edges[2 * i + 1] = indexOf.get(edge.target)!;
  });
  return { nodes, edges };
}

/** Identifies a topology and the options it is laid out with (the cache key). */
export function layoutFingerprint({ nodes, edges }: Topology, options: PayloadLayoutOptions): string {
  const hash = createHash("sha256").update(`${options.seed}\u0001${options.budget}\u0001`);
  for (const node of nodes) hash.update(`${node}\u0001`);
  for (let i = 0; i < edges.length; i += 2) hash.update(`${nodes[edges[i]!]}\u0002${nodes[edges[i + 1]!]}\u0001`);
  return hash.digest("base64");
}

/** Two decimals are far below a pixel at any zoom Sigma allows, and keep the JSON small. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Runs the seeded layout on a topology (seconds for thousands of nodes: the
 * API runs it in a worker thread, see worker-layout.ts).
 *
 * @example layOutTopology(sortedTopology(graph.export()), DEFAULT_PAYLOAD_LAYOUT_OPTIONS).positions.length === 2 * graph.order
 */
export function layOutTopology(topology: Topology, options: PayloadLayoutOptions): TopologyLayout {
  const graph: Graph<{ x: number; y: number }> = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const node of topology.nodes) graph.addNode(node, { x: 0, y: 0 });
  for (let i = 0; i < topology.edges.length; i += 2) {
    graph.addDirectedEdge(topology.nodes[topology.edges[i]!]!, topology.nodes[topology.edges[i + 1]!]!);
  }
  const iterations = iterationsFor(graph.order, options.budget);
  assignSeededLayout(graph, { iterations, seed: options.seed });
  const positions = new Float64Array(graph.order * 2);
  topology.nodes.forEach((key, i) => {
    const { x, y } = graph.getNodeAttributes(key);
    positions[2 * i] = round(x);
    positions[2 * i + 1] = round(y);
  });
  return { iterations, positions };
}
