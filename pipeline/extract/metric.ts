/**
 * Metric extraction: reported figures with their exact value, unit,
 * approximation marker and what they count.
 *
 *   走访群众1.4万余户          → 14000 户, approx 余, counted 走访群众
 *   邀请32名离退休干部参加…    → 32 名, counted 离退休干部 (the noun after the figure wins)
 *   市、县派各…工作队开展集中学习活动304次 → 304 次, counted 开展集中学习活动 (from the first counting verb)
 *
 * Not metrics: figures inside quotes or book titles (“3423”产业体系, 《十项措施》),
 * years and dates (2023年, 3月5日), ordinals (第十批, 二十届), formula names (1+4+N),
 * ranges (3至5名), rates and standards introduced by 每 (每名干部明确1名包保干部),
 * criteria under 是否 (是否突破10万元), single-digit Chinese numerals (三会一课, 两委,
 * 四个到位, 三种模式 — names and enumerations, not statistics), a lone 十/百/千
 * without 余/多 (千家万户), and durations glued to a noun (15分钟生活圈).
 * The word lists live in metric-grammar.ts; the rules are in docs/extraction-core.md.
 */
import { getDivisionCatalog } from "../divisions/catalog.js";
import type { ArticleRecord, EntityMention, Sentence } from "../records.js";
import type { MetricAttributes } from "../schema/index.js";
import { getSegmenter } from "../segment/segmenter.js";
import {
  AGE_QUALIFIER,
  APPROX_PREFIX,
  CHANGE_FROM,
  CHANGE_ONLY,
  CHANGE_LINK,
  CHAIN_LEADERS,
  CLAUSE_DELIMITERS,
  COUNTING_VERBS,
  LINKING_TAIL,
  DURATION_UNITS,
  FIGURE_JOINERS,
  LEADING_NOISE,
  MODIFIER_TAGS,
  NOUN_PHRASE_TAGS,
  PHRASE_CLOSERS,
  TRAILING_NOISE,
} from "./metric-grammar.js";
import { figureMatches, percentsInWords } from "./figure-pattern.js";
import { tableFigures } from "./metric-table.js";
import { parseNumber } from "./numbers.js";
import { isSpeech } from "./text-spans.js";
import { suffixMatcher } from "./word-sets.js";

export interface MetricOptions {
  /**
   * Prefix of the canonical metric name, normally the county the article
   * reports on (嘉祥县). Defaults to the dateline place plus the first 8 hex
   * digits of the article hash, which never collides across articles.
   */
  scope?: string;
  /**
   * Prefix for a figure's metric when it differs from `scope`: the county a round-up's paragraph is
   * about, or the one the figure's clause has for subject. `at` is the figure's offset in the article.
   */
  sentenceScope?: (sentence: Sentence, at: number) => string | undefined;
  /** What a head count counts: its units and the group words that close the noun after it (see `PeopleWords`). */
  people?: PeopleWords;
}

/**
 * A head count (3.2万名, 1200人次) counts people: the noun phrase after it ends
 * at its last group head (3.2万名群众|饮水难题 → 群众), not at what they need.
 */
export interface PeopleWords {
  units: readonly string[];
  /** Group head nouns (群众, 老人, 员 …). */
  heads: readonly string[];
  /** Words that end like a head but name no people (入户, 成长). */
  notHeads: readonly string[];
}

