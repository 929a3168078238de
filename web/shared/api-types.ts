/** JSON shapes of the explorer's HTTP API, shared by the server, the browser and the static site. */
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from "../../pipeline/schema/index.js";

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

/** A relation as a payload ships it: how many sentences attest it, and the sentences only when evidence is inline. */
export type PayloadEdgeAttributes = Omit<EdgeAttributes, "evidence"> & { evidenceCount: number; evidence?: Evidence[] };

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
