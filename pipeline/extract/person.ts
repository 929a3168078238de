/**
 * Person mentions: the article's reporters (from the dateline) and people the
 * body names in a way that leaves no doubt — after a title (县委书记张三), before
 * 同志/说/介绍, as the speaker opening an answer (王建国：…), or in a list of
 * names closed by 等 (杨焕勇、王新华等). The
 * tagger's `nr` alone is never enough: a candidate must look like a name
 * (surname + one or two characters) and be no everyday word or place name.
 */
import { isDivisionName } from "../divisions/catalog.js";
import type { ArticleRecord, EntityMention, Sentence, Token } from "../records.js";
import { getBaseLexicon } from "../segment/base-lexicon.js";
import { tagSentence } from "./context.js";
import { COMPOUND_SURNAMES, looksLikePersonName, NAME_FOLLOWERS, TITLES } from "./person-names.js";
import { HAN_ONLY } from "./text-spans.js";
import { suffixMatcher } from "./word-sets.js";

export type PersonCategory = "reporter" | "named";

/** Where a dateline fact (WRITTEN_BY) is evidenced: the first sentence of the body. */
export const DATELINE_SENTENCE = 0;

/** How a name is said to speak, adverb first (高兴地说, 笑着说, 激动地介绍). */
const SAID_SO = /^\p{Script=Han}{1,3}[地着](?:说|介绍|表示|告诉)/u;
const FOLLOWER_SET = new Set(NAME_FOLLOWERS);
const SPEAKER_COLON = new Set(["：", ":"]);
/** Base-dictionary frequency from which a non-name word is too common to be a name (高峰, 方向). */
const COMMON_WORD_FREQ = 100;

/**
 * Reporters first (category "reporter"), then named people of the body ("named").
 * A reporter whose name is not in the body text (the dateline is usually kept
 * out of it) gets an empty surface at offset 0 of sentence DATELINE_SENTENCE;
 * an article without sentences yields no reporter mentions (nothing could evidence them).
 *
 * `taggedTokens` gives a sentence's tagged tokens with article offsets (the
 * extract context's, which tags the article once); by default each sentence is tagged here.
 *
 * @example extractPersons(article, sentences).map((p) => p.name) // ["孙涛", "杨焕勇", "王新华"]
 */
export function extractPersons(
  article: ArticleRecord,
  sentences: Sentence[],
  taggedTokens: (sentence: Sentence) => readonly Token[] = tagSentence,
): EntityMention[] {
  const mentions: EntityMention[] = [];
  // Evidence needs a sentence: an article without body text cannot carry its reporters.
  const reporterNames = sentences.length > 0 ? article.reporters : [];
  for (const reporter of reporterNames) {
    const name = reporter.trim();
    if (!name) continue;
    const at = article.normalizedText.indexOf(name);
    const inDatelineSentence = at >= 0 && sentences[DATELINE_SENTENCE] && at < sentences[DATELINE_SENTENCE].end;
    mentions.push({
      kind: "Person",
      name,
      surface: inDatelineSentence ? article.text.slice(at, at + name.length) : "",
      start: inDatelineSentence ? at : 0,
      end: inDatelineSentence ? at + name.length : 0,
      sentence: DATELINE_SENTENCE,
      attributes: { category: "reporter" },
    });
  }
  const reporters = new Set(article.reporters.map((r) => r.trim()));
  for (const sentence of sentences) {
    for (const candidate of namedPeople(taggedTokens(sentence))) {
      if (reporters.has(candidate.name) && candidate.start < (sentences[DATELINE_SENTENCE]?.end ?? 0)) continue;
      mentions.push({
        kind: "Person",
        name: candidate.name,
        surface: article.text.slice(candidate.start, candidate.end),
        start: candidate.start,
        end: candidate.end,
        sentence: sentence.index,
        attributes: { category: "named" },
      });
    }
  }
  return mentions;
}