const QUOTE_PAIRS: Record<string, string> = { "“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", '"': '"' };
const QUOTE_OPENERS = /[“《「『‘"]/g;
const BRACKET_PAIRS: Record<string, string> = { "（": "）", "(": ")" };
/** Longest parenthesis kept inside a noun phrase. */
const MAX_BRACKET_GLOSS = 8;
const COUNTING_VERB_SET = new Set(COUNTING_VERBS);
const ORDINAL_UNITS = new Set(["届", "期", "批", "轮"]);
const PLACE_LEVELS = new Set(["镇", "乡", "村"]);
/** Units of distance: a figure in one right before 外 says where a place lies. */
const DISTANCE_UNITS = new Set(["公里", "千米", "米", "里"]);
/** Minutes or seconds right after a duration: a time told to the second, not a span counted. */
const CLOCK_TIME = /^\d{1,2}(?:分|秒)/u;

const HAN = /^\p{Script=Han}+$/u;
/** Longest counted phrase kept when no counting verb shortens it. */
const MAX_COUNTED_LENGTH = 24;
/** What is left after a list a cut went into must still say something (4 characters or more). */
const MIN_COUNTED_AFTER_LIST = 4;

/**
 * All figures of an article as Metric mentions (one per printed figure).
 *
 * @example extractMetrics(article, splitSentences(article))[0]?.attributes
 * // for "走访群众1.4万余户。": { value: 14000, unit: "户", approx: "余", counted: "走访群众", raw: "1.4万余户" }
 */
export function extractMetrics(article: ArticleRecord, sentences: Sentence[], options: MetricOptions = {}): EntityMention[] {
  if (options.scope !== undefined && (typeof options.scope !== "string" || !options.scope.trim())) {
    throw new MetricOptionsError("metric: invalid `scope`. Expecting a non-empty string (the county name).");
  }
  const scope = options.scope ?? defaultScope(article);
  const mentions: EntityMention[] = [];
  const names = new Map<string, number>();
  // 1  某项目  800  (资金（万元）): a table's figures, their units in its header, go with the row's sentence.
  const inTables = tableFigures(article.normalizedText);
  for (const [index, sentence] of sentences.entries()) {
    const inRow = inTables.filter((figure) => figure.start >= sentence.start && figure.end <= sentence.start + sentence.text.length);
    for (const figure of [...findFigures(sentence, options.people, sentences[index + 1]?.text), ...inRow]) {
      const base = `${options.sentenceScope?.(sentence, figure.start) ?? scope}·${figure.counted}${figure.raw}`;
      const seen = names.get(base) ?? 0;
      names.set(base, seen + 1);
      mentions.push({
        kind: "Metric",
        name: seen === 0 ? base : `${base}#${seen + 1}`,
        surface: article.text.slice(figure.start, figure.end),
        start: figure.start,
        end: figure.end,
        sentence: sentence.index,
        attributes: {
          value: figure.value,
          unit: figure.unit,
          ...(figure.approx ? { approx: figure.approx } : {}),
          counted: figure.counted,
          raw: figure.raw,
          ...(figure.per ? { per: figure.per } : {}),
        },
      });
    }
  }
  return mentions;
}

export class MetricOptionsError extends Error {
  override name = "MetricOptionsError";
}

function defaultScope(article: ArticleRecord): string {
  return `${article.dateline?.place ?? ""}/${article.hash.slice(0, 8)}`;
}

/** A figure as the Metric node will hold it (schema's MetricAttributes), with where it is printed. */
export interface Figure extends Pick<MetricAttributes, "value" | "unit" | "approx" | "counted" | "raw" | "per"> {
  /** Offsets into the article text. */
  start: number;
  end: number;
}

/**
 * Figures of one sentence (offsets into the article text). Exposed for tests
 * and for rules that want figures without building mentions.
 */
export function findFigures(sentence: Sentence, people?: PeopleWords, nextSentence = ""): Figure[] {
  const text = sentence.text;
  const quoted = quotedRanges(text, nextSentence);
  const figures: Figure[] = [];
  let previousEnd = 0;
  for (const match of inTextOrder(figureMatches(text), percentsInWords(text))) {
    const [whole, prefix = "", digits, infix1, multiplier = "", infix2, unit = "", suffix] = match;
    const at = match.index;
    const numberAt = at + prefix.length;
    const end = at + whole.length;
    if (!isStandaloneFigure(text, at, numberAt, end, quoted)) continue;
    // 80周岁: an age bound, not a figure in 周 (weeks).
    if (AGE_QUALIFIER.test(text.slice(numberAt))) continue;
    // 1小时03分27秒 (a time on a clock or a race's), 0号楼0单元 (单元, a building's entrance): no figures.
    if (CLOCK_TIME.test(text.slice(end)) && DURATION_UNITS.has(unit)) continue;
    if (unit === "单" && text[end] === "元") continue;
    // 40公里外的石板村小学: how far away a place lies, no figure of the report.
    if (DISTANCE_UNITS.has(unit) && text[end] === "外") continue;
    const approximated = APPROX_PREFIX.includes(prefix);
    // 近万人次, 逾亿元: a multiplier printed alone stands for one of itself; the pattern allows that before 万/亿.
    const parsed = parseNumber(digits === "" ? `1${multiplier}` : digits! + multiplier);
    if (!parsed) continue;
    const chineseNumeral = parsed.chineseNumeral || digits === "";
    // Single-digit Chinese numerals name things (三会一课, 两委, 四个到位) or enumerate a list just given.
    // A lone 十/百/千/万 is a figure only with 余/多 (百余名, 千余人) or, from 百 up, after an
    // approximation (近千名, 逾千万元, 近万人次); 千家万户 is an idiom and 近十天 a span of time.
    const loneMultiplier =
      !/[一二两三四五六七八九]/.test(digits!) &&
      !(infix1 && /^[十百千]$/.test(digits!)) &&
      !(approximated && /[百千万亿]/.test(digits! + multiplier));
    // 提高两个百分点: a change in points is a figure whatever numeral prints it.
    if (chineseNumeral && (parsed.value < 10 || loneMultiplier) && !unit.endsWith("百分点")) continue;
    // 二十届三中全会, 十四届人大: a Chinese numeral before 届/期 numbers a session, it counts nothing.
    if (chineseNumeral && ORDINAL_UNITS.has(unit)) continue;
    // 五十镇, 八一村, 三合乡: a Chinese numeral right before a level names a place; a count of them takes 个 (十二个镇).
    if (chineseNumeral && PLACE_LEVELS.has(unit)) continue;
    const clauseStart = lastDelimiterBefore(text, at);
    const before = text.slice(Math.max(clauseStart, previousEnd), at);
    // 每人每年4200元: a sum per person, household or mu is a standard; it is kept, with what it is per.
    const per = isStandardOrCriterion(text.slice(clauseStart, at), unit) ? moneyBasis(text.slice(clauseStart, at), unit) : undefined;
    if (per === "") continue;
    const after = text.slice(end, nextDelimiterAfter(text, end));
    const countsPeople = people !== undefined && people.units.includes(unit);
    const nounAfter = countsPeople ? peopleAfter(after, people) : nounPhraseAfter(after);
    if (DURATION_UNITS.has(unit) && nounAfter && /^\S/.test(after)) continue; // 15分钟生活圈
    // 今年前10个月, 头两个月, 3个月来, 半个月里: the span a sentence's figures fall in, not a figure of its own.
    if (DURATION_UNITS.has(unit) && (/[前头]$/u.test(before) || /^(?:来|以来|里)/u.test(after))) continue;
    // 分别增长12.3%和15.6%, 从5万元增长到去年的86万元: a figure joined to the one before it by 和/、
    // alone, or as its later value, counts what that one counts.
    const followsFigure = previousEnd > clauseStart;
    const linked = before.replace(FIGURE_JOINERS, "") === "" || CHANGE_LINK.test(before);
    const joined = followsFigure && linked ? figures.at(-1)?.counted : undefined;
    let counted = nounAfter || joined || peopleAfterVerb(countedBefore(afterPreviousFigure(before, followsFigure), countsPeople), countsPeople ? people : undefined, after) || describedNounAfter(after);
    // 地区生产总值386.5亿元，同比增长6.2%: a change named alone measures the figure before it.
    const changed = figures.at(-1)?.counted;
    if (!nounAfter && !joined && changed && CHANGE_ONLY.test(counted) && !CHANGE_ONLY.test(changed)) counted = changed + counted.replace(/分别/u, "");
    // 集体经济收入全部超过10万元，合计达486万元: a total that names nothing counts what the figure before it counts.
    if (counted === "" && changed && figures.at(-1)?.unit === unit) counted = changed;
    previousEnd = end;
    const approx = [infix1, infix2, suffix, approximated ? prefix : undefined].find(Boolean);
    figures.push({
      start: sentence.start + at,
      end: sentence.start + end,
      value: parsed.value,
      unit,
      ...(approx ? { approx } : {}),
      counted,
      raw: whole.replace(/\s+/g, ""),
      ...(per ? { per } : {}),
    });
  }
  return figures;
}

/** Matches of both scans in the order they are printed; a percentage in words never overlaps a FIGURE (no unit follows its number). */
function inTextOrder(...scans: Iterable<RegExpExecArray>[]): RegExpExecArray[] {
  return scans.flatMap((scan) => [...scan]).sort((a, b) => a.index - b.index);
}

/** Rejects figures that are part of something else: digit runs, ordinals, formulas, quotes. */
function isStandaloneFigure(text: string, at: number, numberAt: number, end: number, quoted: [number, number][]): boolean {
  const before = text[at - 1] ?? "";
  const beforeNumber = text[numberAt - 1] ?? "";
  if (/[0-9.,+\-—/A-Za-z第]/.test(before) || (numberAt === at && /[零〇一二两三四五六七八九十百千万亿]/.test(beforeNumber))) return false;
  if (/^[+\-/A-Za-z]/.test(text.slice(end))) return false;
  // The upper end of a range (3至5人, 10-15天) is no count of its own.
  if (/[0-9零〇一二两三四五六七八九十百千万亿][余多]?\s*(?:至|到|~|～|—|－)\s*$/.test(text.slice(Math.max(0, at - 8), at))) return false;
  return !quoted.some(([from, to]) => at >= from && at < to);
}

/**
 * Ranges (inside the sentence) enclosed by quotes or book-title marks; `nextSentence` is the text after the
 * sentence, where a quotation that closes it may be credited (“…。” | 县医保局局长陈明说。).
 */
function quotedRanges(text: string, nextSentence = ""): [number, number][] {
  const ranges: [number, number][] = [];
  // Jump from opener to opener: most sentences hold no quote at all.
  QUOTE_OPENERS.lastIndex = 0;
  for (let match = QUOTE_OPENERS.exec(text); match; match = QUOTE_OPENERS.exec(text)) {
    const i = match.index;
    const j = text.indexOf(QUOTE_PAIRS[text[i]!]!, i + 1);
    if (j < 0) continue;
    // “今年全市葡萄种植面积稳定在12.8万亩，…”: speech that gives the whole county's figures, or an official's speech
    // (…”县医保局局长陈明说), gives them as any sentence does, and only the quotations inside it (‘5433’) are
    // names. One's own story (“一个月能挣2800元”村民说) gives none of the report's.
    const inner = text.slice(i + 1, j);
    const after = j + 1 < text.length ? text.slice(j + 1) : nextSentence;
    if (isSpeech({ inner }) && (WHOLE_PLACE.test(inner) || OFFICIAL_AFTER.test(after) || OFFICIAL_BEFORE.test(text.slice(0, i)))) continue;
    ranges.push([i, j + 1]);
    QUOTE_OPENERS.lastIndex = j + 1;
  }
  return ranges;
}

/** Words of an official speaking for a whole place: 全县, 全市, 我县. */
const WHOLE_PLACE = /[全我][县市区旗镇乡]/u;
/** An office's title, whose holder reports for the office (局长, 负责人, 党委书记 …). */
const OFFICIAL = "(?:局长|主任|书记|县长|区长|市长|旗长|镇长|乡长|负责人|站长|所长|院长|部长|处长|科长|队长|主席|董事长|总经理)";
/** “…。”县医保局局长陈明说, “…”嘎查党支部书记、嘎查长巴特尔说: speech an official is credited with right after it. */
const OFFICIAL_AFTER = new RegExp(`^[^，。；“”]{0,20}?${OFFICIAL}(?:、\\p{Script=Han}{1,6})?[\\p{Script=Han}·]{0,4}(?:说|表示|介绍|告诉记者|称|坦言)`, "u");
/** 县医保局局长陈明介绍：“…”: speech an official is credited with right before it. */
const OFFICIAL_BEFORE = new RegExp(`${OFFICIAL}[\\p{Script=Han}·]{0,4}(?:说|表示|介绍|告诉记者|称|坦言)[：:，,]?$`, "u");

function lastDelimiterBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_DELIMITERS.test(text[i]!)) return i + 1;
  return 0;
}

