/**
 * Programme INVOLVES Organization, only for organisations the sentence makes
 * participants (data/lexicon/participant-cues.json):
 *
 *   居民委员会、业主委员会…协调运行机制        named inside the programme's name
 *   由县民政局牵头 · 联合县卫健局 · 依托县党校   cue word before / role verb after
 *   县委组织部建立“…”联建机制                  subject opening the clause, programme after it
 *
 * The bodies of one list (县教育局、县总工会和团县委建立…) take part together.
 * A sentence that goes on without a subject of its own (…；同时实施耕地轮作补贴)
 * carries the bodies that opened the sentence before it, in its paragraph. A programme
 * no body launches takes the bodies acting in the next clause (…行动，县教育局选派…).
 *
 * A body that is only mentioned in the sentence — an object (建立儿童之家212个),
 * an honour (入选省委组织部典型案例) — is not involved.
 */
import type { EntityMention, RelationMention, Sentence } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import { memoByObject } from "../../util/memo-by-object.js";
import type { ParticipantCueLexicon } from "../lexicon.js";
import { LIST_NUMBERING } from "../layout.js";
import { COUNTY_LEADERSHIP } from "../post-body.js";
import { clauseStart, isHanAt } from "../text-spans.js";
import { endAfterDefinedShortForm } from "../short-forms.js";
import { coordinatedLists } from "./coordination.js";
import { openingTopic, sectionProgramme } from "./section-programme.js";
import { listsBodiesOnDuty } from "../../ingest/duty-line.js";
import { involvement } from "./involvement.js";
import { creditedOutlet } from "../outlet.js";
import { planDuties } from "./plan-duties.js";

/**
 * @example relateInvolves(ctx).map((r) => `${r.from.name} → ${r.to.name}`) // ["“党建+共富工坊”联建机制 → 安吉县委组织部"]
 */
export function relateInvolves(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const programme of ctx.entities.filter((m) => m.kind === "Programme")) {
    const sentence = ctx.sentences[programme.sentence];
    if (!sentence) continue;
    const participants = participantsOf(ctx, sentence, programme);
    // 县农业农村局、县财政局落实…；同时实施耕地轮作补贴: no subject of its own, the sentence goes on with the last one's.
    // 我局牵头实施…；会同县气象局开展“科技壮苗”行动: a partner opens the sentence, its subject is the last one's too.
    const launchVerbs = ctx.lexicon.programmes.launchVerbs;
    const at = programme.start - sentence.start;
    const carries = participants.length === 0 ? goesOnWithoutSubject(sentence.text, at, launchVerbs) : opensWithPartner(ctx, sentence, at);
    if (carries) participants.push(...carriedSubject(ctx, programme.sentence).filter((o) => !participants.some((p) => p.name === o.name)));
    // 全县幼儿园实施“学前学会普通话”行动，县教育局选派42名辅导员驻园指导: no body launches it, the one that acts for it next does.
    // 在控辍保学方面，县教育局落实…: a programme set as the sentence's topic is what the next clause's subject works on.
    if (participants.length === 0) participants.push(...actingInNextClause(ctx, sentence, programme, isTopicOf(sentence, programme)));
    for (const organization of participants) {
      relations.push(involvement(programme.name, organization.name, programme.sentence, [programme.surface, organization.surface]));
    }
  }
  relations.push(...paragraphDuties(ctx), ...planDuties(ctx));
  return relations;
}

/**
 * The bodies a sentence names, without the outlet its page credits (来源：某区融媒体中心): read from the meta lines
 * and set at the article's start, it takes part in nothing the first sentence launches.
 */
function bodiesIn(ctx: ExtractContext, sentence: number): EntityMention[] {
  const outlet = creditedOutlet(ctx);
  return mentionsIn(ctx, "Organization", sentence).filter((m) => m !== outlet);
}

/** What sets apart the roles of one list: 由X牵头、Y负责…; a comma ends the list's clause. */
const ROLE_LIST_MARK = "、";

/** The label of a document's list of those it is sent to: 抄送：, 主送：, 报送：. */
const SENT_TO = /^(?:抄送|主送|报送|分送|抄报)[：:]/u;

/** 还 right after a body: it does something besides (县卫健委还组织开展…); 也 says it joins in the same work. */
const ALSO_DOES = /^还/u;

