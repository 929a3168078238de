/**
 * Programme HAS_METRIC Metric and Metric COUNTS Group.
 *
 * A figure belongs to the programme named in its sentence (the nearest one
 * before it, else the first), else to the sub-measure whose section it is in,
 * else to the programme its paragraph opens with (section-programme.ts),
 * else to the article's main programme, else to the county (the one its clause
 * has for subject; in a round-up, the county its paragraph is about). A clause
 * opened by the county as a whole (全县…) after the programme's own figures
 * gives the county's figures, not the programme's; so does a sentence naming
 * no programme that tells what the county has (现有, 拥有). It COUNTS a
 * group of its sentence whose name is part of what it counts (覆盖离退休干部 →
 * 离退休干部; 服务新就业群体 → 新业态新就业群体), no other figure of the sentence stands
 * between them, and its unit counts people (名, 人次, 户).
 */
import type { EntityMention, EntityRef, RelationMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import { countyAt } from "../division.js";
import { closesListOf } from "../programme-quote-list.js";
import { clauseStart } from "../text-spans.js";
import { sectionProgramme } from "./section-programme.js";

/**
 * @example relateMetrics(ctx).filter((r) => r.type === "COUNTS").map((r) => r.to.name) // ["离退休干部", …]
 */
export function relateMetrics(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const metric of ctx.entities.filter((m) => m.kind === "Metric")) {
    const owner = ownerOf(ctx, metric);
    if (owner) {
      relations.push({
        type: "HAS_METRIC",
        from: { kind: owner.ref.kind, name: owner.ref.name },
        to: { kind: "Metric", name: metric.name },
        sentence: metric.sentence,
        matched: [owner.surface, metric.surface].filter(Boolean),
      });
    }
    const counted = String(metric.attributes?.counted ?? "");
    if (!counted || !ctx.lexicon.serveCues.personUnits.includes(String(metric.attributes?.unit ?? ""))) continue;
    // Compare normalised text: the surface keeps traditional characters when the source had them.
    const printed = (g: EntityMention): string => ctx.article.normalizedText.slice(g.start, g.end);
    // A group another figure stands between counts for that one (配备儿童督导员26名、儿童主任186名: 儿童 is not counted by 186名).
    const figures = mentionsIn(ctx, "Metric", metric.sentence);
    const nearest = (g: EntityMention): boolean => !figures.some((o) => o !== metric && o.start >= Math.min(g.end, metric.end) && o.end <= Math.max(g.start, metric.start));
    const matching = mentionsIn(ctx, "Group", metric.sentence).filter((g) => (counted.includes(printed(g)) || counted.includes(g.name)) && nearest(g));
    // 退休干部 matches, so the 干部 inside it (or printed again elsewhere) is not a second counted group. A group
    // named other than printed (失能 of 失能、半失能老年人, read as 失能老年人) only gives way to one holding its span.
    const inside = (g: EntityMention, o: EntityMention): boolean =>
      printed(o).length > printed(g).length &&
      (g.name === printed(g) ? printed(o).includes(printed(g)) : o.start <= g.start && o.end >= g.end);
    const specific = matching.filter((g) => !matching.some((o) => inside(g, o)));
    const seen = new Set<string>();
    for (const group of specific) {
      if (seen.has(group.name)) continue;
      seen.add(group.name);
      relations.push({
        type: "COUNTS",
        from: { kind: "Metric", name: metric.name },
        to: { kind: "Group", name: group.name },
        sentence: metric.sentence,
        matched: [metric.surface, group.surface],
      });
    }
  }
  return relations;
}

function ownerOf(ctx: ExtractContext, metric: EntityMention): { ref: EntityRef; surface: string } | undefined {
  const text = ctx.article.normalizedText;
  // “冬日送温暖”“夏日送清凉”等关爱活动150余次: a figure after a list closed by 等 counts the list, not its items.
  const inSentence = mentionsIn(ctx, "Programme", metric.sentence).filter(
    (p) => !ctx.programmes.measures.includes(p) && !(p.end <= metric.start && closesListOf(text.slice(p.end, metric.start))),
  );
  const before = inSentence.filter((p) => p.end <= metric.start).sort((a, b) => b.end - a.end)[0];
  const own = before ?? inSentence[0];
  const countyWide = countyWideClauseBefore(ctx, metric, before?.end);
  if (own && !countyWide) return { ref: own, surface: own.surface };
  // 封丘县现有外出务工人员约十一万人: what a county has is its own, not the doing of the programme the report is about.
  const holding = !own && HOLDING.test(clauseBefore(ctx, metric));
  const section = countyWide || holding ? undefined : sectionProgramme(ctx, metric.sentence);
  if (section) return { ref: section, surface: "" };
  const county = countyAt(ctx, metric.sentence, metric.start);
  if (county?.kind === "County") return { ref: { kind: "County", name: county.name }, surface: "" };
  return undefined;
}

/** Verbs that tell what a place has, not what was done: 现有, 拥有 (共有 is as often "in all took part"). */
const HOLDING = /现有|拥有/u;

/** The figure's clause up to the figure. */
function clauseBefore(ctx: ExtractContext, metric: EntityMention): string {
  const text = ctx.article.normalizedText;
  const floor = ctx.sentences[metric.sentence]?.start ?? 0;
  return text.slice(clauseStart(text, metric.start, floor), metric.start);
}

/** A clause that speaks for the whole county: 全县…, 今年全区…, 截至6月底全县…. */
const COUNTY_WIDE_OPENING = /^(?:(?:今年|去年|上半年|前三季度|同期|目前|截至目前|截至[^，；]{1,8}?[底末])?全[县区市旗]|全县域)/u;

/**
 * Whether the figure stands in, or after, a clause opened by the county as a
 * whole that comes after the programme named before it (`after`), once the
 * sentence has given figures after the programme and before that clause: 以工代赈项目吸纳群众务工430人，
 * 全县城镇新增就业2140人 — the 2140 are the county's. The first figures a clause
 * opened by 全县 gives after a programme are its doing (落实联系专家制度，全县23名领导干部联系…).
 */
function countyWideClauseBefore(ctx: ExtractContext, metric: EntityMention, after = -1): boolean {
  const sentence = ctx.sentences[metric.sentence];
  if (!sentence) return false;
  const text = ctx.article.normalizedText;
  const floor = Math.max(sentence.start, after);
  const figures = mentionsIn(ctx, "Metric", metric.sentence);
  for (let start = clauseStart(text, metric.start, floor); start > floor; start = clauseStart(text, start - 1, floor)) {
    const opensCountyWide = COUNTY_WIDE_OPENING.test(text.slice(start, metric.start));
    if (opensCountyWide && figures.some((figure) => figure.start >= floor && figure.end <= start)) return true;
  }
  return false;
}