interface Candidate {
  name: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  /** Token indexes the candidate spans. */
  first: number;
  last: number;
  /** 说 the segmenter glued to the name (卢成说): it confirms the name as a following 说 does. */
  saidBy?: boolean;
}

/** A title, or a word the segmenter made of a body and a title (纪委书记, 办公室主任). */
function endsWithTitle(word: string): boolean {
  return suffixMatcher(TITLES)(word) !== undefined;
}

/** Accepted names among a sentence's tokens (offsets into the article). */
function namedPeople(tokens: readonly Token[]): Candidate[] {
  const candidates = nameCandidates(tokens);
  const accepted = new Set<Candidate>();
  const after = (candidate: Candidate, offset = 1): string => tokens[candidate.last + offset]?.word ?? "";
  for (const candidate of candidates) {
    // A paper may set a space between the title and the name (县政协主席 刘明).
    const spaced = /^\s+$/u.test(tokens[candidate.first - 1]?.word ?? "");
    // 指挥|长林|卫东: a name that starts inside its first word leaves the title's last character before it.
    const cut = tokens[candidate.first]!;
    const titleTail = candidate.start > cut.start ? cut.word.slice(0, candidate.start - cut.start) : "";
    const previous = (tokens[candidate.first - (spaced ? 2 : 1)]?.word ?? "") + titleTail;
    // 等 alone proves little (黄精等药材); 张三等同志 / 张三等5人 does.
    const etcOfPeople = after(candidate) === "等" && /^(同志|人|一行|多名|\d)/.test(after(candidate, 2));
    // 张桂兰高兴地说, 王大爷笑着说: 说 after the manner of saying it.
    const saidSo = SAID_SO.test(after(candidate) + after(candidate, 2) + after(candidate, 3));
    // 王建国：近年来… — an interview or transcript gives each answer after its speaker's name.
    const speakerLabel = candidate.first === 0 && SPEAKER_COLON.has(after(candidate));
    const confirmed = endsWithTitle(previous) || FOLLOWER_SET.has(after(candidate)) || candidate.saidBy || saidSo || speakerLabel;
    if (confirmed || etcOfPeople) accepted.add(candidate);
  }
  // A list of names: all count when one is confirmed, or when the list is closed by 等 (杨焕勇、王新华等).
  for (let i = 0; i < candidates.length; i++) {
    const run = [candidates[i]!];
    while (i + 1 < candidates.length && after(candidates[i]!) === "、" && candidates[i + 1]!.first === candidates[i]!.last + 2) {
      run.push(candidates[++i]!);
    }
    const closedByEtc = after(run.at(-1)!) === "等";
    if (run.length >= 2 && (closedByEtc || run.some((c) => accepted.has(c)))) run.forEach((c) => accepted.add(c));
  }
  return candidates.filter((c) => accepted.has(c));
}

