import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { NodeKind, RelationType } from "../../pipeline/schema/index.js";
import { indexGraph, type DataEdgeAttributes, type DataGraph, type DataNodeAttributes, type GraphIndex } from "../../web/shared/graph-index.js";

type Edge = readonly [RelationType, string, string];

/** Nodes carry only what indexing reads: kind and name (and an article's own county). */
function graphOf(nodes: readonly string[], edges: readonly Edge[], options: { type?: "directed" | "mixed" } = {}): DataGraph {
  const graph: DataGraph = new Graph<DataNodeAttributes, DataEdgeAttributes>({ type: options.type ?? "directed", multi: true });
  for (const key of nodes) {
    const [kind, name] = key.split(":") as [NodeKind, string];
    graph.addNode(key, { kind, name } as DataNodeAttributes);
  }
  for (const [type, source, target] of edges) graph.addDirectedEdgeWithKey(`${type}|${source}|${target}`, source, target, { type } as DataEdgeAttributes);
  return graph;
}

/** Membership as sorted lists, to compare indexes whatever order their sets were filled in. */
function membership(index: GraphIndex): Record<string, { counties: string[]; themes: string[] }> {
  return Object.fromEntries(
    [...index].map(([key, { counties, themes }]) => [key, { counties: [...counties].sort(), themes: [...themes].sort() }]),
  );
}

const NODES = [
  "Province:P",
  "City:C",
  "County:A",
  "County:B",
  "Programme:top",
  "Programme:sub",
  "Programme:other",
  "Group:elders",
  "Metric:visits",
  "Metric:county-figure",
  "Organization:bureau",
  "Theme:health",
  "Theme:care",
  "Article:report",
  "Person:writer",
  "Person:official",
];

const EDGES: Edge[] = [
  ["IN", "City:C", "Province:P"],
  ["IN", "County:A", "City:C"],
  ["IN", "County:B", "City:C"],
  ["RUNS", "County:A", "Programme:top"],
  ["RUNS", "County:B", "Programme:other"],
  ["PART_OF", "Programme:sub", "Programme:top"],
  ["ABOUT", "Programme:top", "Theme:health"],
  ["ABOUT", "Programme:other", "Theme:care"],
  ["HAS_METRIC", "Programme:sub", "Metric:visits"],
  ["COUNTS", "Metric:visits", "Group:elders"],
  ["SERVES", "Programme:other", "Group:elders"],
  ["HAS_METRIC", "County:B", "Metric:county-figure"],
  ["INVOLVES", "Programme:sub", "Organization:bureau"],
  ["REPORTS_ON", "Article:report", "County:B"],
  ["ABOUT", "Article:report", "Theme:health"],
  ["WRITTEN_BY", "Article:report", "Person:writer"],
  ["HOLDS_POST", "Person:official", "Organization:bureau"],
];

describe("indexGraph", () => {
  it("follows each kind's way to its counties and themes", () => {
    expect(membership(indexGraph(graphOf(NODES, EDGES)))).toEqual({
      "Province:P": { counties: ["A", "B"], themes: [] },
      "City:C": { counties: ["A", "B"], themes: [] },
      "County:A": { counties: ["A"], themes: ["health"] },
      "County:B": { counties: ["B"], themes: ["care"] },
      "Programme:top": { counties: ["A"], themes: ["health"] },
      // A sub-measure belongs wherever its parent runs.
      "Programme:sub": { counties: ["A"], themes: ["health"] },
      "Programme:other": { counties: ["B"], themes: ["care"] },
      // Served by one programme, counted by the other's metric.
      "Group:elders": { counties: ["A", "B"], themes: ["care", "health"] },
      "Metric:visits": { counties: ["A"], themes: ["health"] },
      "Metric:county-figure": { counties: ["B"], themes: [] },
      "Organization:bureau": { counties: ["A"], themes: ["health"] },
      // The article is about the theme too, but it is no programme: the theme reaches only county A.
      "Theme:health": { counties: ["A"], themes: ["health"] },
      "Theme:care": { counties: ["B"], themes: ["care"] },
      "Article:report": { counties: ["B"], themes: ["health"] },
      "Person:writer": { counties: ["B"], themes: [] },
      // An official belongs where the body they hold a post in takes part.
      "Person:official": { counties: ["A"], themes: [] },
    });
  });

  it("gives a graph whose edges were dropped and added again the index of the same graph built afresh", () => {
    const edited = graphOf(NODES, EDGES);
    edited.dropEdge("RUNS|County:A|Programme:top");
    edited.dropEdge("SERVES|Programme:other|Group:elders");
    edited.addDirectedEdgeWithKey("RUNS|County:A|Programme:top", "County:A", "Programme:top", { type: "RUNS" } as DataEdgeAttributes);
    edited.addDirectedEdgeWithKey("RUNS|County:B|Programme:top", "County:B", "Programme:top", { type: "RUNS" } as DataEdgeAttributes);
    const afresh = graphOf(NODES, [
      ...EDGES.filter(([type, source]) => !(type === "RUNS" && source === "County:A") && type !== "SERVES"),
      ["RUNS", "County:A", "Programme:top"],
      ["RUNS", "County:B", "Programme:top"],
    ]);
    const index = membership(indexGraph(edited));
    expect(index).toEqual(membership(indexGraph(afresh)));
    expect(index["Programme:sub"]!.counties).toEqual(["A", "B"]);
  });

  it("reads directed edges only, as a node's in- and out-edges are", () => {
    const graph = graphOf(NODES, EDGES, { type: "mixed" });
    graph.addUndirectedEdgeWithKey("RUNS|County:A|Programme:other", "County:A", "Programme:other", { type: "RUNS" } as DataEdgeAttributes);
    expect(membership(indexGraph(graph))["Programme:other"]!.counties).toEqual(["B"]);
  });
});
