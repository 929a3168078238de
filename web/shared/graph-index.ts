/**
 * Which counties and themes each node belongs to, derived once per graph.
 * A node "reaches" a county through programmes: a Group through the
 * programmes that serve it (or the metrics that count it), an Organisation
 * through the programmes it takes part in, a Theme through the programmes
 * about it. Filters, the county comparison and the node panel all read this.
 */
import type Graph from "graphology";
import type { EdgeAttributes, NodeAttributes } from "../../pipeline/schema/index.js";

/** Read-only view of a policy graph (the full data graph, not Sigma's display graph). */
export type DataGraph = Graph<NodeAttributes, EdgeAttributes>;

export interface NodeMembership {
  /** Canonical names of the counties the node reaches. */
  counties: ReadonlySet<string>;
  /** Canonical names of the themes the node is about, directly or through its programmes. */
  themes: ReadonlySet<string>;
}

export type GraphIndex = ReadonlyMap<string, NodeMembership>;

/** Neighbours reached over edges of one relation type, in one direction. */
function related(graph: DataGraph, key: string, type: EdgeAttributes["type"], direction: "out" | "in"): string[] {
  const found: string[] = [];
  const visit = (_edge: string, attributes: EdgeAttributes, source: string, target: string) => {
    if (attributes.type === type) found.push(direction === "out" ? target : source);
  };
  if (direction === "out") graph.forEachOutEdge(key, visit);
  else graph.forEachInEdge(key, visit);
  return found;
}

/** Programmes a node is tied to: the node itself, its programme owners, or those serving/involving it. */
function programmesOf(graph: DataGraph, key: string): string[] {
  const attributes = graph.getNodeAttributes(key);
  switch (attributes.kind) {
    case "Programme": {
      // A sub-measure belongs wherever its parent programme runs.
      const seen = new Set([key]);
      const queue = [key];
      while (queue.length > 0) {
        for (const parent of related(graph, queue.shift()!, "PART_OF", "out")) {
          if (!seen.has(parent)) seen.add(parent), queue.push(parent);
        }
      }
      return [...seen];
    }
    case "County":
      return related(graph, key, "RUNS", "out");
    case "Group":
      return [
        ...related(graph, key, "SERVES", "in"),
        ...related(graph, key, "COUNTS", "in").flatMap((metric) => related(graph, metric, "HAS_METRIC", "in")),
      ].filter((owner) => graph.getNodeAttribute(owner, "kind") === "Programme");
    case "Metric":
      return related(graph, key, "HAS_METRIC", "in").filter((o) => graph.getNodeAttribute(o, "kind") === "Programme");
    case "Organization":
      return related(graph, key, "INVOLVES", "in");
    case "Theme":
      return related(graph, key, "ABOUT", "in").filter((o) => graph.getNodeAttribute(o, "kind") === "Programme");
    default:
      return [];
  }
}

function expandProgrammes(graph: DataGraph, programmes: string[]): string[] {
  const all = new Set<string>();
  for (const programme of programmes) for (const p of programmesOf(graph, programme)) all.add(p);
  return [...all];
}

function countiesOf(graph: DataGraph, key: string, programmes: string[]): Set<string> {
  const counties = new Set<string>();
  const name = (k: string) => graph.getNodeAttribute(k, "name");
  const attributes = graph.getNodeAttributes(key);
  for (const programme of programmes) for (const county of related(graph, programme, "RUNS", "in")) counties.add(name(county));
  switch (attributes.kind) {
    case "County":
      counties.add(attributes.name);
      break;
    case "Metric":
      for (const owner of related(graph, key, "HAS_METRIC", "in")) {
        if (graph.getNodeAttribute(owner, "kind") === "County") counties.add(name(owner));
      }
      break;
    case "Article":
      for (const county of related(graph, key, "REPORTS_ON", "out")) counties.add(name(county));
      if (attributes.county) counties.add(attributes.county);
      break;
    case "Person":
      for (const article of related(graph, key, "WRITTEN_BY", "in")) {
        for (const county of related(graph, article, "REPORTS_ON", "out")) counties.add(name(county));
      }
      break;
    case "City":
    case "Province": {
      // Containment: every county inside, however deep.
      const queue = [key];
      const seen = new Set(queue);
      while (queue.length > 0) {
        for (const child of related(graph, queue.shift()!, "IN", "in")) {
          if (seen.has(child)) continue;
          seen.add(child);
          queue.push(child);
          if (graph.getNodeAttribute(child, "kind") === "County") counties.add(name(child));
        }
      }
      break;
    }
    default:
      break;
  }
  return counties;
}

function themesOf(graph: DataGraph, key: string, programmes: string[]): Set<string> {
  const themes = new Set<string>();
  const attributes = graph.getNodeAttributes(key);
  if (attributes.kind === "Theme") themes.add(attributes.name);
  const owners = attributes.kind === "Article" ? [key, ...programmes] : programmes;
  for (const owner of owners) {
    for (const theme of related(graph, owner, "ABOUT", "out")) themes.add(graph.getNodeAttribute(theme, "name"));
  }
  return themes;
}

/**
 * Computes county and theme membership for every node.
 *
 * @example
 * const index = indexGraph(graph);
 * index.get("Group:离退休干部")?.counties // Set { "金乡县", "微山县" }
 */
export function indexGraph(graph: DataGraph): GraphIndex {
  const index = new Map<string, NodeMembership>();
  graph.forEachNode((key) => {
    const programmes = expandProgrammes(graph, programmesOf(graph, key));
    index.set(key, { counties: countiesOf(graph, key, programmes), themes: themesOf(graph, key, programmes) });
  });
  return index;
}

/** Sorted names of the nodes of one kind (e.g. the counties offered as filters). */
export function listNames(graph: DataGraph, kind: NodeAttributes["kind"]): string[] {
  const names: string[] = [];
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === kind) names.push(attributes.name);
  });
  return names.sort((x, y) => x.localeCompare(y, "zh-Hans-CN"));
}
