import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../web/shared/api-types.js";
import { indexGraph } from "../../web/shared/graph-index.js";
import { assignSeededLayout } from "../../web/shared/seeded-layout.js";
import { graphPayload } from "../../web/server/graph-payload.js";
import { createDisplayGraph, createDisplayGraphFromExport, type DisplayGraph } from "../../web/src/graph/display-graph.js";
import { lazyGraphFacts } from "../../web/src/graph/graph-facts.js";
import { hasUsableLayout, layOutDisplayGraph } from "../../web/src/graph/shipped-layout.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

function samplePayload(): GraphPayload {
  const graph = createSampleGraph();
  return graphPayload(graph, indexGraph(graph), "file", { kinds: [], counties: [], maxNodes: 1000 });
}

function positions(display: DisplayGraph): Record<string, [number, number]> {
  return Object.fromEntries(display.mapNodes((key, a) => [key, [a.x, a.y]] as const));
}

describe("drawing at the positions the server shipped", () => {
  it("uses the payload's positions as they are, without laying out in the browser", () => {
    const payload = samplePayload();
    const display = createDisplayGraphFromExport(payload.graph);
    expect(layOutDisplayGraph(display, payload)).toBe("shipped");
    payload.graph.nodes.forEach(({ key }, i) => {
      expect(display.getNodeAttribute(key, "x")).toBe(payload.layout.positions[2 * i]);
      expect(display.getNodeAttribute(key, "y")).toBe(payload.layout.positions[2 * i + 1]);
    });
  });

  it("lays out in the browser, reproducibly, when positions are missing or do not fit", () => {
    const payload = samplePayload();
    const broken: GraphPayload[] = [
      { ...payload, layout: undefined as unknown as GraphPayload["layout"] },
      { ...payload, layout: { ...payload.layout, positions: payload.layout.positions.slice(2) } },
      { ...payload, layout: { ...payload.layout, positions: payload.layout.positions.map((v, i) => (i === 3 ? Number.NaN : v)) } },
    ];
    const expected = createDisplayGraphFromExport(payload.graph);
    assignSeededLayout(expected);
    for (const candidate of broken) {
      expect(hasUsableLayout(candidate)).toBe(false);
      const display = createDisplayGraphFromExport(candidate.graph);
      expect(layOutDisplayGraph(display, candidate)).toBe("browser");
      expect(positions(display)).toEqual(positions(expected));
    }
  });

  it("builds the same display graph from the export as from the data graph", () => {
    const data = createSampleGraph();
    const fromData = createDisplayGraph(data);
    const fromExport = createDisplayGraphFromExport(data.export());
    expect(fromExport.order).toBe(fromData.order);
    expect(fromExport.size).toBe(fromData.size);
    fromData.forEachNode((key, attributes) => expect(fromExport.getNodeAttributes(key)).toEqual(attributes));
    fromData.forEachEdge((key, attributes, source, target) => {
      expect(fromExport.extremities(key)).toEqual([source, target]);
      expect(fromExport.getEdgeAttributes(key)).toEqual(attributes);
    });
  });

  it("builds the data graph and its index once, when first asked", () => {
    const payload = samplePayload();
    const facts = lazyGraphFacts(payload.graph);
    const data = facts.data();
    expect(facts.data()).toBe(data);
    expect(data.order).toBe(payload.graph.nodes.length);
    expect(facts.index()).toBe(facts.index());
    expect([...facts.index().get("Group:离退休干部")!.counties].sort()).toEqual(["微山县", "金乡县"].sort());
  });
});
