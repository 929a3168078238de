/**
 * The explorer API against a real Neo4j holding the sample corpus: graph and
 * node details read from the database, Cypher through a READ session with a
 * server-side timeout and row cap, refusals and Neo4j errors as JSON.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CypherResultPayload, EdgeDetails, GraphPayload, NodeDetails, QueriesPayload, StatusPayload } from "../../web/shared/api-types.js";
import { createServer } from "../../web/server/create-server.js";
import { openNeo4jSource, type Neo4jSource } from "../../web/server/neo4j-source.js";
import { loadSampleIntoNeo4j } from "./support/harness.js";
import type { PolicyGraph } from "../../pipeline/graph/build-graph.js";

let neo4j: Neo4jSource;
let graph: PolicyGraph;
let app: FastifyInstance;

beforeAll(async () => {
  const loaded = await loadSampleIntoNeo4j();
  graph = loaded.graph;
  neo4j = await openNeo4jSource({ settings: loaded.settings, attempts: 3 });
  app = await createServer({ graphStore: neo4j.graphStore, cypher: neo4j.cypher, maxRows: 10, queryTimeoutMs: 1500 });
});
afterAll(async () => {
  await app?.close();
  await neo4j?.close();
});

const cypher = (query: string, params: Record<string, unknown> = {}) => app.inject({ method: "POST", url: "/api/cypher", payload: { query, params } });

describe("explorer API on Neo4j", () => {
  it("reports Neo4j as the connected graph source", async () => {
    const status = (await app.inject({ method: "GET", url: "/api/status" })).json<StatusPayload>();
    expect(status.graph).toMatchObject({ source: "neo4j", nodes: graph.order, edges: graph.size });
    expect(status.neo4j.connected).toBe(true);
    expect(status.cypher).toMatchObject({ available: true, maxRows: 10, timeoutMs: 1500 });
  });

  it("serves the graph read back from Neo4j, evidence included", async () => {
    const payload = (await app.inject({ method: "GET", url: "/api/graph" })).json<GraphPayload>();
    expect(payload.source).toBe("neo4j");
    expect(payload.graph.nodes.map((n) => n.key).sort()).toEqual(graph.nodes().sort());
    expect(payload.graph.edges).toHaveLength(graph.size);
    const details = (await app.inject({ method: "GET", url: `/api/node/${encodeURIComponent("Group:离退休干部")}` })).json<NodeDetails>();
    expect(details.counties).toEqual(expect.arrayContaining(["金乡县", "微山县"]));
    expect(details.relations.some((g) => g.items.some((r) => r.evidence.some((e) => e.sentence.length > 0)))).toBe(true);
  });

  it("ships counts in the graph, and each relation's evidence on demand as Neo4j holds it", async () => {
    const payload = (await app.inject({ method: "GET", url: "/api/graph" })).json<GraphPayload>();
    expect(payload.evidence).toBe("on-demand");
    for (const { key, attributes } of payload.graph.edges) {
      expect(attributes, key).not.toHaveProperty("evidence");
      expect(attributes!.evidenceCount, key).toBe(graph.getEdgeAttribute(key!, "evidence").length);
    }
    for (const { key, attributes } of payload.graph.nodes) {
      expect(attributes, key).not.toHaveProperty("articles");
      expect(attributes!.articleCount, key).toBe(graph.getNodeAttribute(key, "articles").length);
    }
    for (const key of graph.edges()) {
      const details = (await app.inject({ method: "GET", url: `/api/edge/${encodeURIComponent(key)}` })).json<EdgeDetails>();
      expect(details.evidence.map(({ article, sentence, matched }) => ({ article, sentence, matched })), key).toEqual(
        graph.getEdgeAttribute(key, "evidence").map((e) => ({ article: e.article, sentence: e.sentence, matched: e.matched ?? [] })),
      );
    }
    const unknown = await app.inject({ method: "GET", url: `/api/edge/${encodeURIComponent("SERVES|Programme:x|Group:y")}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("EDGE_NOT_FOUND");
  });

  it("runs a read query with parameters and returns the nodes it touched", async () => {
    const response = await cypher("MATCH (c:County {name: $name}) RETURN c", { name: "金乡县" });
    expect(response.statusCode).toBe(200);
    const result = response.json<CypherResultPayload>();
    expect(result.columns).toEqual(["c"]);
    expect(result.rows).toHaveLength(1);
    expect(result.graph.nodes.map((n) => n.key)).toEqual(["County:金乡县"]);
    expect(result.truncated).toBe(false);
  });

  it("cuts results at the row cap and says so", async () => {
    const result = (await cypher("UNWIND range(1, 50) AS n RETURN n")).json<CypherResultPayload>();
    expect(result.rows).toHaveLength(10);
    expect(result).toMatchObject({ truncated: true, rowCap: 10, notice: expect.stringContaining("first 10 rows") });
  });

  it("stops a slow query at the server-side timeout", async () => {
    const started = Date.now();
    const response = await cypher("UNWIND range(1, 100000000) AS a WITH a WHERE a % 7 = 3 RETURN count(a)");
    expect(response.statusCode).toBe(408);
    expect(response.json().error.code).toBe("QUERY_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("refuses writes and file access, and leaves the data alone", async () => {
    const write = await cypher("MATCH (n) DETACH DELETE n");
    expect(write.statusCode).toBe(400);
    expect(write.json().error.code).toBe("QUERY_REFUSED_WRITE");
    const file = await cypher("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row");
    expect(file.statusCode).toBe(403);
    const count = (await cypher("MATCH (n) RETURN count(n) AS n")).json<CypherResultPayload>();
    expect(count.rows[0]![0]).toBe(graph.order);
  });

  it("passes Neo4j's own message for a broken query", async () => {
    const response = await cypher("MATCH (n) RETRUN n");
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/json");
    expect(response.json().error).toMatchObject({ code: "Neo.ClientError.Statement.SyntaxError", message: expect.stringContaining("RETRUN") });
  });

  it("lists the query library with parameters and defaults", async () => {
    const library = (await app.inject({ method: "GET", url: "/api/queries" })).json<QueriesPayload>();
    expect(library.error).toBeUndefined();
    const crossCounty = library.queries.find((q) => q.id === "cross-county-groups");
    expect(crossCounty).toBeDefined();
    expect(crossCounty!.cypher).toContain("MATCH");
    for (const query of library.queries) expect(query.title.length).toBeGreaterThan(0);
  });
});
