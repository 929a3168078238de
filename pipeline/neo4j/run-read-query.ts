/**
 * Runs researcher Cypher safely: read-only check, READ access-mode session
 * (the server refuses writes), a transaction timeout enforced by the server,
 * a row cap, and plain-JSON results plus the graph elements they contain.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { databaseOption } from "./connection.js";
import { assertReadOnlyCypher } from "./cypher-guard.js";
import { Neo4jLayerError, Neo4jQueryError, Neo4jUnavailableError, QueryRefusedError, QueryTimeoutError } from "./errors.js";
import { ResultGraphCollector, type PlainNode, type PlainRelationship } from "./result-values.js";

export interface ReadQueryRequest {
  cypher: string;
  /** Query parameters; integer-valued numbers are sent as Neo4j Integer (so `LIMIT $n` works). */
  params?: Record<string, unknown>;
  database?: string | undefined;
  /** Transaction timeout (default DEFAULT_READ_QUERY_OPTIONS.timeoutMs). */
  timeoutMs?: number;
  /** Rows returned at most; more rows set `truncated` (default DEFAULT_READ_QUERY_OPTIONS.maxRows). */
  maxRows?: number;
}

export interface ReadQueryResult {
  columns: string[];
  /** One array per row, aligned with `columns`, plain JSON values. */
  rows: unknown[][];
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
  /** Every node and relationship that appears in the returned rows (for drawing). */
  graph: { nodes: PlainNode[]; edges: PlainRelationship[] };
}

export const DEFAULT_READ_QUERY_OPTIONS = { timeoutMs: 10_000, maxRows: 1000 } as const;

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.TransactionTimedOut",
  "Neo.TransientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.Terminated",
  "Neo.ClientError.Transaction.Terminated",
]);
const REFUSAL_CODES = new Set([
  "Neo.ClientError.Statement.AccessMode",
  "Neo.ClientError.Security.Forbidden",
  "Neo.ClientError.Procedure.ProcedureNotFound",
]);

/**
 * Runs a read-only query and returns plain rows plus the graph it touches.
 * Throws QueryRefusedError, QueryTimeoutError, Neo4jUnavailableError or Neo4jQueryError (with Neo4j's code).
 *
 * @example
 * const result = await runReadQuery(driver, {
 *   cypher: "MATCH (c:County)-[:RUNS]->(p) RETURN c, p LIMIT $n",
 *   params: { n: 10 },
 *   timeoutMs: 5000,
 * });
 * result.rows[0][0].name; // "金乡县"
 */
export async function runReadQuery(driver: Driver, request: ReadQueryRequest): Promise<ReadQueryResult> {
  const timeoutMs = request.timeoutMs ?? DEFAULT_READ_QUERY_OPTIONS.timeoutMs;
  const maxRows = request.maxRows ?? DEFAULT_READ_QUERY_OPTIONS.maxRows;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new RangeError(`run-read-query: invalid timeoutMs ${timeoutMs}. Expecting a positive integer.`);
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError(`run-read-query: invalid maxRows ${maxRows}. Expecting a positive integer.`);
  assertReadOnlyCypher(request.cypher);

  const started = Date.now();
  const session = driver.session({ ...databaseOption(request.database), defaultAccessMode: neo4j.session.READ });
  const collector = new ResultGraphCollector();
  try {
    const { columns, rows, truncated } = await session.executeRead(
      async (tx) => {
        const result = tx.run(request.cypher, toQueryParams(request.params ?? {}));
        const rows: unknown[][] = [];
        let truncated = false;
        let columns: string[] = [];
        for await (const record of result) {
          columns = record.keys as string[];
          if (rows.length >= maxRows) {
            truncated = true;
            break;
          }
          rows.push(record.keys.map((key) => collector.toPlain(record.get(key))));
        }
        if (columns.length === 0) columns = ((await result.keys()) as string[]) ?? [];
        return { columns, rows, truncated };
      },
      { timeout: timeoutMs },
    );
    return { columns, rows, truncated, rowCap: maxRows, elapsedMs: Date.now() - started, graph: collector.finish() };
  } catch (error) {
    throw classifyQueryError(error, timeoutMs);
  } finally {
    await session.close();
  }
}

/** Integer-valued JS numbers → Neo4j Integer (recursively), so LIMIT/SKIP/range parameters work. */
export function toQueryParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}

function classifyQueryError(error: unknown, timeoutMs: number): Error {
  if (error instanceof Neo4jLayerError) return error;
  const code = (error as { code?: string })?.code ?? "";
  const message = (error as Error)?.message ?? String(error);
  if (TIMEOUT_CODES.has(code) || /timed out|terminated/i.test(code)) {
    return new QueryTimeoutError(`query stopped after its ${timeoutMs} ms timeout (${code})`, { code, cause: error });
  }
  if (REFUSAL_CODES.has(code)) return new QueryRefusedError(`Neo4j refused the query: ${message} (${code})`, { code, cause: error });
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    return new Neo4jUnavailableError(`Neo4j is not reachable: ${message}`, { code, cause: error });
  }
  return new Neo4jQueryError(`Neo4j error ${code || "(no code)"}: ${message}`, { code, cause: error });
}
