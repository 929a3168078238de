/**
 * Group recognition: populations a programme serves or mobilises (第一书记,
 * 离退休干部, 新业态新就业群体, 快递员, 党员中心户 …). A token ending in a head
 * noun from data/lexicon/groups.json (干部, 群体, 人才, 员, 户 …) is expanded to
 * the left over modifier tokens (离退休, 新业态, 青年 …) the segmenter gives;
 * expansion stops at verbs, numbers, another group and scope words (全县, 各).
 * Variants resolve through data/aliases.json (老干部 → 离退休干部). Bare
 * generic words (群众, 居民, 党员) are kept with category "generic".
 */
import type { EntityMention, Sentence, Token } from "../records.js";
import { getBaseLexicon } from "../segment/base-lexicon.js";
import { mentionsIn, namedPersonStarts, type ExtractContext } from "./context.js";
import type { GroupLexicon, Lexicon } from "./lexicon.js";
import { createMention } from "./mention.js";
import { looksLikePersonName, POST_TITLES } from "./person-names.js";
import { findQuotedSpans, HAN_ONLY, isQuoted, isSpeech, overlaps, withoutNested } from "./text-spans.js";
import { suffixMatcher, wordSet } from "./word-sets.js";


/** Tags the tagger gives a person's name: one it knows (nr) or guesses at (x). */
const PERSON_NAME_TAGS = new Set(["nr", "x"]);

/** Whether the one or two words right before token `at` make a person's name (吴秀兰/x, 周/nr|玉兰/nr). */
function personNameBefore(tokens: readonly Token[], at: number): boolean {
  let printed = "";
  for (let k = at - 1, end = tokens[at]!.start; k >= Math.max(0, at - 2) && tokens[k]!.end === end && PERSON_NAME_TAGS.has(tokens[k]!.tag ?? ""); k--) {
    printed = tokens[k]!.word + printed;
    end = tokens[k]!.start;
    if (looksLikePersonName(printed)) return true;
  }
  return false;
}

/** The tag the tagger gives a stage of life (青年) as it gives times. */
const TIME_TAG = "t";

/** The one-character ending of a role the tagger cuts from the work it names (管护|员, 巡护|员, 护路|员). */
const ROLE_ENDING = "员";
/** Tags of the work a role cut from its ending names: verbs, verbal nouns, nouns (群测群防/n). */
const ROLE_WORK_TAGS = new Set(["v", "vn", "n"]);

/**
 * The tokens with each role the tagger cut before its ending (公厕|管护|员) joined into one noun (管护员), so the
 * role is read as any dictionary one (网格员) with the words before it.
 */
function joinSplitRoles(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((token) => token.word === ROLE_ENDING)) return tokens;
  const joined: Token[] = [];
  for (const token of tokens) {
    const work = joined.at(-1);
    const cut = token.word === ROLE_ENDING && work && work.end === token.start && ROLE_WORK_TAGS.has(work.tag ?? "") && HAN_ONLY.test(work.word);
    if (cut && work.word.length >= 2 && work.word.length <= 4) joined[joined.length - 1] = { ...work, word: work.word + token.word, end: token.end, tag: "n" };
    else joined.push(token);
  }
  return joined;
}

/** An age or range of ages a group is of: 65岁及以上, 80周岁以上, 0至3岁, 3-6岁. */
const AGES = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:[至到\-—～~](?:\d{1,3}|[一二三四五六七八九十]{1,3}))?周?岁(?:及以上|以上|及以下|以下)?$/u;
/** Words the ages before a group are cut into (65|岁|及|以上). */
const MAX_AGE_TOKENS = 6;

/** The ages printed right before the token `first` that opens a group's name at `start`, if any. */
function agesBefore(tokens: readonly Token[], first: number, start: number): { start: number; printed: string } | undefined {
  let printed = "";
  let found: { start: number; printed: string } | undefined;
  for (let k = first - 1, end = start; k >= 0 && first - k <= MAX_AGE_TOKENS && tokens[k]!.end === end; k--) {
    printed = tokens[k]!.word + printed;
    end = tokens[k]!.start;
    if (AGES.test(printed)) found = { start: end, printed };
  }
  return found;
}

