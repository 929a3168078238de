import { describe, expect, it } from "vitest";
import { generatePolicyGraph } from "../../bench/graph/generate-graph.js";
import { NODE_KINDS } from "../../pipeline/schema/index.js";
import type { ApiErrorPayload, GraphPayload } from "../../web/shared/api-types.js";
import { indexGraph } from "../../web/shared/graph-index.js";
import { createServer } from "../../web/server/create-server.js";
import { graphPayload } from "../../web/server/graph-payload.js";
import { createMemoryGraphStore } from "../../web/server/graph-store.js";
import { createPayloadLayouts } from "../../web/server/payload-layouts.js";
import type { LayoutJob } from "../../web/server/topology-layout.js";
import { layOutInWorker } from "../../web/server/worker-layout.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

/** Real worker layouts, with a promise for the start of the first and a flag for its end. */
function watchedLayouts() {
  let markStarted: () => void = () => {};
  const watch = { started: new Promise<void>((resolve) => (markStarted = resolve)), count: 0, firstFinished: false };
  const layouts = createPayloadLayouts({
    start: (job: LayoutJob, timeoutMs: number) => {
      const run = layOutInWorker(job, timeoutMs);
      if (watch.count++ === 0) void run.result.then(() => (watch.firstFinished = true), () => {});
      markStarted();
      return run;
    },
  });
  return { layouts, watch };
}

describe("the API while a graph is being laid out", () => {
  it("answers other requests before the layout of a 3,000-node graph is done", async () => {
    const { layouts, watch } = watchedLayouts();
    const app = await createServer({ graphStore: createMemoryGraphStore(generatePolicyGraph({ nodes: 3000, seed: 17 })), layouts });
    try {
      let graphAnswered = false;
      const graphResponse = app.inject({ method: "GET", url: "/api/graph" }).then((response) => ((graphAnswered = true), response));
      await watch.started;

      const status = await app.inject({ method: "GET", url: "/api/status" });
      expect(status.statusCode).toBe(200);
      expect(watch.firstFinished).toBe(false);
      expect(graphAnswered).toBe(false);
      const node = await app.inject({ method: "GET", url: `/api/node/${encodeURIComponent("Theme:nothing")}` });
      expect(node.statusCode).toBe(404);
      expect(watch.firstFinished).toBe(false);

      const graph = await graphResponse;
      expect(graph.statusCode).toBe(200);
      expect(graph.json<GraphPayload>().layout.positions).toHaveLength(2 * 3000);
    } finally {
      await app.close();
    }
  });

  it("ships the same bytes as the in-thread payload, and lays a view out once for concurrent requests", async () => {
    const { layouts, watch } = watchedLayouts();
    const graph = generatePolicyGraph({ nodes: 600, seed: 19 });
    const app = await createServer({ graphStore: createMemoryGraphStore(graph), layouts });
    try {
      // The whole graph asked three ways: the same filters twice (one body made), and every kind named (another body, same topology).
      const urls = ["/api/graph", "/api/graph?limit=999999", `/api/graph?kind=${NODE_KINDS.join(",")}`];
      const bodies = (await Promise.all(urls.map((url) => app.inject({ method: "GET", url })))).map((response) => response.body);
      expect(watch.count).toBe(1);
      expect(new Set(bodies).size).toBe(1);
      const inThread = graphPayload(graph, indexGraph(graph), "file", { kinds: [], counties: [], maxNodes: 5000 });
      expect(bodies[0]).toBe(JSON.stringify(inThread));
    } finally {
      await app.close();
    }
  });

  it("lays out the default view once listening, without delaying listen, and serves the first request from it", async () => {
    const { layouts, watch } = watchedLayouts();
    const app = await createServer({ graphStore: createMemoryGraphStore(generatePolicyGraph({ nodes: 1500, seed: 23 })), layouts });
    try {
      await app.listen({ port: 0, host: "127.0.0.1" });
      expect(watch.firstFinished).toBe(false);
      await watch.started;
      const address = app.server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const status = await fetch(`http://127.0.0.1:${port}/api/status`);
      expect(status.status).toBe(200);
      const graph = await fetch(`http://127.0.0.1:${port}/api/graph`);
      expect(graph.status).toBe(200);
      expect(watch.count).toBe(1);
    } finally {
      await app.close();
    }
  });

  it("answers 503 LAYOUT_FAILED when the layout fails, and lays out again on the next request", async () => {
    let runs = 0;
    // The first layout gets 1 ms: the worker is stopped long before it could answer.
    const layouts = createPayloadLayouts({ start: (job, timeoutMs) => layOutInWorker(job, runs++ === 0 ? 1 : timeoutMs) });
    const app = await createServer({ graphStore: createMemoryGraphStore(createSampleGraph()), layouts });
    try {
      const failed = await app.inject({ method: "GET", url: "/api/graph" });
      expect(failed.statusCode).toBe(503);
      expect(failed.json<ApiErrorPayload>().error.code).toBe("LAYOUT_FAILED");
      expect(layouts.running).toBe(0);

      const again = await app.inject({ method: "GET", url: "/api/graph" });
      expect(again.statusCode).toBe(200);
      expect(runs).toBe(2);
    } finally {
      await app.close();
    }
  });

  it("stops a layout still running when the server closes", async () => {
    const { layouts, watch } = watchedLayouts();
    const app = await createServer({ graphStore: createMemoryGraphStore(generatePolicyGraph({ nodes: 3000, seed: 29 })), layouts });
    const graphResponse = app.inject({ method: "GET", url: "/api/graph" });
    await watch.started;
    await app.close();
    expect(layouts.running).toBe(0);
    expect(watch.firstFinished).toBe(false);
    // The request in flight gets an answer, not a hang.
    expect((await graphResponse).statusCode).toBe(503);
  });
});
