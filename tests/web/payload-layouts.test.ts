import { describe, expect, it } from "vitest";
import { generatePolicyGraph } from "../../bench/graph/generate-graph.js";
import { createPolicyGraph, type PolicyGraph } from "../../pipeline/graph/build-graph.js";
import { BARNES_HUT_ABOVE } from "../../web/shared/seeded-layout.js";
import { payloadLayout } from "../../web/server/payload-layout.js";
import { createPayloadLayouts } from "../../web/server/payload-layouts.js";
import { DEFAULT_PAYLOAD_LAYOUT_OPTIONS, sortedTopology, type LayoutJob } from "../../web/server/topology-layout.js";
import { layOutInWorker, type RunningLayout } from "../../web/server/worker-layout.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

/** The same graph with nodes and edges added in reverse order (as another source might list them). */
function reversed(graph: PolicyGraph): PolicyGraph {
  const copy = createPolicyGraph();
  for (const key of [...graph.nodes()].reverse()) copy.addNode(key, graph.getNodeAttributes(key));
  for (const key of [...graph.edges()].reverse()) copy.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
  return copy;
}

/** Real worker layouts, counted. */
function countingStart() {
  const runs: RunningLayout[] = [];
  const start = (job: LayoutJob, timeoutMs: number) => {
    const run = layOutInWorker(job, timeoutMs);
    runs.push(run);
    return run;
  };
  return { runs, start };
}

describe("layouts in a worker thread", () => {
  it("are byte for byte the layouts computed in this thread", async () => {
    const layouts = createPayloadLayouts();
    try {
      // The sample graph takes ForceAtlas2's exact repulsion, the generated one Barnes-Hut.
      for (const graph of [createSampleGraph(), generatePolicyGraph({ nodes: BARNES_HUT_ABOVE + 200, seed: 3 })]) {
        const serialized = graph.export();
        const inWorker = await layouts.layout(serialized);
        expect(JSON.stringify(inWorker)).toBe(JSON.stringify(payloadLayout(serialized)));
      }
    } finally {
      await layouts.close();
    }
  });

  it("lay out a topology once for requests that arrive while it is being laid out, then answer from memory", async () => {
    const { runs, start } = countingStart();
    const layouts = createPayloadLayouts({ start });
    try {
      const graph = generatePolicyGraph({ nodes: 400, seed: 5 });
      const asked = [layouts.layout(graph.export()), layouts.layout(reversed(graph).export()), layouts.layout(graph.export())];
      expect(layouts.running).toBe(1);
      const [first, otherOrder, again] = await Promise.all(asked);
      expect(runs).toHaveLength(1);
      expect(again).toEqual(first);
      // Same positions per key, listed in the order of the payload that asked.
      const byKey = (order: PolicyGraph, layout: typeof first) => new Map(order.nodes().map((key, i) => [key, layout.positions.slice(2 * i, 2 * i + 2)]));
      expect(byKey(reversed(graph), otherOrder!)).toEqual(byKey(graph, first!));

      await layouts.layout(reversed(graph).export());
      expect(runs).toHaveLength(1);
      expect(layouts.running).toBe(0);
    } finally {
      await layouts.close();
    }
  });

  it("end a crashed worker in a LayoutWorkerError, with the thread gone", async () => {
    // An edge to a node that does not exist makes graphology throw inside the worker.
    const run = layOutInWorker({ topology: { nodes: ["a"], edges: Uint32Array.of(0, 3) }, options: DEFAULT_PAYLOAD_LAYOUT_OPTIONS }, 60_000);
    await expect(run.result).rejects.toMatchObject({ name: "LayoutWorkerError" });
    await run.stopped;
  });

  it("stop a layout that runs past its time limit, and lay it out afresh when asked again", async () => {
    const graph = generatePolicyGraph({ nodes: 2000, seed: 9 });
    const { runs, start } = countingStart();
    // The first computation gets 50 ms, far less than a 2,000-node layout (or even a worker start) takes.
    const layouts = createPayloadLayouts({ start: (job, timeoutMs) => start(job, runs.length === 0 ? 50 : timeoutMs) });
    try {
      await expect(layouts.layout(graph.export())).rejects.toMatchObject({ name: "LayoutWorkerError" });
      await runs[0]!.stopped;
      expect(layouts.running).toBe(0);

      const layout = await layouts.layout(graph.export());
      expect(runs).toHaveLength(2);
      expect(layout.positions).toHaveLength(2 * graph.order);
    } finally {
      await layouts.close();
    }
  });

  it("stop the layouts in progress when closed: their requests fail, no thread is left", async () => {
    const { runs, start } = countingStart();
    const layouts = createPayloadLayouts({ start });
    const asked = layouts.layout(generatePolicyGraph({ nodes: 2000, seed: 13 }).export());
    const failed = expect(asked).rejects.toMatchObject({ name: "LayoutWorkerError" });
    await layouts.close();
    await failed;
    await runs[0]!.stopped;
    expect(layouts.running).toBe(0);
    await expect(layouts.layout(createSampleGraph().export())).rejects.toMatchObject({ name: "LayoutWorkerError" });
  });

  it("take the topology sorted by key, whatever order the payload lists it in", () => {
    const graph = generatePolicyGraph({ nodes: 100 });
    expect(sortedTopology(reversed(graph).export())).toEqual(sortedTopology(graph.export()));
  });
});
