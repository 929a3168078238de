/**
 * The programme a sentence that names none speaks for: the sub-measure whose
 * section it is in, else the article's main programme when the article is about
 * it — the first sentence introduces it, or the headline speaks of it (names
 * it, or shares a word with its name other than its head: 岚县“营养餐”… for
 * 营养改善计划). A round-up whose headline speaks of none of its programmes
 * (岳西县织密民生保障网: schooling, housing, screening, rehabilitation …) is
 * about no one programme, and its other figures stay the county's. Figures
 * and cued groups of such sentences hang off it (HAS_METRIC, SERVES).
 */
import type { EntityMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { normaliseQuotes } from "../text-spans.js";

/**
 * @example sectionProgramme(ctx, 3)?.name // "精准摸排建台账" (the heading of sentence 3's section)
 */
export function sectionProgramme(ctx: ExtractContext, sentence: number): EntityMention | undefined {
  const heading = ctx.layout.sectionOf[sentence] ?? -1;
  const measure = ctx.programmes.measures.find((candidate) => candidate.sentence === heading);
  if (measure) return measure;
  const main = ctx.programmes.main;
  // What is told before the programme is introduced is its background (近年来，全县累计投入…), not its doing.
  return main && sentence >= main.sentence && articleIsAbout(ctx, main) ? main : undefined;
}

function articleIsAbout(ctx: ExtractContext, programme: EntityMention): boolean {
  if (programme.sentence === 0) return true;
  const title = normaliseQuotes(ctx.article.normalizedTitle);
  const heads = Object.keys(ctx.lexicon.programmes.heads);
  const words = hanPairs(programme.name).filter((pair) => !heads.some((head) => head.includes(pair)));
  return words.some((pair) => title.includes(pair));
}

/** Every pair of neighbouring Han characters of a name: the two-character words it may share with a headline. */
function hanPairs(name: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < name.length; i++) {
    const pair = name.slice(i, i + 2);
    if (/^\p{Script=Han}{2}$/u.test(pair)) pairs.push(pair);
  }
  return pairs;
}
