/**
 * Where the explorer gets its data: the API server, or the JSON embedded in a
 * static export (`export-site`), which answers the same questions locally
 * (its payload carries the evidence that the API serves per node).
 */
import type {
  ApiErrorPayload,
  ArticleSummary,
  CypherResultPayload,
  EdgeDetails,
  GraphPayload,
  ListPage,
  MetricRow,
  NodeDetails,
  PageRequest,
  QueriesPayload,
  RelationPageRequest,
  RelationSummary,
  StatusPayload,
} from "../../shared/api-types.js";

/**
 * What the node panel asks: a node's details (the first page of each list),
 * the next pages, and one relation's evidence in full.
 */
export interface NodeLookup {
  details(key: string): Promise<NodeDetails>;
  articles(key: string, page: PageRequest): Promise<ListPage<ArticleSummary>>;
  metrics(key: string, page: PageRequest): Promise<ListPage<MetricRow>>;
  relations(key: string, page: RelationPageRequest): Promise<ListPage<RelationSummary>>;
  edge(key: string): Promise<EdgeDetails>;
}

export interface DataSource {
  readonly kind: "server" | "static";
  graph(): Promise<GraphPayload>;
  /** Node details from the server; absent for a static export, which has no server to ask (see node-lookup.ts). */
  nodes?: NodeLookup;
  status(): Promise<StatusPayload>;
  queries(): Promise<QueriesPayload>;
  cypher(query: string, params: Record<string, unknown>): Promise<CypherResultPayload>;
}

/** Data embedded by export-site in `<script id="policy-kg-data" type="application/json">`. */
export interface EmbeddedData {
  graph: GraphPayload;
  exportedAt: string;
}

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const body = (await response.json().catch(() => null)) as T | ApiErrorPayload | null;
  if (!response.ok || body === null) {
    const error = (body as ApiErrorPayload | null)?.error;
    throw new ApiError(error?.message ?? `${url}: HTTP ${response.status}`, response.status, error?.code ?? "HTTP_ERROR");
  }
  return body as T;
}

/** `offset=…&limit=…`, then `type` and `direction` when the request narrows relations. */
function pageQuery({ offset, limit, type, direction }: RelationPageRequest): string {
  const query = new URLSearchParams({ offset: String(offset), limit: String(limit) });
  if (type) query.set("type", type);
  if (direction) query.set("direction", direction);
  return query.toString();
}

/** The API's answers to the node panel (GET /api/node/:key, its paged lists, GET /api/edge/:key). */
export function createServerNodeLookup(base = "./api"): NodeLookup {
  const node = (key: string) => `${base}/node/${encodeURIComponent(key)}`;
  return {
    details: (key) => getJson<NodeDetails>(node(key)),
    articles: (key, page) => getJson<ListPage<ArticleSummary>>(`${node(key)}/articles?${pageQuery(page)}`),
    metrics: (key, page) => getJson<ListPage<MetricRow>>(`${node(key)}/metrics?${pageQuery(page)}`),
    relations: (key, page) => getJson<ListPage<RelationSummary>>(`${node(key)}/relations?${pageQuery(page)}`),
    edge: (key) => getJson<EdgeDetails>(`${base}/edge/${encodeURIComponent(key)}`),
  };
}

export function createServerDataSource(base = "./api"): DataSource {
  return {
    kind: "server",
    graph: () => getJson<GraphPayload>(`${base}/graph`),
    nodes: createServerNodeLookup(base),
    status: () => getJson<StatusPayload>(`${base}/status`),
    queries: () => getJson<QueriesPayload>(`${base}/queries`),
    cypher: (query, params) =>
      getJson<CypherResultPayload>(`${base}/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, params }),
      }),
  };
}

export const STATIC_CYPHER_HELP =
  "This is a static export: it has the graph but no database. To run Cypher, open the project and run `npm start` with Neo4j connected (see docs/explorer.md).";

export function createEmbeddedDataSource(data: EmbeddedData): DataSource {
  return {
    kind: "static",
    graph: async () => data.graph,
    status: async () => ({
      graph: { source: "embedded", location: `static export of ${data.exportedAt}`, nodes: data.graph.graph.nodes.length, edges: data.graph.graph.edges.length },
      neo4j: { configured: false, connected: false },
      cypher: { available: false, timeoutMs: 0, maxRows: 0, help: STATIC_CYPHER_HELP },
    }),
    queries: async () => ({ queries: [] }),
    cypher: async () => {
      throw new ApiError(STATIC_CYPHER_HELP, 503, "STATIC_EXPORT");
    },
  };
}

/** The embedded data when the page is a static export, else null. */
export function readEmbeddedData(doc: Document): EmbeddedData | null {
  const element = doc.getElementById("policy-kg-data");
  if (!element?.textContent) return null;
  return JSON.parse(element.textContent) as EmbeddedData;
}
