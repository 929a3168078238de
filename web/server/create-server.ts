/**
 * The explorer's HTTP server: the JSON API under /api and the built explorer
 * (web/dist) at /. A factory, so tests drive it with `app.inject` and the
 * `serve` command only adds listening.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { resolveServerOptions, type CreateServerOptions, type ServerOptions } from "./options.js";
import { registerCypherRoutes } from "./routes/cypher-routes.js";
import { sendError } from "./routes/errors.js";
import { registerGraphRoutes } from "./routes/graph-routes.js";
import { defaultGraphRequest, graphPayloadBody } from "./graph-payload-body.js";
import { createPayloadLayouts, type PayloadLayouts } from "./payload-layouts.js";

/** Makes the body of the first page load's /api/graph (layout included) so that request finds it made. */
async function warmDefaultView(app: FastifyInstance, options: ServerOptions, layouts: PayloadLayouts): Promise<void> {
  try {
    await graphPayloadBody(options.graphStore, layouts, defaultGraphRequest(options.maxGraphNodes));
  } catch (error) {
    // The request will try again and report what went wrong.
    app.log.warn(`default view not laid out in advance: ${(error as Error).message}`);
  }
}

/**
 * Builds the Fastify app (not listening yet).
 *
 * @example
 * const app = await createServer({ graphStore: createFileGraphStore("out/graph.json") });
 * const response = await app.inject({ method: "GET", url: "/api/status" });
 */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const resolved = resolveServerOptions(options);
  const app = Fastify({ logger: resolved.logger, bodyLimit: 1_048_576 });

  // Every failure leaves as JSON with a reason, never as an HTML page or a stack trace.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      request.log.error(error);
      // The database went away after start-up: say so instead of a bare 500.
      if (error.name === "Neo4jUnavailableError" || error.code === "ServiceUnavailable" || error.code === "SessionExpired") {
        return sendError(reply, 503, "NEO4J_UNAVAILABLE", error.message);
      }
      // Not remembered: the next request lays the graph out again.
      if (error.name === "LayoutWorkerError") return sendError(reply, 503, "LAYOUT_FAILED", `could not lay out the graph: ${error.message}`);
      return sendError(reply, 500, error.name || "INTERNAL_ERROR", error.message || "internal error");
    }
    const code = error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.name === "SyntaxError" ? "BAD_JSON" : error.code ?? "BAD_REQUEST";
    return sendError(reply, status, code, error.message);
  });

  const layouts = resolved.layouts ?? createPayloadLayouts({ timeoutMs: resolved.layoutTimeoutMs });
  app.addHook("onClose", () => layouts.close());
  registerGraphRoutes(app, resolved, layouts);
  // onListen runs once listen() has resolved; the warm-up is not awaited, so nothing waits for it.
  if (resolved.warmDefaultView) app.addHook("onListen", async () => void warmDefaultView(app, resolved, layouts));
  registerCypherRoutes(app, resolved);

  const staticDir = resolved.staticDir && existsSync(path.join(resolved.staticDir, "index.html")) ? resolved.staticDir : null;
  if (staticDir) await app.register(fastifyStatic, { root: path.resolve(staticDir), index: ["index.html"] });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || !staticDir) {
      const hint = staticDir ? "" : " (the explorer is not built: run `npm run build:web`)";
      return sendError(reply, 404, "NOT_FOUND", `${request.method} ${request.url.split("?")[0]} not found${hint}`);
    }
    return sendError(reply, 404, "NOT_FOUND", `${request.url} not found`);
  });
  return app;
}
