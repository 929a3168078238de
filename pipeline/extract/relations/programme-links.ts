/**
 * Relations around programmes: County RUNS Programme, Programme PART_OF
 * Programme (sub-measures). INVOLVES (participants only) is in `involves.ts`.
 */
import type { EntityMention, RelationMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import { localCounty, printedStart } from "../division.js";

/** First mention of each programme name. */
export function firstMentions(ctx: ExtractContext): EntityMention[] {
  const seen = new Set<string>();
  return ctx.entities.filter((m) => m.kind === "Programme" && !seen.has(m.name) && seen.add(m.name) !== undefined);
}

/**
 * A county named in the programme's sentence runs it, and so do the counties
 * printed in one list with it (嘉祥县、汶上县等地推进…); otherwise the article's
 * county, or in a round-up the county its paragraph is about. Sub-measures reach the county through PART_OF.
 */
export function relateRuns(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const programme of firstMentions(ctx)) {
    // A measure named by its heading alone (夯实党建领航根基) reaches the county through PART_OF; a programme
    // a heading names (一、教育惠民工程) is run like any other.
    if (programme.attributes?.category === "measure") continue;
    const named = listedFirst(ctx, mentionsIn(ctx, "County", programme.sentence).filter((m) => m.surface));
    const local = localCounty(ctx, programme.sentence);
    const runners = named.length > 0 ? named : local?.kind === "County" ? [{ name: local.name, surface: "" }] : [];
    for (const county of new Map(runners.map((runner) => [runner.name, runner])).values()) {
      relations.push({
        type: "RUNS",
        from: { kind: "County", name: county.name },
        to: { kind: "Programme", name: programme.name },
        sentence: programme.sentence,
        matched: [county.surface, programme.surface].filter((s): s is string => Boolean(s)),
      });
    }
  }
  return relations;
}

/** What joins the names of one list: 、, 和, 与, 及, 以及 (a comma ends the list). */
const LIST_JOINER = /^(?:、|和|与|及|以及)$/u;

/**
 * The first county a sentence names and the counties printed in one list with
 * it, each with its city and province before it or not (昭觉县、甘肃省会宁县).
 */
function listedFirst(ctx: ExtractContext, counties: readonly EntityMention[]): EntityMention[] {
  const text = ctx.article.normalizedText;
  const sorted = [...counties].sort((a, b) => a.start - b.start);
  const list = sorted.slice(0, 1);
  for (const county of sorted.slice(1)) {
    if (!LIST_JOINER.test(text.slice(list.at(-1)!.end, printedStart(ctx, county)))) break;
    list.push(county);
  }
  return list;
}

/**
 * @example relatePartOf(ctx).map((r) => `${r.from.name} → ${r.to.name}`) // ["思想引领到位 → “四个到位”", …]
 */
export function relatePartOf(ctx: ExtractContext): RelationMention[] {
  const main = ctx.programmes.main;
  if (!main) return [];
  return ctx.programmes.measures.map((measure) => ({
    type: "PART_OF" as const,
    from: { kind: "Programme" as const, name: measure.name },
    to: { kind: "Programme" as const, name: main.name },
    sentence: measure.sentence,
    matched: [measure.surface],
  }));
}
