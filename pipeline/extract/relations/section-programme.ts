/**
 * The programme a sentence that names none speaks for: the sub-measure whose
 * section it is in, else the programme its paragraph opens by naming as its
 * topic (田长制方面，…) or the only one its first sentence names, else the article's main programme when the article is about
 * it — the first sentence introduces it, or the headline speaks of it (names
 * it, or shares a word with its name other than its head: 岚县“营养餐”… for
 * 营养改善计划). A round-up whose headline speaks of none of its programmes
 * (岳西县织密民生保障网: schooling, housing, screening, rehabilitation …) is
 * about no one programme, and its other figures stay the county's. Figures
 * and cued groups of such sentences hang off it (HAS_METRIC, SERVES).
 */
import type { EntityMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import { LIST_NUMBERING } from "../layout.js";
import { normaliseQuotes } from "../text-spans.js";

/**
 * @example sectionProgramme(ctx, 3)?.name // "精准摸排建台账" (the heading of sentence 3's section)
 */
export function sectionProgramme(ctx: ExtractContext, sentence: number): EntityMention | undefined {
  const own = sectionOrTopic(ctx, sentence);
  if (own) return own;
  const main = ctx.programmes.main;
  // What is told before the programme is introduced is its background (近年来，全县累计投入…), not its doing.
  return main && sentence >= main.sentence && articleIsAbout(ctx, main) ? main : undefined;
}

/** The sub-measure whose section the sentence is in, else the programme its paragraph opens with as its topic. */
export function sectionOrTopic(ctx: ExtractContext, sentence: number): EntityMention | undefined {
  const heading = ctx.layout.sectionOf[sentence] ?? -1;
  return ctx.programmes.measures.find((candidate) => candidate.sentence === heading) ?? paragraphTopic(ctx, sentence);
}

/** A sentence that opens by naming what it is about: 在林长制方面，… / 田长制方面，… / 在“护苗”行动中，… / 围绕“双减”，…. */
const TOPIC_OPENING = /^(?:在?(.{2,20}?)(?:工作)?(?:方面|上|中)|(?:围绕|聚焦)(.{2,20}?))[，,]/u;

/**
 * Where the topic a sentence opens with stands in it, after its list number at most.
 *
 * @example openingTopic("在控辍保学方面，县教育局…") // { start: 1, end: 5 }
 */
export function openingTopic(text: string): { start: number; end: number } | undefined {
  const numbered = LIST_NUMBERING.exec(text)?.[0].length ?? 0;
  const match = TOPIC_OPENING.exec(text.slice(numbered));
  if (!match) return undefined;
  const topic = match[1] ?? match[2]!;
  const start = numbered + match[0].indexOf(topic);
  return { start, end: start + topic.length };
}

/**
 * The programme a paragraph's opening names as its topic (田长制方面，…), or the
 * only one its first sentence names: the paragraph's other sentences speak for it.
 */
function paragraphTopic(ctx: ExtractContext, sentence: number): EntityMention | undefined {
  const paragraph = ctx.layout.paragraphs[ctx.layout.paragraphOf[sentence] ?? -1];
  // 聚焦农田建设。2024年高标准农田建设项目计划…: a heading run into the paragraph opens none of its text.
  const opening = paragraph && ctx.layout.headings.includes(paragraph[0]!) ? paragraph[1] : paragraph?.[0];
  const first = opening === undefined ? undefined : ctx.sentences[opening];
  if (!first || opening === sentence) return undefined;
  const programmes = mentionsIn(ctx, "Programme", opening).filter((m) => !ctx.programmes.measures.includes(m));
  const topic = openingTopic(first.text);
  if (topic) {
    const opened = programmes.find((m) => m.start === first.start + topic.start && m.end === first.start + topic.end);
    if (opened) return opened;
  }
  // 与此同时，县卫生健康局持续深化“健康入户”家庭医生签约服务…: the one programme a paragraph opens with is
  // what its later sentences go on about.
  return new Set(programmes.map((m) => m.name)).size === 1 ? programmes[0] : undefined;
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
