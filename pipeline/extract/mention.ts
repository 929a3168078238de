/** Builds EntityMentions with the original surface text and the alias-resolved canonical name. */
import type { EntityMention } from "../records.js";
import type { NodeKind } from "../schema/index.js";
import { resolveAlias } from "./aliases.js";
import type { ExtractContext } from "./context.js";

export interface MentionSpec {
  kind: NodeKind;
  /** Name before alias resolution (normalised text). */
  name: string;
  start: number;
  end: number;
  sentence: number;
  attributes?: EntityMention["attributes"];
  /** Surface to record instead of the article text at start..end (a headline mention anchored in the body). */
  surface?: string;
}

/**
 * @example createMention(ctx, { kind: "Group", name: "老干部", start: 10, end: 13, sentence: 0 }).name // "离退休干部"
 */
export function createMention(ctx: Pick<ExtractContext, "article" | "aliases">, spec: MentionSpec): EntityMention {
  return {
    kind: spec.kind,
    name: resolveAlias(spec.kind, spec.name, ctx.aliases),
    surface: spec.surface ?? ctx.article.text.slice(spec.start, spec.end),
    start: spec.start,
    end: spec.end,
    sentence: spec.sentence,
    ...(spec.attributes ? { attributes: spec.attributes } : {}),
  };
}
