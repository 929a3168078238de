/**
 * A body speaking of itself is a mention of that body, so the clause it opens
 * involves it in its programmes as if it were named:
 *
 *   桑植县水利局2024年工作总结 … 我局将农村供水保障工程列为…     我局, 本局: the body of that kind the speaker
 *                                                                heads, else the one the headline names
 *   宝丰镇党委2025年工作总结 … 我镇党委…                         我镇, 我镇党委: the township's body it names
 *   ——访如皋市人社局局长陈海燕 … 陈海燕：我们重点实施了…         我们 in the answer of a body's head
 *   县民政局局长王芳介绍：“我们今年新建…”                       我们 in the quoted words of a body's head
 *   泗洪县退役军人事务局2024年工作总结 … 二是深入实施“…计划”     a sentence that leaves its subject out, in
 *                                                                the body's own report or its head's answer
 *
 * A sentence that leaves its subject out gets a mention of no width where
 * the subject would stand, after its list number and opening time word.
 * The mention has no surface: 我局 is no alias of the body. 我们 said by a
 * villager names no body, nor said by a county's leader (县长, 县委书记):
 * that 我们 is the county, which runs the programmes already.
 */
import { isDivisionName } from "../divisions/catalog.js";
import { TOWNSHIP_LEVEL } from "../divisions/local-levels.js";
import type { EntityMention, Sentence } from "../records.js";
import { getSegmenter } from "../segment/segmenter.js";
import type { ExtractContext } from "./context.js";
import { createMention } from "./mention.js";
import { findOrganizationSpans, qualifyOrganization } from "./organization.js";
import { LIST_NUMBERING } from "./layout.js";
import { COUNTY_LEADERSHIP } from "./post-body.js";
import { bodiesHeldBy } from "./relations/posts.js";
import { memoByObject } from "../util/memo-by-object.js";

/** A township's own bodies, after its level, its government first: the order a report of its own speaks for them in. */
const TOWNSHIP_BODIES = ["人民政府", "政府", "办事处", "党委", "党工委"];
/**
 * A body's word for itself, by its kind (我局 → …局); not 我局长 or 本院士. A township speaks of itself by its level,
 * its body printed after it or not (我镇, 我镇党委, 我乡人民政府).
 */
const SELF_BY_KIND = new RegExp(`[我本](?:(局|委|院|中心|厅)(?![长士])|(镇|乡|街道)(${TOWNSHIP_BODIES.join("|")})?)`, "gu");
/** 我们 as a body's subject; 我们村, 我们合作社 name a place or another body. */
const WE = /我们/gu;
/** Tags of the word after 我们 that make it a place or body (村里/s, 合作社/l, 县/ns), not a subject. */
const NOT_A_SUBJECT_AFTER = new Set(["s", "l", "ns", "nt", "nr", "n", "q", "m", "r"]);
/** Words after 我们 the tagger calls nouns that still open what the subject does (我们重点实施了…). */
const ADVERBIAL_NOUNS = new Set(["重点", "主要", "首先", "同时", "今后", "下一步"]);
/** A speaker's label opening an answer: 陈海燕：… */
const SPEAKER_LABEL = /^([^\s：:，,。；;！？“”（(]{1,12})(?:[（(][^（）()]{1,30}[）)])?[：:]/u;
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
  const answers = answerVoices(ctx);
  const voices = [...answers, ...quotedVoices(ctx)];
  let headline: EntityMention[] | undefined;
  // The headline is tagged only when a sentence needs its author (most articles name none).
  let author: { body?: EntityMention; township?: string } | undefined;
  const authorOf = () => (author ??= reportAuthorOrTownship(ctx)).body;
  const mentions: EntityMention[] = [];
  for (const sentence of ctx.sentences) {
    // 今年以来，河包镇坚持…: in a township's own report, the township opening a clause is its body at work.
    const reportedAtLead = sentence.index === 0 && author === undefined ? reportedTownship(ctx) : undefined;
    if (reportedAtLead !== undefined) author = reportAuthorOrTownship(ctx, reportedAtLead);
    const { body: townshipBody, township } = author ?? {};
    if (townshipBody && township) mentions.push(...townshipSubjects(ctx, sentence, township).map((at) => selfMention(ctx, townshipBody, sentence, at, township.length)));
    const voiceAt = (at: number) => voices.find((voice) => voice.start <= at && at < voice.end);
    // 二是深入实施“老兵创业扶持计划”: in a body's own report or its head's answer, a sentence that opens with what
    // is done has that body for its subject.
    const answer = answers.find((voice) => voice.start <= sentence.start && sentence.start < voice.end);
    const subjectAt = subjectlessAt(ctx, sentence);
    const speaking = subjectAt === undefined ? undefined : answer ? soleBody(answer) : authorOf();
    if (speaking && subjectAt !== undefined) mentions.push(selfMention(ctx, speaking, sentence, subjectAt, 0));
    for (const match of sentence.text.matchAll(SELF_BY_KIND)) {
      const at = sentence.start + match.index;
      const ofKind = (body: EntityMention) => (match[1] ? body.name.endsWith(match[1]) : isTownshipBody(body.name, match[2]!, match[3]));
      const spoken = voiceAt(at)?.bodies.filter(ofKind) ?? [];
      const bodies = spoken.length > 0 ? spoken : (headline ??= headlineBodies(ctx)).filter(ofKind);
      if (bodies.length === 1) mentions.push(selfMention(ctx, bodies[0]!, sentence, at, match[0].length));
    }
    for (const match of sentence.text.matchAll(WE)) {
      const at = sentence.start + match.index;
      const voice = voiceAt(at);
      const body = voice ? soleBody(voice) : undefined;
      if (body && opensSubject(ctx, sentence, at + match[0].length)) mentions.push(selfMention(ctx, body, sentence, at, match[0].length));
    }
  }
  return mentions;
}

