/**
 * Villages and townships as they open or own a body's name: the village or township printed right
 * before a body (霍尔奇镇东光村|新时代文明实践站), a name the tagger cut from its level (红旗|村|党总支,
 * 丁家|沟镇), and the place a body printed by its level alone belongs to (在青源村，村党支部…).
 */
import type { Sentence, Token } from "../records.js";
import { isCommonWord } from "../segment/base-lexicon.js";
import { HAN_ONLY } from "./text-spans.js";
import { LOCAL_LEVEL as LOCAL_LEVEL_PATTERN, TOWNSHIP_LEVEL, TOWNSHIP_NAME, VILLAGE_LEVEL } from "../divisions/local-levels.js";

/** Village and community levels, printed as words of their own after a name the tagger does not know. */
export const LOCAL_LEVEL_WORDS = new Set(["村", "社区", "居委会"]);
/** Characters of quantities and determiners, which no village name holds (每个村, 各村, 全村). */
const NOT_IN_LOCAL_NAME = /[个各每全本该这那其多几些]/u;
/** Numerals village names open with (万古寺村, 千佛村, 百福社区). */
const NAME_NUMERALS = new Set(["万", "千", "百"]);

/**
 * Where the village or community name before the level token `level` starts
 * (and the township before it, when printed right before), or undefined when
 * the word before is no such name: two to four Han characters, no quantity.
 */
export function cutLocalName(tokens: readonly Token[], level: number): number | undefined {
  const name = tokens[level - 1];
  if (!name || name.end !== tokens[level]!.start || !/^\p{Script=Han}{2,4}$/u.test(name.word) || NOT_IN_LOCAL_NAME.test(name.word)) return undefined;
  if (/^[rpcduqv]/.test(name.tag ?? "")) return undefined;
  const township = tokens[level - 2];
  // 万/m|古寺|村: a name's first character the tagger read as a numeral, no figure before it.
  const numeralHead = township?.end === name.start && NAME_NUMERALS.has(township.word) && !/[\d零一二两三四五六七八九十百千万]$/u.test(tokens[level - 3]?.word ?? "");
  if (numeralHead) return level - 2;
  if (!township || township.end !== name.start || !TOWNSHIP_NAME.test(township.word)) return level - 1;
  return headCutFrom(tokens, level - 2) ? level - 3 : level - 2;
}

/**
 * Whether the township or village name at `at` (沟镇, 营镇) is only the tail of a
 * name the tagger cut, whose head is the word right before it (丁家|沟镇, 柳家|营镇):
 * a word of a name, or any one character that is no function word (梁|邱镇, 孝|丰镇),
 * since a township is seldom named by one character.
 */
export function headCutFrom(tokens: readonly Token[], at: number): boolean {
  const tail = tokens[at]!;
  const head = tokens[at - 1];
  if (tail.word.length !== 2 || head === undefined || head.end !== tail.start || !/^\p{Script=Han}{1,3}$/u.test(head.word)) return false;
  // 二是|镇村服务站: an item's number opens no place's name.
  if (ITEM_NUMBER.test(head.word)) return false;
  if (head.word.length === 1 && !FUNCTION_WORD_TAGS.test(head.tag ?? "") && !NOT_IN_LOCAL_NAME.test(head.word)) return true;
  // 润/v|城镇: a tail that is an everyday word (城镇, 集镇) names no township alone, whatever the tagger made of the
  // character before it.
  if (head.word.length === 1 && EVERYDAY_TAILS.has(tail.word) && !/^[pcu]/u.test(head.tag ?? "") && !NOT_IN_LOCAL_NAME.test(head.word)) return true;
  return NAME_HEAD_TAGS.has(head.tag ?? "") && !isCommonWord(head.word);
}

/** Everyday words that end a township's name the tagger cut (润|城镇, 古|城镇, 景|村镇). */
export const EVERYDAY_TAILS: ReadonlySet<string> = new Set(["城镇", "集镇", "村镇"]);

/** The number of an item in a list of points (一是, 二是). */
const ITEM_NUMBER = /^[一二三四五六七八九十]+是$/u;

