/**
 * A body speaking of itself is a mention of that body, so the clause it opens
 * involves it in its programmes as if it were named:
 *
 *   桑植县水利局2024年工作总结 … 我局将农村供水保障工程列为…     我局, 本局: the body of that kind the speaker
 *                                                                heads, else the one the headline names
 *   ——访如皋市人社局局长陈海燕 … 陈海燕：我们重点实施了…         我们 in the answer of a body's head
 *   县民政局局长王芳介绍：“我们今年新建…”                       我们 in the quoted words of a body's head
 *
 * The mention has no surface: 我局 is no alias of the body. 我们 said by a
 * villager names no body, nor said by a county's leader (县长, 县委书记):
 * that 我们 is the county, which runs the programmes already.
 */
import type { EntityMention, Sentence } from "../records.js";
import { getSegmenter } from "../segment/segmenter.js";
import type { ExtractContext } from "./context.js";
import { createMention } from "./mention.js";
import { findOrganizationSpans, qualifyOrganization } from "./organization.js";
import { bodiesHeldBy } from "./relations/posts.js";

/** A body's word for itself, by its kind (我局 → …局); not 我局长 or 本院士. */
const SELF_BY_KIND = /[我本](局|委|院|中心|厅)(?![长士])/gu;
/** 我们 as a body's subject; 我们村, 我们合作社 name a place or another body. */
const WE = /我们/gu;
/** Tags of the word after 我们 that make it a place or body (村里/s, 合作社/l, 县/ns), not a subject. */
const NOT_A_SUBJECT_AFTER = new Set(["s", "l", "ns", "nt", "nr", "n", "q", "m", "r"]);
/** Words after 我们 the tagger calls nouns that still open what the subject does (我们重点实施了…). */
const ADVERBIAL_NOUNS = new Set(["重点", "主要", "首先", "同时", "今后", "下一步"]);
/** A county's party committee or government, whose leaders' 我们 is the county. */
const COUNTY_LEADERSHIP = /[县市区旗州盟](?:委|人民政府|政府)$/u;
/** A speaker's label opening an answer: 陈海燕：… */
const SPEAKER_LABEL = /^([^\s：:，,。；;！？“”]{1,12})[：:]/u;
/** Words that hand over to quoted speech: 介绍：“…”, 说，“…”. */
const SAYING_BEFORE_QUOTE = /(?:说|介绍|表示|坦言|谈到|告诉记者|对记者说)[：:，,]?$/u;
/** Characters between a speaker's name and the saying verb (王芳|向记者|介绍). */
const MAX_SAYING_GAP = 6;

interface Voice {
  start: number;
  end: number;
  /** The bodies the speaker heads, in the order printed. */
  bodies: EntityMention[];
}

/**
 * Organisation mentions of the bodies speaking of themselves.
 *
 * @example extractSelfReferences(ctx).map((m) => m.name) // ["桑植县水利局"]
 */
export function extractSelfReferences(ctx: ExtractContext): EntityMention[] {
  const voices = [...answerVoices(ctx), ...quotedVoices(ctx)];
  let headline: EntityMention[] | undefined;
  const mentions: EntityMention[] = [];
  for (const sentence of ctx.sentences) {
    const voiceAt = (at: number) => voices.find((voice) => voice.start <= at && at < voice.end);
    for (const match of sentence.text.matchAll(SELF_BY_KIND)) {
      const at = sentence.start + match.index;
      const kind = match[1]!;
      const spoken = voiceAt(at)?.bodies.filter((body) => body.name.endsWith(kind)) ?? [];
      const bodies = spoken.length > 0 ? spoken : (headline ??= headlineBodies(ctx)).filter((body) => body.name.endsWith(kind));
      if (bodies.length === 1) mentions.push(selfMention(ctx, bodies[0]!, sentence, at, match[0].length));
    }
    for (const match of sentence.text.matchAll(WE)) {
      const at = sentence.start + match.index;
      const bodies = voiceAt(at)?.bodies ?? [];
      if (bodies.some((body) => COUNTY_LEADERSHIP.test(body.name))) continue;
      if (bodies.length === 1 && opensSubject(ctx, sentence, at + match[0].length)) mentions.push(selfMention(ctx, bodies[0]!, sentence, at, match[0].length));
    }
  }
  return mentions;
}

