/**
 * Sigma's graph: topology of the data graph plus display attributes only
 * (position, size, colour, label). The data graph keeps the facts; state such
 * as hover and selection never lands here (reducers apply it at render time).
 */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type Sigma from "sigma";
import type { NodeKind, RelationType } from "../../../pipeline/schema/index.js";
import type { DataEdgeAttributes, DataGraph, DataNodeAttributes } from "../../shared/graph-index.js";
import { KIND_COLORS } from "../../shared/kind-style.js";

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeKind;
  /** Name and aliases, lower-cased, for search. */
  searchText: string;
}

export interface DisplayEdge {
  relation: RelationType;
  size: number;
  color: string;
  type: "arrow";
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

export const MAX_LABEL_LENGTH = 16;

export function shortLabel(name: string): string {
  return name.length > MAX_LABEL_LENGTH ? `${name.slice(0, MAX_LABEL_LENGTH - 1)}…` : name;
}

export const MAX_NODE_SIZE = 30;

/**
 * Node size grows with the square root of degree, so hubs stand out without
 * swallowing the view; big graphs get smaller nodes overall (sizes are screen pixels).
 */
export function sizeForDegree(degree: number, order = 1): number {
  const scale = Math.min(1, Math.max(0.35, Math.sqrt(300 / Math.max(order, 1))));
  return Math.min(MAX_NODE_SIZE, (4 + 3 * Math.sqrt(degree)) * scale);
}

function displayNode(attributes: DataNodeAttributes, degree: number, order: number): DisplayNode {
  return {
    x: 0,
    y: 0,
    size: sizeForDegree(degree, order),
    color: KIND_COLORS[attributes.kind],
    label: shortLabel(attributes.name),
    kind: attributes.kind,
    searchText: [attributes.name, ...(attributes.aliases ?? [])].join("\u0000").toLowerCase(),
  };
}

function displayEdge(relation: RelationType): DisplayEdge {
  return { relation, size: 1, color: "#c5cad3", type: "arrow" };
}

/**
 * @example const display = createDisplayGraph(dataGraph); display.getNodeAttribute("County:金乡县", "color")
 */
export function createDisplayGraph(data: DataGraph): DisplayGraph {
  const display: DisplayGraph = new Graph({ type: "directed", multi: true });
  data.forEachNode((key, attributes) => display.addNode(key, displayNode(attributes, data.degree(key), data.order)));
  data.forEachEdge((key, attributes, source, target) => display.addDirectedEdgeWithKey(key, source, target, displayEdge(attributes.type)));
  return display;
}

/**
 * The same display graph straight from a payload's export, so the first paint
 * does not wait for the data graph (which is built after it, see graph-facts.ts).
 *
 * @example const display = createDisplayGraphFromExport(payload.graph);
 */
export function createDisplayGraphFromExport(graph: SerializedGraph<DataNodeAttributes, DataEdgeAttributes>): DisplayGraph {
  const degree = new Map<string, number>();
  for (const { source, target } of graph.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const display: DisplayGraph = new Graph({ type: "directed", multi: true });
  const order = graph.nodes.length;
  for (const { key, attributes } of graph.nodes) display.addNode(key, displayNode(attributes!, degree.get(key) ?? 0, order));
  for (const { key, source, target, attributes } of graph.edges) {
    const edge = displayEdge(attributes!.type);
    if (key === undefined) display.addDirectedEdge(source, target, edge);
    else display.addDirectedEdgeWithKey(key, source, target, edge);
  }
  return display;
}

/** The renderer of the display graph. */
export type ExplorerSigma = Sigma<DisplayNode, DisplayEdge>;
