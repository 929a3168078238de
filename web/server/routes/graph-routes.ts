/**
 * GET /api/graph, GET /api/node/:key (with its paged lists: articles,
 * metrics, relations), GET /api/edge/:key and GET /api/status.
 */
import negotiate from "@fastify/accept-negotiator";
import type { FastifyInstance } from "fastify";
import { isNodeKind, isRelationType, type NodeKind } from "../../../pipeline/schema/index.js";
import { CONNECT_NEO4J_HELP, type ListPage, type PageRequest, type RelationPageRequest, type StatusPayload } from "../../shared/api-types.js";
import { edgeDetails } from "../../shared/edge-details.js";
import type { DataGraph } from "../../shared/graph-index.js";
import { articlePage, metricPage, nodeDetails, NODE_DETAILS_LIMITS, relationPage } from "../../shared/node-details.js";
import type { GraphRequest } from "../graph-payload.js";
import { graphPayloadBody } from "../graph-payload-body.js";
import type { ServerOptions } from "../options.js";
import type { PayloadLayouts } from "../payload-layouts.js";
import { sendError } from "./errors.js";

/** Query-string values as a list, whether given once, repeated, or comma-separated. */
function listParam(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((v) => String(v).split(",")).map((v) => v.trim()).filter(Boolean);
}

/** A count from the query string (`offset`, `limit`): its default when absent, null unless plain digits. */
function countParam(value: unknown, fallback: number): number | null {
  if (value === undefined) return fallback;
  return typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

const COUNT_RANGE = "a whole number from 0 to 999999999";
const LIMIT_MESSAGE = `limit must be ${COUNT_RANGE} (an answer carries at most ${NODE_DETAILS_LIMITS.maxPage} items of a list)`;

/** A query parameter a route cannot use: the code and message of its 400. */
interface BadParam {
  code: string;
  message: string;
}

function isBadParam(value: object): value is BadParam {
  return "code" in value;
}

/** `offset` and `limit` of a paged list, or what is wrong with them. */
function pageParams(query: Record<string, unknown>): PageRequest | BadParam {
  const offset = countParam(query.offset, 0);
  if (offset === null) return { code: "BAD_OFFSET", message: `offset must be ${COUNT_RANGE}` };
  const limit = countParam(query.limit, NODE_DETAILS_LIMITS.firstPage);
  if (limit === null) return { code: "BAD_LIMIT", message: LIMIT_MESSAGE };
  return { offset, limit };
}

/** `type` and `direction` narrowing a page of relations, with `offset` and `limit`, or what is wrong with them. */
function relationParams(query: Record<string, unknown>): RelationPageRequest | BadParam {
  const { type, direction } = query;
  if (type !== undefined && !isRelationType(type)) return { code: "BAD_RELATION_TYPE", message: `unknown relation type: ${String(type)}` };
  if (direction !== undefined && direction !== "out" && direction !== "in") return { code: "BAD_DIRECTION", message: "direction must be out or in" };
  const page = pageParams(query);
  if (isBadParam(page)) return page;
  return { ...page, ...(type ? { type } : {}), ...(direction ? { direction } : {}) };
}

type ListPager = (graph: DataGraph, key: string, request: RelationPageRequest) => ListPage<unknown> | undefined;

/** The paged lists of a node: which query parameters each reads, and how a page is cut. */
const NODE_LISTS: Record<string, { params: (query: Record<string, unknown>) => RelationPageRequest | BadParam; page: ListPager }> = {
  articles: { params: pageParams, page: articlePage },
  metrics: { params: pageParams, page: metricPage },
  relations: { params: relationParams, page: relationPage },
};

export function registerGraphRoutes(app: FastifyInstance, options: ServerOptions, layouts: PayloadLayouts): void {
  app.get("/api/graph", async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const kinds = listParam(query.kind);
    const unknown = kinds.filter((kind) => !isNodeKind(kind));
    if (unknown.length > 0) return sendError(reply, 400, "BAD_KIND", `unknown node kind: ${unknown.join(", ")}`);
    const maxNodes = query.limit === undefined ? options.maxGraphNodes : Number(query.limit);
    if (!Number.isInteger(maxNodes) || maxNodes <= 0) return sendError(reply, 400, "BAD_LIMIT", "limit must be a positive integer");
    const filters: GraphRequest = { kinds: kinds as NodeKind[], counties: listParam(query.county), maxNodes: Math.min(maxNodes, options.maxGraphNodes) };
    const body = await graphPayloadBody(options.graphStore, layouts, filters);
    reply.type("application/json; charset=utf-8").header("vary", "accept-encoding");
    // No header, or none we offer (deflate, or gzip;q=0): identity, always acceptable unless refused outright.
    if (negotiate(request.headers["accept-encoding"] ?? "", ["gzip", "identity"]) === "gzip") {
      return reply.header("content-encoding", "gzip").send(await body.gzipped());
    }
    return reply.send(body.json);
  });

  // The first page of each list, with totals: a hub's whole lists run to megabytes.
  app.get("/api/node/:key", async (request, reply) => {
    const { key } = request.params as { key: string };
    const limit = countParam((request.query as Record<string, unknown>).limit, NODE_DETAILS_LIMITS.firstPage);
    if (limit === null) return sendError(reply, 400, "BAD_LIMIT", LIMIT_MESSAGE);
    const { graph, index } = await options.graphStore.current();
    const details = nodeDetails(graph, index, key, limit);
    if (!details) return sendError(reply, 404, "NODE_NOT_FOUND", `no node with key ${key}`);
    return details;
  });

  for (const [list, { params, page }] of Object.entries(NODE_LISTS)) {
    app.get(`/api/node/:key/${list}`, async (request, reply) => {
      const { key } = request.params as { key: string };
      const pageRequest = params(request.query as Record<string, unknown>);
      if (isBadParam(pageRequest)) return sendError(reply, 400, pageRequest.code, pageRequest.message);
      const { graph } = await options.graphStore.current();
      const answer = page(graph, key, pageRequest);
      if (!answer) return sendError(reply, 404, "NODE_NOT_FOUND", `no node with key ${key}`);
      return answer;
    });
  }

  // One relation with all its evidence: what the panel asks for when a relation is expanded.
  app.get("/api/edge/:key", async (request, reply) => {
    const { key } = request.params as { key: string };
    const { graph } = await options.graphStore.current();
    const details = edgeDetails(graph, key);
    if (!details) return sendError(reply, 404, "EDGE_NOT_FOUND", `no edge with key ${key}`);
    return details;
  });

  app.get("/api/status", async () => {
    const { graph } = await options.graphStore.current();
    let neo4j: StatusPayload["neo4j"] = { configured: false, connected: false };
    if (options.cypher) {
      neo4j = { configured: true, connected: true, uri: options.cypher.uri };
      await options.cypher.ping().catch((error: Error) => {
        neo4j = { configured: true, connected: false, uri: options.cypher!.uri, error: error.message };
      });
    }
    const status: StatusPayload = {
      graph: {
        source: options.graphStore.source,
        location: options.graphStore.location,
        nodes: graph.order,
        edges: graph.size,
        ...(graph.getAttribute("builtAt") ? { builtAt: graph.getAttribute("builtAt") } : {}),
      },
      neo4j,
      cypher: {
        available: neo4j.connected,
        timeoutMs: options.queryTimeoutMs,
        maxRows: options.maxRows,
        ...(neo4j.connected ? {} : { help: CONNECT_NEO4J_HELP }),
      },
    };
    return status;
  });
}