function nextDelimiterAfter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (CLAUSE_DELIMITERS.test(text[i]!)) return i;
  return text.length;
}

/**
 * The noun phrase right after a figure (32名离退休干部参加 → 离退休干部), quoted
 * names included (20场“直播进企”专场招聘会) and a short parenthesis after a noun
 * (47个村（社区）); empty when a verb or punctuation follows.
 */
export function nounPhraseAfter(span: string): string {
  const trimmed = span.replace(/^[ \t\u3000]+/, "");
  // 1260户|户均增收3200元: a per-head average opens the next figure's phrase, it is not what this one counts.
  if (PER_HEAD.test(trimmed)) return "";
  const age = AGE_QUALIFIER.exec(trimmed)?.[0];
  if (age) {
    const people = nounPhraseAfter(trimmed.slice(age.length));
    return people ? age + people : "";
  }
  const tokens = getSegmenter().tag(trimmed);
  let phraseEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const close = QUOTE_PAIRS[token.word] ?? BRACKET_PAIRS[token.word];
    if (close) {
      const closeAt = trimmed.indexOf(close, token.end);
      if (closeAt < 0) break;
      const isBracket = token.word in BRACKET_PAIRS;
      // A bracket only glosses a noun already read (村（社区）); a quote may open the phrase, and a quoted
      // name may be all of it (10名“新时代好少年”).
      if (isBracket && (phraseEnd === 0 || closeAt - token.end > MAX_BRACKET_GLOSS)) break;
      phraseEnd = closeAt + 1;
      while (i + 1 < tokens.length && tokens[i + 1]!.start <= closeAt) i++;
      continue;
    }
    const tag = token.tag ?? "";
    const han = HAN.test(token.word);
    // The tagger calls some verbs nouns (联系/n): once the phrase has begun, a counting verb ends it.
    const endsPhrase = phraseEnd > 0 && (COUNTING_VERB_SET.has(token.word) || PHRASE_CLOSERS.has(token.word));
    const isNoun = han && !endsPhrase && (NOUN_PHRASE_TAGS.test(tag) || (token.word.length === 1 && /^(ng|zg|g)$/.test(tag)));
    if (isNoun) phraseEnd = token.end;
    // 3.2万名失能、半失能老年人: attributes listed before one head are one phrase.
    else if (token.word === "、" && tokens[i - 1]?.tag === "b" && tokens[i + 1]?.tag === "b") continue;
    else if (!(han && !endsPhrase && MODIFIER_TAGS.test(tag))) break;
  }
  return trimmed.slice(0, phraseEnd);
}