/** Whether a body is a township's of that level (宝丰镇党委 for 我镇, 我镇党委), of the body printed after the level if any. */
function isTownshipBody(name: string, level: string, body: string | undefined): boolean {
  const at = name.lastIndexOf(level);
  return at > 0 && (body === undefined ? TOWNSHIP_BODY.test(name.slice(at + level.length)) : name.slice(at + level.length) === body);
}

const TOWNSHIP_BODY = new RegExp(`^(?:${TOWNSHIP_BODIES.join("|")})$`, "u");

/**
 * The one body a voice speaks for: its speaker heads one (with its party organ or not), and it is no county's
 * leadership (whose 我们 is the county).
 */
function soleBody(voice: Voice): EntityMention | undefined {
  // 浦城县医保局党组书记、局长: the party group of the bureau the speaker heads is that bureau's, no second body.
  const named = [...new Map(voice.bodies.map((body) => [body.name, body])).values()];
  const bodies = named.filter((body) => !named.some((other) => other !== body && body.name.startsWith(other.name) && PARTY_ORGAN.test(body.name.slice(other.name.length))));
  if (bodies.length !== 1 || COUNTY_LEADERSHIP.test(bodies[0]!.name)) return undefined;
  return bodies[0];
}

/** A body's own party organ, named after it: 党组, 党委, 党支部, 党总支. */
const PARTY_ORGAN = /^(?:党组|党委|党支部|党总支)$/u;

/** What a report's headline prints after its body: 2024年工作总结, 上半年工作汇报, 述职报告. */
const REPORT_AFTER_BODY = /^(?:\d{4}年度?)?(?:上半年|下半年|前三季度|一季度|全年)?(?:工作)?(?:总结|汇报|报告|情况报告|情况汇报|工作要点|述职报告)/u;

/**
 * The body whose own report the article is: its headline is the body, then a report's name (桑植县水利局2024年工作总结),
 * or the body, then what it did, and the lead opens with it too.
 */
function reportAuthor(ctx: ExtractContext): EntityMention | undefined {
  const title = ctx.article.normalizedTitle;
  const [first] = headlineSpans(ctx);
  // 某县政府工作报告: a county's government reports for the county, which runs the programmes already.
  // 罗田|县民政局2024年工作总结: a county's name the tagger read as an everyday word opens the body all the same.
  const opensTitle = first !== undefined && (first.start === 0 || isDivisionName(title.slice(0, first.start + 1)));
  if (!first || !opensTitle || COUNTY_LEADERSHIP.test(first.body.name)) return undefined;
  if (REPORT_AFTER_BODY.test(title.slice(first.end))) return first.body;
  // 县退役军人事务局多措并举推动…, 今年以来，县退役军人事务局…: a report on a body's work, its headline and lead
  // opening with that body, speaks for it as its own report does.
  return leadOpensWith(ctx, first.body.name) ? first.body : undefined;
}

/** The author of a body's own report, else of a township's, with the township's name. */
function reportAuthorOrTownship(ctx: ExtractContext, township = reportedTownship(ctx)): { body?: EntityMention; township?: string } {
  const body = reportAuthor(ctx);
  return body ? { body } : (townshipAuthor(ctx, township) ?? {});
}

/** A township's name opening a headline: 王店镇2024年…, 河包镇：…. */
const TOWNSHIP_AT_START = new RegExp(`^\\p{Script=Han}{1,5}?${TOWNSHIP_LEVEL}`, "u");

