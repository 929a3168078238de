/**
 * Programme recognition: named initiatives, mechanisms, campaigns, platforms,
 * models, projects and brands. Conservative by design — a name must carry a
 * programme head noun (data/lexicon/programmes.json) or be a numbered slogan
 * the county is said to carry out:
 *
 *   “四航”模式 · “和为贵”网格化平台 · “2+1”联系关怀机制   quoted name + head noun
 *   “新新驿站” · “三个机制”                                quoted name ending in a head noun
 *   坚持“四个到位”                                         numbered slogan after a launch verb
 *   建立…居民委员会、业主委员会…协调运行机制               unquoted, only in a lead naming no quoted programme
 *
 * Goals and slogans (“走在前、开新局”, “急难愁盼”) have no head noun and stay out.
 * The extractor also decides the article's main programme and its sub-measures
 * (parallel section headings), recorded in `ctx.programmes`.
 */
import type { EntityMention, Sentence, Token } from "../records.js";
import { getSegmenter } from "../segment/segmenter.js";
import { getBaseLexicon } from "../segment/base-lexicon.js";
import { sentenceAt } from "../divisions/find-mentions.js";
import { TOWNSHIP_LEVEL } from "../divisions/local-levels.js";
import type { ExtractContext } from "./context.js";
import { LIST_NUMBERING } from "./layout.js";
import type { ProgrammeLexicon } from "./lexicon.js";
import { createMention } from "./mention.js";
import { dutyTaskHeadings } from "./programme-duty-task.js";
import {
  activityAfterQuote,
  describedAsNoActivity,
  heldAsConcept,
  followsVerb,
  glossLength,
  launchedByVerb,
  nounPrefixStart,
  QUOTE_JOINER,
  secondObjectOfVerb,
  withNestedQuotes,
} from "./programme-quote-context.js";
import { mergeSameCoreProgrammes, mergeWorkWithItsObject, quotedCore } from "./programme-merge.js";
import { quotesSharingAHead } from "./programme-quote-list.js";
import { tableProgrammes } from "./programme-table.js";
import { referredBackTo } from "./programme-reference.js";
import {
  afterVerbComplement,
  builtAt,
  findUnquotedProgrammes,
  INTEGRATION,
  isDocumentPart,
  joinedName,
  longestHeadAtEnd,
  NAMING_WORK,
  namesNewKind,
  RANKING_VERBS,
  tokensOf,
  workOnHead,
  type LazyTokens,
} from "./programme-unquoted.js";
import { findQuotedSpans, HAN_CHAR, indexesOf, isHanAt, normaliseQuotes, overlaps, type QuotedSpan } from "./text-spans.js";
import { longestFirst, suffixMatcher } from "./word-sets.js";
import { parseChineseNumeral } from "./numbers.js";
import { memoByObject } from "../util/memo-by-object.js";

/** A programme name found in a piece of text (offsets into that text). */
export interface ProgrammeCandidate {
  name: string;
  start: number;
  end: number;
  category: string;
  /** The quoted part, when the name has one. */
  quoted?: string;
  /** An unquoted name with an everyday head (活动, 服务): it counts only when printed twice. */
  needsRecurrence?: boolean;
}

const TAIL_STOPS = new Set(["的", "等", "和", "与", "及", "或", "为"]);
const SENTENCE_STOPS = /[。！？!?]/;

/**
 * Programme names in one piece of text (a sentence or a headline).
 *
 * @example findProgrammeNames("嘉祥县深入开展“以三大促三好”活动", tokens, lexicon)[0]?.name // "“以三大促三好”活动"
 */
