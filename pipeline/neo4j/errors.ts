/**
 * Typed errors of the Neo4j layer. Callers (CLI, web API, tests) branch on
 * `error.name` or `instanceof`, never on message text. Errors that come from
 * the server keep Neo4j's status code in `code`.
 */

/** Base class: every error this layer throws on purpose. */
export class Neo4jLayerError extends Error {
  override name = "Neo4jLayerError";
  /** Neo4j status code (e.g. Neo.ClientError.Statement.SyntaxError) when the server gave one. */
  readonly code: string | undefined;
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
  }
}

/** Invalid NEO4J_* settings. */
export class Neo4jSettingsError extends Neo4jLayerError {
  override name = "Neo4jSettingsError";
}

/** The server could not be reached (after the bounded retries). */
export class Neo4jUnavailableError extends Neo4jLayerError {
  override name = "Neo4jUnavailableError";
}

/** The server refused the credentials. */
export class Neo4jAuthError extends Neo4jLayerError {
  override name = "Neo4jAuthError";
}

/** A graph attribute has no Neo4j property representation (or a stored property cannot be read back). */
export class PropertyMappingError extends Neo4jLayerError {
  override name = "PropertyMappingError";
}

/** The graph file or object does not follow the schema contract. */
export class GraphFormatError extends Neo4jLayerError {
  override name = "GraphFormatError";
}

/** The load was stopped through its AbortSignal; re-running the same load completes it. */
export class LoadAbortedError extends Neo4jLayerError {
  override name = "LoadAbortedError";
}

/** A load step did not write what it should have (e.g. an endpoint node vanished under a concurrent load). */
export class LoadError extends Neo4jLayerError {
  override name = "LoadError";
}

/** After loading, Neo4j does not hold exactly what the graph says. */
export class ReconcileError extends Neo4jLayerError {
  override name = "ReconcileError";
  constructor(
    message: string,
    readonly mismatches: string[],
  ) {
    super(message);
  }
}

/** A query was refused before or by the server because it would write or call a forbidden procedure. */
export class QueryRefusedError extends Neo4jLayerError {
  override name = "QueryRefusedError";
}

/** A read query ran longer than its timeout and was terminated. */
export class QueryTimeoutError extends Neo4jLayerError {
  override name = "QueryTimeoutError";
}

/** Any other error reported by Neo4j for a query (syntax, missing parameter, …). */
export class Neo4jQueryError extends Neo4jLayerError {
  override name = "Neo4jQueryError";
}

/** A query library file is malformed, or a requested query does not exist. */
export class QueryLibraryError extends Neo4jLayerError {
  override name = "QueryLibraryError";
}
