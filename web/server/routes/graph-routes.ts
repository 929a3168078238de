/** GET /api/graph, GET /api/node/:key, GET /api/edge/:key and GET /api/status. */
import type { FastifyInstance } from "fastify";
import { isNodeKind, type NodeKind } from "../../../pipeline/schema/index.js";
import { CONNECT_NEO4J_HELP, type StatusPayload } from "../../shared/api-types.js";
import { edgeDetails } from "../../shared/edge-details.js";
import { nodeDetails } from "../../shared/node-details.js";
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
    return reply.type("application/json; charset=utf-8").send(body);
  });

  app.get("/api/node/:key", async (request, reply) => {
    const { key } = request.params as { key: string };
    const { graph, index } = await options.graphStore.current();
    const details = nodeDetails(graph, index, key);
    if (!details) return sendError(reply, 404, "NODE_NOT_FOUND", `no node with key ${key}`);
    return details;
  });

  // One relation's evidence, for clients that want it without a whole node's details.
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
