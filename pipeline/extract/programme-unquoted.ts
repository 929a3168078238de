/**
 * Programme names printed without quotes, in the genre's patterns:
 *
 *   实施乡村建设行动 · 建立银发人才库 · 实施金溪流域综合治理工程   launch verb + 4–14 modifier chars + head
 *   落实困难残疾人生活补贴和重度残疾人护理补贴                      subsidies and policies (heads of their own), two of one verb
 *   建立“政府补一点、个人交一点”的多元筹资机制                      the same after a quoted description + 的
 *   推行网格长制 · 全面推行田长制                                   X长制 (chief systems)
 *   农村公路提升工程　计划投资9600万元　…                          the first cell of a table row
 *   一、农村饮水安全巩固提升工程                                    a numbered subheading that is a name alone
 *   《永和县城乡居民增收三年行动实施方案》                          the programme a plan's title names
 *   《岳池县促进青年就业创业十条措施》                              a local policy, by its whole title
 *   年产5万吨生物有机肥项目                                         an investment project, by its yearly output
 *   衙前河综合治理工程于今年3月开工                                 a project a sentence or clause opens with as its subject
 *
 * An unquoted object is a name only when it stands alone: it ends where a
 * word ends and is followed by punctuation, a conjunction, a verb or a figure
 * (building a system or platform, 服务体系建设, is named with the building; other work on a head,
 * 考核机制改革, names no programme of that head), holds no 的/和/、, and does
 * not open like a generic object (一批, 各类, 专项). Everyday heads (活动,
 * 服务, 站) need the name printed twice; `findUnquotedProgrammes` reports that
 * as `recurring: false` and the caller decides.
 */
import { isDivisionName } from "../divisions/catalog.js";
import type { Token } from "../records.js";
import { LIST_NUMBERING } from "./layout.js";
import { COUNTING_VERBS } from "./metric-grammar.js";
import type { ProgrammeLexicon } from "./lexicon.js";
import { findQuotedSpans, HAN_CHAR, HAN_ONLY, hasBalancedQuotes, indexesOf, isHanAt, overlaps } from "./text-spans.js";
import { memoByObject } from "../util/memo-by-object.js";
import { longestFirst, mayEndListedWord, wordSet } from "./word-sets.js";

export interface UnquotedCandidate {
  name: string;
  /** Offsets in the text searched. */
  start: number;
  end: number;
  category: string;
  /** True when the head is everyday (活动, 服务) and the name must recur to count. */
  needsRecurrence: boolean;
}

/**
 * A text's tokens, or a function that makes them when a rule first needs
 * them: a headline is tagged (a native call) only when it holds a verb, a
 * quotation or a 长制 to read.
 */
export type LazyTokens = readonly Token[] | (() => readonly Token[]);

export function tokensOf(tokens: LazyTokens): readonly Token[] {
  return typeof tokens === "function" ? tokens() : tokens;
}

/** Every head an unquoted name may end in, longest first: the shared ones and its own (政策, 补贴). */
const unquotedHeads = memoByObject((rules: ProgrammeLexicon["unquoted"]): readonly string[] => longestFirst([...rules.heads, ...Object.keys(rules.ownHeads)]));

/**
 * The heads a launch verb's object may end in: an unquoted name's, and the building of what has no head
 * (推进村卫生室标准化建设, 加快县托育综合服务中心建设), a project named by what it builds.
 */
const launchedObjectHeads = memoByObject((rules: ProgrammeLexicon["unquoted"]): readonly string[] => longestFirst([...unquotedHeads(rules), BUILDING]));

/** Verbs that also name a kind of work when a head follows them at once (提升行动, 提升工程, 促进计划). */
export const NAMING_WORK = new Set(["提升", "促进", "推进", "培育", "创建"]);

/** The longest programme head `text` holds ending at `end`. */
export function longestHeadAtEnd(text: string, end: number, lexicon: ProgrammeLexicon): string | undefined {
  let best: string | undefined;
  for (const head of Object.keys(lexicon.heads)) {
    if (end - head.length >= 0 && text.startsWith(head, end - head.length) && head.length > (best?.length ?? 0)) best = head;
  }
  return best;
}

/** Where a strong head printed at `at` ends, after a verb that names a kind of work (提升行动) or none (计划), and its category. */
export function workOnHead(text: string, at: number, tokenEnds: Set<number>, lexicon: ProgrammeLexicon): { end: number; category: string } | undefined {
  const verb = [...NAMING_WORK].find((word) => text.startsWith(word, at)) ?? "";
  for (let end = at + verb.length + 1; end <= Math.min(text.length, at + verb.length + 4); end++) {
    const head = longestHeadAtEnd(text, end, lexicon);
    if (head && end - head.length === at + verb.length && tokenEnds.has(end) && !lexicon.weakHeads.includes(head)) return { end, category: lexicon.heads[head]! };
  }
  return undefined;
}

/** 项目 right after 工程 says no more (农村供水保障工程项目 is 农村供水保障工程). */
const PROJECT_WORD = "项目";
const ENGINEERING_PROJECT = `工程${PROJECT_WORD}`;

/** The category an unquoted name's head gives it. */
function categoryOf(head: string, lexicon: ProgrammeLexicon): string {
  if (head === BUILDING) return "project";
  return lexicon.heads[head] ?? lexicon.unquoted.ownHeads[head] ?? "initiative";
}

