import { mkdtemp, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../web/shared/api-types.js";
import { createServer } from "../../web/server/create-server.js";
import { createFileGraphStore } from "../../web/server/graph-store.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

describe("GET /api/graph payload cache", () => {
  it("answers repeated requests alike and follows a rewritten graph.json", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-cache-"));
    const file = path.join(dir, "graph.json");
    const graph = createSampleGraph();
    await writeFile(file, JSON.stringify(graph.export()));
    const app = await createServer({ graphStore: createFileGraphStore(file) });
    try {
      const first = await app.inject({ method: "GET", url: "/api/graph" });
      const again = await app.inject({ method: "GET", url: "/api/graph" });
      expect(first.statusCode).toBe(200);
      expect(first.headers["content-type"]).toMatch(/^application\/json/);
      expect(again.body).toBe(first.body);
      const before = first.json<GraphPayload>();

      const filtered = await app.inject({ method: "GET", url: "/api/graph?kind=County" });
      expect(filtered.body).not.toBe(first.body);

      graph.dropNode(graph.nodes().find((key) => graph.getNodeAttribute(key, "kind") === "Metric")!);
      await writeFile(file, JSON.stringify(graph.export()));
      const later = new Date(Date.now() + 5_000);
      await utimes(file, later, later);
      const after = (await app.inject({ method: "GET", url: "/api/graph" })).json<GraphPayload>();
      expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    } finally {
      await app.close();
    }
  });
});
