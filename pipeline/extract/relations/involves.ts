/**
 * Programme INVOLVES Organization, only for organisations the sentence makes
 * participants (data/lexicon/participant-cues.json):
 *
 *   居民委员会、业主委员会…协调运行机制        named inside the programme's name
 *   由县民政局牵头 · 联合县卫健局 · 依托县党校   cue word before / role verb after
 *   县委组织部建立“…”联建机制                  subject opening the clause, programme after it
 *
 * The bodies of one list (县教育局、县总工会和团县委建立…) take part together.
 *
 * A body that is only mentioned in the sentence — an object (建立儿童之家212个),
 * an honour (入选省委组织部典型案例) — is not involved.
 */
import type { EntityMention, RelationMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import type { ParticipantCueLexicon } from "../lexicon.js";
import { LIST_NUMBERING } from "../layout.js";
import { clauseStart } from "../text-spans.js";
import { coordinatedLists } from "./coordination.js";

/**
 * @example relateInvolves(ctx).map((r) => `${r.from.name} → ${r.to.name}`) // ["“党建+共富工坊”联建机制 → 安吉县委组织部"]
 */
export function relateInvolves(ctx: ExtractContext): RelationMention[] {
  const text = ctx.article.normalizedText;
  const cues = ctx.lexicon.participants;
  const relations: RelationMention[] = [];
  for (const programme of ctx.entities.filter((m) => m.kind === "Programme")) {
    const sentence = ctx.sentences[programme.sentence];
    if (!sentence) continue;
    const places = ["County", "City", "Province"].flatMap((kind) => mentionsIn(ctx, kind as "County", programme.sentence));
    const lists = coordinatedLists(text, mentionsIn(ctx, "Organization", programme.sentence));
    // 县教育局、县总工会、团县委建立…机制: the bodies of one list take part together.
    const participants = lists.filter((list) => list.some((o) => isParticipant(text, sentence.start, programme, o, cues, places))).flat();
    for (const organization of participants) {
      relations.push({
        type: "INVOLVES",
        from: { kind: "Programme", name: programme.name },
        to: { kind: "Organization", name: organization.name },
        sentence: programme.sentence,
        matched: [programme.surface, organization.surface],
      });
    }
  }
  return relations;
}

/**
 * True when the organisation takes part in the programme by the sentence's grammar.
 *
 * @example isParticipant("县委组织部牵头建立“双联”机制", 0, programme, organization, cues) // true (X牵头)
 */
export function isParticipant(
  text: string,
  sentenceStart: number,
  programme: Pick<EntityMention, "start" | "end">,
  organization: Pick<EntityMention, "start" | "end">,
  cues: ParticipantCueLexicon,
  places: Pick<EntityMention, "start" | "end">[] = [],
): boolean {
  if (organization.start >= programme.start && organization.end <= programme.end) return true;
  const before = text.slice(Math.max(sentenceStart, organization.start - 3), organization.start);
  if (cues.before.some((cue) => before.endsWith(cue))) return true;
  const after = text.slice(organization.end, organization.end + 4);
  if (cues.after.some((cue) => after.startsWith(cue))) return true;
  return opensClauseBefore(text, sentenceStart, organization, programme, cues, places);
}

/** The organisation is the subject: it opens its clause (after a time word at most) and the programme follows in the sentence. */
function opensClauseBefore(
  text: string,
  sentenceStart: number,
  organization: Pick<EntityMention, "start" | "end">,
  programme: Pick<EntityMention, "start">,
  cues: ParticipantCueLexicon,
  places: Pick<EntityMention, "start" | "end">[],
): boolean {
  if (programme.start < organization.end) return false;
  const opening = clauseStart(text, organization.start, sentenceStart);
  // A place printed before the body's level (微山|县委老干部局) belongs to its name.
  const place = places.find((p) => p.start < organization.start && p.end >= organization.start && p.end <= organization.end && p.start >= opening);
  // An item's number (2.县人社局开展…, 一是县民政局…) opens no clause of its own.
  const printedLead = text.slice(opening, place ? place.start : organization.start);
  const lead = opening === sentenceStart ? printedLead.replace(LIST_NUMBERING, "") : printedLead;
  if (lead && !cues.subjectPrefixes.includes(lead)) return false;
  // The subject acts in its own clause or the next ones, up to the sentence end; another subject body in between takes over.
  return !/[。！？!?]/.test(text.slice(organization.end, programme.start));
}