const CLAUSE_END = /[，,；;：:。！？!?“”"「」『』《》（）()\s]/;
/** Tags of a word that may follow a standalone name: verbs, numerals, conjunctions, particles, prepositions. */
const FOLLOWER_TAGS = /^(v|m|c|u|p|d|q|r)/;

/**
 * Unquoted programme names in one tokenised text (offsets as in `text`; `tokens` relative to it).
 *
 * @example findUnquotedProgrammes("仪陇县深入实施乡村建设行动，选派驻村工作队", tokens, lexicon)[0]?.name // "乡村建设行动"
 */
export function findUnquotedProgrammes(text: string, tokens: LazyTokens, lexicon: ProgrammeLexicon): UnquotedCandidate[] {
  const found = [...verbObjectNames(text, tokens, lexicon), ...chiefSystems(text, tokens, lexicon)];
  for (const candidate of [
    ...rankedObjects(text, tokens, lexicon),
    standaloneProjectName(text, lexicon),
    ...leverNames(text, lexicon),
    ...plannedInDocuments(text, lexicon),
    ...policyDocuments(text),
    ...outputProjects(text),
    ...festivalEditions(text),
    ...inspectionRounds(text),
    ...referredSubsidies(text, tokens, lexicon),
    ...subjectProjects(text, tokens, lexicon),
  ]) {
    if (candidate && !found.some((f) => overlaps(f, candidate))) found.push(candidate);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The verbs that give what a county does a rank or label: 列为, 作为, 定为, 确定为. */
export const RANKING_VERBS = "(?:列为|作为|定为|确定为)";
/** An object given a rank or label: 将|农村供水保障工程|列为全年“一号工程”, 把…作为重点工程. */
const RANKED_OBJECT = new RegExp(`[将把]([^，,。；;：:“”]{4,24}?)${RANKING_VERBS}`, "gu");
/** What a county's work is framed by: 以|全域土地综合整治试点|为牵引, 以…为抓手, 为突破口, 为载体. */
const FRAMING_OBJECT = /以([^，,。；;：:“”]{4,24}?)为(?:抓手|牵引|突破口|载体|切入点|主线)/gu;

/**
 * 将农村供水保障工程列为全年“一号工程”: what a county ranks (its top project, a livelihood project), or frames its work
 * by (以全域土地综合整治试点为牵引), is a programme when its name ends in a head, as a launched one would.
 */
function rankedObjects(text: string, lazyTokens: LazyTokens, lexicon: ProgrammeLexicon): UnquotedCandidate[] {
  const ranked = text.includes("列为") || text.includes("作为") || text.includes("定为");
  const framed = text.includes("以") && text.includes("为");
  if (!ranked && !framed) return [];
  const found: UnquotedCandidate[] = [];
  const tokens = tokensOf(lazyTokens);
  const tokenEnds = new Set(tokens.map((t) => t.end));
  for (const match of [...(ranked ? text.matchAll(RANKED_OBJECT) : []), ...(framed ? text.matchAll(FRAMING_OBJECT) : [])]) {
    const start = match.index + 1;
    const candidate = firstStandaloneName(text, start, start + match[1]!.length, tokens, tokenEnds, unquotedHeads(lexicon.unquoted), lexicon);
    if (candidate && candidate.start === start && candidate.end === start + match[1]!.length) found.push(candidate);
  }
  return found;
}

/** Heads of a subsidy a report may name without a verb that launches it. */
const SUBSIDY_HEADS = new Set(["补贴", "补助", "津贴"]);
/** The money a subsidy pays out, printed after its name (…补贴资金4860万元). */
const SUBSIDY_MONEY = "资金";

/** Whether a noun starts at `at`. */
function nounAt(tokens: readonly Token[], at: number): boolean {
  return tokens.find((t) => t.start === at)?.tag?.startsWith("n") ?? false;
}
/** Tags of the words a subsidy's name is made of: nouns, distinguishing and unknown words. */
const SUBSIDY_NAME_TAGS = /^(?:n|nz|ng|vn|b|an|j|l|x)$/u;
/** First characters of words of quantity or reference, which open no name (各类, 全县, 我县, 每人). */
const NOT_A_NAME_START = /^[全各本该这那每我其此]/u;

/** 给予 in the clause before a subsidy's name: the subsidy is given (给予每餐3元至5元不等的就餐补贴). */
const GIVEN_IN_CLAUSE = /给予[^，,。；;：:！？]*$/u;
/** Characters between 给予 and the subsidy it gives (a standard: 每人每月300元, 每餐3元至5元不等的). */
const MAX_GIVEN_CHARS = 24;
/** Characters of the shortest name of a subsidy given: one word of its field. */
const MIN_GIVEN_MODIFIER_CHARS = 2;

/**
 * 享受高龄老人生活补贴, 将高龄老人生活补贴发放范围扩大到…: a subsidy named by the nouns before its head (a word of
 * the field right before it too: 保护|补贴), printed with no verb that launches it. Such a name counts only when
 * the article prints it twice (`needsRecurrence`): once is a mention in passing.
 */
function referredSubsidies(text: string, lazyTokens: LazyTokens, lexicon: ProgrammeLexicon): UnquotedCandidate[] {
  if (![...SUBSIDY_HEADS].some((head) => text.includes(head))) return [];
  const rules = lexicon.unquoted;
  const tokens = tokensOf(lazyTokens);
  // 学习《农机购置补贴政策》: a title or quotation is read by its own rules.
  const quoted = findQuotedSpans(text, true).map((span) => ({ start: span.open, end: span.close + 1 }));
  const found: UnquotedCandidate[] = [];
  tokens.forEach((head, i) => {
    if (!SUBSIDY_HEADS.has(head.word) || quoted.some((span) => span.start < head.start && head.end < span.end)) return;
    let start = head.start;
    for (let j = i - 1; j >= 0; j--) {
      const left = tokens[j]!;
      if (left.end !== start || !HAN_ONLY.test(left.word) || NOT_A_NAME_START.test(left.word)) break;
      const fieldWord = j === i - 1 && left.tag === "v" && left.word.length === 2;
      if (!fieldWord && !SUBSIDY_NAME_TAGS.test(left.tag ?? "")) break;
      if (rules.openers.some((opener) => left.word.startsWith(opener))) break;
      start = left.start;
    }
    const modifier = head.start - start;
    // 给予每人每月300元运营补贴: a subsidy the clause says is given is one, printed once or more, and a word of the
    // field names it (运营补贴, 就餐补贴).
    const given = GIVEN_IN_CLAUSE.test(text.slice(Math.max(0, start - MAX_GIVEN_CHARS), start));
    if (modifier < (given ? MIN_GIVEN_MODIFIER_CHARS : rules.minModifierChars) || modifier > rules.maxModifierChars) return;
    found.push({ name: text.slice(start, head.end), start, end: head.end, category: "policy", needsRecurrence: !given });
  });
  return found;
}

/** Words a sentence may open with before its subject: 此外，, 同时，, 其中，. */
const BEFORE_SUBJECT = /^(?:此外|同时|另外|其中|目前|年内|今年|当前)?[，,]?/u;
/** Heads of the projects a progress report opens a sentence with as its subject (计划 is a verb there too: 该服务计划覆盖…). */
const SUBJECT_HEADS = new Set(["工程", "项目", "行动"]);
/** What a project's subject goes on with: when it started, how it goes, what it is or plans, what it covers or costs, who runs it, what it is (是). */
const PROJECT_PREDICATE = /^(?:于|计划|涉及|总投资|投资|共|已|今年|目前|自|建成|完工|开工|启动|主要|主体|涵盖|覆盖|位于|由|将|总长|全长|实施以来|进展|正在|是)/u;

/**
 * 衙前河综合治理工程于今年3月开工, 此外，店前河生态清洁小流域治理项目计划治理…: a project a progress report
 * opens a sentence with, as the subject of when it started, what it costs or plans, is a programme.
 */
function subjectProjects(text: string, lazyTokens: LazyTokens, lexicon: ProgrammeLexicon): UnquotedCandidate[] {
  // The subject opens the sentence or a clause of it (…42平方公里，其中澧水源头…项目投资980万元).
  const clauseStarts = [0, ...[...text.matchAll(/[，,]/gu)].map((m) => m.index + 1)];
  let tokens: readonly Token[] | undefined;
  let tokenEnds: Set<number> | undefined;
  const found: UnquotedCandidate[] = [];
  for (const clauseStart of clauseStarts) {
    const from = clauseStart + BEFORE_SUBJECT.exec(text.slice(clauseStart))![0].length;
    // 该项目, 这些工程: a word of reference opens no name.
    if (!isHanAt(text, from) || NOT_A_NAME_START.test(text[from]!)) continue;
    const windowEnd = nameWindowEnd(text, from, lexicon.unquoted);
    const heads = [...SUBJECT_HEADS].filter((head) => text.slice(from, windowEnd).includes(head));
    if (heads.length === 0) continue;
    tokens ??= tokensOf(lazyTokens);
    tokenEnds ??= new Set(tokens.map((t) => t.end));
    if (!tokens.some((t) => t.start === from)) continue;
    const candidate = subjectAt(text, from, windowEnd, heads, tokens, tokenEnds, lexicon);
    if (candidate) found.push(candidate);
  }
  return found;
}

/** The project named from `from` up to where its predicate starts (…治理项目|计划治理…: 计划 is the predicate, not the head). */
function subjectAt(
  text: string,
  from: number,
  windowEnd: number,
  heads: readonly string[],
  tokens: readonly Token[],
  tokenEnds: Set<number>,
  lexicon: ProgrammeLexicon,
): UnquotedCandidate | undefined {
  for (const head of heads) {
    for (const at of indexesOf(text.slice(0, windowEnd), head)) {
      const end = at + head.length;
      if (at < from || !tokenEnds.has(end) || !PROJECT_PREDICATE.test(text.slice(end))) continue;
      // The predicate ends the name as punctuation would: the name is read as if the text stopped there.
      const subject = text.slice(0, end);
      const candidate = firstStandaloneName(subject, from, end, tokens.filter((t) => t.end <= end), tokenEnds, unquotedHeads(lexicon.unquoted), lexicon);
      if (candidate && candidate.end === end && !candidate.needsRecurrence && !opensWithDivision(candidate.name)) return candidate;
    }
  }
  return undefined;
}

/** A document's title: 《永和县城乡居民增收三年行动实施方案（2024—2026年）》. */
const DOCUMENT_TITLE = /《([^《》]{4,40})》/gu;
/** What a plan's title ends in after the programme it plans: 实施方案, 工作方案, the years it runs in brackets. */
const PLAN_ENDING = /(?:实施方案|工作方案|推进方案|方案|规划)?(?:[（(][\d—\-－~～至年]+[）)])?$/u;
/** What a plan's programme is named with: Han characters, a quoted part among them. */
const PLAN_NAME = /^[\p{Script=Han}“”]+$/u;
/** A year a plan's title opens its name with: 2024年, 2024年度. */
const PLAN_YEAR = /^\d{4}年度?/u;

/** An investment project named by its yearly output: 年产5万吨生物有机肥项目, 年加工10万头生猪项目. */
const OUTPUT_PROJECT = /年(?:产|处理|加工|出栏|屠宰|存栏)[\d.]+[万亿]?\p{Script=Han}{2,20}?项目/gu;

/** Projects a report names by what they will make a year (年产10亿平方米锂电池湿法隔膜项目), figures and all. */
function outputProjects(text: string): UnquotedCandidate[] {
  return [...text.matchAll(OUTPUT_PROJECT)].map((match) => ({
    name: match[0],
    start: match.index,
    end: match.index + match[0].length,
    category: "project",
    needsRecurrence: false,
  }));
}

/**
 * A festival's or sports event's edition, by its year or its number, and the event (2025年|海南七仙温泉嬉水节, 第五届|丰收节,
 * 2024|某某·某山国际越野跑挑战赛), where the sentence opens or holds it (在…开幕, 举办, 举行, 鸣枪开跑).
 */
const FESTIVAL_EDITION =
  /(?:((?:19|20)\d{2}年?)|(?:第[一二三四五六七八九十百\d]+|首)届)(\p{Script=Han}[\p{Script=Han}·]{2,18}?(?:节|赛|马拉松|运动会))(?=(?:在[^，,。；;]{2,20}?)?(?:盛大|隆重|正式)?(?:开幕|启幕|举办|举行|拉开帷幕|鸣枪开跑|鸣枪起跑|开赛|开跑))/gu;

/**
 * Festivals a sentence says an edition of opens or is held (2025年…嬉水节在七仙广场盛大开幕): named with the year, as
 * a year's festival a verb launches is, and without an edition's number, which every edition shares.
 */
function festivalEditions(text: string): UnquotedCandidate[] {
  return [...text.matchAll(FESTIVAL_EDITION)].map((match) => {
    const name = (match[1] ?? "") + match[2]!;
    const start = match.index + match[0].length - name.length;
    return { name, start, end: start + name.length, category: "campaign", needsRecurrence: false };
  });
}

/** A round of a Party committee's inspections, the committee before it: 安化县委|第五轮巡察, 某某市委第三轮巡察. */
const INSPECTION_ROUND = /(\p{Script=Han}{1,10}?)[县市区旗]委第[一二三四五六七八九十\d]{1,3}轮(?:巡察|巡视)/gu;

/**
 * A committee's round of inspections, named with the committee when its place is printed (安化县委第五轮巡察): a
 * round printed by number alone (县委第五轮巡察) is every county's, and names no one programme.
 */
function inspectionRounds(text: string): UnquotedCandidate[] {
  const found: UnquotedCandidate[] = [];
  for (const match of text.matchAll(INSPECTION_ROUND)) {
    const before = match[1]!;
    const level = match[0][before.length]!;
    // 近日召开安化县委…: the place is the longest tail of the words before the level that is a division's name.
    const cut = [...before].findIndex((_, k) => isDivisionName(before.slice(k) + level));
    if (cut < 0) continue;
    const start = match.index + cut;
    const end = match.index + match[0].length;
    found.push({ name: text.slice(start, end), start, end, category: "campaign", needsRecurrence: false });
  }
  return found;
}

/** What a local policy's title ends in: its measures, rules or opinions (若干措施, 十条措施, 扶持办法, 实施细则). */
const POLICY_ENDING = /(?:措施|办法|细则|若干政策|意见)$/u;
/** Words a policy's title names a higher level's law or a proposal with, no local policy: 条例, 建议, 通知. */
const NOT_LOCAL_POLICY = /^(?:中华人民共和国|关于.*的(?:建议|通知|决定)$)/u;

/** A county or its body issuing the document right before its title: 博罗县印发, 县政府出台, 县人社局联合县财政局制定. */
const ISSUED_BY_COUNTY = /[县区旗][^，,。；;：:！？]{0,12}?(?:印发|出台|制定|发布|制定出台|研究出台)了?$/u;
/** Characters before a title the body issuing it and its verb may take. */
const MAX_ISSUER_CHARS = 20;

/**
 * A local policy a county issues as a document, named by its whole title (《岳池县促进青年就业创业十条措施》,
 * 《敖汉旗2025年肉牛产业高质量发展扶持办法》): a title that opens with its division or year, or that a county or its
 * body is said to issue (博罗县印发《关于…的若干措施》), and ends in measures, rules or opinions. A title cut short
 * (《措施》) is a reference to one, no name.
 */
function policyDocuments(text: string): UnquotedCandidate[] {
  const found: UnquotedCandidate[] = [];
  for (const match of text.matchAll(DOCUMENT_TITLE)) {
    const title = match[1]!;
    if (!POLICY_ENDING.test(title) || NOT_LOCAL_POLICY.test(title)) continue;
    if (divisionNameLength(title) === 0 && !PLAN_YEAR.test(title) && !ISSUED_BY_COUNTY.test(text.slice(Math.max(0, match.index - MAX_ISSUER_CHARS), match.index))) continue;
    found.push({ name: match[0], start: match.index, end: match.index + match[0].length, category: "policy", needsRecurrence: false });
  }
  return found;
}

/**
 * The programme a plan adopted as a document names (审议通过《永和县城乡居民增收三年行动实施方案》 →
 * 城乡居民增收三年行动, 以《藤茶产业振兴三年行动》为主线): the title without its division, year and plan
 * ending, when that ends in a head.
 */
function plannedInDocuments(text: string, lexicon: ProgrammeLexicon): UnquotedCandidate[] {
  const rules = lexicon.unquoted;
  const found: UnquotedCandidate[] = [];
  for (const match of text.matchAll(DOCUMENT_TITLE)) {
    const title = match[1]!;
    const ending = PLAN_ENDING.exec(title)!;
    let from = divisionNameLength(title);
    from += PLAN_YEAR.exec(title.slice(from))?.[0].length ?? 0;
    const name = title.slice(from, ending.index);
    // 《宣汉县村级集体经济“强村富民”三年行动方案》: a quoted part of the name stays in it.
    if (!PLAN_NAME.test(name) || !hasBalancedQuotes(name) || [...name].some((ch) => rules.breakers.includes(ch))) continue;
    const head = unquotedHeads(rules).find((h) => name.endsWith(h));
    if (!head || rules.recurringHeads.includes(head) || name.length - head.length < rules.minModifierChars) continue;
    // 《藤茶产业振兴三年行动》: a title that is the programme's name, a plan's ending or not; a policy's needs one.
    if (ending[0] === "" && rules.ownHeads[head] !== undefined) continue;
    const start = match.index + 1 + from;
    found.push({ name, start, end: start + name.length, category: categoryOf(head, lexicon), needsRecurrence: false });
  }
  return found;
}

/** 以紧密型县域医共体建设为抓手: what a county takes as its lever (抓手, 载体, 突破口) is its programme. */
const LEVER = /以([^，,。；;：:]{4,40}?)为(?:总抓手|主抓手|重要抓手|抓手|载体|突破口|切入点)/u;
/** Work a lever may name instead of a programme head: 医共体建设, 文明城市创建, 集体林权制度改革. */
const LEVER_WORK = ["建设", "创建", "改革"];
/** Longest name a lever holds: the frame 以…为抓手 marks where it starts and ends. */
const MAX_LEVER_NAME = 20;

/**
 * The levers a sentence names, each a programme (以“县中振兴”行动和义务教育薄弱环节改善与能力提升工程为抓手
 * → 义务教育薄弱环节改善与能力提升工程; the quoted one is read as any quoted name). Two levers are joined by
 * 和/与/及/、 after a head; a joiner inside one (改善与能力提升) follows no head.
 */
function leverNames(text: string, lexicon: ProgrammeLexicon): UnquotedCandidate[] {
  const match = LEVER.exec(text);
  if (!match) return [];
  const heads = unquotedHeads(lexicon.unquoted);
  const endsWithHead = (part: string) => heads.some((h) => part.endsWith(h)) || LEVER_WORK.some((w) => part.endsWith(w));
  const levers: UnquotedCandidate[] = [];
  const content = match[1]!;
  let from = 0;
  for (let i = 0; i <= content.length; i++) {
    const atJoiner = i < content.length && JOINERS.has(content[i]!) && endsWithHead(content.slice(from, i));
    if (!atJoiner && i < content.length) continue;
    const name = content.slice(from, i);
    const start = match.index + 1 + from;
    from = i + 1;
    if (name.length < 4 || name.length > MAX_LEVER_NAME || !/^\p{Script=Han}+$/u.test(name)) continue;
    if ([...name].some((ch) => lexicon.unquoted.breakers.includes(ch) && !JOINERS.has(ch))) continue;
    const head = heads.find((h) => name.endsWith(h));
    if ((!head && !endsWithHead(name)) || (head && lexicon.unquoted.recurringHeads.includes(head))) continue;
    levers.push({ name, start, end: start + name.length, category: head ? categoryOf(head, lexicon) : "initiative", needsRecurrence: false });
  }
  return levers;
}

/**
 * A name opening a table row, its cell closed by a gap: 城乡供水一体化工程　计划投资2.1亿元　已完成…
 * (normalised text has one space where the page had an ideographic one; running Chinese has none).
 */
const TABLE_ROW = /^(\p{Script=Han}{4,20})[ \t\u3000]+\S/u;
/** A numbered subheading that is a name and nothing else: 一、教育惠民工程 / （二）农村公路提升工程. */
const NUMBERED_NAME = new RegExp(`^(?:${LIST_NUMBERING.source.slice(1)})(\\p{Script=Han}{4,20})[。．.]?$`, "u");

/**
 * A table of projects (民生实事, 重点项目) prints one per row, the name in the first
 * cell; a report on them may head each section with one. Either is a programme
 * when it ends in a head that is no everyday word (工程, 项目, 行动 …).
 */
function standaloneProjectName(text: string, lexicon: ProgrammeLexicon): UnquotedCandidate | undefined {
  const rules = lexicon.unquoted;
  const cell = TABLE_ROW.exec(text);
  const heading = cell ? undefined : NUMBERED_NAME.exec(text);
  const name = cell?.[1] ?? heading?.[1];
  if (!name || [...name].some((ch) => rules.breakers.includes(ch))) return undefined;
  // 01 | 建设就业驿站: a heading that opens with a verb says what was done, it names nothing.
  if (heading && [...rules.verbs, ...COUNTING_VERBS].some((verb) => name.startsWith(verb))) return undefined;
  // 二、下半年工作计划: a part every work summary has names no programme.
  if (heading && isDocumentPart(name, lexicon.documentHeadings)) return undefined;
  // 崇仁县发放春节一次性生活补贴 惠及…: a headline over a subheadline says what a county did, it is no row.
  if (opensWithDivision(name)) return undefined;
  // 二、紧密型县域医共体建设。: the building of a system or platform a heading names is the programme, named with it.
  const builtThing = heading && name.endsWith(BUILDING) ? name.slice(0, -BUILDING.length) : name;
  const head = unquotedHeads(rules).find((h) => builtThing.endsWith(h));
  if (!head || rules.recurringHeads.includes(head) || builtThing.length - head.length < rules.minModifierChars) return undefined;
  if (builtThing !== name && builtAt(name, builtThing.length, head, lexicon) === undefined) return undefined;
  // The name ends the heading, a full stop at most after it.
  const start = heading ? heading.index + heading[0].lastIndexOf(name) : 0;
  return { name, start, end: start + name.length, category: categoryOf(head, lexicon), needsRecurrence: false };
}

/** 实施方案, 保障措施, 存在的问题: a part every plan or report has, which no county runs. */
export function isDocumentPart(heading: string, parts: ProgrammeLexicon["documentHeadings"]): boolean {
  return heading.length <= parts.maxChars && parts.endings.some((ending) => heading.endsWith(ending));
}

/** Whether the text opens with a county's or city's name (崇仁县发放…). */
function opensWithDivision(text: string): boolean {
  return divisionNameLength(text) > 0;
}

/** Length of the county's or city's name the text opens with, 0 when none. */
function divisionNameLength(text: string): number {
  for (let end = 2; end <= Math.min(text.length - 1, 9); end++) {
    if (DIVISION_LEVELS.has(text[end - 1]!) && isDivisionName(text.slice(0, end))) return end;
  }
  return 0;
}

/** The characters a county's or city's name ends in. */
const DIVISION_LEVELS = new Set(["县", "市", "区", "旗", "州", "盟"]);

function verbObjectNames(text: string, lazyTokens: LazyTokens, lexicon: ProgrammeLexicon): UnquotedCandidate[] {
  const rules = lexicon.unquoted;
  // Taken at the first verb: most sentences hold none.
  let tokens: readonly Token[] | undefined;
  let tokenStarts: Set<number> | undefined;
  let tokenEnds: Set<number> | undefined;
  const heads = launchedObjectHeads(rules);
  const verbs = longestFirst(rules.verbs);
  const found: UnquotedCandidate[] = [];
  for (const verb of [...verbs, ...rules.policyVerbs]) {
    const policyOnly = rules.policyVerbs.includes(verb);
    for (const at of indexesOf(text, verb)) {
      let from = at + verb.length;
      // Chained verbs (建立健全, 创新推出): the name starts after the last one.
      for (let chained = verbs.find((v) => text.startsWith(v, from)); chained; chained = verbs.find((v) => text.startsWith(v, from))) {
        from += chained.length;
      }
      from = afterVerbComplement(text, from);
      // 加快建设酥梨良种繁育基地: building after the verb is its work, no part of the name.
      if (text.startsWith(BUILDING, from)) from += BUILDING.length;
      // 今年实施的农村饮水安全巩固提升工程: what was launched, named after the verb's 的.
      if (text[from] === "的") from += 1;
      // 组建2个紧密型县域医共体: how many were set up stands between the verb and the name.
      from += COUNT_BEFORE_NAME.exec(text.slice(from, from + 6))?.[0].length ?? 0;
      // 举办第四届武安市全民运动会: an edition's number is no part of the event's name, which every edition shares.
      from += EDITION_BEFORE_NAME.exec(text.slice(from, from + 6))?.[0].length ?? 0;
      // 实施2024年度三北工程古浪县防沙治沙项目: a year's project is named with its year, which opens no other name.
      const year = YEAR_BEFORE_PROJECT.exec(text.slice(from, from + 7))?.[0];
      if (year) from += year.length;
      // 建立“政府补一点、个人交一点”的多元筹资机制: a quoted description + 的, then the name.
      const described = /^[“"「]/.test(text[from] ?? "") ? describedNameStart(text, from) : undefined;
      if (described !== undefined) from = described;
      tokens ??= tokensOf(lazyTokens);
      tokenStarts ??= new Set(tokens.map((t) => t.start));
      tokenEnds ??= new Set(tokens.map((t) => t.end));
      if (!tokenStarts.has(from) || found.some((f) => f.start === from)) continue;
      // 建立在…基础上, 对…实行: a preposition opens a circumstance, not a name.
      if (tokens.find((t) => t.start === from)?.tag?.startsWith("p")) continue;
      // 推进农村电商提质增效|和|一刻钟便民生活圈建设: a first object that names no programme leaves the second one joined to it.
      const named =
        firstStandaloneName(text, from, nameWindowEnd(text, from, rules), tokens, tokenEnds, heads, lexicon) ??
        secondObjectAlone(text, from, tokens, tokenStarts, tokenEnds, heads, lexicon);
      if (!named || (policyOnly && named.category !== "policy")) continue;
      if (year && !YEARLY_HEADS.some((head) => named.name.endsWith(head))) continue;
      const candidate = year ? { ...named, name: year + named.name, start: named.start - year.length } : named;
      found.push(candidate);
      const sibling = joinedName(text, candidate.end, tokens, lexicon);
      if (sibling && (!policyOnly || sibling.category === "policy")) found.push(sibling);
    }
  }
  // 县农业技术推广中心实施农技推广特聘计划: a verb printed inside a body's name (技术推广|中心) launches nothing; the object
  // of the verb after the body, ending at the same head, is the name.
  return found.filter((f) => !found.some((g) => g.end === f.end && g.start > f.start));
}

/**
 * Integration (城乡客运一体化, “托幼一体化”), a head only where nothing of doing follows it: before it, it says how that is
 * done (…一体化保护修复, “全域一体化”保洁).
 */
export const INTEGRATION = "一体化";

/** Words that join a verb's two objects (和, 及, 与), not a list's items. */
const OBJECT_JOINERS = new Set(["和", "及", "与"]);

/**
 * The second of a verb's two objects joined by 和/及/与, when it is a name standing alone and the first is not one
 * (推进农村电商提质增效和一刻钟便民生活圈建设): the first clause-free stretch after `from` up to its joiner.
 */
function secondObjectAlone(
  text: string,
  from: number,
  tokens: readonly Token[],
  tokenStarts: Set<number>,
  tokenEnds: Set<number>,
  heads: readonly string[],
  lexicon: ProgrammeLexicon,
): UnquotedCandidate | undefined {
  const windowEnd = nameWindowEnd(text, from, lexicon.unquoted);
  for (let at = from + 2; at < windowEnd; at++) {
    if (!isHanAt(text, at)) return undefined;
    if (!OBJECT_JOINERS.has(text[at]!) || !tokenStarts.has(at + 1) || !tokenEnds.has(at)) continue;
    // The first object is work done (…电商提质|增效/v), not a field one head governs with the second (国土绿化|和|森林…工程,
    // 居家|和|社区…行动), nor a name's first field ending in a head (推广|体系改革|与|建设补助项目).
    if (tokens.find((t) => t.end === at)?.tag !== "v" || longestHeadAtEnd(text, at, lexicon) !== undefined) return undefined;
    const second = firstStandaloneName(text, at + 1, nameWindowEnd(text, at + 1, lexicon.unquoted), tokens, tokenEnds, heads, lexicon);
    return second?.start === at + 1 ? second : undefined;
  }
  return undefined;
}

/**
 * A second object of the verb that launched a programme ending at `end`, joined to it by 和/及/与/、 and
 * named without quotes: 落实困难残疾人生活补贴和重度残疾人护理补贴, 实施“黔归创业”计划和农村劳动力转移就业提质行动.
 */
export function joinedName(text: string, end: number, lazyTokens: LazyTokens, lexicon: ProgrammeLexicon): UnquotedCandidate | undefined {
  if (!JOINERS.has(text[end] ?? "")) return undefined;
  const tokens = tokensOf(lazyTokens);
  const next = end + 1;
  if (!tokens.some((t) => t.start === next)) return undefined;
  const windowEnd = nameWindowEnd(text, next, lexicon.unquoted);
  return firstStandaloneName(text, next, windowEnd, tokens, new Set(tokens.map((t) => t.end)), launchedObjectHeads(lexicon.unquoted), lexicon);
}

/** Where a name starting at `from` must end by: the clause's end, or as many characters as a name's modifier and head may hold. */
function nameWindowEnd(text: string, from: number, rules: ProgrammeLexicon["unquoted"]): number {
  let end = from;
  let glossChars = 0;
  while (end < text.length && end - from - glossChars < rules.maxModifierChars + 4) {
    const gloss = innerGlossAt(text, end, from);
    if (gloss) {
      end += gloss.length;
      glossChars += gloss.length;
    } else if (CLAUSE_END.test(text[end]!)) break;
    else end++;
  }
  return end;
}

/** Where a launch verb's object starts at `from`, after 起 that completes the verb (构建起县、乡镇、村三级河长体系). */
export function afterVerbComplement(text: string, from: number): number {
  return text[from] === "起" ? from + 1 : from;
}

/** Whether the head at `headStart` names a new kind of something (开展新技术新项目, 探索乡村振兴新模式), no name of one. */
export function namesNewKind(text: string, headStart: number): boolean {
  return text[headStart - 1] === "新";
}

/** What joins two fields one head may govern (危险化学品和非煤矿山专项整治; the heads that do: `unquoted.sharedHeads`). */
const SHARED_JOINERS = new Set(["和", "与", "及"]);

/** What joins two objects of one verb. */
const JOINERS = new Set(["和", "及", "与", "、"]);

/** A head this long (专项整治, 综合治理) names a kind well enough to take a modifier one character shorter. */
const LONG_HEAD_CHARS = 4;
/** A gloss in brackets a name goes on after: （屯）, （敬老院）. */
const INNER_GLOSS = /^（\p{Script=Han}{1,6}）(?=\p{Script=Han})/u;

/** The gloss in brackets at `at`, inside a name that starts at `from` (自然村|（屯）|通硬化路建设), or undefined. */
function innerGlossAt(text: string, at: number, from: number): string | undefined {
  return text[at] === "（" && at > from ? INNER_GLOSS.exec(text.slice(at))?.[0] : undefined;
}

/** What closes an item of a list (家庭、学校、). */
const LIST_MARK = "、";
/** The list a name may open with: up to four items of one to four characters, each closed by 、 (家庭、学校、). */
const OPENING_LIST = /^(?:\p{Script=Han}{1,4}、){1,4}$/u;

/** A count in words before a kind (三个…项目, 两项…改革). */
const COUNTED_KIND = /^[一二两三四五六七八九十几多]+[个项批类种条支]/u;

/** A count of what a verb sets up, printed before its name: 2个, 3支. */
const COUNT_BEFORE_NAME = /^\d+[个支家批]/u;
/** An edition's number before an event's name: 第四届, 第12届, 首届. */
const EDITION_BEFORE_NAME = /^(?:第[一二三四五六七八九十百\d]+|首)届/u;

/**
 * A year that opens the name of a project funded for it (2024年高标准农田建设项目, 2024年度…防沙治沙项目) or of a
 * festival's edition (2024德化陶瓷文化旅游节).
 */
const YEAR_BEFORE_PROJECT = /^(?:19|20)\d{2}(?:年度?)?/u;
/** The heads of what a year names: a year's project, a festival's edition. */
const YEARLY_HEADS = ["项目", "旅游节", "文化节", "艺术节", "音乐节", "博览会"];

/** What follows a subsidy's name when the policy is named whole: 草原生态保护补助|奖励政策, 农机购置补贴|政策. */
const POLICY_TAIL = /^(?:奖励)?政策/u;

/** Where the name starts after a quoted description closed by 的 (“…”的), if that is what follows the verb. */
function describedNameStart(text: string, open: number): number | undefined {
  const closer = text[open] === "「" ? "」" : text[open] === "“" ? "”" : '"';
  const close = text.indexOf(closer, open + 1);
  if (close < 0 || close - open > 40 || text[close + 1] !== "的") return undefined;
  return close + 2;
}

function firstStandaloneName(
  text: string,
  from: number,
  windowEnd: number,
  tokens: readonly Token[],
  tokenEnds: Set<number>,
  heads: readonly string[],
  lexicon: ProgrammeLexicon,
): UnquotedCandidate | undefined {
  const rules = lexicon.unquoted;
  const breakers = wordSet(rules.breakers);
  // 县域商业体系建设|行动: a head right after the building names the work on it; the name reads on to that head.
  const headAt = (at: number): boolean => heads.some((h) => h !== BUILDING && text.startsWith(h, at) && tokenEnds.has(at + h.length));
  let joined = false;
  let glossChars = 0;
  for (let stop = from + 1; stop <= windowEnd; stop++) {
    // 家庭、学校、社会协同育人机制, 县、乡、村三级河长巡河制度: a name may open with a list of who or which levels.
    // An item that ends in a head is a name of its own (安家补贴、生活补贴), no opening list.
    if (text[stop - 1] === "、" && OPENING_LIST.test(text.slice(from, stop)) && longestHeadAtEnd(text, stop - 1, lexicon) === undefined) continue;
    // 危险化学品和非煤矿山专项整治: two fields one head governs, joined once after a word of three characters or
    // more; never the last of a list (微课堂、专题课堂和大课堂三种模式).
    // 安家补贴和租房补贴: a first field that ends in a head already is a name of its own, the second another.
    const sharedHead =
      SHARED_JOINERS.has(text[stop - 1]!) &&
      stop - 1 - from >= 3 &&
      tokenEnds.has(stop - 1) &&
      !/[和与及、]/u.test(text.slice(from, stop - 1)) &&
      longestHeadAtEnd(text, stop - 1, lexicon) === undefined;
    if (sharedHead) {
      joined = true;
      continue;
    }
    // 自然村（屯）通硬化路建设, 特困人员供养服务设施（敬老院）改造提升工程: a short gloss in brackets inside the name.
    const gloss = innerGlossAt(text, stop - 1, from);
    if (gloss) {
      stop += gloss.length - 1;
      glossChars += gloss.length;
      continue;
    }
    if (breakers.has(text[stop - 1]!) || !isHanAt(text, stop - 1)) return undefined;
    if (!tokenEnds.has(stop) || !mayEndListedWord(text, stop, heads)) continue;
    const head = heads.find((h) => stop - h.length >= from && text.startsWith(h, stop - h.length));
    if (!head) continue;
    // 山水林田湖草沙一体化|保护修复: integration before a word of doing says how that is done, and ends no name.
    if (head === INTEGRATION && isHanAt(text, stop) && !JOINERS.has(text[stop]!)) continue;
    const modifierChars = stop - head.length - from - glossChars;
    // Two fields are governed by a campaign's, mechanism's or policy's head; two bodies (城市医疗集团和县域医联体) are two objects.
    // 灌区续建配套与节水改造|工程: a head after the shared one names the same two fields' work.
    const afterShared = rules.sharedHeads.some((shared) => text.startsWith(shared, stop - head.length - shared.length));
    if (joined && !rules.sharedHeads.includes(head) && !afterShared) return undefined;
    // 防溺水|专项整治: a head of four characters or more names its kind well enough to take a modifier one shorter.
    if (modifierChars < rules.minModifierChars - (head.length >= LONG_HEAD_CHARS ? 1 : 0)) continue;
    if (modifierChars > rules.maxModifierChars) return undefined;
    if (head === BUILDING) {
      if (headAt(stop)) continue;
      if (!namesBuiltThing(text.slice(from, stop - head.length), heads, lexicon)) return undefined;
      // 完成农村公路建设|投资4.3亿元: a building that goes on to a word names what is said of it (or a longer name,
      // 家庭养老床位建设|计划), no project of its own.
      if (isHanAt(text, stop) && !JOINERS.has(text[stop]!)) continue;
    }
    // 落实秸秆还田作业补贴|资金4860万元: a subsidy's money is the subsidy's, and ends its name; a noun after the money
    // (补贴资金|专项治理) goes on to name work on it.
    const subsidyMoney = SUBSIDY_HEADS.has(head) && text.startsWith(SUBSIDY_MONEY, stop) && !nounAt(tokens, stop + SUBSIDY_MONEY.length);
    if (!standsAlone(text, stop, tokens) && !subsidyMoney) continue;
    // 推进普惠托育服务体系建设: building a system or platform is the programme, named with its building; other work
    // on a head (考核机制改革, …体系完善) is no programme of that head.
    const built = builtAt(text, stop, head, lexicon);
    if (!built && rules.workOn.some((word) => text.startsWith(word, stop))) return undefined;
    if (built && headAt(built)) continue;
    if (built && !standsAlone(text, built, tokens)) return undefined;
    const tail = !built && rules.ownHeads[head] === "policy" ? (POLICY_TAIL.exec(text.slice(stop))?.[0] ?? "") : "";
    // 咖啡低产园改造|提升项目: a head right behind the head, after the kind of work or none, ends the name.
    const work = built || tail ? undefined : workOnHead(text, stop, tokenEnds, lexicon);
    const printedEnd = built ?? work?.end ?? stop + tail.length;
    if ((tail || work) && printedEnd !== windowEnd && !standsAlone(text, printedEnd, tokens)) continue;
    // 农村供水保障工程|项目: 项目 after 工程 says no more; the name ends at 工程.
    const end = text.startsWith(ENGINEERING_PROJECT, printedEnd - ENGINEERING_PROJECT.length) ? printedEnd - PROJECT_WORD.length : printedEnd;
    const name = text.slice(from, end);
    // 实施雨污分流、管网改造、外墙保温…: a name opened by a list that goes on after it is one more item of that list.
    if (name.includes(LIST_MARK) && text[end] === LIST_MARK) return undefined;
    // 三个寄递物流项目, 两项改革: how many of a kind, no one programme's name.
    if (rules.openers.some((opener) => name.startsWith(opener)) || COUNTED_KIND.test(name)) return undefined;
    if (namesNewKind(text, stop - head.length)) return undefined;
    if (lexicon.modifierBreakers.some((word) => name.startsWith(word))) return undefined;
    return {
      name,
      start: from,
      end,
      category: work?.category ?? categoryOf(head, lexicon),
      needsRecurrence: !built && !work && rules.recurringHeads.includes(head),
    };
  }
  return undefined;
}

/** The work of building (建设) that names a programme with the system or platform it builds. */
const BUILDING = "建设";
/** Categories of the heads whose building is a programme: systems, mechanisms, platforms (体系, 机制, 平台, 驿站). */
const BUILT_CATEGORIES = new Set(["mechanism", "platform"]);

/**
 * Whether what a county builds names a project of its own: one thing, not a list, a programme known by name or a
 * part of a project; not a thing with a head, whose building is work on it (考核机制|建设, 服务体系建设 is named
 * by its head), nor a field of work every body builds (基础设施, 队伍).
 */
function namesBuiltThing(built: string, heads: readonly string[], lexicon: ProgrammeLexicon): boolean {
  // 乡村发展、乡村建设: a list of fields, no one thing built.
  if (built.includes("、")) return false;
  // 共富工坊建设: the building of a programme known by name is that programme.
  if (Object.keys(lexicon.namedProgrammes).some((name) => built.endsWith(name))) return false;
  // 主体厂房建设, …提升工程二期建设: a part or phase of a project is built under that project.
  if (PROJECT_PART.test(built) || PROJECT_WORDS.some((word) => built.includes(word))) return false;
  return !heads.some((head) => head !== BUILDING && built.endsWith(head)) && !lexicon.unquoted.generalFields.some((field) => built.endsWith(field));
}

/** How the part of a project opens (主体厂房, 配套管网, 一期). */
const PROJECT_PART = /^(?:主体|配套|附属|[一二三四五]期)/u;
/** Words naming a project, inside what is built when a part of it is (…工程二期, …项目配套). */
const PROJECT_WORDS = ["工程", "项目"];

/** Where a name ends that holds the building of the head ending at `stop` (…服务体系|建设), or undefined. */
export function builtAt(text: string, stop: number, head: string, lexicon: ProgrammeLexicon): number | undefined {
  if (!text.startsWith(BUILDING, stop) || !BUILT_CATEGORIES.has(categoryOf(head, lexicon))) return undefined;
  return stop + BUILDING.length;
}

/** The name ends the noun phrase: punctuation, the end, a conjunction, or a verb/figure/particle word follows. */
function standsAlone(text: string, end: number, tokens: readonly Token[]): boolean {
  const next = text[end];
  if (next === undefined || !isHanAt(text, end)) return true;
  if ("和与及、".includes(next)) return true;
  const token = tokens.find((t) => t.start === end);
  return Boolean(token && (FOLLOWER_TAGS.test(token.tag ?? "") || FOLLOWER_WORDS.has(token.word)));
}

/** Words of how much the tagger calls nouns, which may follow a name as its subject's adverb (…工程全部完工). */
const FOLLOWER_WORDS = new Set(["全部", "全都"]);

/** 网格长制, 田长制: a short noun + 长制, unless the noun is an office (县长|制定, 村长制 is no system). */
function chiefSystems(text: string, lazyTokens: LazyTokens, lexicon: ProgrammeLexicon): UnquotedCandidate[] {
  const rules = lexicon.chiefSystem;
  const found: UnquotedCandidate[] = [];
  for (const at of indexesOf(text, rules.suffix)) {
    const end = at + rules.suffix.length;
    const after = text[end];
    if (after && rules.notFollowedBy.includes(after)) continue;
    // The word holding the character before 长: a prefix word (网格|长制) or the whole name (河长制).
    const word = tokensOf(lazyTokens).find((t) => t.start <= at - 1 && at - 1 < t.end);
    if (!word || at - word.start < 1 || at - word.start > rules.maxPrefixChars) continue;
    if (word.end === at && !rules.prefixTags.includes(word.tag ?? "")) continue;
    const prefix = text.slice(word.start, at);
    if (![...prefix].every((ch) => HAN_CHAR.test(ch)) || rules.officeChars.includes(prefix.at(-1)!)) continue;
    found.push({ name: text.slice(word.start, end), start: word.start, end, category: "mechanism", needsRecurrence: false });
  }
  return found;
}
