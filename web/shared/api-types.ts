/** JSON shapes of the explorer's HTTP API, shared by the server, the browser and the static site. */
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";

export type GraphSourceKind = "neo4j" | "file" | "embedded";

export interface GraphPayload {
  source: GraphSourceKind;
  /** graphology export of the (possibly filtered or capped) graph; article bodies left out. */
  graph: SerializedPolicyGraph;
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
