/**
 * Which counties and themes each node belongs to, derived once per graph.
 * A node "reaches" a county through programmes: a Group through the
 * programmes that serve it (or the metrics that count it), an Organisation
 * through the programmes it takes part in, a Theme through the programmes
 * about it. Filters, the county comparison and the node panel all read this.
 */
import type Graph from "graphology";
import type { EdgeAttributes, Evidence, NodeKind } from "../../pipeline/schema/index.js";
import type { NodeAttributesWithoutLists } from "./api-types.js";

/**
 * Read-only view of a policy graph (the data graph, not Sigma's display
 * graph): the server's full graph, or the browser's copy of a payload, which
 * has article lists and evidence only when the payload carries them inline.
 */
export type DataGraph = Graph<DataNodeAttributes, DataEdgeAttributes>;
export type DataNodeAttributes = NodeAttributesWithoutLists & { articles?: string[] };
export type DataEdgeAttributes = Omit<EdgeAttributes, "evidence"> & { evidence?: Evidence[] };

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
  const visit = (_edge: string, attributes: { type: EdgeAttributes["type"] }, source: string, target: string) => {
    if (attributes.type === type) found.push(direction === "out" ? target : source);
  };
  if (direction === "out") graph.forEachOutEdge(key, visit);
  else graph.forEachInEdge(key, visit);
  return found;
}

/**
 * Per-programme answers asked again for every node tied to the programme;
 * remembered so that indexing a graph costs about one look-up per edge.
 */
interface ProgrammeMemo {
  closure: Map<string, string[]>;
  counties: Map<string, string[]>;
  themes: Map<string, string[]>;
}

function remembered(memo: Map<string, string[]>, key: string, compute: () => string[]): string[] {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = compute()));
  return value;
}

/** The programme itself and every programme it is PART_OF, however deep: a sub-measure belongs wherever its parent runs. */
function programmeClosure(graph: DataGraph, memo: ProgrammeMemo, key: string): string[] {
  return remembered(memo.closure, key, () => {
    const seen = new Set([key]);
    const queue = [key];
    while (queue.length > 0) {
      for (const parent of related(graph, queue.shift()!, "PART_OF", "out")) {
        if (!seen.has(parent)) seen.add(parent), queue.push(parent);
      }
    }
    return [...seen];
  });
}

/** Programmes a node is tied to: the node itself, its programme owners, or those serving/involving it. */
function programmesOf(graph: DataGraph, memo: ProgrammeMemo, key: string): string[] {
  const attributes = graph.getNodeAttributes(key);
  switch (attributes.kind) {
    case "Programme":
      return programmeClosure(graph, memo, key);
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

function expandProgrammes(graph: DataGraph, memo: ProgrammeMemo, programmes: string[]): string[] {
  const all = new Set<string>();
  for (const programme of programmes) for (const p of programmeClosure(graph, memo, programme)) all.add(p);
  return [...all];
}

function countiesOf(graph: DataGraph, memo: ProgrammeMemo, key: string, programmes: string[]): Set<string> {
  const counties = new Set<string>();
  const name = (k: string) => graph.getNodeAttribute(k, "name");
  const attributes = graph.getNodeAttributes(key);
  for (const programme of programmes) {
    const running = remembered(memo.counties, programme, () => related(graph, programme, "RUNS", "in").map(name));
    for (const county of running) counties.add(county);
  }
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

function themesOf(graph: DataGraph, memo: ProgrammeMemo, key: string, programmes: string[]): Set<string> {
  const themes = new Set<string>();
  const attributes = graph.getNodeAttributes(key);
  if (attributes.kind === "Theme") themes.add(attributes.name);
  const about = (owner: string) => related(graph, owner, "ABOUT", "out").map((t) => graph.getNodeAttribute(t, "name"));
  if (attributes.kind === "Article") for (const theme of about(key)) themes.add(theme);
  for (const programme of programmes) for (const theme of remembered(memo.themes, programme, () => about(programme))) themes.add(theme);
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
  const memo: ProgrammeMemo = { closure: new Map(), counties: new Map(), themes: new Map() };
  graph.forEachNode((key) => {
    const programmes = expandProgrammes(graph, memo, programmesOf(graph, memo, key));
    index.set(key, { counties: countiesOf(graph, memo, key, programmes), themes: themesOf(graph, memo, key, programmes) });
  });
  return index;
}

/** Sorted names of the nodes of one kind (e.g. the counties offered as filters). */
export function listNames(graph: DataGraph, kind: NodeKind): string[] {
  const names: string[] = [];
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === kind) names.push(attributes.name);
  });
  return names.sort((x, y) => x.localeCompare(y, "zh-Hans-CN"));
}
