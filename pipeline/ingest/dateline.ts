/**
 * Datelines and bylines that open a newspaper article:
 *   本报嘉祥讯（通讯员 孙涛）   本报济南3月5日讯（记者 王某 实习生 李某）
 *   济宁日报讯（记者 X）        新华社北京3月5日电（记者 X）   【嘉祥讯】
 *   （记者 X 通讯员 Y）         本报记者 X 通讯员 Y   (a line of its own)
 * Only a line's start is tested, so ordinary sentences that mention 本报 do
 * not open articles.
 */
import { looksLikePersonName } from "../extract/person-names.js";
import type { Dateline } from "../records.js";
import { parseIsoDate } from "./dates.js";
import { mayHoldTraditional, normaliseText } from "./normalise.js";

export interface DatelineMatch {
  dateline: Dateline;
  /** Complete date printed in the dateline, ISO. */
  date?: string;
  /** Text after the dateline on the same line (the body's first words). */
  rest: string;
}

const HAN = "\\p{Script=Han}";
const MONTH_DAY = "(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日";
/** Credits in brackets right after the dateline: （通讯员 孙涛）. */
const BRACKETED = "[（(][^（）()。！？\\n]{1,60}[）)]";

/** Role words in credits, longest first so 本报记者 wins over 记者. */
const ROLES = [
  "本报特约通讯员",
  "本报特约记者",
  "本报通讯员",
  "本报记者",
  "特约通讯员",
  "融媒体记者",
  "全媒体记者",
  "融媒记者",
  "全媒记者",
  "特约记者",
  "见习记者",
  "实习记者",
  "首席记者",
  "摄影记者",
  "通讯员",
  "实习生",
  "记者",
  "摄影",
  "文/图",
  "文／图",
  "文/",
  "文／",
];
/** The outlet a role may be printed with: （县融媒体中心记者 王芳）. */
const OUTLET = `${HAN}{0,8}?(?:融媒体中心|融媒中心|新闻中心|广播电视台|电视台|日报社|日报|报社|新闻网)`;
/** A role word standing alone (not the tail of a longer word such as 县通讯员), or after its outlet. */
const ROLE = `(?<!${HAN})(?:${OUTLET})?(?:${ROLES.map((r) => r.replace("/", "\\/")).join("|")})`;
/** What the credited did, printed after their names: 记者 王强 报道, （本报记者 孙丽 整理）. */
const WRITING = "(?:报道|整理|采写|撰稿|执笔)";
/**
 * A name in credits: Han characters (· in transcribed names), never what the credited did (报道,
 * 整理); it ends where Han script ends (or at 报道) and is not the next field's key (编辑：, 发布时间：).
 */
const NAME = `(?!${WRITING})(?:[${HAN}]{1,8}(?:·[${HAN}]{1,8})+|[${HAN}]{2,5})(?!(?!${WRITING})[${HAN}·]|\\s*[：:])`;
/** Between a role and its name: space, colon or slash (记者/王芳). */
const ROLE_SEPARATOR = "[\\s：:/／]*";
// One or more roles before a name: 文/图 本报记者 李娜.
const CREDIT_LIST = `(?:${ROLE}${ROLE_SEPARATOR})+${NAME}(?:[\\s、，,]+(?:${ROLE}${ROLE_SEPARATOR})*${NAME})*`;

interface Opener {
  pattern: RegExp;
  place: (match: RegExpExecArray) => string | undefined;
  /** The opener is an agency's or another outlet's: its place is where the report was filed. */
  agency?: boolean;
}

