import { describe, expect, it } from "vitest";
import { createPolicyGraph, type PolicyGraph } from "../../pipeline/graph/build-graph.js";
import { generatePolicyGraph } from "../../bench/graph/generate-graph.js";
import type { GraphPayload } from "../../web/shared/api-types.js";
import { indexGraph } from "../../web/shared/graph-index.js";
import { iterationsFor, SERVER_ITERATION_BUDGET } from "../../web/shared/seeded-layout.js";
import { createServer } from "../../web/server/create-server.js";
import { graphPayload, type GraphRequest } from "../../web/server/graph-payload.js";
import { createMemoryGraphStore } from "../../web/server/graph-store.js";
import { payloadLayout } from "../../web/server/payload-layout.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

const EVERYTHING: GraphRequest = { kinds: [], counties: [], maxNodes: Number.MAX_SAFE_INTEGER };

function payloadOf(graph: PolicyGraph, request = EVERYTHING): GraphPayload {
  return graphPayload(graph, indexGraph(graph), "file", request);
}

/** key → [x, y] of a payload's layout. */
function positionsByKey(payload: GraphPayload): Map<string, [number, number]> {
  return new Map(payload.graph.nodes.map(({ key }, i) => [key, [payload.layout.positions[2 * i]!, payload.layout.positions[2 * i + 1]!]]));
}

/** The same graph with nodes and edges added in reverse order (as another source might list them). */
function reversed(graph: PolicyGraph): PolicyGraph {
  const copy = createPolicyGraph();
  for (const key of [...graph.nodes()].reverse()) copy.addNode(key, graph.getNodeAttributes(key));
  for (const key of [...graph.edges()].reverse()) copy.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
  return copy;
}

function distance([ax, ay]: [number, number], [bx, by]: [number, number]): number {
  return Math.hypot(ax - bx, ay - by);
}

describe("server-side layout of graph payloads", () => {
  it("ships a finite position for every node, in the order of graph.nodes", () => {
    const graph = createSampleGraph();
    const payload = payloadOf(graph);
    expect(payload.layout.algorithm).toBe("seeded-forceatlas2");
    expect(payload.layout.iterations).toBe(iterationsFor(graph.order, SERVER_ITERATION_BUDGET));
    expect(payload.layout.positions).toHaveLength(2 * graph.order);
    expect(payload.layout.positions.every(Number.isFinite)).toBe(true);
    expect(new Set(payload.layout.positions).size).toBeGreaterThan(graph.order);
  });

  it("gives the same picture for the same graph, whatever order its source lists nodes and edges in", () => {
    const graph = generatePolicyGraph({ nodes: 300 });
    const first = positionsByKey(payloadOf(graph));
    const again = positionsByKey(payloadOf(generatePolicyGraph({ nodes: 300 })));
    const otherOrder = positionsByKey(payloadOf(reversed(graph)));
    expect(again).toEqual(first);
    expect(otherOrder).toEqual(first);
  });

  // Hashed start positions alone give a ratio of about 1.0 on this graph, 50 iterations 0.9, the full 300 about 0.66.
  it("lays out a decent picture: linked nodes sit closer than nodes picked at random", () => {
    const graph = generatePolicyGraph({ nodes: 300 });
    const positions = positionsByKey(payloadOf(graph));
    const linked = graph.mapEdges((_key, _attributes, source, target) => distance(positions.get(source)!, positions.get(target)!));
    const keys = graph.nodes();
    const unrelated = keys.map((key, i) => distance(positions.get(key)!, positions.get(keys[(i * 7 + 13) % keys.length]!)!));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean(linked)).toBeLessThan(0.75 * mean(unrelated));
  });

  it("lays out a filtered payload on its own nodes", () => {
    const graph = createSampleGraph();
    const payload = payloadOf(graph, { kinds: [], counties: ["金乡县"], maxNodes: 1000 });
    expect(payload.graph.nodes.length).toBeLessThan(graph.order);
    expect(payload.layout.positions).toHaveLength(2 * payload.graph.nodes.length);
  });

  it("answers a layout from memory when the same topology comes again", () => {
    const graph = generatePolicyGraph({ nodes: 400 });
    const serialized = graph.export();
    const started = performance.now();
    const first = payloadLayout(serialized);
    const firstMs = performance.now() - started;
    const againStarted = performance.now();
    const again = payloadLayout(reversed(graph).export());
    const againMs = performance.now() - againStarted;
    expect(positionsByKey({ graph: reversed(graph).export(), layout: again } as GraphPayload)).toEqual(
      positionsByKey({ graph: serialized, layout: first } as GraphPayload),
    );
    expect(againMs).toBeLessThan(firstMs / 2);
  });

  it("GET /api/graph carries the layout, the same on every request", async () => {
    const app = await createServer({ graphStore: createMemoryGraphStore(createSampleGraph()) });
    try {
      const first = (await app.inject({ method: "GET", url: "/api/graph" })).json<GraphPayload>();
      const fromScratch = payloadOf(createSampleGraph());
      expect(first.layout).toEqual(fromScratch.layout);
      expect(first.layout.positions).toHaveLength(2 * first.graph.nodes.length);
    } finally {
      await app.close();
    }
  });
});
