/**
 * Evidence on demand: /api/graph ships per node and edge the counts of
 * articles and evidence sentences, not the lists; /api/node/:key (first
 * pages, see node-lists-api.test.ts for the rest) and /api/edge/:key answer
 * them exactly as the graph holds them; a static export ships them inline and
 * the browser's one lookup reads them there.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleAttributes } from "../../pipeline/schema/index.js";
import type { EdgeDetails, GraphPayload, NodeDetails } from "../../web/shared/api-types.js";
import { edgeDetails } from "../../web/shared/edge-details.js";
import { indexGraph } from "../../web/shared/graph-index.js";
import { articlePage, metricPage, nodeDetails, relationPage } from "../../web/shared/node-details.js";
import { createServer } from "../../web/server/create-server.js";
import { graphPayload } from "../../web/server/graph-payload.js";
import { createMemoryGraphStore } from "../../web/server/graph-store.js";
import type { DataSource, NodeLookup } from "../../web/src/data/data-source.js";
import { createNodeLookup } from "../../web/src/data/node-lookup.js";
import { lazyGraphFacts } from "../../web/src/graph/graph-facts.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

const graph = createSampleGraph();
const EVERYTHING = { kinds: [], counties: [], maxNodes: Number.MAX_SAFE_INTEGER };
const get = (app: FastifyInstance, url: string) => app.inject({ method: "GET", url });

describe("served payload: counts instead of lists", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createServer({ graphStore: createMemoryGraphStore(graph) });
  });
  afterAll(() => app.close());

  it("carries each node's number of articles and each edge's number of evidence sentences, not the lists", async () => {
    const response = await get(app, "/api/graph");
    const payload = response.json<GraphPayload>();
    expect(payload.evidence).toBe("on-demand");
    expect(payload.graph.nodes).toHaveLength(graph.order);
    for (const { key, attributes } of payload.graph.nodes) {
      expect(attributes, key).not.toHaveProperty("articles");
      expect(attributes, key).not.toHaveProperty("text");
      expect(attributes!.articleCount, key).toBe(graph.getNodeAttribute(key, "articles").length);
    }
    for (const { key, attributes } of payload.graph.edges) {
      expect(attributes, key).not.toHaveProperty("evidence");
      expect(attributes!.evidenceCount, key).toBe(graph.getEdgeAttribute(key!, "evidence").length);
      expect(attributes!.type).toBe(graph.getEdgeAttribute(key!, "type"));
    }
    // Not one evidence sentence anywhere in the body.
    graph.forEachEdge((_key, { evidence }) => {
      for (const e of evidence) expect(response.body).not.toContain(e.sentence);
    });
  });

  it("answers GET /api/edge/:key with exactly the evidence the graph holds for that relation", async () => {
    for (const key of graph.edges()) {
      const response = await get(app, `/api/edge/${encodeURIComponent(key)}`);
      expect(response.statusCode, key).toBe(200);
      const details = response.json<EdgeDetails>();
      const attributes = graph.getEdgeAttributes(key);
      expect(details).toMatchObject({ key, type: attributes.type, source: { key: graph.source(key) }, target: { key: graph.target(key) } });
      expect(details.evidence.map(({ article, sentence, matched }) => ({ article, sentence, matched }))).toEqual(
        attributes.evidence.map((e) => ({ article: e.article, sentence: e.sentence, matched: e.matched ?? [] })),
      );
      for (const e of details.evidence) expect(e.articleTitle).toBe((graph.getNodeAttributes(e.article) as ArticleAttributes).title);
    }
  });

  it("answers GET /api/node/:key with every article and relation of the node, and /api/edge/:key with each relation's every sentence", async () => {
    for (const key of graph.nodes()) {
      const details = (await get(app, `/api/node/${encodeURIComponent(key)}`)).json<NodeDetails>();
      const attributes = graph.getNodeAttributes(key);
      // The sample's lists all fit in a first page.
      if (attributes.kind !== "Article") expect(details.articles.items.map((a) => a.key).sort(), key).toEqual([...attributes.articles].sort());
      const relations = details.relations.flatMap((group) => group.items);
      expect(relations.map((r) => r.key).sort(), key).toEqual(graph.edges(key).sort());
      const sentences: string[] = [];
      for (const relation of relations) {
        const edge = (await get(app, `/api/edge/${encodeURIComponent(relation.key)}`)).json<EdgeDetails>();
        expect(edge.evidence.length, relation.key).toBe(relation.evidenceCount);
        sentences.push(...edge.evidence.map((e) => e.sentence));
      }
      const expected = graph.edges(key).flatMap((edge) => graph.getEdgeAttribute(edge, "evidence").map((e) => e.sentence));
      expect(sentences.sort(), key).toEqual(expected.sort());
    }
  });

  it("answers 404 as JSON for an unknown edge", async () => {
    for (const key of ["SERVES|Programme:nothing|Group:nobody", "nothing", "County:金乡县"]) {
      const response = await get(app, `/api/edge/${encodeURIComponent(key)}`);
      expect(response.statusCode, key).toBe(404);
      expect(response.headers["content-type"]).toContain("application/json");
      expect(response.json()).toEqual({ error: { code: "EDGE_NOT_FOUND", message: expect.stringContaining(key) } });
    }
  });
});

describe("static export payload: lists inline", () => {
  const payload = graphPayload(graph, indexGraph(graph), "embedded", EVERYTHING, "inline");

  it("ships every article list and evidence sentence, with the same counts as the API", () => {
    expect(payload.evidence).toBe("inline");
    for (const { key, attributes } of payload.graph.nodes) {
      expect(attributes!.articles, key).toEqual(graph.getNodeAttribute(key, "articles"));
      expect(attributes!.articleCount, key).toBe(graph.getNodeAttribute(key, "articles").length);
      expect(attributes, key).not.toHaveProperty("text");
    }
    for (const { key, attributes } of payload.graph.edges) {
      expect(attributes!.evidence, key).toEqual(graph.getEdgeAttribute(key!, "evidence"));
      expect(attributes!.evidenceCount, key).toBe(graph.getEdgeAttribute(key!, "evidence").length);
    }
  });

  it("lets the browser's node lookup answer from the payload what the API answers from the full graph", async () => {
    const index = indexGraph(graph);
    const noServer: DataSource = { kind: "static", graph: async () => payload, status: async () => ({}) as never, queries: async () => ({ queries: [] }), cypher: async () => ({}) as never };
    const lookUp = createNodeLookup(payload, lazyGraphFacts(payload.graph), noServer);
    const all = { offset: 0, limit: 500 };
    for (const key of graph.nodes()) {
      expect(await lookUp.details(key), key).toEqual(nodeDetails(graph, index, key));
      expect(await lookUp.articles(key, all), key).toEqual(articlePage(graph, key, all));
      expect(await lookUp.metrics(key, all), key).toEqual(metricPage(graph, key, all));
      expect(await lookUp.relations(key, all), key).toEqual(relationPage(graph, key, all));
    }
    for (const key of graph.edges()) expect(await lookUp.edge(key), key).toEqual(edgeDetails(graph, key));
    await expect(lookUp.details("Group:nobody")).rejects.toMatchObject({ name: "ApiError", code: "NODE_NOT_FOUND" });
    await expect(lookUp.relations("Group:nobody", all)).rejects.toMatchObject({ name: "ApiError", code: "NODE_NOT_FOUND" });
    await expect(lookUp.edge("SERVES|Programme:x|Group:y")).rejects.toMatchObject({ name: "ApiError", code: "EDGE_NOT_FOUND" });
  });
});

describe("browser node lookup on a served payload", () => {
  const payload = graphPayload(graph, indexGraph(graph), "file", EVERYTHING);
  const source = (nodes?: NodeLookup): DataSource => ({
    kind: nodes ? "server" : "static",
    graph: async () => payload,
    status: async () => ({}) as never,
    queries: async () => ({ queries: [] }),
    cypher: async () => ({}) as never,
    ...(nodes ? { nodes } : {}),
  });

  /** A server that records what it is asked and answers from the full graph. */
  function recordingServer(asked: string[]): NodeLookup {
    const index = indexGraph(graph);
    return {
      details: async (key) => (asked.push(`details ${key}`), nodeDetails(graph, index, key)!),
      articles: async (key, page) => (asked.push(`articles ${key}`), articlePage(graph, key, page)!),
      metrics: async (key, page) => (asked.push(`metrics ${key}`), metricPage(graph, key, page)!),
      relations: async (key, page) => (asked.push(`relations ${key}`), relationPage(graph, key, page)!),
      edge: async (key) => (asked.push(`edge ${key}`), edgeDetails(graph, key)!),
    };
  }

  it("asks the server for the details, pages and evidence the payload does not carry", async () => {
    const asked: string[] = [];
    const lookUp = createNodeLookup(payload, lazyGraphFacts(payload.graph), source(recordingServer(asked)));
    const details = await lookUp.details("Group:离退休干部");
    expect(details).toEqual(nodeDetails(graph, indexGraph(graph), "Group:离退休干部"));
    await lookUp.relations("Group:离退休干部", { type: "SERVES", offset: 1, limit: 5 });
    const edge = details.relations[0]!.items[0]!.key;
    expect((await lookUp.edge(edge)).evidence).toHaveLength(graph.getEdgeAttribute(edge, "evidence").length);
    expect(asked).toEqual(["details Group:离退休干部", "relations Group:离退休干部", `edge ${edge}`]);
  });

  it("says so when there is neither evidence inline nor a server to ask", async () => {
    const lookUp = createNodeLookup(payload, lazyGraphFacts(payload.graph), source());
    await expect(lookUp.details("Group:离退休干部")).rejects.toMatchObject({ name: "ApiError", code: "NO_EVIDENCE" });
    await expect(lookUp.edge("SERVES|Programme:四航模式|Group:离退休干部")).rejects.toMatchObject({ name: "ApiError", code: "NO_EVIDENCE" });
  });
});
