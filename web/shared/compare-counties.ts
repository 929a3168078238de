/**
 * The "compare counties" view: for two or more counties, which programmes,
 * groups, organisations and themes they share and which are unique to one.
 */
import type { NodeKind } from "../../pipeline/schema/index.js";
import type { DataGraph, GraphIndex } from "./graph-index.js";

export const COMPARED_KINDS = ["Programme", "Group", "Organization", "Theme"] as const satisfies readonly NodeKind[];
export type ComparedKind = (typeof COMPARED_KINDS)[number];

export interface ComparedNode {
  key: string;
  name: string;
  /** The compared counties this node reaches, in the order they were given. */
  counties: string[];
}

export interface CountyComparison {
  counties: string[];
  /** Reached by every compared county. */
  shared: Record<ComparedKind, ComparedNode[]>;
  /** Reached by more than one but not all (only possible with three or more counties). */
  partlyShared: Record<ComparedKind, ComparedNode[]>;
  /** Reached by exactly one county, per county. */
  unique: Record<string, Record<ComparedKind, ComparedNode[]>>;
}

export class CompareCountiesError extends Error {
  override name = "CompareCountiesError";
}

const emptyByKind = (): Record<ComparedKind, ComparedNode[]> => ({ Programme: [], Group: [], Organization: [], Theme: [] });

/**
 * Compares two or more counties by what their programmes reach.
 *
 * @example
 * compareCounties(graph, indexGraph(graph), ["金乡县", "微山县"]).shared.Group
 * // [{ key: "Group:离退休干部", name: "离退休干部", counties: ["金乡县", "微山县"] }]
 */
export function compareCounties(graph: DataGraph, index: GraphIndex, counties: readonly string[]): CountyComparison {
  const distinct = [...new Set(counties)];
  if (distinct.length < 2) throw new CompareCountiesError("compareCounties: give at least two different counties");
  const comparison: CountyComparison = {
    counties: distinct,
    shared: emptyByKind(),
    partlyShared: emptyByKind(),
    unique: Object.fromEntries(distinct.map((county) => [county, emptyByKind()])),
  };
  graph.forEachNode((key, attributes) => {
    if (!(COMPARED_KINDS as readonly string[]).includes(attributes.kind)) return;
    const kind = attributes.kind as ComparedKind;
    const reached = index.get(key)?.counties ?? new Set<string>();
    const mine = distinct.filter((county) => reached.has(county));
    if (mine.length === 0) return;
    const entry: ComparedNode = { key, name: attributes.name, counties: mine };
    if (mine.length === distinct.length) comparison.shared[kind].push(entry);
    else if (mine.length > 1) comparison.partlyShared[kind].push(entry);
    else comparison.unique[mine[0]!]![kind].push(entry);
  });
  const byName = (x: ComparedNode, y: ComparedNode) => x.name.localeCompare(y.name, "zh-Hans-CN");
  for (const group of [comparison.shared, comparison.partlyShared, ...Object.values(comparison.unique)]) {
    for (const kind of COMPARED_KINDS) group[kind].sort(byName);
  }
  return comparison;
}
