/**
 * Node details a page at a time: the first page of each list with its total,
 * relations grouped by type and direction and summarised (edge key, count,
 * first sentence), and pages that put together give each whole list exactly
 * once, in one order, whatever the page size.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../pipeline/schema/index.js";
import type { ListPage, RelationSummary } from "../../web/shared/api-types.js";
import { edgeDetails } from "../../web/shared/edge-details.js";
import { indexGraph } from "../../web/shared/graph-index.js";
import { articlePage, metricPage, nodeDetails, NODE_DETAILS_LIMITS, relationPage } from "../../web/shared/node-details.js";
import { createHubGraph, HUB, HUB_SIZE } from "./hub-graph.js";

const graph = createHubGraph();
const index = indexGraph(graph);
const ALL = { offset: 0, limit: NODE_DETAILS_LIMITS.maxPage };
const FIRST = NODE_DETAILS_LIMITS.firstPage;

/** Every page of a list, `size` items at a time, put together. */
function collect<T>(size: number, page: (offset: number, limit: number) => ListPage<T> | undefined): T[] {
  const items: T[] = [];
  for (let offset = 0; ; offset += size) {
    const answer = page(offset, size)!;
    items.push(...answer.items);
    if (answer.items.length < size || items.length >= answer.total) return items;
  }
}