/** Tags of function words and verbs, which open no place's name (在/p, 和/c, 到/v, 也/d). */
const FUNCTION_WORD_TAGS = /^[pcudrvmqy]/u;

/** Township levels, printed as words of their own when the segmenter splits them from the name before. */
export const TOWNSHIP_LEVELS = new Set(["镇", "乡"]);

/**
 * Whether `name` is a township's name the tagger cut from the level word `level` right after it (双溪/nr|镇,
 * 大滩/n|镇, 白河/ns|乡): two or three characters of a name's kind.
 */
export function namesTownshipBefore(name: Token | undefined, level: Token): name is Token {
  return name !== undefined && name.end === level.start && NAME_HEAD_TAGS.has(name.tag ?? "") && /^\p{Script=Han}{2,3}$/u.test(name.word);
}

/** A body named from a township or village level: 镇政府, 乡卫生院, 街道办事处, 村委会. */
export const LOCAL_LEVEL = new RegExp(`^${LOCAL_LEVEL_PATTERN}`, "u");
/**
 * A township or village name with its level: 良梨镇, 露湖村, 玉潭街道. Not Inner Mongolia's 苏木 and 嘎查: their names
 * run longer (乌兰宝力格嘎查) and the tagger cuts them in pieces (乌兰|宝力|格嘎查), which a body's name takes in as it
 * takes in any guessed word.
 */
export const LOCAL_NAME = /^\p{Script=Han}{1,3}(?:镇|乡|村|街道|社区)$/u;

/** Tags of a place name's head the tagger cut from its tail (丁家/x|沟镇, 郭城/nr|驿镇, 柳家/n|营镇). */
export const NAME_HEAD_TAGS = new Set(["x", "nr", "ns", "nz", "n"]);

/**
 * The name of a body printed by its level alone, after the village or township it belongs to: the last one of
 * that level the sentence names before it (在青源村，村党支部… → 青源村党支部; 江南镇…镇党委 → 江南镇党委), or undefined.
 */
export function localBodyName(sentence: Sentence, span: { start: number; end: number }, text: string, tokens: readonly Token[]): string | undefined {
  const printed = text.slice(span.start, span.end);
  const level = LOCAL_LEVEL.exec(printed)?.[0];
  if (!level) return undefined;
  const before = text.slice(sentence.start, span.start);
  const candidates = [...before.matchAll(new RegExp(`\\p{Script=Han}{2,4}${level}`, "gu"))];
  for (const match of candidates.reverse()) {
    // 每个村, 全村, 各村: no village's name; 推进|城乡|村: a place's name starts a word that is no verb.
    for (let from = 0; from <= match[0].length - level.length - 2; from++) {
      const name = match[0].slice(from);
      const word = tokens.find((token) => token.start === sentence.start + match.index + from);
      if (NOT_IN_LOCAL_NAME.test(name) || LOCAL_LEVEL.test(name) || !word || /^[vpcdrum]/u.test(word.tag ?? "")) continue;
      return name + printed.slice(level.length);
    }
  }
  return undefined;
}

/**
 * The one township a headline is about (红毛镇：让民族团结之花…, 城关镇推行“街长制”), from its words (`tokens`), or
 * undefined when it names none, or more than one.
 */
export function headlineTownship(tokens: readonly Token[]): string | undefined {
  const names = new Set<string>();
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    // 天子|湖镇: the tail of a name the tagger cut holds the level.
    if (TOWNSHIP_NAME.test(token.word) && headCutFrom(tokens, i)) names.add(previous!.word + token.word);
    else if (TOWNSHIP_NAME.test(token.word) && !EVERYDAY_TAILS.has(token.word) && !/^[vpcdr]/u.test(token.tag ?? "") && !NOT_IN_LOCAL_NAME.test(token.word)) names.add(token.word);
    // 双溪/nr|镇: a name the tagger cut from its level.
    else if (TOWNSHIP_LEVELS.has(token.word) && namesTownshipBefore(previous, token)) names.add(previous.word + token.word);
  });
  return names.size === 1 ? [...names][0] : undefined;
}