/** Name-shaped spans: one token (杨焕勇), a surname token plus the next one (王/nr 新华/nz), or a transliterated name (艾尔肯·吐尔逊). */
function nameCandidates(tokens: readonly Token[]): Candidate[] {
  const dotted = dottedNames(tokens);
  const candidates: Candidate[] = [...dotted];
  for (let i = 0; i < tokens.length; i++) {
    const inDotted = dotted.find((candidate) => candidate.first <= i && i <= candidate.last);
    if (inDotted) {
      i = inDotted.last;
      continue;
    }
    const token = tokens[i]!;
    // 1200余名: 余 after a figure is an approximation, not the surname 余.
    if (endsWithNumeral(tokens[i - 1]?.word ?? "")) continue;
    const transliterated = undottedName(tokens, i);
    if (transliterated) {
      candidates.push(transliterated);
      i = transliterated.last;
      continue;
    }
    const next = tokens[i + 1];
    // The tagger often splits a name into surname + given name (王/nr 新华/nz, 刘/zg 长顺/ns, 韩/j 立新/d);
    // the join is only a candidate, the title/同志/list context still has to confirm it.
    // 向|群众, 对|记者: a preposition or conjunction before a common word is no surname before a given name (向|东林
    // may be); nor is a pronoun or verb before a common word that is no noun (任|县级, serves as; 何|建平 is a name).
    const joinable = next !== undefined && token.word.length === 1 && next.word.length <= 2;
    const prepositional = joinable && functionWordBefore(token, next) && !NAME_PART_TAGS.has(next.tag ?? "") && isCommonNonName(next.word);
    // 欧阳/ns|志刚/x: a compound surname the tagger holds as a word of its own.
    const compound = next !== undefined && COMPOUND_SURNAMES.includes(token.word) && next.start === token.end && next.word.length <= 2;
    const joined = (joinable && !prepositional) || compound ? token.word + next!.word : undefined;
    // 李|明说: a one-character given name the segmenter joined to 说 after it.
    const givenSaid = joined !== undefined && lastCharacterBeforeSaid(next) !== undefined;
    if (givenSaid && isPlausibleName(joined.slice(0, -1), "")) {
      candidates.push({ name: joined.slice(0, -1), start: token.start, end: next!.start + 1, first: i, last: i + 1, saidBy: true });
      i++;
    } else if (joined && joined.length <= (compound ? 4 : 3) && isPlausibleName(joined, "")) {
      candidates.push({ name: joined, start: token.start, end: next!.end, first: i, last: i + 1 });
      i++;
    } else if (token.word.length >= 3 && token.word.endsWith("说") && isPlausibleName(token.word.slice(0, -1), "")) {
      candidates.push({ name: token.word.slice(0, -1), start: token.start, end: token.end - 1, first: i, last: i, saidBy: true });
    } else if (saidAfterStray(token, next) && isPlausibleName(token.word, token.tag ?? "")) {
      // 刘德|明说: the segmenter took the name's last character into 说 (明说).
      candidates.push({ name: token.word + next!.word[0]!, start: token.start, end: next!.start + 1, first: i, last: i + 1, saidBy: true });
      i++;
    } else if (titleGlued(tokens, i) && isPlausibleName(token.word.slice(1) + next!.word, "")) {
      // 指挥|长林|卫东: the segmenter glued the title's last character to the surname after it.
      candidates.push({ name: token.word.slice(1) + next!.word, start: token.start + 1, end: next!.end, first: i, last: i + 1 });
      i++;
    } else if (gluedVerb(token, next) && isPlausibleName(token.word.slice(0, -1), "")) {
      // 孙伟作|了|发言: the segmenter's guess took the verb of 作了 into the name.
      candidates.push({ name: token.word.slice(0, -1), start: token.start, end: token.end - 1, first: i, last: i });
    } else if (isPlausibleName(token.word, token.tag ?? "")) {
      // 王立|坤|表示: the segmenter's guess left the given name's last character a word of its own.
      const last = strayLastCharacter(tokens, i) ? i + 1 : i;
      candidates.push({ name: token.word + (last > i ? next!.word : ""), start: token.start, end: tokens[last]!.end, first: i, last });
      i = last;
    }
  }
  return candidates.sort((a, b) => a.first - b.first);
}

/** A preposition or conjunction, or a pronoun or verb before a word that is no noun (任|县级): no surname. */
function functionWordBefore(token: Token, next: Token): boolean {
  return /^[pc]/u.test(token.tag ?? "") || (/^[rv]/u.test(token.tag ?? "") && !/^n/u.test(next.tag ?? ""));
}

/**
 * Whether the two-character word at `i` is a title's last character and a surname, the given name
 * the next word: 指挥|长林|卫东 (指挥长 林卫东), 副|局长|…: the word before and the first character make a title.
 */