const OPENERS: Opener[] = [
  // 本报讯 / 本报嘉祥讯 / 本报济南3月5日讯 / 本报济南3月5日电; a site's or station's own: 本网讯, 本台讯, 本台消息
  { pattern: new RegExp(`^本[报网台刊](${HAN}{0,8}?)(?:${MONTH_DAY})?(?:[讯电]|消息)`, "u"), place: (m) => m[1] || undefined },
  // 新华社北京3月5日电 / 中新网济南3月5日电 / 央广网西宁3月5日消息 — agencies always print the date.
  {
    pattern: new RegExp(`^${HAN}{1,6}?(?:社|网|台)(${HAN}{0,8}?)${MONTH_DAY}(?:电|消息)`, "u"),
    place: (m) => m[1] || undefined,
    agency: true,
  },
  // 济宁日报讯 / 大众日报济南讯 / 嘉祥融媒讯
  {
    pattern: new RegExp(`^${HAN}{1,8}?(?:日报|晚报|时报|商报|融媒体中心|融媒|新闻网|电视台)(${HAN}{0,8}?)(?:${MONTH_DAY})?讯`, "u"),
    place: (m) => m[1] || undefined,
  },
  // 大河网讯, 光明网讯: a news site's, with no place between (互联网通讯… is a sentence).
  { pattern: new RegExp(`^${HAN}{1,6}?网讯`, "u"), place: () => undefined },
  // 宁陵讯（记者 王强）: a place and 讯, as county media print it; only with its credits in brackets,
  // so a sentence that opens with a word in 讯 is never one.
  { pattern: new RegExp(`^(${HAN}{2,8}?)(?:${MONTH_DAY})?讯(?=\\s*[（(]\\s*(?:${ROLE}))`, "u"), place: (m) => m[1] || undefined },
  // 据旬阳市融媒体中心消息: a report taken from a county outlet, named with its news.
  { pattern: new RegExp(`^据${HAN}{1,12}?(?:日报|晚报|融媒体中心|融媒|广播电视台|电视台|新闻网|发布|客户端)(?:消息|报道)[，,：:]?`, "u"), place: () => undefined },
  // 【嘉祥讯】 / 【本报讯】 / 【大众日报讯】
  { pattern: new RegExp(`^【([^【】\\n]{0,16}?)(?:${MONTH_DAY})?[讯电]】`, "u"), place: (m) => placeInBrackets(m[1] ?? "") },
];

/** A mark some papers set before a byline: □ 本报记者 高建军, ◎文/图 本报记者 李娜. */
const BYLINE_MARK = "(?:[□■◎●◆◇★☆○]\\s*)?";
/** A line that is nothing but credits: 本报记者 张三 通讯员 李四 / （记者 张三） / 记者 张三 报道 */
const BYLINE_ONLY = new RegExp(`^${BYLINE_MARK}(?:[（(]\\s*${CREDIT_LIST}\\s*[）)]|${CREDIT_LIST}(?:\\s*(?:摄影)?${WRITING})?)$`, "u");
/** Credits in brackets at the start of a line, followed by the body: （记者 张三）近日，… */
const BRACKETED_CREDITS_FIRST = new RegExp(`^[（(]\\s*${CREDIT_LIST}\\s*[）)]`, "u");
/** What a credit in brackets may close with: 摄 of a photograph (（记者 陈晓东 摄）), 报道, 整理. */
const CLOSING_ROLE = `\\s*(?:摄影?|${WRITING})?\\s*`;
/** A line that is nothing but credits in brackets: （记者 张三 通讯员 李四）. */
const BRACKETED_CREDITS_ONLY = new RegExp(`^[（(]\\s*${CREDIT_LIST}${CLOSING_ROLE}[）)]$`, "u");
/** Credits closed by 报道 and a colon, the body after them on the line: 本报记者 王强 报道：近日，… */
const CREDITS_REPORT = new RegExp(`^${BYLINE_MARK}${CREDIT_LIST}\\s*报道[：:]`, "u");
/**
 * Unbracketed credits after the opener, only when closed by 报道, the line end, or a space before the
 * body (本报讯 通讯员张三 记者李四 近日，…): a name is a whole run of Han, so 记者近日从… is none.
 */
const TRAILING_CREDITS = new RegExp(`^\\s*(?:${CREDIT_LIST})\\s*(?:报道[：:]?|$|(?<=\\s)(?=\\S))`, "u");

const WRITING_AT_END = new RegExp(`${WRITING}$`, "u");
const WRITING_ALONE = new RegExp(`^${WRITING}$`, "u");

const BRACKETED_AFTER_OPENER = new RegExp(`^\\s*${BRACKETED}`, "u");
const CREDITS = new RegExp(CREDIT_LIST, "gu");
/** A person's name: 2–4 characters, or a transcribed name with ·; not an office (县委宣传部, 融媒体中心). */
const PERSON_NAME = new RegExp(`^(?:[${HAN}]{2,4}|[${HAN}]{1,8}(?:·[${HAN}]{1,8})+)$`, "u");
const OFFICE_SUFFIX = /(?:部|局|委|办|厅|处|科|中心|站|所|院|队|社|台|报|网|公司|集团|协会)$/u;

/**
 * Recognises a dateline or byline at the start of a (trimmed) line.
 *
 * @example matchDateline("本报嘉祥讯（通讯员 孙涛）新一轮选派")
 * // { dateline: { raw: "本报嘉祥讯（通讯员 孙涛）", place: "嘉祥", reporters: ["孙涛"] }, rest: "新一轮选派" }
 */