export interface GroupSpan {
  start: number;
  end: number;
  name: string;
  generic: boolean;
}

/**
 * Group spans in one tokenised sentence; `blocked` spans (organisations,
 * programme names) can neither hold a group nor lend it a modifier.
 *
 * @example findGroupSpans(getSegmenter().tag("覆盖离退休干部2300余名"), lexicon).map((g) => g.name) // ["离退休干部"]
 */
export function findGroupSpans(
  tokens: readonly Token[],
  lexicon: GroupLexicon,
  verbLikeNouns: string[] = [],
  blocked: { start: number; end: number }[] = [],
): GroupSpan[] {
  const headOf = suffixMatcher(lexicon.heads);
  const notGroupSuffix = suffixMatcher(lexicon.notGroups);
  const isBlocked = (token: Token): boolean => blocked.some((b) => overlaps(b, token));
  const headTags = wordSet(lexicon.headTags);
  const modifierStops = wordSet(lexicon.modifierStops);
  const verbLike = wordSet(verbLikeNouns);
  const modifiers = wordSet(lexicon.modifiers);
  const modifierTags = wordSet(lexicon.modifierTags);
  const notGroups = wordSet(lexicon.notGroups);
  const objectHeads = wordSet(lexicon.objectHeads);
  const relativeHeads = wordSet(lexicon.relativeHeads);
  const listedAttributes = wordSet(lexicon.listedAttributes);
  const spans: GroupSpan[] = [];
  // Read over the tokens with split roles joined: `tokens` below is that joined list.
  joinSplitRoles(tokens).forEach((token, i, tokens) => {
    // Tag and head first: they turn most tokens away cheaply (the order of these tests changes no answer).
    if (!headTags.has(token.tag ?? "")) return;
    const head = headOf(token.word);
    if (!head) return;
    if (!HAN_ONLY.test(token.word) || isBlocked(token) || notGroupSuffix(token.word) !== undefined) return;
    // A one-character head (员, 户, 长) counts only in a dictionary noun (网格员) or alone; 健康成长 and 逐村逐户 are no groups.
    if (head.length === 1 && token.word !== head && token.tag !== "n" && token.tag !== "nz") return;
    const next = tokens[i + 1];
    // 退役军人|服务|中心: what follows may be cut in two words.
    const following = next && next.start === token.end ? next.word + (tokens[i + 2]?.start === next.end ? tokens[i + 2]!.word : "") : "";
    if (following && lexicon.notFollowedBy.some((word) => following.startsWith(word))) return;
    // 联系群众/l, 发动群众/l: a set phrase of a verb and a head people are served as is a verb and its object; the
    // object alone is the group. Heads that also make role nouns with a verb (从业人员, 在校学生) are not such heads.
    const fused = token.word.slice(0, token.word.length - head.length);
    if (fused && objectHeads.has(head) && !modifiers.has(fused) && (verbLike.has(fused) || isVerb(fused))) {
      spans.push({ start: token.end - head.length, end: token.end, name: head, generic: lexicon.generic.includes(head) });
      return;
    }
    let start = token.start;
    // The token the group's name starts with (the head's own when a glued measure word holds its first character).
    let first = i;
    let modifierTokens = 0;
    // 106|名新|市民, 122|名大|病患者: the segmenter glued the measure word to the group's first character.
    const glued = gluedAfterMeasure(tokens, i);
    if (glued) {
      start = token.start - glued.length;
      modifierTokens = lexicon.maxModifierTokens;
    }
    for (let j = i - 1; j >= 0 && modifierTokens < lexicon.maxModifierTokens; j--) {
      const left = tokens[j]!;
      if (left.end !== start || !HAN_ONLY.test(left.word) || isBlocked(left)) break;
      if (modifierStops.has(left.word) || verbLike.has(left.word)) break;
      // 面向农村/n|妇女: a verb of reaching people glued to the modifier opens no group's name.
      if (lexicon.modifierStopPrefixes.some((verb) => left.word.startsWith(verb) && left.word.length > verb.length)) break;
      // Before a bare word for relatives, a group says whose they are (困难职工/l|子女): a modifier whatever
      // its tag. Relatives already named by their own modifier (进城务工人员|随迁子女) stand alone.
      const whoseRelatives = relativeHeads.has(token.word) && headOf(left.word) !== undefined;
      const known = modifiers.has(left.word) || whoseRelatives;
      // An unlisted word may only sit right before the head (顶尖|人才); further left only listed modifiers continue.
      if (!known && (j !== i - 1 || left.word.length < 2 || !modifierTags.has(left.tag ?? ""))) break;
      // 思|口镇|茶农: the tail of a township's name says where they live, not who they are.
      if (!known && TOWNSHIP_END.test(left.word)) break;
      // Another group word (离退休干部 | 党员) is a group of its own, not a modifier. The exceptions say whose
      // members are meant: a household (脱贫家庭|学生, 困难|家庭|子女), or any group before relatives (困难职工|子女).
      const whose = headOf(left.word) === HOUSEHOLD || whoseRelatives;
      // 青年/t|主播, 青年|医师: a stage of life the tagger reads as a time word says which of them are meant.
      const stageOfLife = left.tag === TIME_TAG && modifiers.has(left.word);
      if ((headOf(left.word) && !whose && !stageOfLife) || notGroups.has(left.word)) break;
      if (token.start - left.start > lexicon.maxModifierChars) break;
      start = left.start;
      first = j;
      modifierTokens++;
    }
    // 未|就业|高校毕业生: a negation before the modifier belongs to it (未就业, 非公, 无业).
    const negation = tokens[first - 1];
    // 410|名未|就业|高校毕业生: the segmenter glued the negation to the measure word before it.
    const gluedNegation = negation ? GLUED_MEASURE.exec(negation.word)?.[1] : undefined;
    // What the segmenter glued to the measure word before the name's first token: a negation or a modifier.
    let negated = "";
    if (modifierTokens > 0 && !glued && negation?.end === start) {
      if (NEGATIONS.has(negation.word)) {
        start = negation.start;
        first--;
      } else if (gluedNegation && NEGATIONS.has(gluedNegation)) {
        negated = gluedNegation;
        start -= gluedNegation.length;
      }
    }
    // 143|名新|就业|形态|劳动者: a listed modifier glued to the measure word further left opens the name too.
    const gluedModifier = modifierTokens > 0 && !glued && !negated ? gluedAfterMeasure(tokens, first) : undefined;
    if (gluedModifier && modifiers.has(gluedModifier)) {
      negated = gluedModifier;
      start -= gluedModifier.length;
    }
    // 65岁及以上|老年人, 0至3岁|婴幼儿: the ages a group is of are part of who it is.
    const ages = glued || negated ? undefined : agesBefore(tokens, first, start);
    if (ages) start = ages.start;
    const name =
      (ages?.printed ?? "") +
      (glued ?? negated) +
      tokens
        .slice(first, i + 1)
        .map((t) => t.word)
        .join("");
    if (notGroups.has(name)) return;
    if (name === head && lexicon.requireModifier.includes(head)) return;
    // 吴秀兰|老人说, 周|玉兰|老人: a bare head right after a person's name says who that person is, no group.
    if (name === token.word && personNameBefore(tokens, first)) return;
    if (name.length < 2) return;
    spans.push({ start, end: token.end, name, generic: lexicon.generic.includes(name) });
    // 留守、困境儿童 · 失能、半失能老年人: conditions listed before the group share its head. Only words that
    // never name people alone do (骑手和带头人 is two groups), each opening its item of the list (外卖|骑手 is a noun).
    let index = tokens[first - 1]?.end === start ? first - 1 : -1;
    for (let joiner = tokens[index]; joiner && LIST_JOINERS.has(joiner.word); joiner = tokens[index]) {
      const attribute = tokens[index - 1];
      if (!attribute || attribute.end !== joiner.start || isBlocked(attribute)) break;
      if (!(listedAttributes.has(attribute.word) || attribute.tag === "b")) break;
      const before = tokens[index - 2];
      if (before && before.end === attribute.start && !LIST_JOINERS.has(before.word) && (modifiers.has(before.word) || modifierTags.has(before.tag ?? ""))) {
        // 农村高龄、独居老人: a listed modifier opens the list's first item, and the item is that modifier's too.
        // Another word there says where they live (城区高龄、空巢老人), as 城区 before 空巢老人 would not: the
        // item is the condition's group alone.
        const opensItem = modifiers.has(before.word) && HAN_ONLY.test(before.word);
        const item = opensItem ? { start: before.start, name: before.word + attribute.word + head } : { start: attribute.start, name: attribute.word + head };
        spans.push({ ...item, end: attribute.end, generic: false });
        break;
      }
      spans.push({ start: attribute.start, end: attribute.end, name: attribute.word + head, generic: false });
      index = index - 2;
    }
  });
  // 脱贫家庭 inside 脱贫家庭学生 is the longer group's modifier, not a group of its own.
  return withoutNested(spans);
}