/** The centre, which every county answers to: no duty of its own in a county's programme. */
const THE_CENTRE = /^(?:党中央|中央|国务院|全国)/u;

/**
 * 会议原则同意实施“银龄助餐”工程。…会议要求，县民政局负责统筹推进: a sentence that names no programme of its own
 * speaks for the sub-measure of its section or the one its paragraph opens with, and the bodies it makes
 * participants (the subject of a clause, a cue or a role verb) take part in that one.
 */
function paragraphDuties(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const sentence of ctx.sentences) {
    // 牵头单位：县水利局: a plan's line of duty speaks for its task, as `planDuties` reads it; 抄送：县委办，…: a
    // document's list of those it is sent to names no one at work.
    if (mentionsIn(ctx, "Programme", sentence.index).length > 0 || listsBodiesOnDuty(sentence.text) || SENT_TO.test(sentence.text)) continue;
    const topic = bodiesIn(ctx, sentence.index).length > 0 ? sectionProgramme(ctx, sentence.index) : undefined;
    if (!topic) continue;
    // The topic stands for the sentence's object, after all it prints.
    const close = sentence.start + sentence.text.replace(/[。！？!?]+$/u, "").length;
    for (const organization of participantsOf(ctx, sentence, { start: close, end: close })) {
      // A county's party committee or government leads and attends everything: no duty of its own.
      if (COUNTY_LEADERSHIP.test(organization.name) || THE_CENTRE.test(organization.name)) continue;
      // 县卫健委还组织开展…培训: what a body does besides is work of its own, no duty in the paragraph's programme.
      if (ALSO_DOES.test(ctx.article.normalizedText.slice(organization.end, organization.end + 2))) continue;
      relations.push(involvement(topic.name, organization.name, sentence.index, [organization.surface]));
    }
  }
  return relations;
}

/** The bodies of the sentence that take part in what is done at `object`; the bodies of one list (县教育局、县总工会、团县委建立…机制) together. */
function participantsOf(ctx: ExtractContext, sentence: Sentence, object: Pick<EntityMention, "start" | "end">): EntityMention[] {
  const text = ctx.article.normalizedText;
  const places = ["County", "City", "Province"].flatMap((kind) => mentionsIn(ctx, kind as "County", sentence.index));
  const lists = coordinatedLists(text, bodiesIn(ctx, sentence.index));
  return lists.filter((list) => list.some((o) => isParticipant(text, sentence.start, object, o, ctx.lexicon.participants, places))).flat();
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
  // 承接了县妇联“心灵护航”儿童心理关爱项目: a body printed right before a programme's name is the body it belongs to,
  // unless it gives an honour (入选省委组织部“…”典型案例).
  if (organization.end === programme.start && text[programme.start] === "“" && !HONOURED_BY.test(text.slice(Math.max(sentenceStart, organization.start - 4), organization.start))) {
    return true;
  }
  const before = text.slice(Math.max(sentenceStart, organization.start - 3), organization.start);
  if (cues.before.some((cue) => before.endsWith(cue))) return true;
  // 听取了县水利局关于农村供水保障工程推进情况的汇报: a body reporting on a programme's progress is the one running it.
  if (reportsOn(text, organization, programme)) return true;
  // 由县民政局牵头、县财政局保障资金: a body after another's role, in one list of roles, has a role of its own.
  const roleBefore = text.slice(Math.max(sentenceStart, organization.start - 5), organization.start - 1);
  if (text[organization.start - 1] === ROLE_LIST_MARK && cues.after.some((cue) => roleBefore.endsWith(cue))) return true;
  // 县应急管理局、县消防救援大队等部门协同发力: the list's closing 等部门 stands between the body and its role, and so
  // does the short form a body's first mention defines (县住房和城乡建设局（以下简称“县住建局”）会同…).
  const bodyEnd = endAfterDefinedShortForm(text, organization.end);
  const after = text.slice(bodyEnd, bodyEnd + 4 + MAX_LIST_CLOSE).replace(LIST_CLOSE, "").slice(0, 4);
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
  const acting = text.slice(organization.end, programme.start);
  return !/[。！？!?]/.test(acting) && !ATTENDS_MEETING.test(acting) && !INSPECTING_TEAM.test(acting);
}

