/**
 * Applies cypher/schema.cypher (constraints, indexes, full-text indexes) and
 * waits until the indexes are online. Every statement is IF NOT EXISTS, so
 * applying twice changes nothing.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { databaseOption } from "./connection.js";
import { splitCypherStatements } from "./cypher-text.js";

/** cypher/schema.cypher at the repository root. */
export const DEFAULT_SCHEMA_FILE = fileURLToPath(new URL("../../cypher/schema.cypher", import.meta.url));

export async function readSchemaStatements(file: string = DEFAULT_SCHEMA_FILE): Promise<string[]> {
  return splitCypherStatements(await readFile(file, "utf8"));
}

/**
 * Runs every schema statement (each in its own transaction: schema and data
 * writes cannot share one) and waits for the indexes to come online.
 *
 * @example await applySchema(driver, { database: settings.database });
 */
export async function applySchema(
  driver: Driver,
  options: { database?: string | undefined; file?: string; awaitSeconds?: number } = {},
): Promise<{ statements: number }> {
  const statements = await readSchemaStatements(options.file);
  const session = driver.session(databaseOption(options.database));
  try {
    for (const statement of statements) await session.executeWrite((tx) => tx.run(statement));
    await session.run("CALL db.awaitIndexes($seconds)", { seconds: options.awaitSeconds ?? 300 });
  } finally {
    await session.close();
  }
  return { statements: statements.length };
}
