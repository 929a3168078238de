/**
 * Reproducible first layout: each node starts at a position derived from its
 * key (so the order nodes arrive in does not matter), then a fixed number of
 * ForceAtlas2 iterations run synchronously. Same graph, same picture.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { DisplayGraph } from "./display-graph.js";

export interface SeededLayoutOptions {
  /** ForceAtlas2 iterations; default: as many as ITERATION_BUDGET allows for the graph's size. */
  iterations: number;
  seed: number;
}

/** Node-iterations spent synchronously before first paint: 300 iterations up to ~260 nodes, fewer above. */
export const ITERATION_BUDGET = 80_000;
export const MAX_ITERATIONS = 300;
export const MIN_ITERATIONS = 10;
export const DEFAULT_SEED = 7;

/**
 * How many iterations a graph of this size gets. Depends on the size only, so
 * the picture stays the same across reloads and machines; big graphs get a
 * rough layout that the ▶ Layout button (web worker) refines.
 *
 * @example iterationsFor(228) // 300
 */
export function iterationsFor(order: number): number {
  if (order < 2) return 0;
  return Math.min(MAX_ITERATIONS, Math.max(MIN_ITERATIONS, Math.floor(ITERATION_BUDGET / order)));
}

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
  const { iterations, seed } = { iterations: iterationsFor(graph.order), seed: DEFAULT_SEED, ...options };
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
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000, adjustSizes: false, linLogMode: true, gravity: 1, scalingRatio: 4 };
}
