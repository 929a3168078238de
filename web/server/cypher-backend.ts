/**
 * The API's view of a Cypher-capable database. The real one wraps Neo4j
 * (neo4j-cypher-backend.ts); routes only see this interface and the typed
 * errors below, which they turn into JSON responses.
 */
import type { CypherResultPayload } from "../shared/api-types.js";

export interface CypherRequest {
  cypher: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  maxRows: number;
}

export interface CypherBackend {
  /** Shown in the status line (never includes credentials). */
  readonly uri: string;
  /** Resolves when the database answers; rejects with the reason otherwise. */
  ping(): Promise<void>;
  /** Runs a read-only query in a READ session. */
  run(request: CypherRequest): Promise<CypherResultPayload>;
  close(): Promise<void>;
}

/** The query ran longer than the server-side timeout and was stopped. */
export class CypherTimeoutError extends Error {
  override name = "CypherTimeoutError";
}

/** The database rejected the query (syntax, semantics, write in a read session...). */
export class CypherQueryError extends Error {
  override name = "CypherQueryError";
  constructor(
    message: string,
    /** Neo4j's status code, e.g. Neo.ClientError.Statement.SyntaxError. */
    readonly code: string,
  ) {
    super(message);
  }
}

/** The database could not be reached. */
export class CypherUnavailableError extends Error {
  override name = "CypherUnavailableError";
}