/**
 * 王店镇2024年上半年工作总结, 河包镇：“网格+调解”… / 今年以来，河包镇坚持…: a township's own report, or a report on its
 * work whose headline and lead open with it, speaks for the township's government (else its Party committee) as the
 * article or its headline names that body.
 */
function townshipAuthor(ctx: ExtractContext, township: string | undefined): { body: EntityMention; township: string } | undefined {
  if (!township) return undefined;
  const bodies = [...ctx.entities.filter((m) => m.kind === "Organization"), ...headlineBodies(ctx)];
  // Its government first, then its Party committee.
  for (const kind of TOWNSHIP_BODIES) {
    const body = bodies.find((m) => {
      if (!m.name.endsWith(township + kind)) return false;
      const place = m.name.slice(0, m.name.length - township.length - kind.length).replace(/·$/u, "");
      return place === "" || isDivisionName(place);
    });
    if (body) return { body, township };
  }
  return undefined;
}

/** The township whose own report the article is, or whose work its headline and lead open with. */
function reportedTownship(ctx: ExtractContext): string | undefined {
  const title = ctx.article.normalizedTitle;
  const township = TOWNSHIP_AT_START.exec(title)?.[0];
  if (!township) return undefined;
  const own = REPORT_AFTER_BODY.test(title.slice(township.length));
  return own || townshipSubjects(ctx, ctx.sentences[0], township).length > 0 ? township : undefined;
}

/** Where a sentence's lead or a clause of it opens with the township itself as subject (河包镇坚持…, not 河包镇人民政府). */
function townshipSubjects(ctx: ExtractContext, sentence: Sentence | undefined, township: string): number[] {
  if (!sentence) return [];
  const starts: number[] = [];
  const clauses = [0, ...[...sentence.text.matchAll(/[，,；;]/gu)].map((match) => match.index + 1)];
  for (const clause of clauses) {
    const at = clause + OPENING_BEFORE_SUBJECT.exec(sentence.text.slice(clause))![0].length;
    if (!sentence.text.startsWith(township, at)) continue;
    const start = sentence.start + at;
    // 河包镇人民政府将…: the body named in full is a mention already.
    if (ctx.entities.some((m) => m.kind === "Organization" && m.start === start)) continue;
    starts.push(start);
  }
  return starts;
}

/** Whether the article's first sentence opens with the body (after an opening time word at most) as its subject. */
function leadOpensWith(ctx: ExtractContext, name: string): boolean {
  const lead = ctx.sentences[0];
  if (!lead) return false;
  const at = lead.start + OPENING_BEFORE_SUBJECT.exec(lead.text)![0].length;
  return ctx.entities.some((m) => m.kind === "Organization" && m.sentence === lead.index && m.start === at && m.name === name);
}

/** An opening before the subject a sentence leaves out: a time (今年以来，), or a list number (二是, 一、). */
const OPENING_BEFORE_SUBJECT = /^(?:(?:今年以来|去年以来|近年来|\d{4}年|今年|全年|上半年|下半年|年内|同时|此外|另外)[，,]?)?/u;
/** Words that carry on or tell the manner of what is done, before its verb: 同时, 还, 深入, 全面. */
const BEFORE_VERB = /^(?:同时|还|并|又|也)?(?:深入|全面|积极|大力|持续|扎实|着力|率先|创新|同步|继续|重点|先后)?/u;

/**
 * Where a sentence that leaves out its subject would print it, or undefined: after its list number and an
 * opening time word, when what follows is a launch verb (二是|深入实施…, 今年以来，|开展…).
 */
function subjectlessAt(ctx: ExtractContext, sentence: Sentence): number | undefined {
  // 吴海燕：推出…: an answer's label stands before it.
  const labelled = SPEAKER_LABEL.exec(sentence.text)?.[0].length ?? 0;
  const numbered = labelled + (LIST_NUMBERING.exec(sentence.text.slice(labelled))?.[0].length ?? 0);
  const afterNumber = sentence.text.slice(numbered);
  const opening = OPENING_BEFORE_SUBJECT.exec(afterNumber)![0].length;
  const rest = afterNumber.slice(opening);
  const verbAt = BEFORE_VERB.exec(rest)![0].length;
  const { launchVerbs, unquoted } = ctx.lexicon.programmes;
  const verbs = [...launchVerbs, ...unquoted.verbs, ...unquoted.policyVerbs];
  const launches = (at: number) => verbs.some((verb) => rest.startsWith(verb, at));
  const launchesWithin = (phrase: string | undefined, from: number) => phrase !== undefined && [...phrase].some((_, i) => i > from && launches(verbAt + i));
  // 为全县80周岁以上老年人发放高龄津贴: whom it is done for may stand before the verb; 联合县人社局开展…: so may a
  // partner it works with.
  const forWhom = FOR_WHOM.exec(rest.slice(verbAt))?.[0];
  const withPartner = partnerBeforeVerb(ctx.lexicon.participants.partners).exec(rest.slice(verbAt))?.[0];
  const opensWithDoing =
    launches(verbAt) ||
    (launchesWithin(forWhom, 1) && namesWhom(ctx, sentence, sentence.start + numbered + opening + verbAt + 1)) ||
    launchesWithin(withPartner, 3);
  return opensWithDoing ? sentence.start + numbered + opening : undefined;
}

