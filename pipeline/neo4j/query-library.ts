/**
 * The researcher query library: one `.cypher` file per query in
 * cypher/queries/, each starting with a header of `//` comment lines:
 *
 *   // @title Groups served across counties
 *   // @description Groups served by programmes in more than one county,
 *   //   with those counties and programmes.        ← continuation lines
 *   // @param county 金乡县 — the county to look at  ← name, default, " — " description
 *   // @param limit 25 — rows at most                 ← numbers/true/false/"quoted strings" are JSON
 *   // @param name — a required parameter             ← no default
 *
 * The query name is the file name without `.cypher`.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { QueryLibraryError } from "./errors.js";

export interface QueryParam {
  name: string;
  /** Typed default (number, boolean or string); undefined = required. */
  default: string | number | boolean | undefined;
  description: string;
}

export interface LibraryQuery {
  name: string;
  title: string;
  description: string;
  params: QueryParam[];
  /** The whole file (header comments included; Cypher ignores them). */
  cypher: string;
  /** Absolute path of the file. */
  file: string;
}

/** cypher/queries at the repository root. */
export const DEFAULT_QUERY_DIR = fileURLToPath(new URL("../../cypher/queries/", import.meta.url));

/**
 * Reads every query of the library, sorted by name. Throws QueryLibraryError for a file without a title.
 *
 * @example
 * const queries = await loadQueryLibrary();
 * queries.find((q) => q.name === "cross-county-groups")?.params;
 */
export async function loadQueryLibrary(dir: string = DEFAULT_QUERY_DIR): Promise<LibraryQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  return Promise.all(files.map(async (file) => parseQueryFile(path.join(dir, file), await readFile(path.join(dir, file), "utf8"))));
}

/**
 * Finds a query by name (throws QueryLibraryError listing the known names).
 *
 * @example const query = await findLibraryQuery("county-programmes");
 */
export async function findLibraryQuery(name: string, dir: string = DEFAULT_QUERY_DIR): Promise<LibraryQuery> {
  const queries = await loadQueryLibrary(dir);
  const query = queries.find((q) => q.name === name);
  if (!query) throw new QueryLibraryError(`query library: no query "${name}". Known: ${queries.map((q) => q.name).join(", ")}`);
  return query;
}

/** Parses one library file (exported for tests and for reading a single file). */
export function parseQueryFile(file: string, text: string): LibraryQuery {
  const name = path.basename(file, ".cypher");
  let title = "";
  const description: string[] = [];
  const params: QueryParam[] = [];
  let current: "title" | "description" | QueryParam | undefined;
  for (const line of text.split(/\r?\n/)) {
    const comment = /^\s*\/\/\s?(.*)$/.exec(line);
    if (!comment) {
      if (line.trim() === "") continue;
      break; // the header ends at the first Cypher line
    }
    const body = comment[1]!.trim();
    const tag = /^@(\w+)\s*(.*)$/.exec(body);
    if (tag) {
      const [, name, rest] = tag as unknown as [string, string, string];
      if (name === "title") {
        title = rest.trim();
        current = "title";
      } else if (name === "description") {
        description.push(rest.trim());
        current = "description";
      } else if (name === "param") {
        const param = parseParam(rest, file);
        params.push(param);
        current = param;
      } else {
        throw new QueryLibraryError(`query library: ${file}: unknown header tag @${name}`);
      }
    } else if (body !== "" && current === "description") {
      description.push(body);
    } else if (body !== "" && current && typeof current === "object") {
      current.description = `${current.description} ${body}`.trim();
    }
  }
  if (!title) throw new QueryLibraryError(`query library: ${file}: missing "// @title" header`);
  return { name, title, description: description.join(" ").trim(), params, cypher: text, file };
}

function parseParam(rest: string, file: string): QueryParam {
  const [head, ...descriptionParts] = rest.split(/\s+[—–]\s+|\s+-\s+/);
  const [name, ...defaultParts] = (head ?? "").trim().split(/\s+/);
  if (!name || !/^[A-Za-z_]\w*$/.test(name)) throw new QueryLibraryError(`query library: ${file}: bad @param "${rest}"`);
  const rawDefault = defaultParts.join(" ").replace(/^[—–-]\s*/, "");
  return { name, default: rawDefault === "" ? undefined : parseDefault(rawDefault), description: descriptionParts.join(" — ").trim() };
}

function parseDefault(raw: string): string | number | boolean {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  } catch {
    // not JSON: a bare word such as 金乡县
  }
  return raw;
}

/**
 * Parameter values for a run: defaults, overridden by `given` (strings from the
 * command line are converted to the type of the default). Throws for missing
 * required or unknown parameters.
 *
 * @example resolveQueryParams(query, { county: "微山县" }) // { county: "微山县", limit: 25 }
 */
export function resolveQueryParams(query: Pick<LibraryQuery, "name" | "params">, given: Record<string, string | number | boolean>): Record<string, unknown> {
  const known = new Set(query.params.map((p) => p.name));
  const unknown = Object.keys(given).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new QueryLibraryError(`query ${query.name}: unknown parameter(s) ${unknown.join(", ")}; it takes ${[...known].join(", ") || "none"}`);
  }
  const values: Record<string, unknown> = {};
  for (const param of query.params) {
    const value = param.name in given ? coerce(given[param.name]!, param) : param.default;
    if (value === undefined) throw new QueryLibraryError(`query ${query.name}: parameter ${param.name} is required (${param.description})`);
    values[param.name] = value;
  }
  return values;
}

function coerce(value: string | number | boolean, param: QueryParam): string | number | boolean {
  if (typeof value !== "string") return value;
  if (typeof param.default === "number") {
    const number = Number(value);
    if (value.trim() === "" || !Number.isFinite(number)) throw new QueryLibraryError(`parameter ${param.name}: "${value}" is not a number`);
    return number;
  }
  if (typeof param.default === "boolean") {
    if (value !== "true" && value !== "false") throw new QueryLibraryError(`parameter ${param.name}: "${value}" is not true or false`);
    return value === "true";
  }
  return value;
}