export function matchDateline(line: string): DatelineMatch | undefined {
  const printed = line.trim();
  // A line in traditional characters is matched in its normalised form (本報訊（記者 陳志明） →
  // 本报讯(记者 陈志明)), which has the same length, so `raw` and `rest` can be cut from the printed one.
  const trimmed = mayHoldTraditional(printed) ? normaliseText(printed) : printed;
  if (BYLINE_ONLY.test(trimmed)) return build(printed, trimmed, trimmed.length, undefined);
  const creditsFirst = BRACKETED_CREDITS_FIRST.exec(trimmed) ?? CREDITS_REPORT.exec(trimmed);
  if (creditsFirst) return build(printed, trimmed, creditsFirst[0].length, undefined);
  for (const opener of OPENERS) {
    const match = opener.pattern.exec(trimmed);
    if (!match) continue;
    // 讯 followed by 息/问/号/员 is an ordinary word (讯息, 通讯员), not a dateline.
    if (/^[息问号员]/u.test(trimmed.slice(match[0].length))) continue;
    let end = match[0].length;
    const after = trimmed.slice(end);
    const bracketed = BRACKETED_AFTER_OPENER.exec(after) ?? TRAILING_CREDITS.exec(after);
    if (bracketed) end += bracketed[0].length;
    return build(printed, trimmed, end, opener.place(match), opener.agency);
  }
  return undefined;
}

/** The dateline of `printed` up to `end`: raw as printed, names, place and date read from the normalised text. */
function build(printed: string, normalised: string, end: number, place: string | undefined, agency?: boolean): DatelineMatch {
  const read = normalised.slice(0, end);
  const dateline: Dateline = { raw: printed.slice(0, end).trimEnd(), reporters: parseReporters(read) };
  if (place) dateline.place = normaliseText(place);
  if (agency) dateline.agency = true;
  const date = parseIsoDate(read);
  return { dateline, rest: printed.slice(end).trimStart(), ...(date ? { date } : {}) };
}

function placeInBrackets(inner: string): string | undefined {
  if (inner === "" || inner.startsWith("本报")) return inner.slice(2) || undefined;
  if (/(?:日报|晚报|时报|商报|报|网|融媒|中心|台|社)$/u.test(inner)) return undefined;
  return inner;
}

/**
 * Names credited in a dateline, byline or meta line, role words removed.
 *
 * @example parseReporters("本报汶上讯（通讯员 焦纪健 苏文浩）") // ["焦纪健", "苏文浩"]
 */
export function parseReporters(text: string): string[] {
  const credits = [...joinSpacedNames(text).matchAll(CREDITS)].map((m) => m[0]);
  const names: string[] = [];
  for (const credit of credits) {
    for (let token of credit.split(/[\s、，,：:/／]+/u)) {
      token = withoutRoles(token);
      // 记者张三报道: what the credited did, printed without a space.
      const did = WRITING_AT_END.exec(token);
      if (did && token.length - did[0].length >= 2) token = token.slice(0, -did[0].length);
      // 摄影报道, 整理: what the byline's last role did, not a name.
      if (WRITING_ALONE.test(token)) continue;
      if (PERSON_NAME.test(token) && !OFFICE_SUFFIX.test(token) && !names.includes(token)) names.push(token);
    }
  }
  return names;
}

/**
 * A credit printed in brackets on the body's last line, naming the office and
 * then its writers without a role word: （宁乡市民政局 周丽娟）, （县融媒体中心 王强 李丽）,
 * only the writers (（王丽 张鹏）), only the office that supplied the text (（县委宣传部供稿）),
 * the writers with their roles (（记者 马小军 通讯员 杨娟）), or where the text was taken
 * from: （综合承德日报、河北日报报道）.
 *
 * @example closingCredit("（宁乡市民政局 周丽娟）") // { names: ["周丽娟"] }
 */
export function closingCredit(line: string): { names: string[] } | undefined {
  // Most lines are not bracketed: spare them the normalisation.
  if (!IN_BRACKETS.test(line)) return undefined;
  const text = normaliseText(line.trim());
  if (SUPPLIED_BY.test(text) || SOURCE_NOTE.test(text)) return { names: [] };
  // （白银日报记者 马小军 通讯员 杨娟）: role words, as a dateline's credits are printed.
  if (BRACKETED_CREDITS_ONLY.test(text)) return { names: parseReporters(text) };
  const bare = bareNames(text);
  if (bare) return { names: bare };
  const match = OFFICE_AND_NAMES.exec(text);
  if (!match || !(OFFICE_SUFFIX.test(match[1]!) || PLACE_SUFFIX.test(match[1]!))) return undefined;
  const names = match[2]!.split(NAME_SEPARATOR);
  return names.every((name) => PERSON_NAME.test(name) && !OFFICE_SUFFIX.test(name)) ? { names } : undefined;
}