/** A measure word glued to what follows it, right after a number: 名新, 名大, 户困. */
const GLUED_MEASURE = /^[名位户人个家](\p{Script=Han}{1,2})$/u;

/** The characters of a group's name the segmenter glued to the measure word before it (106|名新|市民 → 新). */
function gluedAfterMeasure(tokens: readonly Token[], head: number): string | undefined {
  const left = tokens[head - 1];
  const number = tokens[head - 2];
  if (!left || !number || left.end !== tokens[head]!.start || number.end !== left.start || !/^[\d.]+$/u.test(number.word)) return undefined;
  return GLUED_MEASURE.exec(left.word)?.[1];
}

/** The level a township's name ends in. */
const TOWNSHIP_END = /[镇乡]$/u;
/** Words that negate the modifier after them. */
const NEGATIONS = new Set(["未", "非", "无", "不"]);

/** What joins modifiers that share one head (留守、困境儿童, 留守和困境儿童). */
const LIST_JOINERS = new Set(["、", "和", "及"]);

/** The head that names a household: before another group's head it says whose members are meant. */
const HOUSEHOLD = "家庭";

/** A word the base dictionary tags as a verb (联系, 动员, 发动). */
function isVerb(word: string): boolean {
  const tag = getBaseLexicon().get(word)?.tag ?? "";
  return tag === "v" || tag === "vn";
}