/** 每 before a span of time (每年, 每月, 每季度, 每天), not before whom or what a standard is for (每人, 每户, 每村). */
const PER_PERIOD = /每(?:年|月|季度?|周|半年|天|日)/gu;
/** 每 before a share of the population a rate is given per (每千人口, 每万人, 每百户): the rate is an indicator, no standard. */
const PER_POPULATION = /每[十百千万]+(?:人口|人|户|名)/gu;
/** Units a standard of how often is given in. */
const FREQUENCY_UNITS = new Set(["次", "场", "期", "轮", "遍", "趟"]);

/**
 * Whether what precedes a figure in its clause makes it a standard or a
 * criterion, not a total: 每名干部明确1名包保干部, 是否突破10万元, 每月入户巡访2次.
 * A sum or count per period of time is a total of that period (每年安排专项资金800万元).
 */
function isStandardOrCriterion(clause: string, unit: string): boolean {
  if (clause.includes("是否")) return true;
  if (!clause.includes("每")) return false;
  const perPeriodOnly = clause.replace(PER_PERIOD, "").replace(PER_POPULATION, "").indexOf("每") < 0;
  return !perPeriodOnly || FREQUENCY_UNITS.has(unit);
}

/** 每 and what a standard is given per: whom (每人, 每生, 每户), what (每亩, 每餐, 每平方米) or when (每年, 每月). */
const PER_BASIS = /每(?:个|名|位|张)?(?:人次|人|生|户|亩|餐|名|位|头|只|吨|平方米|立方米|公斤|千克|斤|公里|座|村|所|家|间|托位|床位|学位|岗位|床|套|台|辆|棵|株|年|月|季度|季|周|天|日|学期|学年)/gu;