/** A body's report on a programme, up to the report: 关于…(推进|实施|工作)?情况的汇报. */
const REPORT_ON = /^关于[^，,。；;！？]{2,40}?(?:情况|进展)的(?:汇报|报告)/u;

/** Whether the body's report on the programme (县水利局关于…工程推进情况的汇报) holds the programme's name. */
function reportsOn(text: string, organization: Pick<EntityMention, "end">, programme: Pick<EntityMention, "start" | "end">): boolean {
  const report = REPORT_ON.exec(text.slice(organization.end, organization.end + 60))?.[0];
  return report !== undefined && programme.start > organization.end && programme.end <= organization.end + report.length;
}

/** Words that make the body after them the giver of an honour (入选, 获评, 被…评为): 入选省委组织部“…”典型案例. */
const HONOURED_BY = /(?:入选|获评|评为|授予|获得|荣获|被|受到|得到)$/u;

/** A higher body's team that inspects, oversees or assesses the work (省退役军人事务厅检查组来我市督导…): it runs none of it. */
const INSPECTING_TEAM = /^(?:检查组|督导组|督查组|调研组|考核组|考察组|验收组|暗访组|评估组)/u;

/**
 * A body that attends, chairs or holds a meeting or a press briefing (…出席发布会, 主持会议, 召开新闻发布会，解读…政策)
 * speaks of a programme there, and runs nothing by it.
 */
const ATTENDS_MEETING = /(?:出席|列席|参加|主持)[^，。；！？]{0,10}?(?:会|仪式)|(?:召开|举行|举办)(?:新闻)?发布会/u;

/** What follows a body that is no subject acting: its officials (县教育局局长…, 县民政局负责同志) or 的. */
const NOT_ACTING = /^(?:党组|党委|局长|副|主任|书记|负责人|负责同志|有关负责人|相关负责人|工作人员|干部|同志|的|等)/u;

/**
 * The bodies that open the clause right after the programme's, in its sentence, and act there (…行动，县教育局选派…),
 * when that clause names no programme of its own: what a programme's clause leaves without a subject, they do for it.
 */
function actingInNextClause(ctx: ExtractContext, sentence: Sentence, programme: EntityMention, topic = false): EntityMention[] {
  const text = ctx.article.normalizedText;
  const sentenceEnd = sentence.start + sentence.text.length;
  const nextClause = text.slice(programme.end, sentenceEnd).search(/[，,；;]/u);
  if (nextClause < 0) return [];
  const opening = programme.end + nextClause + 1;
  const clauseEnd = opening + Math.max(0, text.slice(opening, sentenceEnd).search(/[，,；;。！？!?]/u));
  // A clause that launches a programme of its own acts for that one, unless the programme is the sentence's topic.
  if (!topic && mentionsIn(ctx, "Programme", sentence.index).some((p) => p.start >= opening && p.start < clauseEnd)) return [];
  const lists = coordinatedLists(text, bodiesIn(ctx, sentence.index));
  const subject = lists.find((list) => {
    if (list[0]!.start < opening || list[0]!.start >= clauseEnd) return false;
    const lead = text.slice(opening, list[0]!.start);
    return lead === "" || ctx.lexicon.participants.subjectPrefixes.includes(lead);
  });
  if (!subject) return [];
  const after = text.slice(subject.at(-1)!.end).replace(LIST_CLOSE, "");
  return NOT_ACTING.test(after) || !isHanAt(after, 0) ? [] : subject;
}

/** Whether the programme is the topic the sentence opens with (在控辍保学方面，…; 围绕“双减”，…). */
function isTopicOf(sentence: Sentence, programme: EntityMention): boolean {
  const topic = openingTopic(sentence.text);
  return topic !== undefined && programme.start === sentence.start + topic.start && programme.end === sentence.start + topic.end;
}

/** Words that carry a sentence on from the one before: 同时, 此外, 还, 并. */
const CARRYING_ON = /^(?:同时|此外|另外|与此同时|并且|还|并|又|也)[，,]?/u;
/** Manner words a launch verb may follow: 深入实施, 全面推行. */
const MANNER_BEFORE_VERB = /^(?:深入|全面|积极|大力|持续|扎实|着力|率先|创新|同步|专门)?/u;

/**
 * Whether the sentence goes on without a subject of its own to launch the programme at `at`
 * (同时实施…, 还推出…): a word that carries it on, a manner word at most, then a launch verb, and the programme
 * in that first clause.
 */
