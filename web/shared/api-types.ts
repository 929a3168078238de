/** JSON shapes of the explorer's HTTP API, shared by the server, the browser and the static site. */
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes, NodeKind, RelationType } from "../../pipeline/schema/index.js";

export type GraphSourceKind = "neo4j" | "file" | "embedded";

/** `Omit` applied to each member of a union, so `kind` still tells the members apart. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A node's attributes without the keys of the articles it appears in (and an article without its body). */
export type NodeAttributesWithoutLists = OmitEach<NodeAttributes, "articles" | "text">;

/**
 * Where a payload's article lists and evidence sentences are: `inline` in it
 * (export-site, which has no server to ask), or `on-demand` from
 * `GET /api/node/:key` and `GET /api/edge/:key` (the API: a hub's lists run
 * to thousands of entries, which every view would otherwise carry).
 */
export type EvidenceMode = "inline" | "on-demand";

/** A node as a payload ships it: how many articles mention it, and their keys only when evidence is inline. */
export type PayloadNodeAttributes = NodeAttributesWithoutLists & { articleCount: number; articles?: string[] };

/**
 * A relation as a payload ships it: how many sentences attest it, the
 * sentences only when evidence is inline, and for county-scoped relations the
 * counties whose articles attest it (relation-counties.ts).
 */
export type PayloadEdgeAttributes = Omit<EdgeAttributes, "evidence"> & { evidenceCount: number; evidence?: Evidence[]; counties?: string[] };

export type PayloadGraph = SerializedGraph<PayloadNodeAttributes, PayloadEdgeAttributes, GraphAttributes>;

export interface GraphPayload {
  source: GraphSourceKind;
  /** graphology export of the (possibly filtered or capped) graph; article bodies left out, lists per `evidence`. */
  graph: PayloadGraph;
  evidence: EvidenceMode;
  /** Where to draw each node, computed by the server so the browser draws at once. */
  layout: GraphLayout;
  total: { nodes: number; edges: number };
  /** True when the graph was cut to `maxNodes` (the best-connected nodes kept). */
  truncated: boolean;
  notice?: string;
}

/**
 * Node positions of a payload: the seeded layout (web/shared/seeded-layout.ts)
 * of exactly the nodes and edges shipped, so the same payload always gets the
 * same picture (share links and exports rely on it).
 */
export interface GraphLayout {
  algorithm: "seeded-forceatlas2";
  seed: number;
  /** ForceAtlas2 iterations run; fewer than MAX_ITERATIONS means a rough layout that ▶ Layout refines. */
  iterations: number;
  /** x of `graph.nodes[i]` at `2 * i`, y at `2 * i + 1` (rounded to 0.01). */
  positions: number[];
}

export interface NodeRef {
  key: string;
  kind: NodeKind;
  name: string;
}

/**
 * One slice of a list that can run to thousands (a county's articles, a
 * group's metrics): `items` from position `offset` on, out of `total`. The
 * next slice starts at `offset + items.length`; the list is complete when
 * that reaches `total`.
 */
export interface ListPage<T> {
  offset: number;
  total: number;
  items: T[];
}

/** Which slice of a list to answer. */
export interface PageRequest {
  offset: number;
  limit: number;
}

export type RelationDirection = "out" | "in";

/** A slice of a node's relations, optionally of one type and direction (one group of the panel). */
export interface RelationPageRequest extends PageRequest {
  type?: RelationType;
  direction?: RelationDirection;
}

export interface ArticleSummary {
  key: string;
  title: string;
  county?: string;
  reporters: string[];
  date?: string;
  source?: string;
}

export interface EvidenceDetail {
  article: string;
  articleTitle?: string;
  sentence: string;
  matched: string[];
}

/**
 * One relation seen from one of its ends: the other end, how many sentences
 * attest it, and only the first of them (`GET /api/edge/:key` has them all).
 */
export interface RelationSummary {
  /** The edge key, as `GET /api/edge/:key` takes it. */
  key: string;
  type: RelationType;
  direction: RelationDirection;
  other: NodeRef;
  evidenceCount: number;
  /** The first `evidenceCount` sentences, at most a preview's worth (see NODE_DETAILS_LIMITS). */
  evidence: EvidenceDetail[];
}

/** A node's relations of one type and direction: how many, and the first page of them. */
export interface RelationGroup extends ListPage<RelationSummary> {
  type: RelationType;
  direction: RelationDirection;
}

export interface MetricRow {
  key: string;
  value: number;
  unit: string;
  approx?: string;
  counted: string;
  raw: string;
  /** For a standard sum, what it is per (每人每年). */
  per?: string;
  /** The programme or county that reported it. */
  owner?: string;
}

/**
 * What `GET /api/node/:key` answers: a node's attributes and the first page
 * of each of its lists, with their totals; the rest page by page from
 * `GET /api/node/:key/articles|metrics|relations`.
 */
export interface NodeDetails {
  node: NodeRef;
  aliases: string[];
  /** Attributes other than the ones shown elsewhere (name, kind, articles, text). */
  attributes: Record<string, unknown>;
  articles: ListPage<ArticleSummary>;
  metrics: ListPage<MetricRow>;
  /** One group per relation type and direction, in schema order. */
  relations: RelationGroup[];
  /** Counties reached (through programmes for groups, organisations and themes). */
  counties: string[];
}

/** What `GET /api/edge/:key` answers: one relation with all its evidence sentences. */
export interface EdgeDetails {
  key: string;
  type: RelationType;
  source: NodeRef;
  target: NodeRef;
  evidence: EvidenceDetail[];
}

export interface StatusPayload {
  graph: { source: GraphSourceKind; location: string; nodes: number; edges: number; builtAt?: string };
  neo4j: { configured: boolean; connected: boolean; uri?: string; error?: string };
  cypher: { available: boolean; timeoutMs: number; maxRows: number; help?: string };
}

export interface LibraryQueryParam {
  name: string;
  /** Default value as text (what the parameter field starts with). */
  default?: string;
  description?: string;
}

export interface LibraryQuery {
  id: string;
  title: string;
  description?: string;
  cypher: string;
  params: LibraryQueryParam[];
}

export interface QueriesPayload {
  queries: LibraryQuery[];
  error?: string;
}

/** A node or relationship returned by a Cypher query, as keys of the policy graph when it has them. */
export interface CypherGraphNode {
  key?: string;
  labels: string[];
  name?: string;
}

export interface CypherGraphEdge {
  type: string;
  source?: string;
  target?: string;
}

export interface CypherResultPayload {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
  notice?: string;
  graph: { nodes: CypherGraphNode[]; edges: CypherGraphEdge[] };
}

export interface ApiErrorPayload {
  error: { code: string; message: string };
}

/** How to get a Cypher-capable server, shown when no Neo4j is connected. */
export const CONNECT_NEO4J_HELP =
  "No Neo4j is connected. Start one with `npm run neo4j`, load the graph with `npm run kg -- load out/graph.json`, " +
  "then set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD (environment or .env) and restart `npm start`.";
