/**
 * Reproducible first layout: each node starts at a position derived from its
 * key (so the order nodes arrive in does not matter), then a fixed number of
 * ForceAtlas2 iterations run synchronously. Same graph, same picture.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { DisplayGraph } from "./display-graph.js";

export interface SeededLayoutOptions {
  iterations: number;
  seed: number;
}

export const DEFAULT_SEEDED_LAYOUT: SeededLayoutOptions = { iterations: 300, seed: 7 };

/** FNV-1a hash of a string mixed with a seed: a stable 32-bit number per node key. */
export function hashKey(key: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Writes x/y of every node of the display graph. */
export function assignSeededLayout(graph: DisplayGraph, options: Partial<SeededLayoutOptions> = {}): void {
  const { iterations, seed } = { ...DEFAULT_SEEDED_LAYOUT, ...options };
  if (!Number.isInteger(iterations) || iterations < 0) throw new Error("assignSeededLayout: `iterations` must be a non-negative integer");
  const spread = Math.sqrt(graph.order) * 10;
  graph.forEachNode((key) => {
    const h1 = hashKey(key, seed);
    const h2 = hashKey(key, seed + 1);
    graph.mergeNodeAttributes(key, { x: ((h1 / 0xffffffff) * 2 - 1) * spread, y: ((h2 / 0xffffffff) * 2 - 1) * spread });
  });
  if (graph.order < 2 || iterations === 0) return;
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph) });
}

export function layoutSettings(graph: DisplayGraph) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false, gravity: 1.5, scalingRatio: 8 };
}