/**
 * What the sum a standard sets is per, as printed (每人每年, 每亩), when the figure is a sum of money and
 * every 每 before it in its clause says per what; "" when it is a standard of some other kind or a
 * criterion (每名干部明确1名包保干部, 是否突破10万元), which are no figures of the report.
 */
function moneyBasis(clause: string, unit: string): string {
  if (!unit.endsWith("元") || clause.includes("是否")) return "";
  const bases = [...clause.matchAll(PER_BASIS)].map((match) => match[0]);
  return bases.length === (clause.match(/每/gu) ?? []).length ? bases.join("") : "";
}

/** Longest description of people before its 的 (37名|无法到校就读的|重度残疾儿童). */
const MAX_RELATIVE_CLAUSE = 12;

/**
 * The people a head count counts, printed after it: those a short description
 * ending in 的 leads to (37名|无法到校就读的重度残疾儿童, 50名|家庭困难的大学生),
 * else the noun phrase up to its last word that names people.
 */
function peopleAfter(after: string, people: PeopleWords): string {
  const of = after.indexOf("的");
  // 3名留守儿童的“代理家长”: people before 的 are whom the figure counts, and what follows is theirs.
  if (of > 0 && of <= MAX_RELATIVE_CLAUSE && !/\d/u.test(after.slice(0, of)) && !namesPeople(after.slice(0, of), people)) {
    const described = endAtLastPeopleHead(nounPhraseAfter(after.slice(of + 1)), people);
    if (namesPeople(described, people)) return after.slice(0, of + 1) + described;
  }
  const phrase = endAtLastPeopleHead(nounPhraseAfter(after), people);
  // 110名|易地|扶贫/v 搬迁群众: a phrase the tagger cut short of its people at a word it calls a verb.
  return phrase && !namesPeople(phrase, people) ? peopleWordsAfter(after, people) || phrase : phrase;
}

