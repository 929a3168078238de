/**
 * Positions for the nodes of a graph payload, computed on the server once per
 * topology so the browser only draws. The layout sees nodes and edges in key
 * order, so it depends on what the payload holds, not on the order a source
 * (graph.json, Neo4j) listed it in; results are remembered by a fingerprint
 * of that topology, so a Neo4j store re-reading the same graph, or a filter
 * asked again, costs no second layout.
 */
import { createHash } from "node:crypto";
import Graph from "graphology";
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";
import type { GraphLayout } from "../shared/api-types.js";
import { assignSeededLayout, DEFAULT_SEED, iterationsFor, SERVER_ITERATION_BUDGET } from "../shared/seeded-layout.js";

export interface PayloadLayoutOptions {
  /** Node-iterations of ForceAtlas2 to spend (see iterationsFor). */
  budget: number;
  seed: number;
}

export const DEFAULT_PAYLOAD_LAYOUT_OPTIONS: PayloadLayoutOptions = { budget: SERVER_ITERATION_BUDGET, seed: DEFAULT_SEED };

/** Layouts remembered per process (a graph and a few filtered views of it). */
const REMEMBERED_LAYOUTS = 16;
const remembered = new Map<string, { iterations: number; positions: ReadonlyMap<string, readonly [number, number]> }>();

type Topology = { nodes: string[]; edges: Array<{ key: string; source: string; target: string }> };

function sortedTopology(graph: SerializedPolicyGraph): Topology {
  const nodes = graph.nodes.map((node) => node.key).sort();
  const edges = graph.edges
    .map((edge) => ({ key: edge.key ?? `${edge.source}\u0000${edge.target}`, source: edge.source, target: edge.target }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { nodes, edges };
}

function fingerprint(topology: Topology, options: PayloadLayoutOptions): string {
  const hash = createHash("sha256").update(`${options.seed}\u0001${options.budget}\u0001`);
  for (const node of topology.nodes) hash.update(`${node}\u0001`);
  for (const edge of topology.edges) hash.update(`${edge.source}\u0002${edge.target}\u0001`);
  return hash.digest("base64");
}

function computePositions(topology: Topology, options: PayloadLayoutOptions) {
  const graph: Graph<{ x: number; y: number }> = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const node of topology.nodes) graph.addNode(node, { x: 0, y: 0 });
  for (const edge of topology.edges) graph.addDirectedEdge(edge.source, edge.target);
  const iterations = iterationsFor(graph.order, options.budget);
  assignSeededLayout(graph, { iterations, seed: options.seed });
  const positions = new Map<string, readonly [number, number]>();
  graph.forEachNode((key, { x, y }) => positions.set(key, [round(x), round(y)]));
  return { iterations, positions };
}

/** Two decimals are far below a pixel at any zoom Sigma allows, and keep the JSON small. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Layout of the nodes in a payload's graph, positions in the order of `graph.nodes`.
 *
 * @example payloadLayout(graph.export()).positions.length === 2 * graph.order
 */
export function payloadLayout(graph: SerializedPolicyGraph, options: PayloadLayoutOptions = DEFAULT_PAYLOAD_LAYOUT_OPTIONS): GraphLayout {
  const topology = sortedTopology(graph);
  const id = fingerprint(topology, options);
  let layout = remembered.get(id);
  if (!layout) {
    layout = computePositions(topology, options);
    if (remembered.size >= REMEMBERED_LAYOUTS) remembered.delete(remembered.keys().next().value!);
    remembered.set(id, layout);
  }
  const positions: number[] = new Array(graph.nodes.length * 2);
  graph.nodes.forEach((node, i) => {
    const [x, y] = layout.positions.get(node.key)!;
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
  });
  return { algorithm: "seeded-forceatlas2", seed: options.seed, iterations: layout.iterations, positions };
}
