/**
 * Reading and checking a serialized graph (graph.json = graphology export of a
 * PolicyGraph) before anything is written to Neo4j: every problem is reported
 * at once, and nothing is loaded from a graph that breaks the schema contract.
 */
import { readFile } from "node:fs/promises";
import {
  edgeKey,
  isNodeKind,
  isRelationType,
  RELATION_ENDPOINTS,
  type EdgeAttributes,
  type NodeAttributes,
  type NodeKind,
  type RelationType,
  type SerializedPolicyGraph,
} from "../schema/index.js";
import { GraphFormatError } from "./errors.js";

export interface CheckedNode {
  key: string;
  kind: NodeKind;
  attributes: NodeAttributes;
}

export interface CheckedEdge {
  key: string;
  type: RelationType;
  source: string;
  target: string;
  sourceKind: NodeKind;
  targetKind: NodeKind;
  attributes: EdgeAttributes;
}

/** A graph whose nodes and edges follow the schema, in load order. */
export interface CheckedGraph {
  nodes: CheckedNode[];
  edges: CheckedEdge[];
}

/**
 * Reads graph.json; throws GraphFormatError for unreadable JSON or schema violations.
 *
 * @example const graph = await readGraphFile("out/graph.json");
 */
export async function readGraphFile(file: string): Promise<SerializedPolicyGraph> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new GraphFormatError(`graph file: cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text) as SerializedPolicyGraph;
  } catch (error) {
    throw new GraphFormatError(`graph file: ${file} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Checks a serialized graph against the schema (kinds, types, endpoints, keys, evidence).
 *
 * @example const { nodes, edges } = checkGraph(graph.export());
 */
export function checkGraph(graph: SerializedPolicyGraph): CheckedGraph {
  const problems: string[] = [];
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw new GraphFormatError("graph file: expecting a graphology export with `nodes` and `edges` arrays");
  }
  const nodes: CheckedNode[] = [];
  const kinds = new Map<string, NodeKind>();
  for (const node of graph.nodes) {
    const attributes = node.attributes as NodeAttributes | undefined;
    if (typeof node.key !== "string" || node.key === "") {
      problems.push(`node without a key: ${JSON.stringify(node).slice(0, 80)}`);
    } else if (!attributes || !isNodeKind(attributes.kind)) {
      problems.push(`node ${node.key}: unknown kind ${JSON.stringify(attributes?.kind)}`);
    } else if (kinds.has(node.key)) {
      problems.push(`node ${node.key}: duplicated`);
    } else {
      if (typeof attributes.name !== "string") problems.push(`node ${node.key}: name is not a string`);
      if (!Array.isArray(attributes.articles)) problems.push(`node ${node.key}: articles is not a list`);
      kinds.set(node.key, attributes.kind);
      nodes.push({ key: node.key, kind: attributes.kind, attributes });
    }
  }
  const edges: CheckedEdge[] = [];
  const edgeKeys = new Set<string>();
  for (const edge of graph.edges) {
    const attributes = edge.attributes as EdgeAttributes | undefined;
    const label = `edge ${edge.key ?? `${edge.source}->${edge.target}`}`;
    if (!attributes || !isRelationType(attributes.type)) {
      problems.push(`${label}: unknown type ${JSON.stringify(attributes?.type)}`);
      continue;
    }
    const sourceKind = kinds.get(edge.source);
    const targetKind = kinds.get(edge.target);
    if (!sourceKind || !targetKind) {
      problems.push(`${label}: endpoint ${sourceKind ? edge.target : edge.source} is not a node of the graph`);
      continue;
    }
    const endpoints = RELATION_ENDPOINTS[attributes.type];
    if (!endpoints.from.includes(sourceKind) || !endpoints.to.includes(targetKind)) {
      problems.push(`${label}: ${attributes.type} cannot connect ${sourceKind} to ${targetKind}`);
      continue;
    }
    const key = edgeKey(attributes.type, edge.source, edge.target);
    if (edge.key !== undefined && edge.key !== key) problems.push(`${label}: key differs from edgeKey() = ${key}`);
    if (edgeKeys.has(key)) problems.push(`${label}: duplicated (one edge per type, source and target)`);
    if (!Array.isArray(attributes.evidence)) problems.push(`${label}: evidence is not a list`);
    edgeKeys.add(key);
    edges.push({ key, type: attributes.type, source: edge.source, target: edge.target, sourceKind, targetKind, attributes });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`).join("\n");
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : "";
    throw new GraphFormatError(`graph file: ${problems.length} problem(s), nothing loaded:\n${shown}${more}`);
  }
  return { nodes, edges };
}
