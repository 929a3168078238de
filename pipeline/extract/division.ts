/**
 * Division entities of an article: its own county with the city and province
 * above it (always emitted when the county is resolved, so REPORTS_ON and IN
 * have endpoints even when the body never prints the full name), plus every
 * other division the body names (findDivisionMentions).
 */
import { findDivisionMentions, getDivisionCatalog, toDivision } from "../divisions/index.js";
import type { Division, EntityMention } from "../records.js";
import { mentionsIn, type ExtractContext } from "./context.js";
import { clauseStart } from "./text-spans.js";

/** The divisions above and including the article's county, as [kind, name, code] rows. */
export function divisionChain(division: Division): { kind: "County" | "City" | "Province"; name: string; code: string }[] {
  const chain: { kind: "County" | "City" | "Province"; name: string; code: string }[] = [
    { kind: division.kind, name: division.name, code: division.code },
  ];
  if (division.kind === "County" && division.city) chain.push({ kind: "City", ...division.city });
  if (division.kind !== "Province") chain.push({ kind: "Province", ...division.province });
  return chain;
}

/**
 * @example extractDivisions(ctx).map((m) => m.name) // ["济宁市", "山东省", "嘉祥县", …]
 */
export function extractDivisions(ctx: ExtractContext): EntityMention[] {
  const county = ctx.county;
  const inBody = findDivisionMentions(
    ctx.article,
    ctx.sentences,
    county ? { city: county.kind === "City" ? county.code : county.city?.code, province: county.province.code } : {},
  );
  const own: EntityMention[] = [];
  if (county) {
    for (const unit of divisionChain(county)) {
      if (inBody.some((m) => m.kind === unit.kind && m.name === unit.name)) continue;
      // Not printed in full in the body: anchor to the dateline sentence with an empty surface.
      own.push({ kind: unit.kind, name: unit.name, surface: "", start: 0, end: 0, sentence: 0, attributes: { code: unit.code } });
    }
  }
  // Parents of the other divisions the body names, so IN can place them too.
  const parents: EntityMention[] = [];
  for (const mention of inBody) {
    const division = divisionOf(mention);
    if (!division) continue;
    for (const unit of divisionChain(division).slice(1)) {
      const known = [...own, ...inBody, ...parents].some((m) => m.kind === unit.kind && m.name === unit.name);
      if (!known) parents.push({ kind: unit.kind, name: unit.name, surface: "", start: mention.start, end: mention.start, sentence: mention.sentence, attributes: { code: unit.code } });
    }
  }
  return ctx.sentences.length ? [...own, ...inBody, ...parents] : [];
}

/** The catalogue Division of a County/City mention (by its code attribute). */
export function divisionOf(mention: EntityMention): Division | undefined {
  if (mention.kind !== "County" && mention.kind !== "City") return undefined;
  const entry = getDivisionCatalog().byCode.get(String(mention.attributes?.code ?? ""));
  return entry ? toDivision(entry) : undefined;
}

/** Sentence where the article's own county is first named (the dateline sentence when it is not). */
export function countySentence(ctx: ExtractContext): number {
  const name = ctx.county?.name;
  return ctx.entities.find((m) => m.kind === ctx.county?.kind && m.name === name && m.surface)?.sentence ?? 0;
}

/**
 * The county a sentence speaks for: the article's own when it reports on one;
 * in a city-level report (a round-up of its counties) or an unresolved one, the
 * one county the sentence names, else the one its paragraph opens with
 * (在东明县，… 当地…), else the article's division.
 */
export function localCounty(ctx: ExtractContext, sentence: number): Division | undefined {
  if (ctx.county?.kind === "County") return ctx.county;
  const paragraph = ctx.layout.paragraphs[ctx.layout.paragraphOf[sentence] ?? -1] ?? [];
  return onlyCountyNamedIn(ctx, sentence) ?? (paragraph[0] !== undefined ? onlyCountyNamedIn(ctx, paragraph[0]) : undefined) ?? ctx.county;
}

function onlyCountyNamedIn(ctx: ExtractContext, sentence: number): Division | undefined {
  const named = mentionsIn(ctx, "County", sentence).filter((m) => m.surface);
  return new Set(named.map((m) => m.name)).size === 1 ? divisionOf(named[0]!) : undefined;
}

/**
 * The county a figure at `offset` is about: the subject of its clause, or of
 * the sentence's last clause before it that has one (嘉祥县选派38名教师…，巫山县组织120名村干部…),
 * else the county its sentence speaks for (`localCounty`). A county opens its
 * clause as subject when only a time word (今年以来) or its city and province
 * (济宁市嘉祥县) stand before it; 在巫山县建成… is a place, not a subject.
 */
export function countyAt(ctx: ExtractContext, sentence: number, offset: number): Division | undefined {
  return subjectCounty(ctx, sentence, offset) ?? localCounty(ctx, sentence);
}

function subjectCounty(ctx: ExtractContext, sentence: number, offset: number): Division | undefined {
  const counties = mentionsIn(ctx, "County", sentence).filter((m) => m.surface && m.start <= offset);
  if (counties.length === 0) return undefined;
  const text = ctx.article.normalizedText;
  const from = ctx.sentences[sentence]?.start ?? 0;
  const prefixes = ctx.lexicon.participants.subjectPrefixes;
  let subject: Division | undefined;
  for (const county of [...counties].sort((a, b) => a.start - b.start)) {
    const opening = clauseStart(text, county.start, from);
    const lead = text.slice(opening, printedStart(ctx, county));
    if (lead === "" || prefixes.includes(lead)) subject = divisionOf(county) ?? subject;
  }
  return subject;
}

/**
 * Where a county's name starts as printed with the city and province above it
 * (济宁市嘉祥县, 四川省凉山州昭觉县): the start of the outermost of them printed right before it.
 */
export function printedStart(ctx: ExtractContext, county: EntityMention): number {
  // Only names printed in the sentence (the article's own city and province may be placed with an empty span).
  const above = [...mentionsIn(ctx, "City", county.sentence), ...mentionsIn(ctx, "Province", county.sentence)].filter((m) => m.end > m.start);
  let start = county.start;
  for (let parent = above.find((m) => m.end === start); parent; parent = above.find((m) => m.end === start)) start = parent.start;
  return start;
}