describe("node details: first pages with totals", () => {
  const details = nodeDetails(graph, index, HUB.group)!;

  it("carries the first page of each list and how long the whole list is", () => {
    expect(details.articles).toMatchObject({ offset: 0, total: graph.getNodeAttribute(HUB.group, "articles").length });
    expect(details.articles.items).toHaveLength(FIRST);
    expect(details.metrics).toMatchObject({ offset: 0, total: HUB_SIZE.metrics + 2 });
    expect(details.metrics.items).toHaveLength(FIRST);
    expect(details.relations.map(({ type, direction, total, items }) => [type, direction, total, items.length])).toEqual([
      ["SERVES", "in", HUB_SIZE.programmes + 2, FIRST],
      ["COUNTS", "in", HUB_SIZE.metrics + 2, FIRST],
    ]);
  });

  it("groups relations by type in schema order, outgoing first, each group's best attested first", () => {
    const county = nodeDetails(graph, index, HUB.county)!;
    const groups = county.relations.map((g) => `${g.type}:${g.direction}`);
    expect(groups).toEqual(["REPORTS_ON:in", "RUNS:out", "IN:out"]);
    for (const key of graph.nodes()) {
      const order = nodeDetails(graph, index, key)!.relations.map((g) => [RELATION_TYPES.indexOf(g.type), g.direction === "out" ? 0 : 1]);
      expect(order, key).toEqual([...order].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!));
    }
    const serves = relationPage(graph, HUB.group, { type: "SERVES", direction: "in", ...ALL })!.items;
    expect(serves[0]!.key).toBe(HUB.wellAttested);
    const counts = serves.map((r) => r.evidenceCount);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it("summarises each relation: edge key, direction, other end, evidence count, first sentence only", () => {
    const relations = collect(7, (offset, limit) => relationPage(graph, HUB.group, { offset, limit }));
    expect(relations).toHaveLength(graph.degree(HUB.group));
    for (const relation of relations) {
      const edge = graph.getEdgeAttributes(relation.key);
      expect(relation.type).toBe(edge.type);
      expect(relation.other.key).toBe(relation.direction === "out" ? graph.target(relation.key) : graph.source(relation.key));
      expect(relation.evidenceCount).toBe(edge.evidence.length);
      expect(relation.evidence).toEqual(edgeDetails(graph, relation.key)!.evidence.slice(0, NODE_DETAILS_LIMITS.evidencePreview));
    }
    const wellAttested = relations.find((r) => r.key === HUB.wellAttested)!;
    expect(wellAttested.evidence).toHaveLength(1);
    expect(edgeDetails(graph, HUB.wellAttested)!.evidence).toHaveLength(HUB.wellAttestedSentences);
  });

  it("does not grow with the hub: ten times the programmes, articles and metrics answer about as many bytes", () => {
    const big = createHubGraph({ programmes: 450, articles: 300, metrics: 250 });
    const small = JSON.stringify(nodeDetails(graph, index, HUB.group)).length;
    const large = JSON.stringify(nodeDetails(big, indexGraph(big), HUB.group)).length;
    expect(large / small).toBeLessThan(1.1);
  });

  it("takes another first-page size, up to the most one answer carries", () => {
    const five = nodeDetails(graph, index, HUB.county, 5)!;
    expect([five.articles.items.length, ...five.relations.map((g) => g.items.length)]).toEqual([5, 5, 5, 1]);
    const none = nodeDetails(graph, index, HUB.county, 0)!;
    expect(none.articles).toEqual({ offset: 0, total: HUB_SIZE.articles + 1, items: [] });
    expect(none.relations.every((g) => g.items.length === 0 && g.total > 0)).toBe(true);
    const huge = createHubGraph({ programmes: 600, articles: 1, metrics: 1 });
    expect(relationPage(huge, HUB.group, { offset: 0, limit: 10_000 })!.items).toHaveLength(NODE_DETAILS_LIMITS.maxPage);
  });
});

describe("node lists page by page", () => {
  const lists: Record<string, (key: string) => (offset: number, limit: number) => ListPage<unknown> | undefined> = {
    articles: (key: string) => (offset: number, limit: number) => articlePage(graph, key, { offset, limit }),
    metrics: (key: string) => (offset: number, limit: number) => metricPage(graph, key, { offset, limit }),
    relations: (key: string) => (offset: number, limit: number) => relationPage(graph, key, { offset, limit }),
  };

  it("put together, the pages of any size are the whole list once, in the order of one big page", () => {
    fc.assert(
      fc.property(fc.constantFrom(HUB.group, HUB.county, ...graph.nodes()), fc.constantFrom(...Object.keys(lists)), fc.integer({ min: 1, max: 60 }), (key, list, size) => {
        const page = lists[list]!(key);
        const whole = page(0, ALL.limit)!;
        const pieces = collect(size, page);
        expect(pieces).toEqual(whole.items);
        expect(pieces).toHaveLength(whole.total);
      }),
      { numRuns: 200 },
    );
  });

  it("covers every article, metric and relation the graph holds for a node", () => {
    for (const key of [HUB.group, HUB.county]) {
      expect(articlePage(graph, key, ALL)!.items.map((a) => a.key).sort()).toEqual([...graph.getNodeAttribute(key, "articles")].sort());
      expect(relationPage(graph, key, ALL)!.items.map((r) => r.key).sort()).toEqual(graph.edges(key).sort());
    }
    const counting = graph.inEdges(HUB.group).filter((e) => graph.getEdgeAttribute(e, "type") === "COUNTS").map((e) => graph.source(e));
    expect(metricPage(graph, HUB.group, ALL)!.items.map((m) => m.key).sort()).toEqual(counting.sort());
  });

  it("lists articles newest first, the undated after them in the order the graph lists them", () => {
    const articles = articlePage(graph, HUB.county, ALL)!.items;
    const dated = articles.filter((a) => a.date).map((a) => a.date!);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(articles.findIndex((a) => !a.date)).toBe(dated.length);
    const stored = graph.getNodeAttribute(HUB.county, "articles");
    const undated = articles.filter((a) => !a.date).map((a) => a.key);
    expect(undated).toEqual(stored.filter((key) => undated.includes(key)));
  });

  it("narrows relations to one type and direction", () => {
    const runs = relationPage(graph, HUB.county, { type: "RUNS", direction: "out", offset: 0, limit: 10 })!;
    expect(runs.total).toBe(HUB_SIZE.programmes + 2);
    expect(runs.items.every((r: RelationSummary) => r.type === "RUNS" && r.direction === "out")).toBe(true);
    expect(relationPage(graph, HUB.county, { type: "RUNS", direction: "in", offset: 0, limit: 10 })!.total).toBe(0);
    expect(relationPage(graph, HUB.county, { direction: "in", ...ALL })!.items.every((r) => r.direction === "in")).toBe(true);
    expect(relationPage(graph, HUB.county, { type: "REPORTS_ON", ...ALL })!.total).toBe(HUB_SIZE.articles + 1);
  });

  it("answers an empty page past the end, with the total", () => {
    expect(articlePage(graph, HUB.county, { offset: 1000, limit: 10 })).toEqual({ offset: 1000, total: HUB_SIZE.articles + 1, items: [] });
  });

  it("answers undefined for an unknown node", () => {
    expect(articlePage(graph, "County:nowhere", ALL)).toBeUndefined();
    expect(metricPage(graph, "County:nowhere", ALL)).toBeUndefined();
    expect(relationPage(graph, "County:nowhere", ALL)).toBeUndefined();
  });
});