function titleGlued(tokens: readonly Token[], i: number): boolean {
  const [before, word, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  if (!before || !next || word.word.length !== 2 || before.end !== word.start || next.start !== word.end || next.word.length > 2) return false;
  return endsWithTitle(before.word + word.word[0]!) && !endsWithTitle(before.word) && looksLikePersonName(word.word[1]! + next.word);
}

/** Tags a stray character of a name gets: a noun, a place, a name, a morpheme or a guess (坤/ns, 峰/n). */
const STRAY_NAME_CHARACTER_TAGS = new Set(["n", "ns", "nr", "ng", "nz", "x", "j"]);

/**
 * Whether the one-character word after the two-character name at `i` is the
 * name's last character: a noun-like character no sentence goes on with, right
 * after the name and right before a word that follows a name (王立|坤|表示, 陈志|峰|说,
 * 沈立|群|对记者说).
 */
function strayLastCharacter(tokens: readonly Token[], i: number): boolean {
  const name = tokens[i]!;
  const stray = tokens[i + 1];
  if (name.word.length !== 2 || stray?.word.length !== 1 || stray.start !== name.end) return false;
  if (!STRAY_NAME_CHARACTER_TAGS.has(stray.tag ?? "") || AFTER_NAME.has(stray.word) || !HAN_ONLY.test(stray.word)) return false;
  return saysNext(tokens, i + 2) && looksLikePersonName(name.word + stray.word);
}

/** Whom a speaker addresses between the name and the saying: 对记者说, 向本报记者介绍. */
const ADDRESSED = new Set(["对", "向"]);

/** Whether the words from `at` say something: 说/表示/介绍 …, or 对/向 someone and then one of them within three words. */
function saysNext(tokens: readonly Token[], at: number): boolean {
  if (FOLLOWER_SET.has(tokens[at]?.word ?? "")) return true;
  return ADDRESSED.has(tokens[at]?.word ?? "") && tokens.slice(at + 1, at + 4).some((token) => FOLLOWER_SET.has(token.word));
}

/** Adverbs that go before 说 in a sentence (也说, 还说, 又说): never a name's last character. */
const ADVERBS_BEFORE_SAID = new Set(["也", "还", "又", "再", "就", "都", "却", "便", "才", "曾", "总", "常", "笑", "只", "正", "所", "要", "会", "能", "来", "不", "没", "听"]);

/**
 * A two-character name the segmenter guessed (tag x or nr) followed by a word of
 * its last character and 说 (刘德|明说, 王建|国说): the name has three characters.
 */
function saidAfterStray(token: Token, next: Token | undefined): boolean {
  if (token.word.length !== 2 || (token.tag !== "x" && token.tag !== "nr") || next === undefined || next.start !== token.end) return false;
  const last = lastCharacterBeforeSaid(next);
  return last !== undefined && looksLikePersonName(token.word + last);
}

/** The character a word of two joins to 说 (明 of 明说), unless it is an adverb (也说): a name's last character, maybe. */
function lastCharacterBeforeSaid(word: Token | undefined): string | undefined {
  return word?.word.length === 2 && word.word[1] === "说" && !ADVERBS_BEFORE_SAID.has(word.word[0]!) ? word.word[0] : undefined;
}

/** Aspect and manner particles, which follow a verb (or an adverb) and never a name. */
const PARTICLES = new Set(["着", "了", "过", "地", "得"]);
/** A word of two ending in one (笑着, 说了, 高兴地): a verb's, never a name's. */
function endsInParticle(word: string): boolean {
  return word.length === 2 && HAN_ONLY.test(word) && PARTICLES.has(word[1]!);
}

/**
 * A three-character word the segmenter guessed (tag x) right before a particle:
 * its last character is the verb the particle follows (孙伟作|了, 赵敏谈|了).
 */
function gluedVerb(token: Token, next: Token | undefined): boolean {
  return token.word.length === 3 && token.tag === "x" && next !== undefined && PARTICLES.has(next.word);
}

/** Tags of the words the segmenter guesses or holds as names, and place words it holds some Tibetan name parts as (扎西/ns). */
const NAME_PART_TAGS = new Set(["x", "nr", "nrt", "ns"]);

/**
 * Tibetan, Yi and Uyghur names printed without the middle dot, four
 * characters that no surname opens: one word the segmenter guessed or holds as a
 * name (次仁卓玛/x, 阿依古丽/nr), or two such words of two characters
 * (扎西|顿珠, 吉克|阿木, 俄木|沙马); Mongolian names of five or six characters in
 * two words (额尔敦|巴特尔). No part may be a common word or a division's
 * name; context must still confirm the name, as for any other.
 */
function undottedName(tokens: readonly Token[], i: number): Candidate | undefined {
  const first = tokens[i]!;
  // Tags and lengths first: they turn most words away before the dictionary is asked.
  if (!NAME_PART_TAGS.has(first.tag ?? "")) return undefined;
  if (first.word.length === 4 && first.tag !== "ns" && isNamePart(first)) {
    return { name: first.word, start: first.start, end: first.end, first: i, last: i };
  }
  const second = tokens[i + 1];
  if (!second || second.start !== first.end || !NAME_PART_TAGS.has(second.tag ?? "")) return undefined;
  // 额尔敦|巴特尔: a Mongolian name of five or six characters, longer than any Han name, in two words of two or three.
  // A Han name opens none (余建倩|王浩), and one after a word of two is that word's (跑友|刘先生).
  const long = first.word.length + second.word.length;
  const hanNameAfterWord = first.word.length === 2 && looksLikePersonName(second.word);
  if (long >= 5 && long <= 6 && first.word.length >= 2 && second.word.length >= 2 && !looksLikePersonName(first.word) && !hanNameAfterWord && isNamePart(first) && isNamePart(second)) {
    return { name: first.word + second.word, start: first.start, end: second.end, first: i, last: i + 1 };
  }
  if (first.word.length !== 2 || second.word.length !== 2) return undefined;
  if (!isNamePart(first) || !isNamePart(second)) return undefined;
  // 刘海|平说: a Han name whose last character the segmenter joined to 说 (read by saidAfterStray).
  if (lastCharacterBeforeSaid(second) !== undefined && looksLikePersonName(first.word + second.word[0]!)) return undefined;
  // 指挥长|李洪涛 cut as 长李|洪涛: a surname and its given name across the cut are a Han name, not two parts of one.
  const han = first.word[1]! + second.word;
  if (looksLikePersonName(han)) return { name: han, start: first.start + 1, end: second.end, first: i, last: i + 1 };
  return { name: first.word + second.word, start: first.start, end: second.end, first: i, last: i + 1 };
}

/** A Han word so tagged that is no common word and names no division. */
function isNamePart(token: Token): boolean {
  if (!NAME_PART_TAGS.has(token.tag ?? "") || !HAN_ONLY.test(token.word) || isDivisionName(token.word)) return false;
  const entry = getBaseLexicon().get(token.word);
  return !entry || entry.freq < COMMON_WORD_FREQ;
}

/** Base-dictionary frequency below which a word right at a name's dot may still be part of it (买买提 272, 中国 129,470). */
const NAME_PART_AT_DOT_FREQ = 1000;
/** Longest part of a transliterated name on either side of its dot (阿不都热合曼). */
const MAX_DOTTED_PART = 6;
/** Single characters that end the part after the dot: what a sentence goes on with (说, 在, 等, 的 …). */
const AFTER_NAME = new Set(["说", "在", "等", "的", "和", "与", "是", "到", "向", "对", "把", "被", "将", "也", "还", "就", "都", "为", "从", "给"]);

/**
 * Uyghur, Tibetan and Mongolian names are printed as transliterations joined by
 * a middle dot (艾尔肯·吐尔逊, 巴特尔·那顺, 达瓦·次仁), which the tagger cuts into
 * odd pieces. Each side is a run of Han tokens that holds no title and no
 * common word (牧民, 带领, 高兴 end it), at most six characters; 中国·寿光 is no
 * name because 中国 is a common word. Context must still confirm it, as for any name.
 */
function dottedNames(tokens: readonly Token[]): Candidate[] {
  const candidates: Candidate[] = [];
  tokens.forEach((token, dot) => {
    if (token.word !== "·" || dot === 0) return;
    let first = dot;
    let left = "";
    while (first > 0 && namePiece(tokens[first - 1]!.word, first === dot) && left.length + tokens[first - 1]!.word.length <= MAX_DOTTED_PART) {
      left = tokens[--first]!.word + left;
    }
    let last = dot;
    let right = "";
    while (last + 1 < tokens.length) {
      const word = tokens[last + 1]!.word;
      // 艾力·买买提|笑着|说: a word with an aspect or manner particle is how the sentence goes on.
      if (!namePiece(word, last === dot) || AFTER_NAME.has(word) || endsInParticle(word) || right.length + word.length > MAX_DOTTED_PART) break;
      // 买买提|笑|着|说: a verb its particle follows is no part of the name either.
      if (PARTICLES.has(tokens[last + 2]?.word ?? "")) break;
      right += word;
      last++;
    }
    if (left.length < 2 || right.length < 2) return;
    candidates.push({ name: `${left}·${right}`, start: tokens[first]!.start, end: tokens[last]!.end, first, last });
  });
  return candidates;
}

/**
 * A token that may be part of a transliterated name: Han only, no title, and
 * no common word unless one character long. Right at the dot a word of middling
 * frequency passes too: the dictionary holds some name parts as words (买买提).
 */
function namePiece(word: string, atDot: boolean): boolean {
  if (!/^\p{Script=Han}+$/u.test(word) || endsWithTitle(word)) return false;
  if (word.length === 1) return true;
  const entry = getBaseLexicon().get(word);
  const limit = atDot ? NAME_PART_AT_DOT_FREQ : COMMON_WORD_FREQ;
  return !entry || entry.freq < limit || entry.tag === "nr" || entry.tag === "nrt";
}

const NUMERAL_CHARS = new Set("0123456789零〇一二两三四五六七八九十百千万亿");

/** A character-set test per token, where a regex per token showed in profiles. */
function endsWithNumeral(word: string): boolean {
  return word.length > 0 && NUMERAL_CHARS.has(word[word.length - 1]!);
}

function isPlausibleName(word: string, tag: string): boolean {
  if (!looksLikePersonName(word) && !heldAsName(word, tag)) return false;
  if (isDivisionName(word)) return false;
  const entry = getBaseLexicon().get(word);
  // Dictionary words are names only when the dictionary says so; rare entries pass (the dictionary holds some names as n).
  if (entry && entry.tag !== "nr" && entry.freq >= COMMON_WORD_FREQ) return false;
  // 马建国/ns: the dictionary holds a few names as rare place words; context must confirm them as any name.
  return tag === "" || tag === "nr" || tag === "x" || tag === "nrt" || !entry || (tag === "ns" && entry.freq < COMMON_WORD_FREQ);
}

/**
 * A Mongolian or other name no common surname opens that the dictionary itself
 * holds as a name (乌力吉/nr, 其其格/nr): three or four characters, so that short
 * words the dictionary tags nr by chance stay out.
 */
function heldAsName(word: string, tag: string): boolean {
  // The tagger gives a dictionary word its dictionary tag: nr says the dictionary holds it as a name.
  return tag === "nr" && word.length >= 3 && word.length <= 4 && HAN_ONLY.test(word);
}

/** A word the dictionary holds often, and not as a name (群众, 记者). */
function isCommonNonName(word: string): boolean {
  const entry = getBaseLexicon().get(word);
  return entry !== undefined && entry.tag !== "nr" && entry.freq >= COMMON_WORD_FREQ;
}
