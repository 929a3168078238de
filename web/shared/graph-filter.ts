/**
 * Which nodes a set of filters keeps. Pure: takes the data graph, its index
 * and the filters, returns the keys to show (edges are shown when both ends are).
 */
import type { NodeKind } from "../../pipeline/schema/index.js";
import type { DataGraph, GraphIndex } from "./graph-index.js";

export interface GraphFilters {
  /** Kinds hidden from the view (empty: every kind shown). */
  hiddenKinds: readonly NodeKind[];
  /** Keep only nodes reaching one of these counties (empty: no county filter). */
  counties: readonly string[];
  /** Keep only nodes about one of these themes (empty: no theme filter). */
  themes: readonly string[];
}

export const NO_FILTERS: GraphFilters = { hiddenKinds: [], counties: [], themes: [] };

function intersects(set: ReadonlySet<string>, wanted: readonly string[]): boolean {
  return wanted.some((value) => set.has(value));
}

/**
 * Keys of the nodes the filters keep.
 *
 * @example
 * visibleNodes(graph, indexGraph(graph), { hiddenKinds: ["Article"], counties: ["金乡县"], themes: [] })
 */
export function visibleNodes(graph: DataGraph, index: GraphIndex, filters: GraphFilters): Set<string> {
  const hidden = new Set<string>(filters.hiddenKinds);
  const visible = new Set<string>();
  graph.forEachNode((key, attributes) => {
    if (hidden.has(attributes.kind)) return;
    const membership = index.get(key);
    if (filters.counties.length > 0 && !(membership && intersects(membership.counties, filters.counties))) return;
    if (filters.themes.length > 0 && !(membership && intersects(membership.themes, filters.themes))) return;
    visible.add(key);
  });
  return visible;
}

/** True when no filter narrows the view. */
export function isUnfiltered(filters: GraphFilters): boolean {
  return filters.hiddenKinds.length === 0 && filters.counties.length === 0 && filters.themes.length === 0;
}
