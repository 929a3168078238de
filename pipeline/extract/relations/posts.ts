/**
 * Person HOLDS_POST Organization: a name printed right after a body and the
 * title of a post in it (县民政局局长王建国, 王庄村党支部书记王东, 合作社理事长 李强,
 * 县委书记李卫东 — the body inside the title, see post-body.ts). A title that
 * prints no body (县长王海涛) gives none, and a body mentioned elsewhere in the
 * sentence is not the person's.
 */
import type { RelationMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import { postTitleLength } from "../post-body.js";

/**
 * @example relatePosts(ctx).map((r) => `${r.from.name} → ${r.to.name}`) // ["王建国 → 汶上县民政局"]
 */
export function relatePosts(ctx: ExtractContext): RelationMention[] {
  const text = ctx.article.normalizedText;
  const relations: RelationMention[] = [];
  for (const person of ctx.entities) {
    if (person.kind !== "Person" || person.attributes?.category !== "named") continue;
    const body = mentionsIn(ctx, "Organization", person.sentence).find((organization) => {
      const title = postTitleLength(text, organization.end);
      return title > 0 && organization.end + title === person.start;
    });
    if (!body) continue;
    relations.push({
      type: "HOLDS_POST",
      from: { kind: "Person", name: person.name },
      to: { kind: "Organization", name: body.name },
      sentence: person.sentence,
      matched: [person.surface, body.surface],
    });
  }
  return relations;
}