/** The name of a township's body printed by its level alone (镇党委, 乡政府) in an article about `township`. */
export function townshipBodyName(printed: string, township: string | undefined): string | undefined {
  const level = TOWNSHIP_LEVEL_AT_START.exec(printed)?.[0];
  return township && level && township.endsWith(level) ? township + printed.slice(level.length) : undefined;
}

/** A township's level opening a body's name, not a word for all townships or villages (镇村, 乡镇, 镇级). */
const TOWNSHIP_LEVEL_AT_START = new RegExp(`^${TOWNSHIP_LEVEL}(?![村镇乡级])`, "u");

/** Kinds of body a village or township has one of, named after it: its Party branch, committee, government, health centre, nursing home. */
export const LOCAL_BODY_CATEGORIES = new Set(["party", "community", "government", "health", "social"]);

/** A village printed before a body, after its township or not (东光村, 霍尔奇镇东光村, 五一社区), or a township alone (四都乡). */
const LOCAL_PLACE = new RegExp(
  `^(?:(?:\\p{Script=Han}{2,4}${TOWNSHIP_LEVEL})?\\p{Script=Han}{2,4}${VILLAGE_LEVEL}|\\p{Script=Han}{2,4}${TOWNSHIP_LEVEL})$`,
  "u",
);

/**
 * The village (and township) printed right before `at` in a sentence whose text starts at `offset`: the longest
 * such name that starts a word which is no verb or function word (依托|城关街道五一社区 → 城关街道五一社区); "" when none.
 */
export function localPlaceBefore(text: string, at: number, offset: number, tokens: readonly Token[]): string {
  for (let from = Math.max(0, at - 12); from <= at - 3; from++) {
    const place = text.slice(from, at);
    if (!LOCAL_PLACE.test(place) || NOT_IN_LOCAL_NAME.test(place)) continue;
    const word = tokens.find((token) => token.start === offset + from);
    if (word && !/^[vpcdru]/u.test(word.tag ?? "") && !GLUED_PREPOSITIONS.has(word.word[0]!)) return place;
  }
  return "";
}

/**
 * Prepositions and conjunctions the tagger glues to the unknown name after them (由敦|茶村, 在溪|口村, 与午|汲镇):
 * never a name's first character.
 */
export const GLUED_PREPOSITIONS = new Set(["由", "在", "与", "和", "及"]);

/** Tags of the pieces the tagger cuts an Inner Mongolian name into: 巴彦/nr|宝/nr|拉格/nrt, 呼热图/x|淖尔/n, 乌兰图/nr|嘎/o. */
const MONGOLIAN_PIECE_TAGS = /^(?:x|nr|nrt|nrfg|ns|nz|n|o)$/u;
/** Most characters of an Inner Mongolian 苏木's or 嘎查's name (巴彦宝拉格, 呼热图淖尔). */
const MAX_MONGOLIAN_NAME = 7;
/** A township level a piece ends or opens with: the township before the name, not part of it (其镇|巴彦…, 镇巴|音乌拉…). */
const TOWNSHIP_LEVEL_END = /(?:镇|乡|苏木)$/u;
const TOWNSHIP_LEVEL_OPENING = /^(?:镇|乡)(?=\p{Script=Han})/u;

/**
 * Where the name of a 苏木 or 嘎查 printed at `at` starts: the pieces right before it the tagger cut the name into,
 * back to the township before it, a word of another kind or the clause's start; `at` when there are none.
 */
export function mongolianNameStart(tokens: readonly Token[], at: number): number {
  let start = at;
  for (let k = tokens.findIndex((token) => token.end === at); k >= 0; k--) {
    const piece = tokens[k]!;
    if (piece.end !== start || !MONGOLIAN_PIECE_TAGS.test(piece.tag ?? "") || !HAN_ONLY.test(piece.word)) break;
    if (TOWNSHIP_LEVEL_END.test(piece.word) || at - piece.start > MAX_MONGOLIAN_NAME) break;
    // 镇巴/ns|音|乌拉: the township's level glued to the name's first character.
    const level = TOWNSHIP_LEVEL_OPENING.exec(piece.word)?.[0].length ?? 0;
    start = piece.start + level;
    if (level > 0) break;
  }
  return start;
}
