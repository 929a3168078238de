/** Options of the explorer's API server: defaults in one place, validated once. */
import type { CypherBackend } from "./cypher-backend.js";
import type { GraphStore } from "./graph-store.js";
import { DEFAULT_LAYOUT_TIMEOUT_MS, type PayloadLayouts } from "./payload-layouts.js";

export interface ServerOptions {
  /** Where the graph comes from (graph.json or Neo4j). */
  graphStore: GraphStore;
  /** Runs Cypher; null when no Neo4j is configured or reachable. */
  cypher: CypherBackend | null;
  /** Folder of the built explorer (web/dist); null serves the API only. */
  staticDir: string | null;
  /** Server-side limit for one Cypher query. */
  queryTimeoutMs: number;
  /** Rows returned at most by one Cypher query (more are cut and the cut reported). */
  maxRows: number;
  /** Nodes shipped at most by GET /api/graph (the best-connected are kept). */
  maxGraphNodes: number;
  /** Longest Cypher text accepted. */
  maxQueryLength: number;
  /** Lays out /api/graph payloads off the event loop; default: a fresh createPayloadLayouts (worker threads). Closed with the server. */
  layouts?: PayloadLayouts;
  /** A graph layout (worker thread) running longer than this is stopped and its request answered 503 LAYOUT_FAILED. */
  layoutTimeoutMs: number;
  /** Lay out the default view (/api/graph, no filter) in the background once listening, so the first page load finds it ready. */
  warmDefaultView: boolean;
  /** Request logging (off in tests). */
  logger: boolean;
}

export const DEFAULT_SERVER_OPTIONS = {
  staticDir: null,
  cypher: null,
  queryTimeoutMs: 10_000,
  maxRows: 1_000,
  maxGraphNodes: 5_000,
  maxQueryLength: 20_000,
  layoutTimeoutMs: DEFAULT_LAYOUT_TIMEOUT_MS,
  warmDefaultView: true,
  logger: false,
} as const satisfies Partial<ServerOptions>;

export type CreateServerOptions = Pick<ServerOptions, "graphStore"> & Partial<ServerOptions>;

export class ServerOptionsError extends Error {
  override name = "ServerOptionsError";
}

function positiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw new ServerOptionsError(`createServer: invalid \`${name}\`. Expecting a positive integer, got ${value}.`);
  }
}

/**
 * Fills in defaults and checks the numbers.
 *
 * @example resolveServerOptions({ graphStore, maxRows: 50 }).queryTimeoutMs // 10000
 */
export function resolveServerOptions(options: CreateServerOptions): ServerOptions {
  const resolved: ServerOptions = { ...DEFAULT_SERVER_OPTIONS, ...options };
  if (!resolved.graphStore) throw new ServerOptionsError("createServer: `graphStore` is required.");
  positiveInteger("queryTimeoutMs", resolved.queryTimeoutMs);
  positiveInteger("maxRows", resolved.maxRows);
  positiveInteger("maxGraphNodes", resolved.maxGraphNodes);
  positiveInteger("maxQueryLength", resolved.maxQueryLength);
  positiveInteger("layoutTimeoutMs", resolved.layoutTimeoutMs);
  return resolved;
}
