/**
 * The programme a sentence that names none speaks for: the sub-measure whose
 * section it is in, else the article's main programme. Figures and cued
 * groups of such sentences hang off it (HAS_METRIC, SERVES).
 */
import type { EntityMention } from "../../records.js";
import type { ExtractContext } from "../context.js";

/**
 * @example sectionProgramme(ctx, 3)?.name // "精准摸排建台账" (the heading of sentence 3's section)
 */
export function sectionProgramme(ctx: ExtractContext, sentence: number): EntityMention | undefined {
  const heading = ctx.layout.sectionOf[sentence] ?? -1;
  return ctx.programmes.measures.find((measure) => measure.sentence === heading) ?? ctx.programmes.main;
}