export function findProgrammeNames(text: string, tokens: LazyTokens, lexicon: ProgrammeLexicon): ProgrammeCandidate[] {
  // Word ends matter only after a quotation, which most sentences lack.
  let tokenEnds: Set<number> | undefined;
  const endsOfTokens = (): Set<number> => (tokenEnds ??= new Set(tokensOf(tokens).map((t) => t.end)));
  const found: ProgrammeCandidate[] = [];
  let launchedClose = -1;
  const spans = findQuotedSpans(text).flatMap(withNestedQuotes);
  const mayName = (inner: string): boolean =>
    inner.length >= 2 && inner.length <= lexicon.maxQuotedChars && !SENTENCE_STOPS.test(inner) && !lexicon.stopNames.includes(inner);
  for (const span of spans) {
    const inner = span.inner;
    if (!mayName(inner)) continue;
    // 将农村供水保障工程列为全年“一号工程”: the rank a programme is given is no programme of its own.
    if (RANK_GIVEN.test(text.slice(Math.max(0, span.open - 8), span.open))) continue;
    // 开展|人居环境整治|“积分超市”: the nouns between a launch verb and the quote open the name, and the verb launches it.
    const prefixStart = nounPrefixStart(text, span.open, tokens, lexicon.launchVerbs);
    // 组建“巾帼护河队”和“银发宣讲团”, 推进…“三化”利用和“清洁田园”评比: a quote joined to one a verb launched (or to the
    // name it ends) is launched with it.
    const joinedToLaunched =
      launchedClose >= 0 &&
      QUOTE_JOINER.test(text[span.open - 1] ?? "") &&
      (span.open - 1 === launchedClose + 1 || found.some((f) => f.start <= launchedClose && f.end === span.open - 1));
    // （二）“见犊补母”补贴。, 【“安薪行动”】: a numbered or bracketed heading that is a quoted name puts it forward as launched.
    const headsItem = (LIST_NUMBERING.test(text) && text.slice(0, span.open).replace(LIST_NUMBERING, "") === "") || text.slice(0, span.open) === "【";
    // 开展农村人居环境整治提升行动和“五美”庭院创建: a quote joined to the first object of a verb is its second.
    const secondObject = secondObjectOfVerb(text, span.open, lexicon.launchVerbs);
    const launched =
      prefixStart < span.open ||
      headsItem ||
      followsVerb(text, span.open, lexicon.launchVerbs) ||
      // 三、县民政局：“银龄安康”居家养老服务提质扩面: an item a body heads with its programme launches it.
      BODY_HEADS_ITEM.test(text.slice(Math.max(0, span.open - 12), span.open)) ||
      joinedToLaunched ||
      secondObject ||
      // “童伴之家”建设由县民政局、县妇联联合实施: a building a sentence says who runs is under way.
      BUILDING_RUN_BY.test(text.slice(span.close + 1)) ||
      // 把“农村互助幸福院”建设作为重点民生实事: what a county ranks among its work is under way.
      (RANKED_BY.has(text[span.open - 1] ?? "") && RANKED_AFTER_QUOTE.test(text.slice(span.close + 1)));
    launchedClose = launched ? span.close : -1;
    // “三包”（包吃、包住、包基本学习费用）政策: a gloss in brackets may stand between the quote and its head.
    const headFrom = span.close + 1 + glossLength(text, span.close + 1);
    const tail = headAfterQuote(text, headFrom, endsOfTokens(), lexicon, launched);
    const quotedName = `“${inner}”`;
    // “共富工坊”, “河长制”: a programme known by name is one node whether the report quotes it or not, and an event
    // of a campaign (“春风行动”专场招聘会) is that campaign; a policy under it (“雨露计划”职业教育补助) is one of its own.
    // A campaign under a programme of another kind (“医养结合”专项行动) is a campaign of its own.
    const namedCategory = lexicon.namedProgrammes[inner];
    const named = !tail || (tail.category === "campaign" && namedCategory === "campaign") ? namedCategory : undefined;
    if (named) {
      found.push({ name: inner, start: span.open, end: span.close + 1, category: named, quoted: inner });
      continue;
    }
    const prefix = text.slice(prefixStart, span.open);
    // 农村“幸福院”建设: a quoted head word alone names no kind by its head; it is read as any quoted name is.
    const headWord = longestHeadAtEnd(inner, inner.length, lexicon);
    const innerHead = headWord !== undefined && headWord.length < inner.length ? headWord : undefined;
    // “兵创贷”金融产品, “工坊贷”专属信贷: a quoted service that ends in its head (a loan, an insurance) is named whole,
    // and a service's description after it says what it is. Campaigns and mechanisms go on to name a programme under
    // them (“居民议事会”制度, “…大整治”百日攻坚行动), and so does a head of another kind (“幸福食堂”工程).
    if (tail?.category === SERVICE && innerHead !== undefined && lexicon.heads[innerHead] === SERVICE) {
      found.push({ name: prefix + quotedName, start: prefixStart, end: span.close + 1, category: tail.category, quoted: inner });
      continue;
    }
    if (tail) {
      // “以水灭火”系统建设: the building of a system or platform is the programme, named with it.
      const tailHead = longestHeadAtEnd(tail.text, tail.text.length, lexicon);
      const built = tailHead ? builtAt(text, headFrom + tail.text.length, tailHead, lexicon) : undefined;
      const end = built ?? headFrom + tail.text.length;
      found.push({ name: prefix + quotedName + text.slice(headFrom, end), start: prefixStart, end, category: tail.category, quoted: inner });
      // 实施“黔归创业”计划和农村劳动力转移就业提质行动: a second object of the verb, named without quotes.
      const joined = launched ? joinedName(text, end, tokens, lexicon) : undefined;
      if (joined) found.push(joined);
      continue;
    }
    // “链长制”: a chief system is named as the chief-system rule names it, quoted or not.
    if (inner.endsWith(lexicon.chiefSystem.suffix)) continue;
    // “贷款+保险”: a formula whose last term is a head word names no programme of that head.
    const formulaTerm = inner[inner.length - (innerHead?.length ?? 0) - 1] === "+";
    // “城乡一体化”理念, “茶旅一体化”发展战略: a name held as a concept is none.
    const concept = heldAsConcept(text, span.close + 1);
    // 农村垃圾“全域一体化”保洁: an integration says how the work after it is done; that work is the programme.
    const integratedWork = innerHead === INTEGRATION && launched ? activityAfterQuote(text, span.close + 1, tokens) : undefined;
    if (integratedWork !== undefined) {
      found.push({ name: prefix + quotedName + text.slice(span.close + 1, integratedWork), start: prefixStart, end: integratedWork, category: "initiative", quoted: inner });
      continue;
    }
    // “全域一体化”保洁/a: an integration before other words, which name no activity the tagger knows, names none alone.
    if (innerHead === INTEGRATION && isHanAt(text, span.close + 1)) continue;
    if (innerHead && inner.length >= innerHead.length + 2 && !formulaTerm && !concept && (launched || !lexicon.weakHeads.includes(innerHead))) {
      // “暖心驿站”建设: the building of a platform is the programme, named with it.
      const built = builtAt(text, span.close + 1, innerHead, lexicon);
      const end = built ?? span.close + 1;
      found.push({ name: prefix + quotedName + text.slice(span.close + 1, end), start: prefixStart, end, category: lexicon.heads[innerHead]!, quoted: inner });
      continue;
    }
    // 开展“爱心妈妈”结对帮扶, 推进秸秆“五化”利用: the activity a verb launches under a quoted name, the object's last
    // words, is the programme, named with its opening nouns and the quote; a quoted manner (开展“拉网式”隐患排查,
    // “一对一”帮扶指导) says how the work is done, and names none.
    const activityEnd =
      (joinedToLaunched || secondObject || launchedByVerb(text, span.open, prefixStart, lexicon)) &&
      !innerHead &&
      !QUOTED_MANNER.test(inner) &&
      !QUOTED_BUILDING.test(text.slice(span.close + 1))
        ? activityAfterQuote(text, span.close + 1, tokens)
        : undefined;
    if (activityEnd !== undefined) {
      found.push({ name: prefix + quotedName + text.slice(span.close + 1, activityEnd), start: prefixStart, end: activityEnd, category: "initiative", quoted: inner });
      continue;
    }
    const numbered = isNumberedSlogan(inner, lexicon);
    if (numbered && followsVerb(text, span.open, lexicon.numberedSloganVerbs) && !describedAsNoActivity(text, span.close + 1)) {
      found.push({ name: quotedName, start: span.open, end: span.close + 1, category: "initiative", quoted: inner });
      continue;
    }
    // 基本医保、大病保险、医疗救助“三重保障”: a numbered slogan right after as many listed items names what they make up.
    if (numbered && sumsUpList(text, span.open, inner) && !describedAsNoActivity(text, span.close + 1)) {
      found.push({ name: quotedName, start: span.open, end: span.close + 1, category: "initiative", quoted: inner });
      continue;
    }
    // 落实“瓶改管”, 推进“煤改电”: a conversion a county launches (one thing changed into another) is a programme by the
    // shape of its name alone (an integration, “托幼一体化”, ends in its head 一体化).
    if (launched && QUOTED_CONVERSION.test(inner) && !describedAsNoActivity(text, span.close + 1)) {
      found.push({ name: quotedName, start: span.open, end: span.close + 1, category: "project", quoted: inner });
      continue;
    }
    // 小麦“一喷三防”由县农业农村局牵头: a quoted name a sentence says who runs is a programme.
    if (!innerHead && RUN_BY.test(text.slice(span.close + 1))) {
      found.push({ name: quotedName, start: span.open, end: span.close + 1, category: "initiative", quoted: inner });
      continue;
    }
    // 开展“红十字人道救助”，开通“学生专线”14条: a quoted name a naming verb sets up right before it, and that ends the
    // object, is what the verb sets up.
    // 开通农民工欠薪法律援助“绿色通道”: named with the nouns between the verb and the quote.
    if (!innerHead && !QUOTED_MANNER.test(inner) && !ONE_FOR_EACH.test(inner) && namedBareByVerb(text, span, prefixStart, lexicon)) {
      found.push({ name: prefix + quotedName, start: prefixStart, end: span.close + 1, category: "initiative", quoted: inner });
      continue;
    }
    // 研究部署“五好两宜”和美乡村建设工作, 推进“健康紫阳”建设: what a county launches the building of is a programme,
    // named with its building.
    const building = launched && !innerHead ? QUOTED_BUILDING.exec(text.slice(span.close + 1)) : null;
    if (building) {
      const end = span.close + 1 + building[1]!.length;
      found.push({ name: prefix + quotedName + text.slice(span.close + 1, end), start: prefixStart, end, category: "project", quoted: inner });
    }
  }
  const listed = quotesSharingAHead(
    text,
    spans,
    found,
    endsOfTokens,
    lexicon,
    (inner) => mayName(inner) && !QUOTED_MANNER.test(inner),
    (open) => nounPrefixStart(text, open, tokens, lexicon.launchVerbs),
  );
  // A list one rectification governs is one name, in place of its last quote's.
  for (const candidate of listed) {
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.start >= candidate.start && found[i]!.end <= candidate.end) found.splice(i, 1);
    found.push(candidate);
  }
  const unquoted = findUnquotedProgrammes(text, tokens, lexicon);
  // Longest first: a national name inside a longer one (稳岗返还 in 失业保险稳岗返还) is part of it.
  for (const name of namedProgrammeNames(lexicon)) {
    const category = lexicon.namedProgrammes[name]!;
    for (const start of indexesOf(text, name)) {
      const candidate = { name, start, end: start + name.length, category };
      // 返乡创业担保贷款|贴息政策: a national programme's name that goes on to name another programme is part of it;
      // one qualified before it (城镇|老旧小区改造, 乡村|公益性岗位) is the same programme, named as the nation names it.
      // A head alone after it (农村危房改造|工程) names it again.
      // 农村低保户, 临时救助对象: a programme's name opening a group's names the people it serves, not the programme.
      if (GROUP_AFTER_NAME.test(text.slice(candidate.end, candidate.end + 2))) continue;
      const goesOn = unquoted.some((u) => u.start <= candidate.start && u.end > candidate.end && lexicon.heads[text.slice(candidate.end, u.end)] === undefined);
      if (goesOn || found.some((f) => overlaps(f, candidate))) continue;
      found.push(candidate);
      // 实施城乡供水一体化和农村供水保障工程: a second object of the verb that launched it, named without quotes.
      const joined = followsVerb(text, candidate.start, lexicon.launchVerbs) ? joinedName(text, candidate.end, tokens, lexicon) : undefined;
      if (joined && !found.some((f) => overlaps(f, joined))) found.push(joined);
    }
  }
  for (const candidate of unquoted) {
    // 《…村级集体经济“强村富民”三年行动方案》: a plan's name holding a quoted name in full is the programme's whole name.
    const held = found.filter((f) => overlaps(f, candidate));
    if (candidate.name.includes("“") && held.every((f) => f.start >= candidate.start && f.end <= candidate.end)) {
      for (const f of held) found.splice(found.indexOf(f), 1);
    }
    if (!found.some((f) => overlaps(f, candidate))) found.push(candidate);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The modifier + head noun right after a closing quote (网格化平台, 工作机制), if any.
 * A weak head (服务, 站) counts only after a launch verb and yields to a
 * stronger head right behind it (“红色物业”服务品牌 is a 品牌).
 */
function headAfterQuote(
  text: string,
  from: number,
  tokenEnds: Set<number>,
  lexicon: ProgrammeLexicon,
  launched: boolean,
): { text: string; category: string } | undefined {
  const maxHead = Math.max(...Object.keys(lexicon.heads).map((h) => h.length));
  let weak: { text: string; category: string } | undefined;
  let end = from;
  // “智慧养老”APP平台: a modifier may hold Latin letters (APP, O2O, 5G's G).
  while (end < text.length && end - from < lexicon.maxModifierChars + maxHead && (isHanAt(text, end) || LATIN.test(text[end]!)) && !TAIL_STOPS.has(text[end]!)) end++;
  for (let stop = from + 1; stop <= end; stop++) {
    if (!tokenEnds.has(stop)) continue;
    const head = longestHeadAtEnd(text, stop, lexicon);
    if (!head || lexicon.insideQuotesOnly.includes(head)) continue;
    const tail = text.slice(from, stop);
    const modifier = tail.slice(0, tail.length - head.length);
    if (modifier.length > lexicon.maxModifierChars) return weak;
    // “党建+”提升服务效能 goes on with a verb; in “生态茶园”提升工程 the word names the kind of work, right before its head.
    if (lexicon.modifierBreakers.some((word) => modifier.startsWith(word)) && !NAMING_WORK.has(modifier)) return weak;
    // 按照“一小区一方案”推进|改造: a head the tagger reads as a verb is what the verb before it does, no kind of work.
    if (NAMING_WORK.has(modifier) && getBaseLexicon().tag(head) === VERB_TAG) return weak;
    if (lexicon.weakHeads.includes(head)) {
      weak ??= launched ? { text: tail, category: lexicon.heads[head]! } : undefined;
      continue;
    }
    // “徐闻菠萝”品牌|提升行动, “山里人家”民宿改造|计划: a head followed at once by a head of its own, or by the kind
    // of work done on it and a head, names that work.
    const work = workOnHead(text, stop, tokenEnds, lexicon);
    return work ? { text: text.slice(from, work.end), category: work.category } : { text: tail, category: lexicon.heads[head]! };
  }
  return weak;
}

const LATIN = /[A-Za-z]/u;

/** The tag of a word of doing alone (推进/v), not a noun of doing (行动/vn). */
const VERB_TAG = "v";

/** Quoted words of manner: how thoroughly, closely or by what pattern work is done (“拉网式”, “一对一”, “全覆盖”). */
const QUOTED_MANNER = /^(?:\p{Script=Han}{1,4}式|一对一|点对点|面对面|手把手|全覆盖|零距离|全天候|全方位|无死角|全链条)$/u;
/** One of a thing for each person, household or case (“一人一案”, “一户一策”): how work is fitted to each, named alone. */
const ONE_FOR_EACH = /^一\p{Script=Han}一\p{Script=Han}$/u;

/** A body's name and a colon right before a quotation: the body an item of a bulletin is about (县民政局：“…”). */
const BODY_HEADS_ITEM = /(?:局|委|办|联|院|中心|政府|会)[：:]$/u;

/** Who runs the quoted thing, right after it or in the next clause: 由县农业农村局牵头, “交邮融合”，由邮政分公司负责…. */
const RUN_BY = /^[，,]?由[^，,。；;：:]{2,30}?(?:牵头|负责|实施|承办|组织)/u;
/** The words that take what a county ranks as their object: 把…作为, 将…列为. */
const RANKED_BY = new Set(["把", "将"]);
/** What follows a quoted thing a county ranks (把“…”建设作为…, 将“…”列为…): its building at most, then the ranking verb. */
const RANKED_AFTER_QUOTE = new RegExp(`^(?:\\p{Script=Han}{0,6}?建设)?${RANKING_VERBS}`, "u");
/** A quoted thing's building, then who runs it: “童伴之家”建设由…. */
const BUILDING_RUN_BY = /^\p{Script=Han}{0,6}?建设由/u;
/** The building a quoted name's thing undergoes, a field of up to six characters before it: 和美乡村|建设, |建设. */
const QUOTED_BUILDING = /^(\p{Script=Han}{0,6}?建设)/u;
/** Words after a programme's name that make it a group of people: 低保|户, 临时救助|对象, 低保|边缘家庭, 群测群防|员. */
const GROUP_AFTER_NAME = /^(?:户|对象|人员|家庭|人口|边缘|员)/u;
/** The category of the services a county offers (a loan, an insurance, a service), whose names a description may follow. */
const SERVICE = "service";
/** A conversion's name: what is changed, 改, what it becomes (煤改气, 瓶改管, 旱厕改水厕). */
const QUOTED_CONVERSION = /^\p{Script=Han}{1,3}改\p{Script=Han}{1,3}$/u;

/** What gives an object a rank or label before a quotation: 列为全年“一号工程”, 作为“头号工程”, 定为“重点工程”. */
const RANK_GIVEN = new RegExp(`${RANKING_VERBS}(?:全年|全县|今年|年度|全市|全区)?$`, "u");

/** The national programmes' names, longest first (made once per lexicon). */
const namedProgrammeNames = memoByObject((lexicon: ProgrammeLexicon) => longestFirst(Object.keys(lexicon.namedProgrammes)));

/** What may end the object right after a bare quoted name: the clause's end, a figure (开通“学生专线”14条), a second object. */
const BARE_OBJECT_END = /^(?:[，,；;。！？!?、）)]|[和及与]|\d|$)/u;