/** Most words a head count's people may take when the tagger calls one of them a verb. */
const MAX_PEOPLE_WORDS = 4;

/**
 * The first few words after a head count up to the last that ends in people,
 * whatever the tagger calls them (1.4万名|低保/v 边缘 人口|纳入 → 低保边缘人口),
 * as long as no function word or figure stands between.
 */
function peopleWordsAfter(after: string, people: PeopleWords): string {
  let end = 0;
  for (const token of getSegmenter().tag(after).slice(0, MAX_PEOPLE_WORDS)) {
    if (!HAN.test(token.word) || /^[pcudrmqy]/u.test(token.tag ?? "")) break;
    if (namesPeople(after.slice(0, token.end), people)) end = token.end;
  }
  return after.slice(0, end);
}

/** Whether the phrase ends in a word that names people (and not in one that only looks like it: 入户). */
function namesPeople(phrase: string, people: PeopleWords): boolean {
  return phrase !== "" && suffixMatcher(people.heads)(phrase) !== undefined && suffixMatcher(people.notHeads)(phrase) === undefined;
}

/** The phrase up to the end of its last word that names people (群众|饮水|难题 → 群众); whole when none does. */
function endAtLastPeopleHead(phrase: string, people: PeopleWords): string {
  if (!phrase) return phrase;
  // Most phrases end with the people they name (离退休干部): nothing to cut, and no need to segment.
  if (namesPeople(phrase, people)) return phrase;
  // A head may span tokens (残疾|人 in the segmenter's cut): what matters is a word end the phrase's head ends at.
  let end = 0;
  for (const token of getSegmenter().cut(phrase)) {
    if (namesPeople(phrase.slice(0, token.end), people)) end = token.end;
  }
  return end > 0 ? phrase.slice(0, end) : phrase;
}

/**
 * A head count printed right after its verb (惠及全县|18.6万名|参保老人, 东关村“共富工坊”吸纳|120名|
 * 留守妇女就业) counts the people described after it: 惠及参保老人, 吸纳留守妇女. Without such a
 * verb, the people printed right after it count, whatever the tagger calls their words (将|1.4万名|低保边缘人口).
 */
function peopleAfterVerb(counted: string, people: PeopleWords | undefined, after: string): string {
  if (!people) return counted;
  const verb = COUNTING_VERBS.find((candidate) => candidate.length > 1 && counted.endsWith(candidate));
  const described = verb ? describedNounAfter(after) : "";
  return described ? verb + described : peopleWordsAfter(after, people) || counted;
}

/**
 * The noun after a figure behind a short verbal description (420名|分散供养|特困人员),
 * for when nothing else names what the figure counts: at most two verbs, then a noun phrase.
 */
function describedNounAfter(span: string): string {
  const tokens = getSegmenter().tag(span);
  let at = 0;
  for (const token of tokens.slice(0, MAX_DESCRIBING_VERBS)) {
    if (!/^v/.test(token.tag ?? "") || !HAN.test(token.word)) break;
    at = token.end;
    const noun = nounPhraseAfter(span.slice(at));
    if (noun) return span.slice(0, at) + noun;
  }
  return "";
}

const MAX_DESCRIBING_VERBS = 2;

/** Brackets and a joiner between a figure and the next one's phrase: 2家（共有床位98张）、社区长者食堂3家. */
const BETWEEN_FIGURES = /^[（）()【】]*[、和及与]?[（）()【】]*/u;

