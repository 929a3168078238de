/**
 * Article REPORTS_ON County, County IN City IN Province (from the resolved
 * division, evidenced by the sentence that names the county, else the
 * dateline sentence; other divisions the body names are placed in their
 * parents where they are named), and Article WRITTEN_BY Person for the reporters.
 */
import type { Division, RelationMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { countySentence, divisionChain, divisionOf } from "../division.js";

/**
 * @example relateDivisions(ctx).map((r) => r.type) // ["REPORTS_ON", "IN", "IN"]
 */
export function relateDivisions(ctx: ExtractContext): RelationMention[] {
  if (ctx.sentences.length === 0) return [];
  const relations: RelationMention[] = [];
  const county = ctx.county;
  if (county) {
    const sentence = countySentence(ctx);
    if (county.kind === "County") {
      relations.push({ type: "REPORTS_ON", from: { kind: "Article", name: ctx.article.key }, to: { kind: "County", name: county.name }, sentence });
    }
    relations.push(...containment(county, sentence));
  }
  // Other divisions the body names, placed where they are named.
  for (const mention of ctx.entities) {
    const division = divisionOf(mention);
    if (division && division.name !== county?.name) relations.push(...containment(division, mention.sentence));
  }
  return relations;
}

function containment(division: Division, sentence: number): RelationMention[] {
  const chain = divisionChain(division);
  const relations: RelationMention[] = [];
  for (let i = 0; i + 1 < chain.length; i++) {
    const [lower, upper] = [chain[i]!, chain[i + 1]!];
    if (lower.kind === "Province" || upper.kind === "County") continue;
    relations.push({ type: "IN", from: { kind: lower.kind, name: lower.name }, to: { kind: upper.kind, name: upper.name }, sentence });
  }
  return relations;
}

export function relateReporters(ctx: ExtractContext): RelationMention[] {
  const reporters = new Set(ctx.article.reporters.map((r) => r.trim()));
  const seen = new Set<string>();
  return ctx.entities
    .filter((m) => m.kind === "Person" && reporters.has(m.name) && m.attributes?.category === "reporter")
    .filter((m) => !seen.has(m.name) && seen.add(m.name) !== undefined)
    .map((m) => ({ type: "WRITTEN_BY" as const, from: { kind: "Article" as const, name: ctx.article.key }, to: { kind: "Person" as const, name: m.name }, sentence: m.sentence }));
}