/**
 * A partner a sentence opens with before its verb, as a sentence carrying on its subject does, or a body the subject
 * brings in (联合|县人社局|开展…, 协调|太和农村商业银行|推出…), up to the clause's end.
 */
const partnerBeforeVerb = memoByObject((partners: readonly string[]) => new RegExp(`^(?:${[...partners, "协调"].join("|")})[^，,。；;：:！？]{2,24}`, "u"));

/** Whether the word at `at`, after 为, names whom something is for (为|全县…老年人), not a purpose (为|推进…, 为了…). */
function namesWhom(ctx: ExtractContext, sentence: Sentence, at: number): boolean {
  const word = ctx.taggedTokens(sentence).find((token) => token.start === at);
  return word !== undefined && !/^[vdcpu]/u.test(word.tag ?? "") && word.word !== "了";
}

/** Whom what is done is for, before its verb: 为|全县80周岁以上老年人|发放…, up to the clause's end. */
const FOR_WHOM = /^为[^，,。；;：:！？]{2,18}/u;

function selfMention(ctx: ExtractContext, body: EntityMention, sentence: Sentence, start: number, length: number): EntityMention {
  return createMention(ctx, { kind: "Organization", name: body.name, surface: "", start, end: start + length, sentence: sentence.index, attributes: { ...body.attributes } });
}

/** Whether the word after 我们 (at `end`) goes on with what the subject does, not with a place or body it names. */
function opensSubject(ctx: ExtractContext, sentence: Sentence, end: number): boolean {
  // 我们|会同县/ns|财政局: a partner word the tagger read into a place's name goes on with what the subject does.
  if (ctx.lexicon.participants.partners.some((word) => ctx.article.normalizedText.startsWith(word, end))) return true;
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
    // 陈海燕：, 县民政局局长孙建平：, 发布人（县民政局局长 陈志强）：: the speaker's name ends the label or its bracket,
    // a body and title before it or not.
    const labelEnd = sentence.start + label[0].length - 1;
    const speaker = ctx.entities.find(
      (m) => m.kind === "Person" && m.start >= sentence.start && (m.end === sentence.start + label[1]!.length || m.end === labelEnd - 1),
    );
    // 局长答：, 答：: the answer of the head the headline says was interviewed (——访某县人社局局长陈国栋).
    const bodies = speaker ? headedBy(ctx, speaker.name) : ANSWER_LABEL.test(label[1]!) ? intervieweeBodies(ctx) : [];
    open = speaker || bodies.length > 0 ? { start: sentence.start, end: ctx.article.normalizedText.length, bodies } : undefined;
    if (open) voices.push(open);
  }
  return voices;
}

/** A label that names the answerer by a head's title or not at all: 答, 局长答, 主任答. */
const ANSWER_LABEL = /^\p{Script=Han}{0,4}(?:长|主任|书记|主席)?答$/u;
/** What a headline prints before whom it interviews: ——访…, 专访…. */
const INTERVIEWED = /访/u;

/** The bodies the headline names after 访, the body whose head was interviewed (——访竹山县人社局局长陈国栋). */
function intervieweeBodies(ctx: ExtractContext): EntityMention[] {
  const at = INTERVIEWED.exec(ctx.article.normalizedTitle)?.index;
  return at === undefined ? [] : headlineSpans(ctx).filter((span) => span.start > at).map((span) => span.body);
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
  return headlineSpans(ctx).map((span) => span.body);
}

/** The bodies the headline names, with where the headline prints them. */
const headlineSpans = memoByObject((ctx: ExtractContext): { body: EntityMention; start: number; end: number }[] => {
  const title = ctx.article.normalizedTitle;
  if (!title) return [];
  const lexicon = ctx.lexicon.organizations;
  const spans = findOrganizationSpans(getSegmenter().tag(title), title, lexicon);
  return spans
    .filter((span) => !span.unnamed && !span.localLevel)
    .map((span) => {
      const name = span.name ?? qualifyOrganization(title.slice(span.start, span.end), span.firstToken, ctx.county, lexicon);
      const body = createMention(ctx, { kind: "Organization", name, surface: "", start: 0, end: 0, sentence: 0, attributes: { category: span.category } });
      return { body, start: span.start, end: span.end };
    });
});
