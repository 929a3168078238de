/**
 * Opening a driver: bounded retries with exponential backoff while the server
 * is unreachable or starting, an immediate clear error for bad credentials.
 */
import neo4j, { type Driver, type Config } from "neo4j-driver";
import { Neo4jAuthError, Neo4jUnavailableError } from "./errors.js";
import { describeUri, type Neo4jSettings } from "./settings.js";

export interface ConnectOptions {
  /** Connection attempts before giving up (default 4). */
  attempts?: number;
  /** Delay before the second attempt, doubled each time (default 500 ms). */
  initialDelayMs?: number;
  /** Cap on one delay (default 4000 ms). */
  maxDelayMs?: number;
  /** Socket connection timeout per attempt (default 5000 ms). */
  connectionTimeoutMs?: number;
  /** Extra driver configuration. */
  driverConfig?: Config;
}

export const DEFAULT_CONNECT_OPTIONS = {
  attempts: 4,
  initialDelayMs: 500,
  maxDelayMs: 4000,
  connectionTimeoutMs: 5000,
} as const;

const AUTH_CODES = new Set([
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Security.CredentialsExpired",
]);

/**
 * Creates a driver and checks that the server answers and accepts the credentials.
 * Throws Neo4jUnavailableError (naming the URI) or Neo4jAuthError.
 *
 * @example
 * const driver = await connect(resolveNeo4jSettings());
 * try { ... } finally { await driver.close(); }
 */
export async function connect(settings: Neo4jSettings, options: ConnectOptions = {}): Promise<Driver> {
  const resolved = { ...DEFAULT_CONNECT_OPTIONS, ...options };
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    connectionTimeout: resolved.connectionTimeoutMs,
    connectionAcquisitionTimeout: resolved.connectionTimeoutMs * 2,
    maxTransactionRetryTime: 15_000,
    userAgent: "policy-kg",
    ...resolved.driverConfig,
  });
  try {
    await verify(driver, settings, resolved);
    return driver;
  } catch (error) {
    await driver.close();
    throw error;
  }
}

async function verify(driver: Driver, settings: Neo4jSettings, options: Required<Omit<ConnectOptions, "driverConfig">>): Promise<void> {
  let delay = options.initialDelayMs;
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      await driver.verifyAuthentication(settings.database ? { database: settings.database } : {}).then((ok) => {
        if (!ok) throw Object.assign(new Error("authentication failed"), { code: "Neo.ClientError.Security.Unauthorized" });
      });
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (AUTH_CODES.has(code)) {
        throw new Neo4jAuthError(
          `Neo4j at ${describeUri(settings)} refused the credentials of user "${settings.username}" (${code}). Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
          { code, cause: error },
        );
      }
      lastError = error;
      if (attempt < options.attempts) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, options.maxDelayMs);
      }
    }
  }
  const code = (lastError as { code?: string })?.code;
  throw new Neo4jUnavailableError(
    `cannot reach Neo4j at ${describeUri(settings)} after ${options.attempts} attempts: ${(lastError as Error)?.message ?? lastError}. ` +
      "Start it with `npm run neo4j` (or docker compose up -d) or set NEO4J_URI.",
    { ...(code ? { code } : {}), cause: lastError },
  );
}

/** Session options for a database (undefined = server default). */
export function databaseOption(database: string | undefined): { database?: string } {
  return database ? { database } : {};
}
