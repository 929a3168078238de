/**
 * Finds division names in a text: full names (嘉祥县, 济宁市, 山东省) and,
 * separately, short names (嘉祥, 济宁). A hit must start on a word boundary of
 * the segmenter, so 海城市 is not read inside 沿海城市; names of two characters
 * (沛县, 和县, short names) must also end on one, so 和县 is not read in 和县级.
 */
import { getBaseLexicon } from "../segment/base-lexicon.js";
import { getSegmenter } from "../segment/segmenter.js";
import { getDivisionCatalog, type DivisionEntry } from "./catalog.js";

export interface NameHit {
  /** The name as matched (full or short form). */
  name: string;
  start: number;
  end: number;
  form: "full" | "short";
  /** Every catalogue entry carrying that name (several when it clashes across China). */
  entries: readonly DivisionEntry[];
}

interface NameIndex {
  /** First character → names starting with it, longest first. */
  byFirstChar: Map<string, { name: string; form: "full" | "short" }[]>;
}

let cachedIndex: NameIndex | undefined;

/**
 * Two-character names whose one-character stem is a very frequent word (和县,
 * 新县, 南县, 城区, 东区) are not searched in running text: 分课堂和县新华书店
 * would otherwise name 和县. A dateline can still name them in full.
 */
const FREQUENT_STEM_MIN_FREQ = 10_000;

function isSearchable(name: string): boolean {
  return name.length > 2 || (getBaseLexicon().get(name[0]!)?.freq ?? 0) < FREQUENT_STEM_MIN_FREQ;
}

function getNameIndex(): NameIndex {
  if (cachedIndex) return cachedIndex;
  const { byName, byShort } = getDivisionCatalog();
  const byFirstChar = new Map<string, { name: string; form: "full" | "short" }[]>();
  const add = (name: string, form: "full" | "short"): void => {
    const list = byFirstChar.get(name[0]!) ?? [];
    list.push({ name, form });
    byFirstChar.set(name[0]!, list);
  };
  for (const name of byName.keys()) if (isSearchable(name)) add(name, "full");
  for (const name of byShort.keys()) if (!byName.has(name)) add(name, "short");
  for (const list of byFirstChar.values()) list.sort((a, b) => b.name.length - a.name.length);
  cachedIndex = { byFirstChar };
  return cachedIndex;
}

/**
 * Division names in `text`, longest match first, non-overlapping, on word boundaries.
 *
 * @example scanDivisionNames("山东省济宁市嘉祥县").map((h) => h.name) // ["山东省", "济宁市", "嘉祥县"]
 */
export function scanDivisionNames(text: string): NameHit[] {
  const { byName, byShort } = getDivisionCatalog();
  const { byFirstChar } = getNameIndex();
  const tokens = getSegmenter().cut(text);
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const hits: NameHit[] = [];
  for (let i = 0; i < text.length; ) {
    const candidates = starts.has(i) ? byFirstChar.get(text[i]!) : undefined;
    const found = candidates?.find(({ name, form }) => {
      if (!text.startsWith(name, i)) return false;
      const needsEnd = form === "short" || name.length <= 2;
      return !needsEnd || ends.has(i + name.length);
    });
    if (!found) {
      i++;
      continue;
    }
    const entries = (found.form === "full" ? byName.get(found.name) : byShort.get(found.name)) ?? [];
    hits.push({ name: found.name, start: i, end: i + found.name.length, form: found.form, entries });
    i += found.name.length;
  }
  return hits;
}
