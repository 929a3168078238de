/**
 * Fuzzing the explorer API (createServer on an in-memory graph, no Neo4j;
 * Cypher goes to a hand-written backend that records what reaches it):
 * random bodies, random Cypher, random paths and query strings never give a
 * 5xx or a stack trace, and a write, file or admin query never reaches the
 * backend.
 */
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReadOnlyCypher } from "../../pipeline/neo4j/cypher-guard.js";
import { isRelationType } from "../../pipeline/schema/index.js";
import type { CypherBackend, CypherRequest } from "../../web/server/cypher-backend.js";
import { createServer } from "../../web/server/create-server.js";
import { createMemoryGraphStore } from "../../web/server/graph-store.js";
import type { CypherResultPayload } from "../../web/shared/api-types.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";
import { keywordText, literal, refusedQueries } from "./support/cypher-arbitraries.js";

const RUNS = 150;

function recordingBackend(): CypherBackend & { calls: CypherRequest[] } {
  const calls: CypherRequest[] = [];
  const empty: CypherResultPayload = { columns: [], rows: [], truncated: false, rowCap: 1000, elapsedMs: 0, graph: { nodes: [], edges: [] } };
  return {
    calls,
    uri: "bolt://recording-fake",
    ping: async () => {},
    run: async (request) => {
      calls.push(request);
      return empty;
    },
    close: async () => {},
  };
}

/** What every answer must look like: no 5xx, JSON, and no stack trace in the text. */
function expectSafeAnswer(response: { statusCode: number; body: string; headers: Record<string, unknown> }, what: string, method = "GET"): void {
  expect(response.statusCode, what).toBeLessThan(500);
  if (method === "HEAD") return expect(response.body, what).toBe("");
  expect(response.body, what).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(response.body, what).not.toMatch(/node_modules|\/work\/|\.ts:\d+/);
  if (response.statusCode >= 400) {
    expect(String(response.headers["content-type"]), what).toMatch(/application\/json/);
    const body = JSON.parse(response.body) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code, what).toBe("string");
    expect(typeof body.error?.message, what).toBe("string");
  }
}