/**
 * The brackets right after a body, which list the posts it offers (惠州市博能新能源科技有限公司（品质管理员、
 * 技术员，需求86人）): job titles there are positions, not groups the programme serves.
 */
function positionsOffered(ctx: ExtractContext, sentence: Sentence): { start: number; end: number }[] {
  const text = ctx.article.normalizedText;
  const brackets: { start: number; end: number }[] = [];
  for (const body of mentionsIn(ctx, "Organization", sentence.index)) {
    if (!"（(".includes(text[body.end] ?? "")) continue;
    const close = text.slice(body.end, sentence.end).search(/[）)]/u);
    if (close > 0) brackets.push({ start: body.end, end: body.end + close });
  }
  return brackets;
}

/**
 * Group mentions of every sentence, alias-resolved; organisations and programme names found earlier block them.
 *
 * @example extractGroups(ctx).map((m) => [m.name, m.surface]) // [["离退休干部", "老干部"], …]
 */
export function extractGroups(ctx: ExtractContext): EntityMention[] {
  // Sub-measure headings span a whole sentence, and so does a headline's programme the body does not print;
  // only names printed where they stand block groups.
  type Blocker = { start: number; end: number; sentence: number };
  const printedThere = (m: EntityMention) => m.end - m.start === m.surface.length;
  // A descriptive name printed without quotes names whom it serves (困难重度残疾人家庭无障碍改造工程): its groups stand,
  // and so do those a national benefit is named for (重度残疾人护理补贴), not those a national name only mentions
  // (城乡居民基本医疗保险, 家庭医生签约服务). A chief system (网格长制) names its chiefs, who run it.
  const { namedProgrammes, chiefSystem, benefitEndings } = ctx.lexicon.programmes;
  const national = (m: EntityMention) => namedProgrammes[m.name] !== undefined && !benefitEndings.some((ending) => m.name.endsWith(ending));
  const described = (m: EntityMention) => !m.name.includes("“") && !national(m) && !m.name.endsWith(chiefSystem.suffix);
  const blockedAll: Blocker[] = [
    ...ctx.entities.filter(
      (m) => m.kind === "Organization" || (m.kind === "Programme" && m.attributes?.category !== "measure" && printedThere(m) && !described(m)),
    ),
    ...ctx.unnamedBodies,
  ];
  const blockedBySentence = new Map<number, Blocker[]>();
  for (const m of blockedAll) blockedBySentence.set(m.sentence, [...(blockedBySentence.get(m.sentence) ?? []), m]);
  // A post printed right before a name is that person's title, not a group (镇党委书记陈建华; 第一书记 alone is
  // one). A group before a name stays one: 留守老人张桂兰 is one of them. So is a post printed right after its
  // body (县总工会|党组书记、常务副主席王秀芳): the body's, not people the work is for.
  const nameStarts = namedPersonStarts(ctx);
  const bodyEnds = new Set(ctx.entities.filter((m) => m.kind === "Organization" && printedThere(m)).map((m) => m.end));
  const postEnding = suffixMatcher(POST_TITLES);
  const isPostBeforeName = (span: { name: string; start: number; end: number }) =>
    (nameStarts.has(span.end) || bodyEnds.has(span.start)) && postEnding(span.name) !== undefined;
  const providers = wordSet(ctx.lexicon.groups.providers);
  const mentions: EntityMention[] = [];
  for (const sentence of ctx.sentences) {
    // Slogans and names in quotes hold no group; reported speech does.
    const quotes = findQuotedSpans(sentence.text, true).filter((quote) => !isSpeech(quote));
    const blocked = blockedBySentence.get(sentence.index) ?? [];
    const offered = positionsOffered(ctx, sentence);
    for (const span of findGroupSpans(ctx.tokens(sentence), ctx.lexicon.groups, ctx.lexicon.common.verbLikeNouns, blocked)) {
      if (isQuoted(quotes, span.start - sentence.start) || isPostBeforeName(span)) continue;
      if (providers.has(span.name) && !servedThere(sentence.text, span.start - sentence.start, span.end - sentence.start, ctx.lexicon)) continue;
      if (offered.some((bracket) => bracket.start < span.start && span.end <= bracket.end)) continue;
      mentions.push(
        createMention(ctx, {
          kind: "Group",
          name: span.name,
          start: span.start,
          end: span.end,
          sentence: sentence.index,
          ...(span.generic ? { attributes: { category: "generic" } } : {}),
        }),
      );
    }
  }
  return mentions;
}

/**
 * Whether the sentence makes the people at `start`…`end` served rather than serving: a cue shortly before them in their
 * clause, as far as a serving cue may stand (`serve-cues.json` maxGap: 为家庭医生…, 培训村干部), or right after them
 * (村干部待遇).
 */
function servedThere(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const { providerServedBefore, providerServedAfter } = lexicon.groups;
  const before = text.slice(Math.max(0, start - lexicon.serveCues.maxGap), start).split(/[，,；;：:。！？、]/u).at(-1) ?? "";
  return providerServedBefore.some((cue) => before.includes(cue)) || providerServedAfter.some((cue) => text.startsWith(cue, end));
}
