/**
 * County/City/Province mentions in an article body. Full names are taken
 * whenever they name one unit (or the context picks one of several); short
 * names (嘉祥, 济宁) only when the context — the city and province of the
 * article's county — says which unit they are.
 */
import type { ArticleRecord, EntityMention, Sentence } from "../records.js";
import { getDivisionCatalog, type DivisionEntry } from "./catalog.js";
import { scanDivisionNames, type NameHit } from "./name-scanner.js";
import { isCommonWord } from "../segment/base-lexicon.js";

export interface DivisionContext {
  /** Prefecture of the article, as code (3708) or full name (济宁市). */
  city?: string;
  /** Province of the article, as code (37) or full name (山东省). */
  province?: string;
}

/**
 * @example
 * findDivisionMentions(article, sentences, { city: "3708", province: "37" })
 * // [{ kind: "County", name: "嘉祥县", surface: "嘉祥县", attributes: { code: "370829" }, … }]
 */
export function findDivisionMentions(
  article: ArticleRecord,
  sentences: Sentence[],
  context: DivisionContext = {},
): EntityMention[] {
  const cityCode = toCode(context.city, "City");
  const provinceCode = toCode(context.province, "Province") ?? cityCode?.slice(0, 2);
  const inContext = (entry: DivisionEntry): boolean => {
    if (entry.level === "Province") return entry.code === provinceCode;
    if (entry.level === "City") return entry.provinceCode === provinceCode;
    return cityCode ? entry.cityCode === cityCode : entry.provinceCode === provinceCode && !entry.cityCode;
  };
  const mentions: EntityMention[] = [];
  for (const hit of scanDivisionNames(article.normalizedText)) {
    const contextual = hit.entries.filter(inContext);
    const entry =
      hit.form === "full"
        ? hit.entries.length === 1
          ? hit.entries[0]
          : contextual.length === 1
            ? contextual[0]
            : undefined
        : contextual.length === 1 && (cityCode || provinceCode)
          ? contextual[0]
          : undefined;
    if (!entry) continue;
    if (isVerbBeforeLevel(hit, entry, provinceCode, article.normalizedText) || isWordAfterBody(hit, article.normalizedText)) continue;
    const sentence = sentenceAt(sentences, hit.start);
    if (!sentence || hit.end > sentence.end) continue;
    mentions.push({
      kind: entry.level,
      name: entry.uniqueName,
      surface: article.text.slice(hit.start, hit.end),
      start: hit.start,
      end: hit.end,
      sentence: sentence.index,
      attributes: { code: entry.code },
    });
  }
  return mentions;
}

/**
 * 县住建局会同县民政局: 会同 (together with) before a bare level reads as 会同县, a county of
 * another province. A county of another province whose short name is an everyday word, printed
 * without its city or province before it, is such a verb.
 */
function isVerbBeforeLevel(hit: NameHit, entry: DivisionEntry, provinceCode: string | undefined, text: string): boolean {
  if (hit.form !== "full" || entry.level !== "County" || !provinceCode || entry.provinceCode === provinceCode) return false;
  return isCommonWord(entry.short) && !PARENT_LEVELS.has(text[hit.start - 1] ?? "");
}

/**
 * 民政局会同县财政局, 并会同县教育局开展…: a county name whose short name is an everyday word (会同, together
 * with), printed right after a body's name or a word that only ever comes before a verb, is that word and
 * the next body's level, whatever the province.
 */
export function isWordAfterBody(hit: NameHit, text: string): boolean {
  if (hit.form !== "full" || !hit.entries.every((entry) => entry.level === "County" && isCommonWord(entry.short))) return false;
  const before = text[hit.start - 1] ?? "";
  return BODY_ENDINGS.has(before) || BEFORE_VERB_ONLY.has(before);
}

/** Last characters of bodies' names (县民政局, 团县委, 县妇联, 镇政府, 县医院, 县委办). */
const BODY_ENDINGS = new Set(["局", "委", "联", "府", "院", "办", "会", "部", "所", "站"]);
/** Adverbs and auxiliaries that stand before a verb, never before a place's name (并, 要, 须, 应 …). */
const BEFORE_VERB_ONLY = new Set(["并", "要", "须", "需", "应", "拟", "还", "也"]);

/** The levels of a city or province printed right before a county's name (湖南省会同县, 怀化市会同县). */
const PARENT_LEVELS = new Set(["省", "市", "州", "盟"]);

function toCode(value: string | undefined, level: "City" | "Province"): string | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return level === "City" ? value.slice(0, 4) : value.slice(0, 2);
  const entries = getDivisionCatalog().byName.get(value)?.filter((entry) => entry.level === level) ?? [];
  return entries.length === 1 ? entries[0]!.code : undefined;
}

/** The sentence containing an offset (sentences are sorted and disjoint). */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return sentence;
  }
  return undefined;
}