/**
 * Where a bracketed credit closes the last sentence on its line: 化解矛盾纠纷1420件。（通讯员 李娜）,
 * …3.8亿元。（曲阜市融媒体中心）. Returns the offset of the bracket and the names (none for a
 * source alone), or undefined.
 *
 * @example trailingCredit("督促整改问题38个。（通讯员 王晓）") // { at: 10, names: ["王晓"] }
 */
export function trailingCredit(line: string): { at: number; names: string[] } | undefined {
  if (!CLOSES_BRACKET.test(line)) return undefined;
  const text = normaliseText(line.trimEnd());
  const match = TRAILING_BRACKETED_CREDITS.exec(text) ?? TRAILING_BRACKETS.exec(text);
  if (!match) return undefined;
  const bracketed = match[0].trim();
  const names = bareNames(bracketed) ?? parseReporters(bracketed);
  // （曲阜市融媒体中心）: the source alone, crediting no one by name.
  const sourceOnly = names.length === 0 && SOURCE_ONLY.test(bracketed);
  return names.length > 0 || sourceOnly ? { at: match.index + match[0].search(/[（(]/u), names } : undefined;
}

/**
 * Names alone in brackets, as many papers close a report without role words:
 * （王丽 张鹏）. Each must look like a personal name (a common surname first).
 */
function bareNames(bracketed: string): string[] | undefined {
  const match = BARE_NAMES.exec(joinSpacedNames(bracketed));
  if (!match) return undefined;
  const names = match[1]!.split(NAME_SEPARATOR);
  return names.every(looksLikePersonName) ? names : undefined;
}

/** A two-character name printed with a space inside, as papers align it with three-character names: 杨 帆. */
const SPACED_NAME = new RegExp(`(?<!${HAN})(${HAN})[ \u3000]{1,2}(${HAN})(?!${HAN})`, "gu");

/** A credit with its spaced two-character names closed up (记者 杨 帆 → 记者 杨帆). */
function joinSpacedNames(credit: string): string {
  return credit.replace(SPACED_NAME, "$1$2");
}

const IN_BRACKETS = /^\s*[（(].*[）)]\s*$/u;
const CLOSES_BRACKET = /[）)]\s*$/u;
/** What ends the sentence a credit closes: 。！？ or a closing quote, or a half-width full stop after Han (…增收.). */
const SENTENCE_END_BEFORE = `(?<=[。！？!?”]|(?<=${HAN})\\.)`;
const TRAILING_BRACKETED_CREDITS = new RegExp(`${SENTENCE_END_BEFORE}\\s*[（(]\\s*${CREDIT_LIST}${CLOSING_ROLE}[）)]$`, "u");

const TRAILING_BRACKETS = new RegExp(`${SENTENCE_END_BEFORE}\\s*[（(][^（()）]{2,40}[）)]$`, "u");
const SOURCE_ONLY = new RegExp(`^[（(]${HAN}{2,20}(?:部|局|委|办|中心|台|报|报社|网)(?:供稿)?[）)]$`, "u");
/** One to four names of 2–4 characters in a closing credit, and what separates them; 整理 after them is no name. */
const CREDITED_NAME = `(?!${WRITING}(?!${HAN}))${HAN}{2,4}`;
const CREDITED_NAMES = `${CREDITED_NAME}(?:[\\s、，,]+${CREDITED_NAME}){0,3}`;
const NAME_SEPARATOR = /[\s、，,]+/u;
const BARE_NAMES = new RegExp(`^[（(]\\s*(${CREDITED_NAMES})${CLOSING_ROLE}[）)]$`, "u");
const OFFICE_AND_NAMES = new RegExp(`^[（(]\\s*(${HAN}{2,20}?)\\s+(${CREDITED_NAMES})${CLOSING_ROLE}[）)]$`, "u");
/** A closing credit may name the writers' township or county instead of an office: （王庄镇 李明）. */
const PLACE_SUFFIX = /(?:县|市|区|旗|镇|乡|街道)$/u;
const SUPPLIED_BY = new RegExp(`^[（(]${HAN}{2,20}供稿[）)]$`, "u");
/** Where a report was taken from: （综合承德日报、河北日报报道）, （据新华社报道）, （来源：县人社局）. */
const SOURCE_NOTE = /^[（(](?:综合|据|转自|摘自|(?:稿件)?来源[：:])[^（）()。！？]{2,40}[）)]$/u;

function stripRole(token: string): string {
  const role = ROLES.find((r) => token.startsWith(r));
  return role ? token.slice(role.length) : token;
}

/**
 * A credited name without the role words printed before it ("" for a role alone).
 *
 * @example withoutRoles("本报记者周宁") // "周宁"
 */
export function withoutRoles(token: string): string {
  let name = token;
  for (let stripped = stripRole(name); stripped !== name; stripped = stripRole(name)) name = stripped;
  return name;
}