function selfMention(ctx: ExtractContext, body: EntityMention, sentence: Sentence, start: number, length: number): EntityMention {
  return createMention(ctx, { kind: "Organization", name: body.name, surface: "", start, end: start + length, sentence: sentence.index, attributes: { ...body.attributes } });
}

/** Whether the word after 我们 (at `end`) goes on with what the subject does, not with a place or body it names. */
function opensSubject(ctx: ExtractContext, sentence: Sentence, end: number): boolean {
  const next = ctx.taggedTokens(sentence).find((token) => token.start === end);
  if (!next) return false;
  return ADVERBIAL_NOUNS.has(next.word) || !NOT_A_SUBJECT_AFTER.has(next.tag ?? "");
}

/** The answers of an interview or transcript: from a speaker's label to the next label, each with the bodies its speaker heads. */
function answerVoices(ctx: ExtractContext): Voice[] {
  const voices: Voice[] = [];
  let open: Voice | undefined;
  for (const sentence of ctx.sentences) {
    const label = SPEAKER_LABEL.exec(sentence.text);
    if (!label) continue;
    if (open) open.end = sentence.start;
    const speaker = ctx.entities.find((m) => m.kind === "Person" && m.start === sentence.start && m.end === sentence.start + label[1]!.length);
    open = speaker ? { start: sentence.start, end: ctx.article.normalizedText.length, bodies: headedBy(ctx, speaker.name) } : undefined;
    if (open) voices.push(open);
  }
  return voices;
}

/** Quoted words handed to a named person (王芳介绍：“…”), each with the bodies the person heads. */
function quotedVoices(ctx: ExtractContext): Voice[] {
  const text = ctx.article.normalizedText;
  const voices: Voice[] = [];
  for (let open = text.indexOf("“"); open >= 0; open = text.indexOf("“", open + 1)) {
    const saying = SAYING_BEFORE_QUOTE.exec(text.slice(Math.max(0, open - 8), open));
    if (!saying) continue;
    const verbAt = open - saying[0].length;
    const speaker = ctx.entities.findLast((m) => m.kind === "Person" && m.attributes?.category === "named" && m.end <= verbAt && verbAt - m.end <= MAX_SAYING_GAP);
    const close = text.indexOf("”", open + 1);
    if (!speaker || close < 0) continue;
    voices.push({ start: open, end: close, bodies: headedBy(ctx, speaker.name) });
  }
  return voices;
}

/** Every body the person is printed anywhere in the article as heading, once each. */
function headedBy(ctx: ExtractContext, name: string): EntityMention[] {
  const bodies = new Map<string, EntityMention>();
  for (const person of ctx.entities) {
    if (person.kind !== "Person" || person.name !== name) continue;
    for (const body of bodiesHeldBy(ctx, person)) if (!bodies.has(body.name)) bodies.set(body.name, body);
  }
  return [...bodies.values()];
}

/** The bodies the headline names (桑植县水利局2024年工作总结), qualified by the article's county. */
function headlineBodies(ctx: ExtractContext): EntityMention[] {
  const title = ctx.article.normalizedTitle;
  if (!title) return [];
  const lexicon = ctx.lexicon.organizations;
  const spans = findOrganizationSpans(getSegmenter().tag(title), title, lexicon);
  return spans.filter((span) => !span.unnamed && !span.localLevel).map((span) => {
    const name = span.name ?? qualifyOrganization(title.slice(span.start, span.end), span.firstToken, ctx.county, lexicon);
    return createMention(ctx, { kind: "Organization", name, surface: "", start: 0, end: 0, sentence: 0, attributes: { category: span.category } });
  });
}
