/**
 * A programme name two counties share is one node: what one county's article
 * says of it (a group served, a theme, a figure) must not reach the other
 * county in the explorer's index, its county filter and its comparison,
 * whether the graph has the evidence (server, static export) or only the
 * counties the payload ships with each relation (served explorer).
 */
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { compareCounties } from "../../web/shared/compare-counties.js";
import { visibleNodes } from "../../web/shared/graph-filter.js";
import { indexGraph, type DataGraph, type GraphIndex } from "../../web/shared/graph-index.js";
import { countiesOfArticles, relationCounties } from "../../web/shared/relation-counties.js";
import { payloadContent } from "../../web/server/graph-payload.js";
import { NODE_KINDS } from "../../pipeline/schema/index.js";
import type { PayloadGraph } from "../../web/shared/api-types.js";
import { fixtureGraph } from "../fixtures/graphs/fixture-graph.js";

const BOTH = ["微山县", "鱼台县"];
const PROGRAMME = "Programme:网格员培训计划";

function countiesIn(index: GraphIndex, key: string): string[] {
  return [...(index.get(key)?.counties ?? [])].sort();
}

/** The browser's copy of a payload graph. */
function browserGraph(serialized: PayloadGraph): DataGraph {
  const graph: DataGraph = new Graph({ type: "directed", multi: true });
  graph.import(serialized);
  return graph;
}

const metricKey = (county: string) => {
  const graph = fixtureGraph("shared-programme");
  return graph.filterNodes((_key, a) => a.kind === "Metric" && a.name === (county === "微山县" ? "培训网格员120人" : "培训网格员85人"))[0]!;
};

describe("relations of a programme two counties run", () => {
  const graph = fixtureGraph("shared-programme");
  const index = indexGraph(graph);

  it("reach only the counties whose articles attest them", () => {
    expect(countiesIn(index, PROGRAMME)).toEqual(BOTH);
    expect(countiesIn(index, "Group:网格员")).toEqual(BOTH);
    expect(countiesIn(index, "Group:退役军人")).toEqual(["鱼台县"]);
    expect(countiesIn(index, "Theme:基层治理")).toEqual(["鱼台县"]);
    expect(countiesIn(index, metricKey("微山县"))).toEqual(["微山县"]);
    expect(countiesIn(index, metricKey("鱼台县"))).toEqual(["鱼台县"]);
  });

  it("are shared or unique in the comparison accordingly", () => {
    const comparison = compareCounties(graph, index, BOTH);
    expect(comparison.shared.Group.map((n) => n.name)).toEqual(["网格员"]);
    expect(comparison.unique["鱼台县"]!.Group.map((n) => n.name)).toEqual(["退役军人"]);
    expect(comparison.unique["鱼台县"]!.Theme.map((n) => n.name)).toEqual(["基层治理"]);
    expect(comparison.unique["微山县"]!.Group).toEqual([]);
  });

  it("keep the other county's group out of a county filter", () => {
    const shown = visibleNodes(graph, index, { hiddenKinds: [], counties: ["微山县"], themes: [] });
    expect(shown.has("Group:网格员")).toBe(true);
    expect(shown.has("Group:退役军人")).toBe(false);
  });

  it("are shipped with their counties, so a payload without articles or evidence indexes the same", () => {
    const withoutArticles = NODE_KINDS.filter((kind) => kind !== "Article");
    const payload = payloadContent(graph, index, "file", { kinds: withoutArticles, counties: [], maxNodes: 1_000 });
    const shipped = browserGraph(payload.graph);
    expect(shipped.filterNodes((_key, a) => a.kind === "Article")).toEqual([]);
    expect(shipped.getEdgeAttribute(`SERVES|${PROGRAMME}|Group:退役军人`, "counties")).toEqual(["鱼台县"]);
    const browserIndex = indexGraph(shipped);
    expect(countiesIn(browserIndex, "Group:退役军人")).toEqual(["鱼台县"]);
    for (const key of ["Group:网格员", "Group:退役军人", "Theme:基层治理", PROGRAMME]) {
      expect(countiesIn(browserIndex, key), key).toEqual(countiesIn(index, key));
    }
  });

  it("fall back to every county running the programme when nothing says which county attests them", () => {
    const bare = browserGraph(payloadContent(graph, index, "file", { kinds: NODE_KINDS.filter((kind) => kind !== "Article"), counties: [], maxNodes: 1_000 }).graph);
    bare.forEachEdge((edge) => bare.removeEdgeAttribute(edge, "counties"));
    expect(countiesIn(indexGraph(bare), "Group:退役军人")).toEqual(BOTH);
  });

  it("say nothing when an evidence article is missing from the graph", () => {
    const partial = graph.copy() as DataGraph;
    const yutaiArticle = partial.filterNodes((_key, a) => a.kind === "Article" && a.name.startsWith("鱼台县"))[0]!;
    expect(relationCounties(partial, `SERVES|${PROGRAMME}|Group:退役军人`)).toEqual(["鱼台县"]);
    partial.dropNode(yutaiArticle);
    expect(relationCounties(partial, `SERVES|${PROGRAMME}|Group:退役军人`)).toBeUndefined();
    expect(relationCounties(partial, "IN|County:微山县|City:济宁市")).toBeUndefined();
  });
});

describe("countiesOfArticles", () => {
  it("gathers each article's counties once and gives up on an unknown article", () => {
    const known: Record<string, string[]> = { a: ["金乡县"], b: ["金乡县", "微山县"], c: [] };
    expect(countiesOfArticles(["a", "b", "c"], (k) => known[k])).toEqual(["金乡县", "微山县"]);
    expect(countiesOfArticles(["a", "x"], (k) => known[k])).toBeUndefined();
    expect(countiesOfArticles([], (k) => known[k])).toEqual([]);
  });
});
