/**
 * Entity resolution by a reviewed alias table (`data/aliases.json`): a variant
 * name resolves to the canonical name of its kind, so 老干部 and 离退休干部
 * become one Group node. Only true synonyms belong in the table; sub-groups
 * (离休干部, 退休干部) keep their own nodes.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isNodeKind, type NodeKind } from "../schema/index.js";
import { memoByObject } from "../util/memo-by-object.js";

/** Default alias file (repo `data/aliases.json`). */
export const DEFAULT_ALIAS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/aliases.json");

/** An entry that names how a name ends (…人力资源和社会保障局 → …人社局), not a whole name. */
const ENDING = "…";

export type AliasTable = ReadonlyMap<NodeKind, ReadonlyMap<string, string>>;

export class AliasTableError extends Error {
  override name = "AliasTableError";
}

const cache = new Map<string, AliasTable>();

/**
 * Parses an alias table object (`{ kind: { variant: canonical } }`, an entry opening with … naming how a
 * name ends), rejecting unknown kinds and chains (a canonical name that is itself a variant).
 *
 * @example parseAliasTable({ Group: { 老干部: "离退休干部" } }).get("Group")?.get("老干部") // "离退休干部"
 */
export function parseAliasTable(raw: unknown, source = "aliases"): AliasTable {
  if (typeof raw !== "object" || raw === null) throw new AliasTableError(`aliases: ${source} is not a JSON object`);
  const table = new Map<NodeKind, Map<string, string>>();
  for (const [kind, entries] of Object.entries(raw)) {
    if (kind.startsWith("$")) continue;
    if (!isNodeKind(kind)) throw new AliasTableError(`aliases: ${source}: unknown node kind "${kind}"`);
    if (typeof entries !== "object" || entries === null) throw new AliasTableError(`aliases: ${source}: "${kind}" must map variants to names`);
    const map = new Map<string, string>();
    for (const [variant, canonical] of Object.entries(entries)) {
      if (typeof canonical !== "string" || !canonical) {
        throw new AliasTableError(`aliases: ${source}: ${kind} "${variant}" must map to a non-empty name`);
      }
      map.set(variant, canonical);
    }
    for (const [variant, canonical] of map) {
      if (map.has(canonical)) throw new AliasTableError(`aliases: ${source}: ${kind} "${variant}" → "${canonical}" is a chain`);
      if (variant.startsWith(ENDING) !== canonical.startsWith(ENDING)) {
        throw new AliasTableError(`aliases: ${source}: ${kind} "${variant}" → "${canonical}": an ending maps to an ending`);
      }
    }
    table.set(kind, map);
  }
  return table;
}

/** The alias table from `file` (cached per path). */
export function getAliasTable(file: string = DEFAULT_ALIAS_FILE): AliasTable {
  let table = cache.get(file);
  if (!table) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new AliasTableError(`aliases: cannot read ${file}: ${(error as Error).message}`);
    }
    table = parseAliasTable(raw, file);
    cache.set(file, table);
  }
  return table;
}

/**
 * Canonical name of `name` for `kind`: the table's entry, else the name with the longest ending the table
 * lists replaced (安吉县人力资源和社会保障局 → 安吉县人社局, a body printed in full and by its standard
 * abbreviation being one body), else the name itself.
 *
 * @example resolveAlias("Group", "老干部") // "离退休干部"
 * @example resolveAlias("Organization", "安吉县市场监督管理局") // "安吉县市场监管局"
 */
export function resolveAlias(kind: NodeKind, name: string, table: AliasTable = getAliasTable()): string {
  const entries = table.get(kind);
  const whole = entries?.get(name);
  if (whole !== undefined || !entries) return whole ?? name;
  const ending = endingsOf(entries).find(([variant]) => name.endsWith(variant));
  return ending ? name.slice(0, name.length - ending[0].length) + ending[1] : name;
}

/** A kind's entries that name how a name ends, without their …, longest first (found once per table). */
const endingsOf = memoByObject((entries: ReadonlyMap<string, string>): [string, string][] =>
  [...entries]
    .filter(([variant]) => variant.startsWith(ENDING))
    .map(([variant, canonical]): [string, string] => [variant.slice(ENDING.length), canonical.slice(ENDING.length)])
    .sort((a, b) => b[0].length - a[0].length),
);