function goesOnWithoutSubject(sentence: string, at: number, verbs: readonly string[]): boolean {
  const carried = carryingOnLength(sentence, verbs);
  return carried !== undefined && at >= carried && !/[，,；;：:]/u.test(sentence.slice(carried, at));
}

/** What closes a list of bodies before its role: 等, 等部门, 等单位, 等5个部门, 等4家经办银行. */
const LIST_CLOSE = /^等(?:[\d一二三四五六七八九十几多]*[个家所]?(?:部门|单位|成员单位|\p{Script=Han}{0,4}?(?:银行|机构|企业|医院|学校|公司|合作社)))?/u;
const MAX_LIST_CLOSE = 10;

/** A partner word opening a sentence of a left-out subject (会同县气象局开展…, 联合县妇联实施…). */
const partnerOpening = memoByObject((partners: readonly string[]) => new RegExp(`^(?:${partners.join("|")})`, "u"));

/**
 * Whether the sentence opens with a partner (会同县气象局, a list of bodies) and goes on, in that clause, to launch
 * the programme at `at`: the subject it leaves out is the last sentence's.
 */
function opensWithPartner(ctx: ExtractContext, sentence: Sentence, at: number): boolean {
  const cue = partnerOpening(ctx.lexicon.participants.partners).exec(sentence.text)?.[0].length ?? 0;
  if (cue === 0) return false;
  const [partners] = coordinatedLists(ctx.article.normalizedText, bodiesIn(ctx, sentence.index));
  if (!partners || partners[0]!.start !== sentence.start + cue) return false;
  const afterPartners = partners.at(-1)!.end - sentence.start;
  const rest = sentence.text.slice(afterPartners, at);
  return !/[，,；;：:]/u.test(rest) && launchesAfterManner(rest, ctx.lexicon.programmes.launchVerbs);
}

/** Whether the text opens with a launch verb, a manner word at most before it (深入实施, 全面推行). */
function launchesAfterManner(text: string, verbs: readonly string[]): boolean {
  const verbAt = MANNER_BEFORE_VERB.exec(text)![0].length;
  return verbs.some((verb) => text.startsWith(verb, verbAt));
}

/** How many characters carry the sentence on before its launch verb (同时|实施…: 2; 实施…: 0), or undefined when it opens otherwise. */
function carryingOnLength(sentence: string, verbs: readonly string[]): number | undefined {
  const carried = CARRYING_ON.exec(sentence)?.[0].length ?? 0;
  // 对在档困难职工实行…, 为脱贫户发放…: whom it is done for may stand before the verb.
  const forWhom = FOR_WHOM_BEFORE_VERB.exec(sentence.slice(carried))?.[0] ?? "";
  const launchesAt = (from: number) => launchesAfterManner(sentence.slice(from), verbs);
  if (launchesAt(carried)) return carried;
  return [...forWhom].some((_, i) => i >= 3 && launchesAt(carried + i)) ? carried : undefined;
}

/** Whom what is done is for, before its verb: 对|在档困难职工|实行…, 为|脱贫户|发放…, 针对|家政等工种|开展…, up to the clause's end. */
const FOR_WHOM_BEFORE_VERB = /^(?:针对|面向|对|为|向)[^，,。；;：:！？]{2,18}/u;

/** The bodies that open the sentence before `index` in its paragraph (the list its first one heads), or those it carried on with. */
function carriedSubject(ctx: ExtractContext, index: number): EntityMention[] {
  const previous = ctx.sentences[index - 1];
  if (!previous || ctx.layout.paragraphOf[index] !== ctx.layout.paragraphOf[index - 1]) return [];
  const text = ctx.article.normalizedText;
  const lead = (organization: EntityMention) => text.slice(previous.start, organization.start);
  const lists = coordinatedLists(text, bodiesIn(ctx, previous.index));
  const opening = lists.find((list) => {
    const printedLead = lead(list[0]!);
    return printedLead === "" || ctx.lexicon.participants.subjectPrefixes.some((prefix) => printedLead === prefix || printedLead === `${prefix}，`);
  });
  if (opening) return opening;
  return carryingOnLength(previous.text, ctx.lexicon.programmes.launchVerbs) !== undefined ? carriedSubject(ctx, previous.index) : [];
}
