/**
 * Relations around programmes: County RUNS Programme, Programme PART_OF
 * Programme (sub-measures). INVOLVES (participants only) is in `involves.ts`.
 */
import type { EntityMention, RelationMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import { localCounty } from "../division.js";

/** First mention of each programme name. */
export function firstMentions(ctx: ExtractContext): EntityMention[] {
  const seen = new Set<string>();
  return ctx.entities.filter((m) => m.kind === "Programme" && !seen.has(m.name) && seen.add(m.name) !== undefined);
}

/**
 * A county named in the programme's sentence runs it; otherwise the article's
 * county, or in a round-up the county its paragraph is about. Sub-measures reach the county through PART_OF.
 */
export function relateRuns(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const programme of firstMentions(ctx)) {
    // A measure named by its heading alone (夯实党建领航根基) reaches the county through PART_OF; a programme
    // a heading names (一、教育惠民工程) is run like any other.
    if (programme.attributes?.category === "measure") continue;
    const named = mentionsIn(ctx, "County", programme.sentence).find((m) => m.surface);
    const local = localCounty(ctx, programme.sentence);
    const county = named?.name ?? (local?.kind === "County" ? local.name : undefined);
    if (!county) continue;
    relations.push({
      type: "RUNS",
      from: { kind: "County", name: county },
      to: { kind: "Programme", name: programme.name },
      sentence: programme.sentence,
      matched: [named?.surface, programme.surface].filter((s): s is string => Boolean(s)),
    });
  }
  return relations;
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
