/**
 * Bounded node details over HTTP: GET /api/node/:key carries the first page
 * of each list with totals, GET /api/node/:key/articles|metrics|relations
 * serve the rest page by page, bad paging parameters are a JSON 400, and the
 * browser's server lookup pages through them to exactly what a static
 * export's lookup reads from its own payload.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EdgeDetails, ListPage, NodeDetails, RelationSummary } from "../../web/shared/api-types.js";
import { indexGraph } from "../../web/shared/graph-index.js";
import { articlePage, metricPage, NODE_DETAILS_LIMITS, relationPage } from "../../web/shared/node-details.js";
import { createServer } from "../../web/server/create-server.js";
import { graphPayload } from "../../web/server/graph-payload.js";
import { createMemoryGraphStore } from "../../web/server/graph-store.js";
import { createServerNodeLookup, type DataSource } from "../../web/src/data/data-source.js";
import { createNodeLookup } from "../../web/src/data/node-lookup.js";
import { lazyGraphFacts } from "../../web/src/graph/graph-facts.js";
import { createHubGraph, HUB, HUB_SIZE } from "./hub-graph.js";

/** Real graphs have keys with a slash (a metric of an unnamed owner); routes must keep it in the key. */
const SLASHED = "Metric:/0adea696·慰问离退休干部9名";

function hubWithSlashedKey() {
  const graph = createHubGraph();
  graph.addNode(SLASHED, { kind: "Metric", name: SLASHED.slice(7), value: 9, unit: "名", counted: "慰问离退休干部", raw: "9名", articles: [] });
  graph.addDirectedEdgeWithKey(`COUNTS|${SLASHED}|${HUB.group}`, SLASHED, HUB.group, { type: "COUNTS", evidence: [] });
  return graph;
}

const graph = hubWithSlashedKey();
const FIRST = NODE_DETAILS_LIMITS.firstPage;
const node = (key: string, rest = "") => `/api/node/${encodeURIComponent(key)}${rest}`;

describe("node details and lists over HTTP", () => {
  let app: FastifyInstance;
  const get = (url: string) => app.inject({ method: "GET", url });
  beforeAll(async () => {
    app = await createServer({ graphStore: createMemoryGraphStore(graph), warmDefaultView: false });
  });
  afterAll(() => app.close());

  it("answers a hub's details with the first page of each list and the totals", async () => {
    const response = await get(node(HUB.group));
    expect(response.statusCode).toBe(200);
    const details = response.json<NodeDetails>();
    expect(details.articles).toMatchObject({ offset: 0, total: graph.getNodeAttribute(HUB.group, "articles").length });
    expect(details.articles.items).toHaveLength(FIRST);
    expect(details.metrics.total).toBe(HUB_SIZE.metrics + 3);
    expect(details.relations.map((g) => [g.type, g.direction, g.total, g.items.length])).toEqual([
      ["SERVES", "in", HUB_SIZE.programmes + 2, FIRST],
      ["COUNTS", "in", HUB_SIZE.metrics + 3, FIRST],
    ]);
    const summary = details.relations[0]!.items[0]!;
    expect(summary).toMatchObject({ key: HUB.wellAttested, evidenceCount: HUB.wellAttestedSentences });
    expect(summary.evidence).toHaveLength(NODE_DETAILS_LIMITS.evidencePreview);
    // The details name no sentence past each relation's first.
    const later = graph.getEdgeAttribute(HUB.wellAttested, "evidence").slice(1);
    for (const e of later) expect(response.body).not.toContain(e.sentence);
  });

  it("takes the first-page size from `limit`, 0 for the totals alone, and ships at most the maximum", async () => {
    const five = (await get(node(HUB.county, "?limit=5"))).json<NodeDetails>();
    expect([five.articles.items.length, ...five.relations.map((g) => g.items.length)]).toEqual([5, 5, 5, 1]);
    const none = (await get(node(HUB.county, "?limit=0"))).json<NodeDetails>();
    expect(none.articles).toEqual({ offset: 0, total: HUB_SIZE.articles + 1, items: [] });
    const big = createHubGraph({ programmes: NODE_DETAILS_LIMITS.maxPage + 20, articles: 2, metrics: 1 });
    const bigApp = await createServer({ graphStore: createMemoryGraphStore(big), warmDefaultView: false });
    try {
      const all = (await bigApp.inject({ method: "GET", url: node(HUB.county, "?limit=100000") })).json<NodeDetails>();
      expect(all.relations.find((g) => g.type === "RUNS")!.items).toHaveLength(NODE_DETAILS_LIMITS.maxPage);
      const page = (await bigApp.inject({ method: "GET", url: node(HUB.group, "/relations?limit=999999") })).json<ListPage<RelationSummary>>();
      expect(page.items).toHaveLength(NODE_DETAILS_LIMITS.maxPage);
    } finally {
      await bigApp.close();
    }
  });

  it("pages through articles, metrics and relations to exactly the whole lists", async () => {
    const all = { offset: 0, limit: NODE_DETAILS_LIMITS.maxPage };
    const whole = { articles: articlePage, metrics: metricPage, relations: relationPage };
    for (const key of [HUB.group, HUB.county, SLASHED]) {
      for (const [list, page] of Object.entries(whole)) {
        const items: unknown[] = [];
        for (let offset = 0; ; offset += 13) {
          const response = await get(node(key, `/${list}?offset=${offset}&limit=13`));
          expect(response.statusCode, `${key} ${list}`).toBe(200);
          const answer = response.json<ListPage<unknown>>();
          expect(answer.offset).toBe(offset);
          items.push(...answer.items);
          if (offset + 13 >= answer.total) break;
        }
        expect(items, `${key} ${list}`).toEqual(page(graph, key, all)!.items);
      }
    }
  });

  it("narrows a page of relations to one type and direction, as a panel group asks", async () => {
    const url = node(HUB.county, "/relations?type=RUNS&direction=out&offset=20&limit=50");
    const page = (await get(url)).json<ListPage<RelationSummary>>();
    expect(page).toMatchObject({ offset: 20, total: HUB_SIZE.programmes + 2 });
    expect(page.items).toHaveLength(HUB_SIZE.programmes + 2 - 20);
    expect(page.items.every((r) => r.type === "RUNS" && r.direction === "out")).toBe(true);
    const reports = (await get(node(HUB.county, "/relations?direction=in"))).json<ListPage<RelationSummary>>();
    expect(reports.total).toBe(HUB_SIZE.articles + 1);
    expect(reports.items).toHaveLength(FIRST);
  });

  it("answers bad paging parameters with a JSON 400 that says which", async () => {
    const cases: [string, string][] = [
      ["?limit=-1", "BAD_LIMIT"],
      ["?limit=ten", "BAD_LIMIT"],
      ["?limit=", "BAD_LIMIT"],
      ["/articles?offset=-5", "BAD_OFFSET"],
      ["/articles?offset=1.5", "BAD_OFFSET"],
      ["/metrics?offset=1&offset=2", "BAD_OFFSET"],
      ["/metrics?limit=1e3", "BAD_LIMIT"],
      ["/relations?type=LIKES", "BAD_RELATION_TYPE"],
      ["/relations?type=", "BAD_RELATION_TYPE"],
      ["/relations?direction=both", "BAD_DIRECTION"],
      ["/relations?type=RUNS&limit=0x10", "BAD_LIMIT"],
    ];
    for (const [rest, code] of cases) {
      const response = await get(node(HUB.county, rest));
      expect(response.statusCode, rest).toBe(400);
      expect(response.headers["content-type"], rest).toContain("application/json");
      expect(response.json(), rest).toEqual({ error: { code, message: expect.any(String) } });
    }
  });

  it("answers a JSON 404 for an unknown node on every list", async () => {
    for (const rest of ["", "/articles", "/metrics", "/relations?type=RUNS"]) {
      const response = await get(node("County:nowhere", rest));
      expect(response.statusCode, rest).toBe(404);
      expect(response.json().error.code, rest).toBe("NODE_NOT_FOUND");
    }
  });

  it("serves a relation's every sentence from /api/edge/:key, as the panel asks when it is expanded", async () => {
    const edge = (await get(`/api/edge/${encodeURIComponent(HUB.wellAttested)}`)).json<EdgeDetails>();
    expect(edge.evidence.map((e) => e.sentence)).toEqual(graph.getEdgeAttribute(HUB.wellAttested, "evidence").map((e) => e.sentence));
  });
});