/**
 * Whether a verb that sets something up (`namingVerbs`: 开展, 举办, 开通, 设立) stands right before the quotation or the
 * nouns opening its name (`prefixStart`), and the quotation ends its object: 开展“红十字人道救助”，, 开通农民工欠薪法律援助
 * “绿色通道”，, not 推进“交邮融合”发展 or 坚持“两山”理念.
 */
function namedBareByVerb(text: string, span: QuotedSpan, prefixStart: number, lexicon: ProgrammeLexicon): boolean {
  if (span.inner.length < 3 || !/^[\p{Script=Han}·]+$/u.test(span.inner)) return false;
  if (!BARE_OBJECT_END.test(text.slice(span.close + 1, span.close + 2))) return false;
  const before = text.slice(Math.max(0, prefixStart - 4), prefixStart).replace(/了$/u, "");
  return lexicon.namingVerbs.some((verb) => before.endsWith(verb));
}

/**
 * Whether the numbered slogan at `open` follows, in its clause, a list of as many items joined by 、 as its numeral
 * counts (农户自主申报、基层干部排查、部门筛查预警“三线监测”): the slogan names what the listed items make up.
 */
function sumsUpList(text: string, open: number, inner: string): boolean {
  const count = parseChineseNumeral(inner[0]!);
  if (count === undefined) return false;
  const clause = text.slice(0, open).split(/[，,；;：:。！？!?“”]/u).at(-1) ?? "";
  const items = clause.split("、");
  // The first item may carry the clause's subject and verb (县医保局全面落实基本医保、…); the others are items alone.
  return items.length === count && items[0]!.length >= 2 && items.slice(1).every((item) => item.length >= 2 && item.length <= 12);
}

