/**
 * Evidence on demand: /api/graph ships per node and edge the counts of
 * articles and evidence sentences, not the lists; /api/node/:key and
 * /api/edge/:key answer them exactly as the graph holds them; a static
 * export ships them inline and the browser's one lookup reads them there.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleAttributes } from "../../pipeline/schema/index.js";
import type { GraphPayload } from "../../web/shared/api-types.js";
import type { EdgeDetails } from "../../web/shared/edge-details.js";
import { indexGraph } from "../../web/shared/graph-index.js";
import { nodeDetails, type NodeDetails } from "../../web/shared/node-details.js";
import { createServer } from "../../web/server/create-server.js";
import { graphPayload } from "../../web/server/graph-payload.js";
import { createMemoryGraphStore } from "../../web/server/graph-store.js";
import type { DataSource } from "../../web/src/data/data-source.js";
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

  it("answers GET /api/node/:key with every article of the node and every sentence of its relations", async () => {
    for (const key of graph.nodes()) {
      const details = (await get(app, `/api/node/${encodeURIComponent(key)}`)).json<NodeDetails>();
      const attributes = graph.getNodeAttributes(key);
      if (attributes.kind !== "Article") expect(details.articles.map((a) => a.key).sort(), key).toEqual([...attributes.articles].sort());
      const sentences = (edges: string[]) => edges.flatMap((edge) => graph.getEdgeAttribute(edge, "evidence").map((e) => e.sentence)).sort();
      expect(details.relations.flatMap((r) => r.evidence.map((e) => e.sentence)).sort(), key).toEqual(sentences(graph.edges(key)));
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
    for (const key of graph.nodes()) expect(await lookUp(key), key).toEqual(nodeDetails(graph, index, key));
    await expect(lookUp("Group:nobody")).rejects.toMatchObject({ name: "ApiError", code: "NODE_NOT_FOUND" });
  });
});

describe("browser node lookup on a served payload", () => {
  const payload = graphPayload(graph, indexGraph(graph), "file", EVERYTHING);
  const source = (node?: DataSource["node"]): DataSource => ({
    kind: node ? "server" : "static",
    graph: async () => payload,
    status: async () => ({}) as never,
    queries: async () => ({ queries: [] }),
    cypher: async () => ({}) as never,
    ...(node ? { node } : {}),
  });

  it("asks the server for the details the payload does not carry", async () => {
    const asked: string[] = [];
    const details = nodeDetails(graph, indexGraph(graph), "Group:离退休干部")!;
    const lookUp = createNodeLookup(payload, lazyGraphFacts(payload.graph), source(async (key) => (asked.push(key), details)));
    expect(await lookUp("Group:离退休干部")).toBe(details);
    expect(asked).toEqual(["Group:离退休干部"]);
  });

  it("says so when there is neither evidence inline nor a server to ask", async () => {
    const lookUp = createNodeLookup(payload, lazyGraphFacts(payload.graph), source());
    await expect(lookUp("Group:离退休干部")).rejects.toMatchObject({ name: "ApiError", code: "NO_EVIDENCE" });
  });
});
