import { readFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { connect } from "../../neo4j/connection.js";
import { QueryRefusedError } from "../../neo4j/errors.js";
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from "../../neo4j/format-table.js";
import { findLibraryQuery, loadQueryLibrary, resolveQueryParams } from "../../neo4j/query-library.js";
import { DEFAULT_READ_QUERY_OPTIONS, runReadQuery } from "../../neo4j/run-read-query.js";
import { resolveNeo4jSettings } from "../../neo4j/settings.js";
import { EXIT, UserFacingError } from "../exit-codes.js";
import { toUserFacing } from "./load.js";

interface QueryOptions {
  param: string[];
  format: OutputFormat;
  timeout: number;
  limit: number;
  list?: boolean;
}

export function registerQueryCommand(program: Command): void {
  program
    .command("query")
    .description("Run a library query (cypher/queries) or your own read-only Cypher against Neo4j")
    .argument("[query]", "library query name, a .cypher file, or - for Cypher on stdin")
    .option("-p, --param <name=value>", "query parameter (repeatable); numbers are converted for numeric defaults", collect, [])
    .addOption(new Option("-f, --format <format>", "output format").choices([...OUTPUT_FORMATS]).default("table"))
    .addOption(new Option("--timeout <ms>", "transaction timeout in milliseconds").default(DEFAULT_READ_QUERY_OPTIONS.timeoutMs).argParser((v) => positive(v, "--timeout")))
    .addOption(new Option("--limit <rows>", "rows at most (more are cut and reported)").default(DEFAULT_READ_QUERY_OPTIONS.maxRows).argParser((v) => positive(v, "--limit")))
    .option("-l, --list", "list the library queries and their parameters")
    .addHelpText(
      "after",
      `
Queries run in a READ session: writes (CREATE, MERGE, SET, DELETE, …), LOAD CSV and
file/URL or admin procedures are refused with exit code ${EXIT.failure}.
Example: npm run kg -- query county-programmes --param county=金乡县 --format csv`,
    )
    .action(async (query: string | undefined, options: QueryOptions) => {
      if (options.list || !query) {
        process.stdout.write(await formatLibraryList());
        if (!options.list) throw new UserFacingError("query: name a library query, a .cypher file or - (stdin)", EXIT.usage);
        return;
      }
      const given = parseParams(options.param);
      const { cypher, params } = await resolveQuery(query, given);
      const settings = withUserErrors(() => resolveNeo4jSettings());
      let driver;
      try {
        driver = await connect(settings);
        const result = await runReadQuery(driver, { cypher, params, database: settings.database, timeoutMs: options.timeout, maxRows: options.limit });
        process.stdout.write(formatResult(result, options.format));
        if (options.format === "table") {
          process.stderr.write(`${result.rows.length} row(s) in ${result.elapsedMs} ms${result.truncated ? ` — cut at --limit ${result.rowCap}` : ""}\n`);
        }
      } catch (error) {
        throw toUserFacing(error instanceof QueryRefusedError ? Object.assign(error, { message: `query refused: ${error.message}` }) : error);
      } finally {
        await driver?.close();
      }
    });
}

async function resolveQuery(query: string, given: Record<string, string>): Promise<{ cypher: string; params: Record<string, unknown> }> {
  if (query === "-") return { cypher: await readStdin(), params: adHocParams(given) };
  if (query.endsWith(".cypher") || query.includes("/")) {
    const cypher = await readFile(query, "utf8").catch((error: Error) => {
      throw new UserFacingError(`query: cannot read ${query}: ${error.message}`);
    });
    return { cypher, params: adHocParams(given) };
  }
  try {
    const library = await findLibraryQuery(query);
    return { cypher: library.cypher, params: resolveQueryParams(library, given) };
  } catch (error) {
    throw toUserFacing(error);
  }
}

/** Parameters of ad-hoc Cypher: numbers when they look like numbers, else strings. */
function adHocParams(given: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(given).map(([k, v]) => [k, /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v]));
}

function parseParams(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at < 1) throw new UserFacingError(`--param: expecting name=value, got "${pair}"`, EXIT.usage);
    params[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return params;
}

async function formatLibraryList(): Promise<string> {
  const lines: string[] = ["Library queries (cypher/queries):"];
  for (const query of await loadQueryLibrary()) {
    lines.push(`  ${query.name.padEnd(28)} ${query.title}`);
    for (const p of query.params) lines.push(`      --param ${p.name}=${p.default === undefined ? "(required)" : p.default === "" ? '""' : p.default}  ${p.description}`);
  }
  return lines.join("\n") + "\n";
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new UserFacingError("query: no Cypher on stdin", EXIT.usage);
  return text;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positive(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UserFacingError(`${flag}: expecting a positive integer, got "${value}"`, EXIT.usage);
  return number;
}

function withUserErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw toUserFacing(error);
  }
}
