/**
 * Programme SERVES Group. Three rules, all within one sentence:
 *
 * - a programme whose unquoted name holds a group serves it (困难重度残疾人家庭无障碍改造工程);
 * - the sentence that introduces the article's main programme in the lead
 *   states its purpose (为帮助第一书记…开展“以三大促三好”活动; …做好离退休干部服务保障工作):
 *   every specific group in it is served by the main programme;
 * - elsewhere a group is served by the nearest programme of its sentence when
 *   a cue marks it as the beneficiary or the mobilised (为/覆盖/针对/每名 + group,
 *   group + 服务/队伍/培育; data/lexicon/serve-cues.json); in a sentence that
 *   names no programme, by the programme its section speaks for (the
 *   sub-measure, else the main programme), as its figures are. Groups
 *   listed together (为特困老人、失能老人; 留守儿童和老年人提供) share a cue.
 *
 * Generic groups (群众, 居民, 党员) and groups inside quoted slogans are not linked; reported speech counts.
 */
import type { EntityMention, RelationMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import { findQuotedSpans, isQuoted, isSpeech } from "../text-spans.js";
import { coordinatedLists } from "./coordination.js";
import { sectionProgramme } from "./section-programme.js";

/**
 * @example relateServes(ctx)[0] // { type: "SERVES", from: { kind: "Programme", name: "“以三大促三好”活动" }, to: { kind: "Group", name: "第一书记" }, sentence: 0, … }
 */
export function relateServes(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  const main = ctx.programmes.main;
  const lead = new Set(ctx.layout.paragraphs[0] ?? []);
  for (const sentence of ctx.sentences) {
    const programmes = mentionsIn(ctx, "Programme", sentence.index);
    // 为全市3.6万名高龄老人发放高龄津贴: the section's programme does what this sentence tells.
    const section = programmes.length === 0 ? sectionProgramme(ctx, sentence.index) : undefined;
    if (programmes.length === 0 && !section) continue;
    const quotes = findQuotedSpans(sentence.text).filter((quote) => !isSpeech(quote));
    const mentioned = mentionsIn(ctx, "Group", sentence.index);
    const cued = cuedGroups(ctx, mentioned);
    const groups = mentioned.filter((g) => g.attributes?.category !== "generic" && !isQuoted(quotes, g.start - sentence.start));
    const purposeSentence = main !== undefined && main.sentence === sentence.index && lead.has(sentence.index);
    for (const group of groups) {
      // 困难重度残疾人家庭无障碍改造工程: a programme whose name holds the group says whom it serves.
      const named = programmes.find((p) => p.start <= group.start && group.end <= p.end);
      const programme = named ?? (purposeSentence ? main : cued.has(group) ? (section ?? nearest(programmes, group)) : undefined);
      if (!programme) continue;
      relations.push({
        type: "SERVES",
        from: { kind: "Programme", name: programme.name },
        to: { kind: "Group", name: group.name },
        sentence: sentence.index,
        // A programme named elsewhere is not in this sentence to be highlighted.
        matched: [section ? "" : programme.surface, group.surface].filter(Boolean),
      });
    }
  }
  return relations;
}

/** The groups of one sentence that have a cue, their own or one shared by the list they stand in. */
function cuedGroups(ctx: ExtractContext, groups: EntityMention[]): Set<EntityMention> {
  const lists = coordinatedLists(ctx.article.normalizedText, groups);
  return new Set(lists.filter((list) => list.some((group) => hasCue(ctx, group))).flat());
}

function hasCue(ctx: ExtractContext, group: EntityMention): boolean {
  const { before, after, maxGap } = ctx.lexicon.serveCues;
  const text = ctx.article.normalizedText;
  const left = (text.slice(Math.max(0, group.start - maxGap), group.start).split(/[，,；;：:。、“”]/).at(-1) ?? "");
  const right = text.slice(group.end, group.end + 4).replace(/^的/, "");
  return before.some((cue) => left.includes(cue)) || after.some((cue) => right.startsWith(cue));
}

function nearest(programmes: EntityMention[], group: EntityMention): EntityMention {
  const distance = (p: EntityMention): number => (p.end <= group.start ? group.start - p.end : p.start - group.end);
  return [...programmes].sort((a, b) => distance(a) - distance(b))[0]!;
}
