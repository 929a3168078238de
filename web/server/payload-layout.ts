/**
 * Positions for the nodes of a graph payload, computed once per topology so
 * the browser only draws. `payloadLayout` lays out in the calling thread
 * (export-site, which has nothing else to do meanwhile); the API uses
 * payload-layouts.ts, which runs the same computation in a worker thread.
 * Results are remembered by a fingerprint of the topology, so a Neo4j store
 * re-reading the same graph, or a filter asked again, costs no second layout.
 */
import type { GraphLayout } from "../shared/api-types.js";
import {
  DEFAULT_PAYLOAD_LAYOUT_OPTIONS,
  layoutFingerprint,
  layOutTopology,
  sortedTopology,
  type PayloadLayoutOptions,
  type SerializedTopology,
  type Topology,
  type TopologyLayout,
} from "./topology-layout.js";

export { DEFAULT_PAYLOAD_LAYOUT_OPTIONS, type PayloadLayoutOptions } from "./topology-layout.js";

/** Layouts remembered (a graph and a few filtered views of it). */
export const REMEMBERED_LAYOUTS = 16;

/** Adds a layout to a bounded memory, forgetting the oldest when full. */
export function remember(memory: Map<string, TopologyLayout>, id: string, layout: TopologyLayout): void {
  if (memory.size >= REMEMBERED_LAYOUTS) memory.delete(memory.keys().next().value!);
  memory.set(id, layout);
}

/** A topology's layout as a payload ships it: positions in the order of `graph.nodes`. */
export function inPayloadOrder(graph: SerializedTopology, topology: Topology, layout: TopologyLayout, options: PayloadLayoutOptions): GraphLayout {
  const indexOf = new Map(topology.nodes.map((key, i) => [key, i]));
  const positions: number[] = new Array(graph.nodes.length * 2);
  graph.nodes.forEach((node, i) => {
    const at = indexOf.get(node.key)!;
    positions[2 * i] = layout.positions[2 * at]!;
    positions[2 * i + 1] = layout.positions[2 * at + 1]!;
  });
  return { algorithm: "seeded-forceatlas2", seed: options.seed, iterations: layout.iterations, positions };
}

const remembered = new Map<string, TopologyLayout>();

/**
 * Layout of the nodes in a payload's graph, computed in this thread (seconds
 * for thousands of nodes), positions in the order of `graph.nodes`.
 *
 * @example payloadLayout(graph.export()).positions.length === 2 * graph.order
 */
export function payloadLayout(graph: SerializedTopology, options: PayloadLayoutOptions = DEFAULT_PAYLOAD_LAYOUT_OPTIONS): GraphLayout {
  const topology = sortedTopology(graph);
  const id = layoutFingerprint(topology, options);
  let layout = remembered.get(id);
  if (!layout) remember(remembered, id, (layout = layOutTopology(topology, options)));
  return inPayloadOrder(graph, topology, layout, options);
}