describe("the browser's lookups page alike, served or static", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createServer({ graphStore: createMemoryGraphStore(graph), warmDefaultView: false });
    // The browser's fetch, answered by the app without a socket.
    vi.stubGlobal("fetch", async (url: string) => {
      const response = await app.inject({ method: "GET", url });
      return new Response(response.body, { status: response.statusCode, headers: { "content-type": String(response.headers["content-type"]) } });
    });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await app.close();
  });

  it("asks the API for details, pages and evidence, and gets what a static export reads from its payload", async () => {
    const served = createServerNodeLookup("/api");
    const exported = graphPayload(graph, indexGraph(graph), "embedded", { kinds: [], counties: [], maxNodes: Number.MAX_SAFE_INTEGER }, "inline");
    const noServer: DataSource = { kind: "static", graph: async () => exported, status: async () => ({}) as never, queries: async () => ({ queries: [] }), cypher: async () => ({}) as never };
    const offline = createNodeLookup(exported, lazyGraphFacts(exported.graph), noServer);
    for (const key of [HUB.group, HUB.county, SLASHED, "Programme:金乡示范项目01"]) {
      expect(await served.details(key), key).toEqual(await offline.details(key));
      const page = { offset: 7, limit: 11 };
      expect(await served.articles(key, page), key).toEqual(await offline.articles(key, page));
      expect(await served.metrics(key, page), key).toEqual(await offline.metrics(key, page));
      expect(await served.relations(key, { ...page, type: "SERVES", direction: "in" }), key).toEqual(await offline.relations(key, { ...page, type: "SERVES", direction: "in" }));
    }
    expect(await served.edge(HUB.wellAttested)).toEqual(await offline.edge(HUB.wellAttested));
    await expect(served.details("County:nowhere")).rejects.toMatchObject({ name: "ApiError", status: 404, code: "NODE_NOT_FOUND" });
    await expect(offline.details("County:nowhere")).rejects.toMatchObject({ name: "ApiError", status: 404, code: "NODE_NOT_FOUND" });
  });
});