describe("API fuzz (graph.json mode, recording Cypher backend)", () => {
  let app: FastifyInstance;
  const backend = recordingBackend();

  beforeAll(async () => {
    app = await createServer({ graphStore: createMemoryGraphStore(createSampleGraph()), cypher: backend });
  });
  afterAll(() => app.close());

  it("POST /api/cypher with random JSON bodies: never a 5xx, errors as JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        const payload = JSON.stringify(value);
        const response = await app.inject({ method: "POST", url: "/api/cypher", headers: { "content-type": "application/json" }, payload });
        expectSafeAnswer(response, payload);
      }),
      { numRuns: RUNS },
    );
  });

  it("POST /api/cypher with bytes that are not JSON: a 4xx, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded"), async (text, type) => {
        const response = await app.inject({ method: "POST", url: "/api/cypher", headers: { "content-type": type }, payload: text });
        expectSafeAnswer(response, `${type}: ${text}`);
        if (type === "application/json") {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          if (!valid) expect(response.statusCode).toBeGreaterThanOrEqual(400);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("writes, LOAD CSV, apoc.load.*, dbms.* and CALL … IN TRANSACTIONS are refused and never reach the backend", async () => {
    await fc.assert(
      fc.asyncProperty(refusedQueries, async (query) => {
        const before = backend.calls.length;
        const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query, params: {} } });
        expectSafeAnswer(response, query);
        expect([400, 403], query).toContain(response.statusCode);
        expect(backend.calls.length, query).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it("random Cypher text: never a 5xx, and only what the guard accepts reaches the backend", async () => {
    const cypher = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.tuple(fc.constantFrom("MATCH (n) WHERE n.name = ", "RETURN ", "MATCH (n) RETURN n // "), keywordText).map(([prefix, text]) => prefix + literal(text, "'")),
    );
    await fc.assert(
      fc.asyncProperty(cypher, fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), async (query, params) => {
        const before = backend.calls.length;
        const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query, params } });
        expectSafeAnswer(response, query);
        const reached = backend.calls.length > before;
        if (reached) expect(checkReadOnlyCypher(query).ok, query).toBe(true);
        if (query.trim() !== "" && checkReadOnlyCypher(query).ok === false) expect(reached, query).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it("random paths and query strings under /api: never a 5xx, errors as JSON", async () => {
    const segment = fc.oneof(fc.constantFrom("graph", "node", "edge", "status", "queries", "cypher", "articles", "metrics", "relations", "..", "%2e%2e", "%00", "County:嘉祥县", "SERVES|Programme:四航模式|Group:离退休干部"), fc.string({ maxLength: 12 }));
    const query = fc.dictionary(fc.constantFrom("kind", "county", "limit", "offset", "type", "direction", "q", "format", fc.sample(fc.string({ maxLength: 5 }), 1)[0] ?? "x"), fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String), fc.constantFrom("County", "Programme,Group", "SERVES", "out", "in", "-1", "0", "1e9", "NaN")), { maxKeys: 4 });
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 3 }), query, fc.constantFrom("GET", "POST", "DELETE", "PUT", "HEAD"), async (segments, params, method) => {
        const search = new URLSearchParams(params).toString();
        const url = "/api/" + segments.map((s) => encodeURIComponent(s)).join("/") + (search ? `?${search}` : "");
        const response = await app.inject({ method, url });
        expectSafeAnswer(response, `${method} ${url}`, method);
      }),
      { numRuns: RUNS },
    );
  });

  it("GET /api/node/:key with random keys: 200 for a key of the graph, else a JSON 404", async () => {
    const graph = createSampleGraph();
    const keys = graph.nodes();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...keys), fc.string({ minLength: 1, maxLength: 30 })), async (key) => {
        const response = await app.inject({ method: "GET", url: `/api/node/${encodeURIComponent(key)}` });
        expectSafeAnswer(response, key);
        expect(response.statusCode, key).toBe(graph.hasNode(key) ? 200 : 404);
      }),
      { numRuns: RUNS },
    );
  });

  it("GET /api/edge/:key with random keys: 200 with the edge's evidence for a key of the graph, else a JSON 404", async () => {
    const graph = createSampleGraph();
    const edges = graph.edges();
    // Near misses too: a real key with one end, the type or a separator changed.
    const nearMiss = fc.tuple(fc.constantFrom(...edges), fc.string({ maxLength: 4 }), fc.nat()).map(([key, noise, at]) => {
      const cut = at % (key.length + 1);
      return key.slice(0, cut) + noise + key.slice(cut + 1);
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...edges), nearMiss, fc.string({ minLength: 1, maxLength: 40 })), async (key) => {
        const response = await app.inject({ method: "GET", url: `/api/edge/${encodeURIComponent(key)}` });
        expectSafeAnswer(response, key);
        expect(response.statusCode, key).toBe(graph.hasEdge(key) ? 200 : 404);
        if (response.statusCode === 200) expect(JSON.parse(response.body).evidence, key).toHaveLength(graph.getEdgeAttribute(key, "evidence").length);
        else expect(JSON.parse(response.body).error.code, key).toBe("EDGE_NOT_FOUND");
      }),
      { numRuns: RUNS },
    );
  });

  it("GET /api/node/:key and its lists with random keys and paging parameters: 200 with a bounded page, a JSON 400 or 404, never a 5xx", async () => {
    const graph = createSampleGraph();
    const count = fc.oneof(fc.nat({ max: 40 }).map(String), fc.constantFrom("", "-1", "1.5", "1e3", "0x10", " 3", "NaN", "99999999999", "500000"), fc.string({ maxLength: 6 }));
    const params = fc.record(
      {
        offset: count,
        limit: count,
        type: fc.oneof(fc.constantFrom("SERVES", "RUNS", "COUNTS", "IN", "serves", ""), fc.string({ maxLength: 6 })),
        direction: fc.oneof(fc.constantFrom("out", "in", "both", "OUT", ""), fc.string({ maxLength: 4 })),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...graph.nodes()), fc.string({ minLength: 1, maxLength: 20 })),
        fc.constantFrom("", "/articles", "/metrics", "/relations"),
        params,
        fc.boolean(),
        async (key, list, query, repeat) => {
          const search = new URLSearchParams(query as Record<string, string>);
          if (repeat && query.offset !== undefined) search.append("offset", query.offset);
          const url = `/api/node/${encodeURIComponent(key)}${list}?${search}`;
          const response = await app.inject({ method: "GET", url });
          expectSafeAnswer(response, url);
          expect([200, 400, 404], url).toContain(response.statusCode);
          if (response.statusCode === 404) expect(JSON.parse(response.body).error.code, url).toBe("NODE_NOT_FOUND");
          // What the route reads must be plain counts, a relation type and out/in; on a known key that is a 200.
          const isCount = (value?: string) => value === undefined || /^\d{1,9}$/.test(value);
          const valid =
            isCount(query.limit) &&
            (list === "" || (isCount(query.offset) && !(repeat && query.offset !== undefined))) &&
            (list !== "/relations" || ((query.type === undefined || isRelationType(query.type)) && (query.direction === undefined || ["out", "in"].includes(query.direction))));
          if (valid && graph.hasNode(key)) expect(response.statusCode, url).toBe(200);
          if (response.statusCode !== 200) return;
          expect(graph.hasNode(key), url).toBe(true);
          type Page = { offset: number; total: number; items: unknown[] };
          const body = JSON.parse(response.body) as Page & { articles: Page; metrics: Page; relations: Page[] };
          // Never more items than asked for, nor than one answer carries.
          const cap = Math.min(query.limit === undefined ? 20 : Number(query.limit), 500);
          const pages = list === "" ? [body.articles, body.metrics, ...body.relations] : [body];
          for (const page of pages) expect(page.items.length, url).toBeLessThanOrEqual(cap);
          if (list !== "") expect(body.offset, url).toBe(query.offset === undefined ? 0 : Number(query.offset));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("GET /api/graph with random kind/limit/county: 200 or 400, never more nodes than the limit", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom("County", "Programme", "Group", "Theme"), fc.string({ maxLength: 8 })), { maxLength: 3 }),
        fc.option(fc.oneof(fc.integer({ min: -5, max: 50 }).map(String), fc.string({ maxLength: 5 })), { nil: undefined }),
        fc.array(fc.oneof(fc.constantFrom("金乡县", "微山县", "嘉祥县"), fc.string({ maxLength: 6 })), { maxLength: 2 }),
        async (kinds, limit, counties) => {
          const params = new URLSearchParams();
          for (const kind of kinds) params.append("kind", kind);
          for (const county of counties) params.append("county", county);
          if (limit !== undefined) params.set("limit", limit);
          const response = await app.inject({ method: "GET", url: `/api/graph?${params}` });
          expectSafeAnswer(response, params.toString());
          expect([200, 400], params.toString()).toContain(response.statusCode);
          if (response.statusCode === 200 && limit !== undefined && /^\d+$/.test(limit)) {
            const body = JSON.parse(response.body) as { graph: { nodes: unknown[] } };
            expect(body.graph.nodes.length).toBeLessThanOrEqual(Number(limit));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
