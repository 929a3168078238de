/** One JSON error shape for every API failure: `{ error: { code, message } }`. */
import type { FastifyReply } from "fastify";
import type { ApiErrorPayload } from "../../shared/api-types.js";

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  const body: ApiErrorPayload = { error: { code, message } };
  return reply.code(status).type("application/json; charset=utf-8").send(body);
}
