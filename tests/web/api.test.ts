import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphPayload, NodeDetails, StatusPayload } from "../../web/shared/api-types.js";
import type { CypherBackend, CypherRequest } from "../../web/server/cypher-backend.js";
import { CypherQueryError, CypherTimeoutError } from "../../web/server/cypher-backend.js";
import { createServer } from "../../web/server/create-server.js";
import { createFileGraphStore, createMemoryGraphStore } from "../../web/server/graph-store.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

/** A hand-written backend that records calls and answers from a script (the real one is tested against Neo4j in e2e). */
function fakeBackend(answer: (request: CypherRequest) => Promise<unknown>): CypherBackend & { calls: CypherRequest[] } {
  const calls: CypherRequest[] = [];
  return {
    calls,
    uri: "bolt://fake",
    ping: async () => {},
    run: async (request) => {
      calls.push(request);
      return answer(request) as never;
    },
    close: async () => {},
  };
}

describe("explorer API on graph.json", () => {
  let app: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-web-"));
    const file = path.join(dir, "graph.json");
    await writeFile(file, JSON.stringify(createSampleGraph().export()));
    app = await createServer({ graphStore: createFileGraphStore(file) });
  });
  afterAll(() => app.close());

  it("reports its graph source and that Cypher is off, with how to connect", async () => {
    const response = await app.inject({ method: "GET", url: "/api/status" });
    expect(response.statusCode).toBe(200);
    const status = response.json<StatusPayload>();
    expect(status.graph).toMatchObject({ source: "file", nodes: 22, edges: 27 });
    expect(status.neo4j.connected).toBe(false);
    expect(status.cypher.available).toBe(false);
    expect(status.cypher.help).toContain("npm run neo4j");
  });

  it("ships the whole graph without article bodies", async () => {
    const payload = (await app.inject({ method: "GET", url: "/api/graph" })).json<GraphPayload>();
    expect(payload.graph.nodes).toHaveLength(22);
    expect(payload.graph.edges).toHaveLength(27);
    expect(payload.truncated).toBe(false);
    const article = payload.graph.nodes.find((n) => n.key === "Article:aaaaaaaaaaaaaaaa")!;
    expect(article.attributes).not.toHaveProperty("text");
    expect(article.attributes).toMatchObject({ title: expect.stringContaining("金乡"), reporters: ["李笑亚"] });
  });

  it("filters by county and kind, and caps big answers with a notice", async () => {
    const url = `/api/graph?county=${encodeURIComponent("嘉祥县")}&kind=Programme,Group&kind=County`;
    const payload = (await app.inject({ method: "GET", url })).json<GraphPayload>();
    expect(payload.graph.nodes.map((n) => n.key).sort()).toEqual(["County:嘉祥县", "Group:第一书记", "Programme:以三大促三好活动"].sort());
    const capped = (await app.inject({ method: "GET", url: "/api/graph?limit=5" })).json<GraphPayload>();
    expect(capped.graph.nodes).toHaveLength(5);
    expect(capped.truncated).toBe(true);
    expect(capped.notice).toMatch(/5 best-connected of 22/);
    expect((await app.inject({ method: "GET", url: "/api/graph?kind=Planet" })).statusCode).toBe(400);
  });

  it("details a node: counties reached, articles, evidence", async () => {
    const response = await app.inject({ method: "GET", url: `/api/node/${encodeURIComponent("Group:离退休干部")}` });
    expect(response.statusCode).toBe(200);
    const details = response.json<NodeDetails>();
    expect(details.counties.sort()).toEqual(["微山县", "金乡县"].sort());
    expect(details.relations.some((g) => g.items.some((r) => r.evidence.some((e) => e.sentence.includes("离退休干部"))))).toBe(true);
  });

  it("answers 404 as JSON for an unknown node", async () => {
    const response = await app.inject({ method: "GET", url: `/api/node/${encodeURIComponent("Group:nobody")}` });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/json");
    expect(response.json()).toEqual({ error: { code: "NODE_NOT_FOUND", message: expect.stringContaining("Group:nobody") } });
  });

  it("answers 400 as JSON for malformed JSON", async () => {
    const response = await app.inject({ method: "POST", url: "/api/cypher", headers: { "content-type": "application/json" }, payload: "{\"query\": " });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("BAD_JSON");
  });

  it("answers 400 for a body without a query", async () => {
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { params: {} } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("BAD_REQUEST");
  });

  it("refuses writes before anything else, even without a database", async () => {
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (n) DETACH DELETE n" } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "QUERY_REFUSED_WRITE", message: expect.stringContaining("DETACH DELETE") });
  });

  it("forbids file and URL access with 403", async () => {
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row" } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("QUERY_REFUSED_FILE_OR_URL");
  });

  it("explains how to connect Neo4j when a read query comes without one", async () => {
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (n) RETURN n LIMIT 1" } });
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toMatchObject({ code: "NEO4J_NOT_CONNECTED", message: expect.stringContaining("NEO4J_URI") });
  });

  it("answers unknown API paths with a JSON 404 and says when the explorer is not built", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nothing" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("NOT_FOUND");
  });
});

