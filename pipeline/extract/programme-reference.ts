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

/**
 * @example extractProgrammeReferences(ctx).map((m) => m.name) // ["“兵支书”培育工程"] (…“兵支书”培育工程稳步推进。该工程由…)
 */
export function extractProgrammeReferences(ctx: ExtractContext): EntityMention[] {
  const programmes = ctx.entities.filter((m) => m.kind === "Programme" && m.attributes?.category !== "measure");
  if (programmes.length === 0) return [];
  const mentions: EntityMention[] = [];
  for (const sentence of ctx.sentences) {
    for (const match of sentence.text.matchAll(REFERENCE)) {
      const start = sentence.start + match.index;
      const head = match[1]!;
      const referred = programmes
        .filter((m) => m.end <= start && sentence.index - m.sentence <= MAX_SENTENCES_BACK && m.name.endsWith(head))
        .reduce<EntityMention | undefined>((nearest, m) => (nearest === undefined || m.end > nearest.end ? m : nearest), undefined);
      if (!referred) continue;
      mentions.push(
        createMention(ctx, {
          kind: "Programme",
          name: referred.name,
          surface: "",
          start,
          end: start + match[0].length,
          sentence: sentence.index,
          ...(referred.attributes ? { attributes: { ...referred.attributes } } : {}),
        }),
      );
    }
  }
  return mentions;
}
