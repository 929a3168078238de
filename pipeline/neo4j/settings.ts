/**
 * Connection settings: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE from the environment, then a `.env` file, then defaults that
 * match `npm run neo4j` and docker-compose.yml. The environment wins over `.env`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import dotenv from "dotenv";
import { Neo4jSettingsError } from "./errors.js";

export interface Neo4jSettings {
  /** bolt://, bolt+s://, neo4j:// (routing) or neo4j+s:// URI. */
  uri: string;
  username: string;
  password: string;
  /** Database name; undefined = the server's default database. */
  database: string | undefined;
}

/** The settings of the local server started by `npm run neo4j` (and docker-compose.yml). */
export const DEFAULT_NEO4J_SETTINGS: Readonly<Neo4jSettings> = Object.freeze({
  uri: "bolt://127.0.0.1:7687",
  username: "neo4j",
  password: "policy-kg-dev",
  database: undefined,
});

const URI_SCHEMES = ["bolt:", "bolt+s:", "bolt+ssc:", "neo4j:", "neo4j+s:", "neo4j+ssc:"];

export interface ResolveSettingsOptions {
  /** Environment to read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** `.env` file to read; default `.env` in the working directory; false = none. */
  envFile?: string | false;
}

/**
 * Reads and validates the settings; explicit overrides win over everything.
 *
 * @example
 * const settings = resolveNeo4jSettings({ database: "neo4j" });
 * const driver = await connect(settings);
 */
export function resolveNeo4jSettings(
  overrides: Partial<Neo4jSettings> = {},
  options: ResolveSettingsOptions = {},
): Neo4jSettings {
  const env = options.env ?? process.env;
  const envFile = options.envFile === undefined ? path.resolve(".env") : options.envFile;
  const fromFile = envFile && existsSync(envFile) ? dotenv.parse(readFileSync(envFile)) : {};
  const pick = (name: string): string | undefined => {
    const value = env[name] ?? fromFile[name];
    return value === undefined || value === "" ? undefined : value;
  };
  const settings: Neo4jSettings = {
    uri: overrides.uri ?? pick("NEO4J_URI") ?? DEFAULT_NEO4J_SETTINGS.uri,
    username: overrides.username ?? pick("NEO4J_USERNAME") ?? pick("NEO4J_USER") ?? DEFAULT_NEO4J_SETTINGS.username,
    password: overrides.password ?? pick("NEO4J_PASSWORD") ?? DEFAULT_NEO4J_SETTINGS.password,
    database: "database" in overrides ? overrides.database : pick("NEO4J_DATABASE") ?? DEFAULT_NEO4J_SETTINGS.database,
  };
  validateNeo4jSettings(settings);
  return settings;
}

/** Throws Neo4jSettingsError ("neo4j settings: …") when a setting cannot work. */
export function validateNeo4jSettings(settings: Neo4jSettings): void {
  let url: URL;
  try {
    url = new URL(settings.uri);
  } catch {
    throw new Neo4jSettingsError(`neo4j settings: invalid NEO4J_URI "${settings.uri}". Expecting e.g. bolt://127.0.0.1:7687.`);
  }
  if (!URI_SCHEMES.includes(url.protocol)) {
    throw new Neo4jSettingsError(
      `neo4j settings: invalid NEO4J_URI scheme "${url.protocol}". Expecting one of ${URI_SCHEMES.join(" ")}.`,
    );
  }
  if (!url.hostname) throw new Neo4jSettingsError(`neo4j settings: NEO4J_URI "${settings.uri}" has no host.`);
  if (!settings.username) throw new Neo4jSettingsError("neo4j settings: NEO4J_USERNAME is empty.");
  if (!settings.password) throw new Neo4jSettingsError("neo4j settings: NEO4J_PASSWORD is empty.");
  if (settings.database !== undefined && !/^[A-Za-z][A-Za-z0-9.-]{0,62}$/.test(settings.database)) {
    throw new Neo4jSettingsError(`neo4j settings: invalid NEO4J_DATABASE "${settings.database}".`);
  }
}

/** The URI without credentials, for messages. */
export function describeUri(settings: Pick<Neo4jSettings, "uri">): string {
  try {
    const url = new URL(settings.uri);
    url.username = "";
    url.password = "";
    return url.toString().replace(/\/$/, "");
  } catch {
    return settings.uri;
  }
}