describe("explorer API with a Cypher backend", () => {
  it("passes the configured timeout and row cap, and reports truncation", async () => {
    const backend = fakeBackend(async (request) => ({
      columns: ["n"],
      rows: Array.from({ length: request.maxRows }, (_, i) => [i]),
      truncated: true,
      rowCap: request.maxRows,
      elapsedMs: 3,
      graph: { nodes: [], edges: [] },
    }));
    const app = await createServer({ graphStore: createMemoryGraphStore(createSampleGraph()), cypher: backend, maxRows: 7, queryTimeoutMs: 1234 });
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "UNWIND range(1, 100) AS n RETURN n", params: { a: 1 } } });
    expect(response.statusCode).toBe(200);
    expect(backend.calls).toEqual([{ cypher: "UNWIND range(1, 100) AS n RETURN n", params: { a: 1 }, timeoutMs: 1234, maxRows: 7 }]);
    expect(response.json()).toMatchObject({ truncated: true, rowCap: 7, notice: expect.stringContaining("first 7 rows") });
    await app.close();
  });

  it("turns a timeout into 408 and a database error into 400 with Neo4j's message", async () => {
    let fail: Error = new CypherTimeoutError("query stopped after 50 ms");
    const app = await createServer({ graphStore: createMemoryGraphStore(createSampleGraph()), cypher: fakeBackend(async () => Promise.reject(fail)) });
    const timedOut = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (n) RETURN n" } });
    expect(timedOut.statusCode).toBe(408);
    expect(timedOut.json().error.code).toBe("QUERY_TIMEOUT");
    fail = new CypherQueryError("Invalid input 'RETRUN'", "Neo.ClientError.Statement.SyntaxError");
    const syntax = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (n) RETRUN n" } });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json()).toEqual({ error: { code: "Neo.ClientError.Statement.SyntaxError", message: "Invalid input 'RETRUN'" } });
    fail = new Error("boom");
    const crash = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (n) RETURN n" } });
    expect(crash.statusCode).toBe(500);
    expect(crash.headers["content-type"]).toContain("application/json");
    expect(crash.body).not.toContain("at ");
    await app.close();
  });

  it("validates its options with a typed error", async () => {
    await expect(createServer({ graphStore: createMemoryGraphStore(createSampleGraph()), maxRows: 0 })).rejects.toMatchObject({ name: "ServerOptionsError" });
  });
});

describe("explorer API when its graph source fails", () => {
  it("answers 503 when the database went away, and 500 JSON for other failures", async () => {
    let failure: Error = Object.assign(new Error("Neo4j is not reachable"), { name: "Neo4jUnavailableError" });
    const app = await createServer({
      graphStore: { source: "neo4j", location: "bolt://gone", current: () => Promise.reject(failure) },
    });
    const gone = await app.inject({ method: "GET", url: "/api/graph" });
    expect(gone.statusCode).toBe(503);
    expect(gone.json().error.code).toBe("NEO4J_UNAVAILABLE");
    failure = Object.assign(new Error("graph.json is not valid JSON"), { name: "GraphFileError" });
    const broken = await app.inject({ method: "GET", url: "/api/status" });
    expect(broken.statusCode).toBe(500);
    expect(broken.json().error).toEqual({ code: "GraphFileError", message: "graph.json is not valid JSON" });
    await app.close();
  });
});