function isNumberedSlogan(inner: string, lexicon: ProgrammeLexicon): boolean {
  return inner.length <= 8 && lexicon.numerals.includes(inner[0]!) && /^\p{Script=Han}+$/u.test(inner);
}

/** Unquoted mechanism the lead says the county set up: 建立…居民委员会、业主委员会…协调运行机制. */
function findUnquotedLeadProgramme(sentence: Sentence, tokens: readonly Token[], lexicon: ProgrammeLexicon): ProgrammeCandidate | undefined {
  const text = sentence.text;
  const tokenEnds = new Set(tokens.map((t) => t.end - sentence.start));
  for (const verb of lexicon.launchVerbs) {
    for (const at of indexesOf(text, verb)) {
      const from = afterVerbComplement(text, at + verb.length);
      const window = text.slice(from, from + 40).split(/[，,；;：:。！？“”"]/)[0]!;
      for (let stop = window.length; stop > 0; stop--) {
        const head = lexicon.unquotedLeadHeads.find((h) => window.startsWith(h, stop - h.length));
        if (!head || !tokenEnds.has(from + stop)) continue;
        const phrase = window.slice(0, stop);
        const nameStart = phrase.lastIndexOf("的") + 1;
        const name = phrase.slice(nameStart);
        if (name.length < head.length + 4) break;
        if (namesNewKind(text, from + stop - head.length)) break;
        // 持续推进养老托育服务体系建设: the building of a system is the programme, named with it; 创建省级县域商业体系|建设示范县
        // goes on past the building, and names no system.
        const built = builtAt(text, from + stop, head, lexicon);
        if (built !== undefined && !/^[，,；;。！？!?]|^$/u.test(text.slice(built, built + 1))) continue;
        if (built === undefined && lexicon.unquoted.workOn.some((work) => text.startsWith(work, from + stop))) continue;
        const end = built ?? from + stop;
        return { name: text.slice(from + nameStart, end), start: from + nameStart, end, category: lexicon.heads[head] ?? "mechanism" };
      }
    }
  }
  return undefined;
}

/**
 * Extracts programme mentions and fills `ctx.programmes` (main programme, sub-measures).
 *
 * @example
 * extractProgrammes(ctx).map((m) => m.name) // ["“四航”模式", …, "夯实党建领航根基"]
 * ctx.programmes.main?.name // "“四航”模式"
 */
export function extractProgrammes(ctx: ExtractContext): EntityMention[] {
  const lexicon = ctx.lexicon.programmes;
  const mentions: EntityMention[] = [];
  const add = (candidate: ProgrammeCandidate, sentence: Sentence): EntityMention => {
    const start = sentence.start + candidate.start;
    const end = sentence.start + candidate.end;
    const mention = createMention(ctx, {
      kind: "Programme",
      name: normaliseQuotes(candidate.name),
      start,
      end,
      sentence: sentence.index,
      attributes: { category: candidate.category },
    });
    mentions.push(mention);
    return mention;
  };

  const printed = `${normaliseQuotes(ctx.article.normalizedTitle)}\n${ctx.article.normalizedText}`;
  for (const sentence of ctx.sentences) {
    for (const candidate of findProgrammeNames(sentence.text, relativeTokens(ctx.tokens(sentence), sentence.start), lexicon)) {
      // 开展非遗进校园活动，此项活动已覆盖…: a name referred back to is printed as a programme's, as one printed twice is.
      const recurs = () =>
        indexesOf(printed, candidate.name).length >= 2 ||
        lexicon.unquoted.recurringHeads.some(
          (head) => candidate.name.endsWith(head) && referredBackTo(ctx, sentence, sentence.start + candidate.end, head),
        );
      if (candidate.needsRecurrence && !recurs()) continue;
      add(candidate, sentence);
    }
  }

  // 1 城乡供水管网改造 改造…86公里 市水务局: the cell under a table's column of names is a programme.
  for (const candidate of tableProgrammes(ctx.article.normalizedText, lexicon)) {
    const sentence = sentenceAt(ctx.sentences, candidate.start);
    if (!sentence || mentions.some((m) => overlaps(m, candidate))) continue;
    add({ ...candidate, start: candidate.start - sentence.start, end: candidate.end - sentence.start }, sentence);
  }

  // 一、老年助餐服务。…牵头单位：县民政局。: a task a body leads is a programme, named by its heading.
  for (const task of dutyTaskHeadings(ctx, mentions, lexicon)) {
    add({ name: task.name, start: task.start - task.sentence.start, end: task.end - task.sentence.start, category: "project" }, task.sentence);
  }

  mentions.push(...headlineConfirmedNames(ctx, mentions));

  const lead = ctx.layout.paragraphs[0] ?? [];
  // Found only as the object of a launch verb (建立…协调运行机制): what the lead launches.
  let launchedInLead: EntityMention | undefined;
  if (!mentions.some((m) => lead.includes(m.sentence))) {
    for (const index of lead) {
      const sentence = ctx.sentences[index]!;
      const candidate = findUnquotedLeadProgramme(sentence, ctx.tokens(sentence), lexicon);
      if (candidate) {
        launchedInLead = add(candidate, sentence);
        break;
      }
    }
  }

  const titleMentions = headlineProgrammes(ctx, mentions);
  mentions.push(...titleMentions);
  mergeSameCoreProgrammes(mentions, (core) => longestHeadAtEnd(core, core.length, lexicon) !== undefined);
  mergeWorkWithItsObject(mentions, lexicon.unquoted.workOn);
  const chosen = chooseMainProgramme(ctx, mentions, titleMentions, launchedInLead);
  // Items that each name a programme of their own (2.县人社局开展“春风行动”…; 3.县住建局启动老旧小区改造…): when a
  // heading names the lead's programme again, the lead listed the items (本期要目), and no programme is over them.
  const amongHeadings = (programme: EntityMention) =>
    ctx.layout.headings.some((index) => index !== programme.sentence && mentions.some((m) => m.sentence === index && m.name === programme.name));
  const main = chosen.main && !amongHeadings(chosen.main) && !isDigestOfBodies(ctx) ? chosen.main : undefined;
  const anchored = main !== undefined && chosen.anchored;
  ctx.programmes.main = main;
  for (const index of ctx.layout.headings) {
    // A heading that names a programme of its own (一、教育惠民工程) opens that programme's section.
    const named = mentions.find((mention) => mention.sentence === index && mention !== main);
    if (named) ctx.programmes.measures.push(named);
  }
  // Headings are the measures of the programme the report is about, not of one its lead merely names
  // among other figures (过去一年…完成农村危房改造1260户 over a work report's sections), nor of a national
  // programme every county carries out (四好农村路: 补齐路网短板, 筑牢安全防线 say how the county does it, and
  // name no part of it); a model of the county's own has them when its name counts its parts (“四个到位”:
  // 思想引领到位, 待遇落实到位…). Under any other name a heading titles a section of the report (建好路，打通产业
  // “连心路”; 精准帮扶暖人心), and names no programme.
  if (main && anchored && lexicon.namedProgrammes[main.name] === undefined) {
    const countedParts = countsItsParts(main.name, lexicon);
    for (const index of ctx.layout.headings) {
      if (ctx.programmes.measures.some((measure) => measure.sentence === index)) continue;
      const sentence = ctx.sentences[index]!;
      // 一、做强特色种养 / 一是完善养老服务网络 / （二）…: the list number is no part of the measure's name.
      const numbering = LIST_NUMBERING.exec(sentence.text)?.[0].length ?? 0;
      const heading = normaliseQuotes(sentence.text.slice(numbering).replace(/[。！!]$/, ""));
      if (!heading || heading === main.name || isDocumentPart(heading, lexicon.documentHeadings) || statesOutcome(heading, main.name)) continue;
      // （三）普通高中国家助学金, 十、城区智慧停车建设: a heading that is a programme's name is a part whatever its whole is called.
      if (!countedParts && !namesProgrammeAlone(heading, lexicon)) continue;
      // 某县…提升行动实施方案: the plan's own title printed as a heading; （二）强化资金保障 under 三、保障措施: how the plan
      // is carried out, no measure of it.
      if (PLAN_TITLE.test(heading) || underSupportPart(ctx, index, lexicon.documentHeadings)) continue;
      // （二）组建“老兵创业导师团”: a heading that launches a named thing is that thing.
      const verb = launchedObjectAt(heading, lexicon);
      const name = heading.slice(verb);
      const measure = createMention(ctx, {
        kind: "Programme",
        name,
        start: sentence.start + numbering + verb,
        end: sentence.start + numbering + verb + name.length,
        sentence: index,
        attributes: { category: "measure" },
      });
      mentions.push(measure);
      ctx.programmes.measures.push(measure);
    }
  }
  return mentions;
}

/** An item led by the body it reports on, after its number: 县人社局开展…, 市医保局：…, 城关镇… */
const BODY_LEADS_ITEM = new RegExp(
  `^(?:[县市区旗]\\p{Script=Han}{1,10}?(?:局|委|办|中心|院|会|部|联)|\\p{Script=Han}{1,6}${TOWNSHIP_LEVEL}(?!\\p{Script=Han}{0,2}[工作]))[：:，,]?`,
  "u",
);

/**
 * Whether the article is a digest of items each led by a body of its own (1.县农业农村局推进…；2.县人社局开展…),
 * as a government's 政务信息 prints them: its items are reports side by side, none a measure of another's programme.
 */
function isDigestOfBodies(ctx: ExtractContext): boolean {
  const first = ctx.layout.paragraphs[0]?.[0];
  const items = [...(first !== undefined ? [first] : []), ...ctx.layout.headings.filter((index) => index !== first)];
  const led = items.filter((index) => {
    const text = ctx.sentences[index]!.text;
    const numbering = LIST_NUMBERING.exec(text)?.[0].length ?? 0;
    return numbering > 0 && BODY_LEADS_ITEM.test(text.slice(numbering));
  });
  return led.length >= 2;
}

/**
 * A quoted name without head noun (“童心港湾”) is a programme when the
 * headline quotes it too and the body launches it (开设“童心港湾”): the
 * headline confirms it is what the report is about.
 */
function headlineConfirmedNames(ctx: ExtractContext, found: EntityMention[]): EntityMention[] {
  const title = normaliseQuotes(ctx.article.normalizedTitle);
  const titleQuotes = new Set(findQuotedSpans(title).map((q) => q.inner));
  const lexicon = ctx.lexicon.programmes;
  const mentions: EntityMention[] = [];
  for (const sentence of ctx.sentences) {
    for (const quote of findQuotedSpans(sentence.text)) {
      if (quote.inner.length < 2 || quote.inner.length > lexicon.maxQuotedChars || !titleQuotes.has(normaliseQuotes(quote.inner))) continue;
      if (lexicon.stopNames.includes(quote.inner) || !followsVerb(sentence.text, quote.open, lexicon.launchVerbs)) continue;
      // The name must stand alone as the object: 打造“积极老龄”新格局 launches a 格局 (a goal), not “积极老龄”.
      const next = sentence.text[quote.close + 1] ?? "";
      if (HAN_CHAR.test(next) && !"和与及等".includes(next)) continue;
      const span = { start: sentence.start + quote.open, end: sentence.start + quote.close + 1 };
      if ([...found, ...mentions].some((m) => overlaps(m, span))) continue;
      mentions.push(
        createMention(ctx, {
          kind: "Programme",
          name: `“${normaliseQuotes(quote.inner)}”`,
          ...span,
          sentence: sentence.index,
          attributes: { category: "initiative" },
        }),
      );
    }
  }
  return mentions;
}

/** A count in a model's name: a numeral of the lexicon's (“四个到位”, “三抓三促”, 十件民生实事) or a number (“1+N”), not a year (2024年…). */
const countInName = memoByObject((lexicon: ProgrammeLexicon) => new RegExp(`[${lexicon.numerals}]|(?<!\\d)\\d{1,2}(?!\\d)`, "u"));

/** Whether the programme's name counts its parts, which the report's headings then name one by one. */
function countsItsParts(name: string, lexicon: ProgrammeLexicon): boolean {
  return countInName(lexicon).test(name);
}

/** Endings of a programme's name: its heads, the work done on it (建设, 改造) and the benefits it pays (助学金, 补贴). */
const programmeNameEndings = memoByObject((lexicon: ProgrammeLexicon) =>
  suffixMatcher([...Object.keys(lexicon.heads), ...lexicon.unquoted.heads, ...lexicon.unquoted.workOn, ...Object.keys(lexicon.unquoted.ownHeads)]),
);

/** Whether a heading, whole, is a programme's name (城区智慧停车建设), not a clause or slogan (建好路，打通产业“连心路”). */
function namesProgrammeAlone(heading: string, lexicon: ProgrammeLexicon): boolean {
  return !/[，,、：:；;\s“”"]/u.test(heading) && programmeNameEndings(lexicon)(heading) !== undefined;
}

/** A plan's or document's title printed as a heading: …实施方案, …工作方案, …办法. */
const PLAN_TITLE = /(?:实施方案|工作方案|行动方案|推进方案|规划|办法|实施意见)$/u;
/** A top-level heading's number: 一、 二、 …; the items under it are numbered （一） or 1. */
const TOP_LEVEL_NUMBER = /^[一二三四五六七八九十]+、/u;
/** Parts of a plan or summary whose items say how it is carried out, applied for or what went wrong, not what it does. */
const SUPPORT_PART = /(?:保障措施|保障|工作要求|要求|组织领导|问题|不足|原则|流程|程序|事项|建议|意见|打算|下一步工作)$/u;

/** Whether the heading is an item of a top-level part that says how the plan is carried out (三、保障措施 / （一）强化资金保障). */
function underSupportPart(ctx: ExtractContext, index: number, parts: ProgrammeLexicon["documentHeadings"]): boolean {
  if (TOP_LEVEL_NUMBER.test(ctx.sentences[index]!.text)) return false;
  for (let i = index - 1; i >= 0; i--) {
    const text = ctx.sentences[i]!.text;
    const top = TOP_LEVEL_NUMBER.exec(text);
    if (!top) continue;
    const part = text.slice(top[0].length).replace(/[。：:]$/u, "");
    return isDocumentPart(part, parts) && SUPPORT_PART.test(part);
  }
  return false;
}

/**
 * Where the thing a heading launches starts, after its verb, when it is a quoted name or ends in a head
 * (组建|“老兵创业导师团”, 打造|区域公用品牌); else 0: the heading says what was done (做强特色种养, 开展消费帮扶).
 */
function launchedObjectAt(heading: string, lexicon: ProgrammeLexicon): number {
  const verb = [...lexicon.launchVerbs, ...lexicon.unquoted.verbs].filter((word) => heading.startsWith(word)).sort((a, b) => b.length - a.length)[0];
  if (!verb) return 0;
  const rest = heading.slice(verb.length);
  const quoted = /^“[^”]+”\p{Script=Han}*$/u.test(rest);
  const headed = rest.length >= 4 && /^\p{Script=Han}+$/u.test(rest) && longestHeadAtEnd(rest, rest.length, lexicon) !== undefined;
  return quoted || headed ? verb.length : 0;
}

/**
 * A year-end summary's headings state how a field of work went (就业创业扎实推进, 优抚政策落实到位, 服务体系不断健全,
 * 权益维护有力有效, 产业链延伸让大豆增值): a manner or degree word before the closing verb, a state reached, or what
 * the work made happen. Such a heading reports an outcome; it is no measure, unless it repeats the word of the
 * slogan it is part of.
 */
const OUTCOME_HEADING = /(?:扎实|不断|持续|全面|稳步|同步|有力|显著|明显|进一步|加快|日益|逐步|切实|更加|有序|深入)\p{Script=Han}{2}$|(?:到位|有效|见效|倍增|增效|向好|凸显|彰显)$|[让使]\p{Script=Han}{2,}/u;

function statesOutcome(heading: string, main: string): boolean {
  // 思想引领到位 under “四个到位”: the parts of a slogan repeat its word, and are its measures.
  return OUTCOME_HEADING.test(heading) && !main.includes(heading.slice(-2));
}

function relativeTokens(tokens: readonly Token[], offset: number): Token[] {
  // Built field by field: spreading every token of every sentence showed in profiles.
  return tokens.map((t) =>
    t.tag === undefined ? { word: t.word, start: t.start - offset, end: t.end - offset } : { word: t.word, tag: t.tag, start: t.start - offset, end: t.end - offset },
  );
}

/**
 * Programmes named only in the headline (金乡坚持“四个到位”…). The headline is
 * not part of the body, so the mention is anchored to the body sentence that
 * restates it: the one quoting the same name, or the one enumerating its
 * parts (思想引领到位、待遇落实到位… for “四个到位”), or else the lead.
 */
function headlineProgrammes(ctx: ExtractContext, bodyMentions: EntityMention[]): EntityMention[] {
  const title = normaliseQuotes(ctx.article.normalizedTitle);
  if (!title || ctx.sentences.length === 0) return [];
  const lexicon = ctx.lexicon.programmes;
  // Tagged only if a rule reads the headline's words (the segmenter remembers the answer).
  const titleTokens = (): readonly Token[] => getSegmenter().tag(title);
  // 郯城县实施暖心护航行动 over a body that prints “暖心护航”行动: the same name with its quotes dropped.
  const unquoted = (name: string) => name.replace(/[“”]/gu, "");
  const known = new Set(bodyMentions.flatMap((m) => [m.name, unquoted(m.name)]));
  // A headline shortens the body's name (推行“大棚房东”服务 for 推出“大棚房东”服务模式): same quoted core, same programme.
  const knownCores = new Set(bodyMentions.map((m) => quotedCore(m.name)).filter(Boolean));
  const mentions: EntityMention[] = [];
  for (const candidate of findProgrammeNames(title, titleTokens, lexicon)) {
    const name = normaliseQuotes(candidate.name);
    // An everyday head (开展春季招聘月活动) counts when the body prints the name again, where it is anchored.
    const printedInBody = firstPrinted(ctx, candidate.name);
    if (candidate.needsRecurrence && !printedInBody) continue;
    if (known.has(name) || known.has(unquoted(name)) || mentions.some((m) => m.name === name)) continue;
    if (candidate.quoted && knownCores.has(normaliseQuotes(candidate.quoted))) continue;
    const anchor = printedInBody ?? anchorInBody(ctx, candidate);
    mentions.push(
      createMention(ctx, {
        kind: "Programme",
        name,
        start: anchor.start,
        end: anchor.end,
        sentence: anchor.sentence,
        surface: name,
        attributes: { category: candidate.category },
      }),
    );
  }
  return mentions;
}

/** Where the body first prints `words` as they stand: a headline's name, or the quoted core of one. */
function firstPrinted(ctx: ExtractContext, words: string): { start: number; end: number; sentence: number } | undefined {
  for (const sentence of ctx.sentences) {
    const at = sentence.text.indexOf(words);
    if (at >= 0) return { start: sentence.start + at, end: sentence.start + at + words.length, sentence: sentence.index };
  }
  return undefined;
}

function anchorInBody(ctx: ExtractContext, candidate: ProgrammeCandidate): { start: number; end: number; sentence: number } {
  const quoted = candidate.quoted;
  if (quoted) {
    const printed = firstPrinted(ctx, quoted);
    if (printed) return printed;
    // “四个到位” → items ending in 到位, enumerated in one sentence.
    const item = /^.个(.+)$/u.exec(quoted)?.[1];
    if (item) {
      for (const sentence of ctx.sentences) {
        const hits = indexesOf(sentence.text, item);
        if (hits.length >= 2) {
          return { start: sentence.start, end: sentence.start + hits.at(-1)! + item.length, sentence: sentence.index };
        }
      }
    }
  }
  const first = ctx.sentences[0]!;
  return { start: first.start, end: first.end, sentence: first.index };
}

/**
 * The lead's programme that follows a launch verb (深入开展“…”活动), else the lead's first, else the headline's.
 * `anchored` when the report is about it: the lead launches it or the headline names it.
 */
function chooseMainProgramme(
  ctx: ExtractContext,
  mentions: EntityMention[],
  titleMentions: EntityMention[],
  launchedInLead: EntityMention | undefined,
): { main?: EntityMention; anchored: boolean } {
  const lead = new Set(ctx.layout.paragraphs[0] ?? []);
  const inLead = mentions.filter((m) => lead.has(m.sentence) && !titleMentions.includes(m)).sort((a, b) => a.start - b.start);
  const text = ctx.article.normalizedText;
  const launched = inLead.find((m) => m === launchedInLead || followsVerb(text, m.start, ctx.lexicon.programmes.launchVerbs));
  if (launched) return { main: launched, anchored: true };
  // 开学以来，威远镇中心学校的“周末学堂”又热闹起来 under 互助县“护苗成长”计划…: a lead that launches nothing may
  // open on a scene; the programme the headline quotes is the report's.
  const main = quotedInHeadline(ctx, mentions) ?? inLead[0] ?? titleMentions[0];
  if (!main) return { anchored: false };
  const title = normaliseQuotes(ctx.article.normalizedTitle);
  const named = titleMentions.includes(main) || title.includes(quotedCore(main.name) ?? main.name);
  return { main, anchored: named };
}

/**
 * A feature may open on a scene and introduce its programme in a later
 * paragraph: then the main programme is the first whose quoted name the
 * headline prints too (桐柏“暖冬行动”温暖困难群众 … 启动“暖冬行动”).
 */
function quotedInHeadline(ctx: ExtractContext, mentions: EntityMention[]): EntityMention | undefined {
  const title = normaliseQuotes(ctx.article.normalizedTitle);
  return [...mentions]
    .sort((a, b) => a.start - b.start)
    .find((mention) => {
      const core = quotedCore(mention.name);
      return core !== undefined && title.includes(`“${core}”`);
    });
}
