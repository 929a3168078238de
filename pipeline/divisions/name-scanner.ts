/**
 * Finds division names in a text: full names (嘉祥县, 济宁市, 山东省) and,
 * separately, short names (嘉祥, 济宁). A hit must start on a word boundary of
 * the segmenter, so 海城市 is not read inside 沿海城市; names of two characters
 * (沛县, 和县, short names) must also end on one, so 和县 is not read in 和县级;
 * longer names may run on into a word only with an institutional tail
 * (邹城|市委, but not 河东|区域 or 海城|市场). Generic district names (老城区,
 * 城东区) come back as form "short": they need context like short names.
 */
import { getBaseLexicon } from "../segment/base-lexicon.js";
import { createBoundedMemo } from "../util/bounded-memo.js";
import { getDivisionCatalog, type DivisionEntry } from "./catalog.js";
import { createPieceBoundaries } from "./piece-boundaries.js";

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
  /** Per UTF-16 code unit: 1 when some name starts with it (a typed-array test before any map look-up). */
  isFirstChar: Uint8Array;
  /** First two code units (as one number) → names starting with them: every name has two or more. */
  byFirstPair: Map<number, string[]>;
}

let cachedIndex: NameIndex | undefined;

/**
 * Two-character names whose one-character stem is a very frequent word (和县,
 * 新县, 南县, 城区, 东区) are not searched in running text: 分课堂和县新华书店
 * would otherwise name 和县. A dateline can still name them in full.
 */
const FREQUENT_STEM_MIN_FREQ = 10_000;

function isSearchable(name: string): boolean {
  const entry = getBaseLexicon().get(name);
  // 矿区, 郊区, 解放区: everyday words first, district names second. The dictionary's person names
  // are no everyday words (钟祥市, 华容县, 恩施州 are tagged nr there).
  if (entry && entry.tag !== "ns" && entry.tag !== "nr" && entry.freq >= COMMON_NAME_MIN_FREQ) return false;
  return name.length > 2 || (getBaseLexicon().get(name[0]!)?.freq ?? 0) < FREQUENT_STEM_MIN_FREQ;
}

/** Base-dictionary frequency from which a non-place word (矿区 372 n) is not searched as a division. */
const COMMON_NAME_MIN_FREQ = 300;

/**
 * District names that are also generic descriptions of part of any town
 * (老城区 "the old town", 新城区, 城东区): read only with context, like short names.
 */
const GENERIC_DISTRICT = /^(?:新城|老城|城[东西南北中]|[东西南北中])区$/;

/**
 * What may follow a full name inside one segmenter word: 邹城|市委, 嘉祥县|长, 县|城.
 * Anything else means the name's last character belongs to another word
 * (河东|区域, 海城|市场), so the name is not there.
 */
const ALLOWED_TAILS: Record<string, string[]> = {
  "*": ["委", "长", "级", "直", "属", "政府", "内", "外", "民", "里", "情", "人大", "政协"],
  县: ["城", "域", "乡"],
  市: ["区", "县"],
};

function tailAllowed(name: string, tail: string): boolean {
  if (!tail) return true;
  const allowed = [...ALLOWED_TAILS["*"]!, ...(ALLOWED_TAILS[name.at(-1)!] ?? [])];
  return allowed.some((prefix) => tail.startsWith(prefix));
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
  for (const name of byName.keys()) if (isSearchable(name)) add(name, GENERIC_DISTRICT.test(name) ? "short" : "full");
  for (const name of byShort.keys()) if (!byName.has(name)) add(name, "short");
  for (const list of byFirstChar.values()) list.sort((a, b) => b.name.length - a.name.length);
  const isFirstChar = new Uint8Array(0x10000);
  const byFirstPair = new Map<number, string[]>();
  for (const list of byFirstChar.values()) {
    for (const { name } of list) {
      isFirstChar[name.charCodeAt(0)] = 1;
      const pair = pairKey(name, 0);
      const names = byFirstPair.get(pair);
      if (names) names.push(name);
      else byFirstPair.set(pair, [name]);
    }
  }
  cachedIndex = { byFirstChar, isFirstChar, byFirstPair };
  return cachedIndex;
}

/**
 * Division names in `text`, longest match first, non-overlapping, on word boundaries.
 *
 * @example scanDivisionNames("山东省济宁市嘉祥县").map((h) => h.name) // ["山东省", "济宁市", "嘉祥县"]
 */
export function scanDivisionNames(text: string): readonly NameHit[] {
  // County resolution (a pass over the corpus) and mention finding (per article) scan the same texts.
  return scanMemo(text, () => scanUncached(text));
}

const scanMemo = createBoundedMemo<readonly NameHit[]>(20_000);

/** The two code units from `at` as one number (a map key that needs no substring). */
function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

function scanUncached(text: string): NameHit[] {
  const { byName, byShort } = getDivisionCatalog();
  const { byFirstChar, isFirstChar, byFirstPair } = getNameIndex();
  const boundaries = createPieceBoundaries(text);
  const hits: NameHit[] = [];
  for (let i = 0; i < text.length; ) {
    // Word boundaries are asked for only where a name is printed: most pieces of an article hold none.
    const printed = isFirstChar[text.charCodeAt(i)] === 1 && byFirstPair.get(pairKey(text, i))?.some((name) => text.startsWith(name, i));
    const words = printed ? boundaries.at(i) : undefined;
    const found = words?.startsAt(i)
      ? byFirstChar.get(text[i]!)!.find(({ name, form }) => {
          if (!text.startsWith(name, i)) return false;
          const end = i + name.length;
          if (form === "short" || name.length <= 2) return words.endsAt(end);
          return tailAllowed(name, text.slice(end, words.coveringEnd(end - 1) || end));
        })
      : undefined;
    if (!found) {
      i++;
      continue;
    }
    const entries = byName.get(found.name) ?? byShort.get(found.name) ?? [];
    hits.push({ name: found.name, start: i, end: i + found.name.length, form: found.form, entries });
    i += found.name.length;
  }
  return hits;
}
