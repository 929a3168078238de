/**
 * A programme a report refers back to by its head: 该工程由市委组织部牵头, 该项目总投资1.2亿元, 这一行动覆盖….
 * The reference is a mention of the programme it refers to, so who runs it and its figures, told in the
 * reference's sentence, are that programme's:
 *
 *   （三）“兵支书”培育工程稳步推进。该工程由市委组织部牵头，…    该工程 → “兵支书”培育工程
 *
 * It refers to the nearest programme before it, a few sentences back at most, whose name ends in the same head.
 * The mention has no surface: 该工程 is no alias of the programme.
 */
import type { EntityMention, Sentence } from "../records.js";
import type { ExtractContext } from "./context.js";
import { createMention } from "./mention.js";

/** A word of reference and the head it refers back with: 该工程, 此项目, 这一行动. */
const REFERENCE = /(?:该项?|此项?|这一|这个|这项)(工程|项目|行动|计划|活动|机制|平台|模式|制度|政策|品牌|服务)/gu;
/** Sentences a reference looks back over for the programme it refers to. */
const MAX_SENTENCES_BACK = 3;

/**
 * Whether the article refers back by `head` to a name ending at `from` in `sentence`, later in that sentence or in the
 * few after it, as far as a reference looks back (…开展非遗进校园活动，此项活动已覆盖…): the report treats the name as a
 * programme's, as when it prints the name twice.
 *
 * @example referredBackTo(ctx, sentence, nameEnd, "活动") // true for …非遗进校园活动，此项活动已覆盖…
 */
export function referredBackTo(ctx: ExtractContext, sentence: Sentence, from: number, head: string): boolean {
  const last = ctx.sentences[Math.min(sentence.index + MAX_SENTENCES_BACK, ctx.sentences.length - 1)]!;
  const after = ctx.article.normalizedText.slice(from, last.end);
  return [...after.matchAll(REFERENCE)].some((match) => match[1] === head);
}

/** A word of reference to an event's edition and the words after it: 本届嬉水节, 此次招聘会. */
const EDITION_REFERENCE = /(?:本届|本次|此次|这次|该届)(\p{Script=Han}{2,8})/gu;
/** The category of events, festivals and activities, whose editions a report refers to. */
const EVENT_CATEGORY = "campaign";
/** Words for a kind of event a report refers to an edition by (本次赛事, 本届节会), and how the names of that kind end. */
const EVENT_KINDS: Record<string, readonly string[]> = {
  赛事: ["赛", "马拉松", "运动会"],
  比赛: ["赛"],
  节会: ["节"],
  展会: ["博览会", "展"],
};

/**
 * @example extractProgrammeReferences(ctx).map((m) => m.name) // ["“兵支书”培育工程"] (…“兵支书”培育工程稳步推进。该工程由…)
 */
export function extractProgrammeReferences(ctx: ExtractContext): EntityMention[] {
  const programmes = ctx.entities.filter((m) => m.kind === "Programme" && m.attributes?.category !== "measure");
  if (programmes.length === 0) return [];
  const events = programmes.filter((m) => m.attributes?.category === EVENT_CATEGORY);
  const mentions: EntityMention[] = [];
  const nearestBefore = (sentence: Sentence, start: number, endsWith: string, among = programmes): EntityMention | undefined =>
    among
      .filter((m) => m.end <= start && sentence.index - m.sentence <= MAX_SENTENCES_BACK && m.name.endsWith(endsWith))
      .reduce<EntityMention | undefined>((nearest, m) => (nearest === undefined || m.end > nearest.end ? m : nearest), undefined);
  for (const sentence of ctx.sentences) {
    for (const match of sentence.text.matchAll(REFERENCE)) {
      const start = sentence.start + match.index;
      const referred = nearestBefore(sentence, start, match[1]!);
      if (referred) mentions.push(referenceMention(ctx, referred, sentence, start, match[0].length));
    }
    // 本届嬉水节由…主办: an edition of an event (a campaign's) referred to by the end of its name.
    for (const match of sentence.text.matchAll(EDITION_REFERENCE)) {
      const start = sentence.start + match.index;
      const words = match[1]!;
      const opener = match[0].length - words.length;
      // 本次赛事由…主办: a word for the kind of event refers to the nearest event of that kind.
      const kind = Object.keys(EVENT_KINDS).find((word) => words.startsWith(word));
      const ofKind = kind ? events.filter((m) => EVENT_KINDS[kind]!.some((ending) => m.name.endsWith(ending))) : [];
      const referredByKind = kind ? nearestBefore(sentence, start, "", ofKind) : undefined;
      if (kind && referredByKind) {
        mentions.push(referenceMention(ctx, referredByKind, sentence, start, opener + kind.length));
        continue;
      }
      for (let length = words.length; length >= 2; length--) {
        const referred = nearestBefore(sentence, start, words.slice(0, length), events);
        if (!referred) continue;
        mentions.push(referenceMention(ctx, referred, sentence, start, opener + length));
        break;
      }
    }
  }
  return mentions;
}

function referenceMention(ctx: ExtractContext, referred: EntityMention, sentence: Sentence, start: number, length: number): EntityMention {
  return createMention(ctx, {
    kind: "Programme",
    name: referred.name,
    surface: "",
    start,
    end: start + length,
    sentence: sentence.index,
    ...(referred.attributes ? { attributes: { ...referred.attributes } } : {}),
  });
}
