import { mkdtemp, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../web/shared/api-types.js";
import { createServer } from "../../web/server/create-server.js";
import { createFileGraphStore, createMemoryGraphStore } from "../../web/server/graph-store.js";
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

  it("gzips the body for clients that accept it, once, and sends identity to the others", async () => {
    const app = await createServer({ graphStore: createMemoryGraphStore(createSampleGraph()) });
    try {
      const plain = await app.inject({ method: "GET", url: "/api/graph" });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.headers.vary).toMatch(/accept-encoding/i);

      const zipped = await app.inject({ method: "GET", url: "/api/graph", headers: { "accept-encoding": "gzip, deflate, br" } });
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(zipped.headers["content-type"]).toMatch(/^application\/json/);
      expect(zipped.headers.vary).toMatch(/accept-encoding/i);
      expect(gunzipSync(zipped.rawPayload).toString("utf8")).toBe(plain.body);
      expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      const again = await app.inject({ method: "GET", url: "/api/graph", headers: { "accept-encoding": "gzip" } });
      expect(again.rawPayload.equals(zipped.rawPayload)).toBe(true);

      for (const refused of ["gzip;q=0", "deflate", "identity"]) {
        const answer = await app.inject({ method: "GET", url: "/api/graph", headers: { "accept-encoding": refused } });
        expect(answer.headers["content-encoding"], refused).toBeUndefined();
        expect(answer.body, refused).toBe(plain.body);
      }
    } finally {
      await app.close();
    }
  });
});
