/** POST /api/cypher and GET /api/queries. */
import type { FastifyInstance } from "fastify";
import { CONNECT_NEO4J_HELP } from "../../shared/api-types.js";
import { CypherQueryError, CypherTimeoutError, CypherUnavailableError } from "../cypher-backend.js";
import type { ServerOptions } from "../options.js";
import { readQueryLibrary } from "../query-library.js";
import { refuseUnsafeCypher } from "../read-only-guard.js";
import { sendError } from "./errors.js";

export function registerCypherRoutes(app: FastifyInstance, options: ServerOptions): void {
  app.get("/api/queries", async () => readQueryLibrary());

  app.post("/api/cypher", async (request, reply) => {
    const body = request.body as { query?: unknown; params?: unknown } | undefined;
    if (!body || typeof body !== "object" || Array.isArray(body)) {
      return sendError(reply, 400, "BAD_REQUEST", 'send a JSON object: { "query": "MATCH ...", "params": {} }');
    }
    if (typeof body.query !== "string" || body.query.trim() === "") {
      return sendError(reply, 400, "BAD_REQUEST", '"query" must be a non-empty string');
    }
    if (body.query.length > options.maxQueryLength) {
      return sendError(reply, 400, "QUERY_TOO_LONG", `"query" is longer than ${options.maxQueryLength} characters`);
    }
    const params = body.params ?? {};
    if (typeof params !== "object" || params === null || Array.isArray(params)) {
      return sendError(reply, 400, "BAD_REQUEST", '"params" must be a JSON object');
    }
    const refusal = refuseUnsafeCypher(body.query);
    if (refusal) return sendError(reply, refusal.status, refusal.code, refusal.message);
    if (!options.cypher) return sendError(reply, 503, "NEO4J_NOT_CONNECTED", CONNECT_NEO4J_HELP);
    try {
      const result = await options.cypher.run({
        cypher: body.query,
        params: params as Record<string, unknown>,
        timeoutMs: options.queryTimeoutMs,
        maxRows: options.maxRows,
      });
      return result.truncated
        ? { ...result, notice: `Only the first ${result.rowCap} rows are shown; the query returned more. Add LIMIT or narrow it.` }
        : result;
    } catch (error) {
      if (error instanceof CypherTimeoutError) {
        return sendError(reply, 408, "QUERY_TIMEOUT", `${error.message} (server limit ${options.queryTimeoutMs} ms)`);
      }
      if (error instanceof CypherQueryError) return sendError(reply, 400, error.code, error.message);
      if (error instanceof CypherUnavailableError) return sendError(reply, 503, "NEO4J_UNAVAILABLE", error.message);
      throw error;
    }
  });
}