/** What precedes a figure, without the brackets and joiner that tie it to the figure before (`follows`). */
function afterPreviousFigure(before: string, follows: boolean): string {
  return follows ? before.replace(BETWEEN_FIGURES, "") : before;
}

const PER_HEAD = /^(?:人均|户均|村均|亩均)/;

/**
 * What a figure counts when the phrase precedes it: the clause without time
 * phrases and adverbs, from its first counting verb (which drops the subject),
 * with “V A、B、C等N” shortened to “VN”. Without a counting verb, a division
 * that opens the clause is its subject and is dropped too (镇原县共有脱贫户 → 脱贫户).
 * `countsPeople`: the figure is a head count, so a chain leader's object is what it counts.
 */
export function countedBefore(before: string, countsPeople = false): string {
  let phrase = before.replace(/[、\s]+/g, (m) => (m.includes("、") ? "、" : "")).replace(/^、+|、+$/g, "");
  // “今年全市葡萄种植面积…: the quote a speech opens with, which the phrase does not close.
  const opener = QUOTE_PAIRS[phrase[0] ?? ""];
  if (opener && !phrase.includes(opener)) phrase = phrase.slice(1);
  // 村集体经济收入从2018年的不足5万元: the subject of the change is counted.
  const from = CHANGE_FROM.exec(phrase);
  if (from && from.index > 0) phrase = phrase.slice(0, from.index);
  phrase = phrase.replace(LEADING_NOISE, "");
  // 家庭农场发展到350家: a change verb with 到/至 only links subject and figure; the subject is counted.
  const linked = LINKING_TAIL.exec(phrase);
  if (linked && linked.index > 0) phrase = phrase.slice(0, linked.index);
  phrase = phrase.replace(TRAILING_NOISE, "");
  const tokens = getSegmenter().cut(phrase);
  // The first counting verb drops the subject; in a chain (组织开展) the last verb of the chain leads.
  let verbIndex = tokens.findIndex((t) => COUNTING_VERB_SET.has(t.word) && t.end < phrase.length);
  while (
    verbIndex >= 0 &&
    CHAIN_LEADERS.has(tokens[verbIndex]!.word) &&
    COUNTING_VERB_SET.has(tokens[verbIndex + 1]?.word ?? "") &&
    tokens[verbIndex + 1]!.end < phrase.length
  )
    verbIndex++;
  // 组织农技专家深入田间地头开展技术指导120余场次: what the leader's object then does is counted, unless the
  // figure counts those people (带动农户发展庭院经济3000户).
  if (verbIndex >= 0 && !countsPeople && CHAIN_LEADERS.has(tokens[verbIndex]!.word)) {
    const later = tokens.findIndex((t, k) => k > verbIndex && COUNTING_VERB_SET.has(t.word) && t.end < phrase.length);
    if (later >= 0) verbIndex = later;
  }
  const verb = tokens[verbIndex];
  if (verb) {
    phrase = phrase.slice(verb.start);
    const etc = phrase.lastIndexOf("等");
    if (etc > verb.word.length && etc < phrase.length - 1) phrase = verb.word + phrase.slice(etc + 1);
  } else {
    // 县卫健局还为全县65岁以上老年人免费体检: who acts for whom; what is counted starts with whom.
    const forWhom = tokens.find((t) => t.word === "为" && t.end < phrase.length);
    if (forWhom) {
      phrase = phrase.slice(forWhom.end).replace(LEADING_NOISE, "");
      return phrase.replace(TRAILING_NOISE, "");
    }
    const subject = tokens[0];
    if (subject && subject.end < phrase.length && getDivisionCatalog().byName.has(subject.word)) phrase = phrase.slice(subject.end).replace(LEADING_NOISE, "");
    if (phrase.length > MAX_COUNTED_LENGTH) {
      phrase = phrase.slice(-MAX_COUNTED_LENGTH);
      // Cut mid-list (、返贫致贫人口等困难群众代缴…): start after the list the cut went into.
      const listEnd = Math.max(phrase.lastIndexOf("、"), phrase.lastIndexOf("等"));
      if (listEnd >= 0 && phrase.length - listEnd > MIN_COUNTED_AFTER_LIST) phrase = phrase.slice(listEnd + 1);
    }
  }
  phrase = phrase.replace(LEADING_NOISE, "").replace(TRAILING_NOISE, "");
  // 已有2300余名参保群众: that there are some says nothing of what they are.
  return /^拥?有$/u.test(phrase) ? "" : phrase;
}
