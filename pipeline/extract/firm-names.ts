/**
 * What makes a firm's or co-operative's name its own: its brand (cut by the tagger into characters,
 * guessed at, or printed in quotes), its county, its parent group, what it produces.
 */
import type { Token } from "../records.js";
import { getDivisionCatalog, isDivisionName } from "../divisions/catalog.js";
import { HAN_ONLY } from "./text-spans.js";
import { LOCAL_NAME } from "./local-places.js";

/** Tags of function words: prepositions, conjunctions, particles, adverbs, pronouns. */
const FUNCTION_TAGS = /^[pcudr]/u;

/**
 * Where a firm's parent group printed right before its name starts (贵州水投水务集团|从江有限公司): at the place
 * its name opens with, among the words that end in 集团 within `maxChars` of the name's start; undefined when none.
 */
export function groupBefore(tokens: readonly Token[], first: number, start: number, maxChars: number, stops: ReadonlySet<string>): number | undefined {
  const parent = tokens[first - 1]!;
  if (parent.end !== start || !parent.word.endsWith("集团")) return undefined;
  let opening: number | undefined;
  for (let k = first - 2; k >= 0; k--) {
    const word = tokens[k]!;
    if (word.end !== tokens[k + 1]!.start || !HAN_ONLY.test(word.word) || stops.has(word.word) || !GROUP_NAME_TAGS.has(word.tag ?? "")) break;
    if (start - word.start > maxChars) break;
    if (word.tag === "ns" || isDivisionName(word.word)) opening = k;
  }
  return opening;
}

/** Tags of the words a group's name is made of: nouns, places, brands. */
const GROUP_NAME_TAGS = new Set(["n", "nz", "ns", "nt", "x", "j", "nr", "vn"]);

/** A brand in quotes right before a firm's name: “上塘山耕”. */
export const QUOTED_BRAND_BEFORE = /“\p{Script=Han}{2,8}”$/u;

/** Kinds of body that may bear a brand between their county and their name (firms, societies, clinics, schools; 中心 besides). */
export const BRANDED_SUFFIX_CATEGORIES = new Set(["enterprise", "social", "health", "education"]);

/** A county-level division's name with its level (大埔县, 准格尔旗, 景宁畲族自治县), not a bare one (大埔). */
export function isCountyName(word: string): boolean {
  return word.length >= 3 && /[县市区旗]$/u.test(word) && isDivisionName(word);
}

/** A province's name, in full or short, the tagger calls a place: 甘肃, 甘肃省. */
function isProvinceName(word: Token): boolean {
  const { byName, byShort } = getDivisionCatalog();
  return word.tag === "ns" && [...(byName.get(word.word) ?? []), ...(byShort.get(word.word) ?? [])].some((entry) => entry.level === "Province");
}

/**
 * The county right before a brand the tagger cut into single characters or
 * guessed at, ending at token `at` (大埔县|和|福, 凤凰县|阿雅苗|绣): its index, or
 * undefined. The part before `at` holds up to four characters, ten with the nouns of a line of business; a lone function
 * word between a county and a body (安吉县|在|服务中心) is no brand.
 */
export function countyBeforeBrand(tokens: readonly Token[], at: number, stops: ReadonlySet<string>): number | undefined {
  let chars = 0;
  let brandChars = 0;
  for (let k = at; k >= 0; k--) {
    const word = tokens[k]!;
    if (word.end !== tokens[k + 1]!.start || !HAN_ONLY.test(word.word) || stops.has(word.word)) return undefined;
    // 甘肃|金果|源|果业有限公司: a firm registered under its province's name opens with it as with a county's.
    // 东风村|绿源|茶|种植…合作社: a village's or township's name opens a co-operative's brand too; one of two characters
    // is the tail of a name the tagger cut from its township's level (排调|镇南|岑村: the village is 南岑村).
    const localName = word.word.length >= 3 && k < at && LOCAL_NAME.test(word.word);
    if (isCountyName(word.word) || (k < at && isProvinceName(word)) || localName) return k === at - 1 && FUNCTION_TAGS.test(tokens[at]!.tag ?? "") ? undefined : k;
    // A brand's word may be an everyday noun of two characters (金果|源), or a river's or mountain's name (乌江|源).
    const brandPart =
      word.word.length === 1 || word.tag === "x" || word.tag === "nz" || word.tag === "nr" || word.tag === "ns" || (word.tag === "n" && word.word.length === 2);
    // 拜泉县|绿源|生物质能|源|有限公司: the line of business after the brand, a word the tagger cut across (生物质|能源).
    const linePart = !brandPart && LINE_OF_BUSINESS_TAGS.has(word.tag ?? "");
    chars += word.word.length;
    if (brandPart) brandChars += word.word.length;
    if ((!brandPart && !linePart) || brandChars > MAX_BRAND_CHARS || chars > MAX_BRAND_AND_LINE_CHARS) return undefined;
  }
  return undefined;
}

/** Most characters of a brand cut into pieces, and of a brand with the line of business after it. */
const MAX_BRAND_CHARS = 4;
const MAX_BRAND_AND_LINE_CHARS = 10;
/** Tags of the nouns a line of business is made of (生物质能/n, 源/ng, 加工/vn). */
const LINE_OF_BUSINESS_TAGS = new Set(["n", "ng", "vn"]);

/** Tags of the words that make a firm's name its own: a place, a brand, a person, a body. */
const NAMING_TAGS = new Set(["ns", "nz", "nr", "nt", "x", "j"]);

/** A word that makes a firm's name its own: so tagged, a level, or a division's name (鱼台, which the tagger calls a noun). */
export function namesFirm(word: Token, levelOpeners: ReadonlySet<string>): boolean {
  return NAMING_TAGS.has(word.tag ?? "") || levelOpeners.has(word.word) || isDivisionName(word.word);
}

/** Verbs of production the tagger marks v, which name what a co-operative or firm does (种植专业合作社, 农产品加工有限公司). */
export const PRODUCTION_VERBS = new Set(["种植", "养殖", "加工", "销售", "生产", "制造"]);
