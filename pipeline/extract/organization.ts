/**
 * Organisation recognition: party and government bodies, community bodies,
 * schools, companies. A token that ends with an organisation suffix
 * (局, 工委, 领导小组, 服务中心 …; data/lexicon/organizations.json) or that the
 * user dictionary tags `nt` is expanded to the left over noun-like tokens
 * until a place or an administrative level opens the name.
 *
 * Names that open with a bare level (县委老干部局, 市老年大学) are qualified
 * with the article's division (微山县委老干部局, 济宁市老年大学), so two
 * counties' bureaus stay two nodes while the surface form is kept as an alias.
 */
import type { Division, EntityMention, Sentence, Token } from "../records.js";
import { namedPersonStarts, type ExtractContext } from "./context.js";
import type { OrganizationLexicon, ProgrammeLexicon } from "./lexicon.js";
import { localCounty } from "./division.js";
import { createMention } from "./mention.js";
import { applyDefinedShortForms, applySecondNameplates } from "./short-forms.js";
import { governmentHeads, PARTY_BODY_AT_END, postBodies, splitFusedPosts } from "./post-body.js";
import { findQuotedSpans, HAN_ONLY, indexesOf, isQuoted, isSpeech, overlaps, withoutNested } from "./text-spans.js";
import { isDivisionName } from "../divisions/catalog.js";
import { MONGOLIAN_LEVEL_WORDS, TOWNSHIP_NAME } from "../divisions/local-levels.js";
import { isMediaOutlet } from "../ingest/outlet.js";
import { isCommonWord } from "../segment/base-lexicon.js";
import { getSegmenter } from "../segment/segmenter.js";
import { memoByObject } from "../util/memo-by-object.js";
import { suffixMatcher, wordSet } from "./word-sets.js";
import { BRANDED_SUFFIX_CATEGORIES, countyBeforeBrand, groupBefore, isCountyName, namesFirm, PRODUCTION_VERBS, QUOTED_BRAND_BEFORE } from "./firm-names.js";
import {
  cutLocalName,
  EVERYDAY_TAILS,
  GLUED_PREPOSITIONS,
  headCutFrom,
  headlineTownship,
  LOCAL_BODY_CATEGORIES,
  LOCAL_LEVEL,
  LOCAL_LEVEL_WORDS,
  LOCAL_NAME,
  localBodyName,
  localPlaceBefore,
  mongolianNameStart,
  namesTownshipBefore,
  TOWNSHIP_LEVELS,
  townshipBodyName,
} from "./local-places.js";

const LEVEL_CHARS = new Set(["县", "区", "市", "省", "旗"]);
/** A commission, named like a centre by the work it does (旅游发展委员会). */
const COMMISSION = "委员会";
/** The work a leading group is named by (…工作领导小组), and the words for such a group. */
const WORK = "工作";
const LEADING_GROUPS = new Set(["领导小组", "指挥部", "专班"]);
const FUNCTION_CHARS = new Set(["和", "与", "及", "或", "在", "到", "向", "为", "以", "由", "对"]);

interface OrganizationSpan {
  start: number;
  end: number;
  category: string;
  /** First token of the name, to tell a level opener (县/市委) from a word (市场). */
  firstToken: string;
  /** A firm named by its legal form and line of business alone (有限公司, 农业发展有限公司): no body of its own. */
  unnamed?: boolean;
  /** The body's name when the span prints it by an office, not by name (副县长 → 县人民政府). */
  name?: string;
  /** A village's or township's body printed by its level alone (村党支部, 镇党委): the place named before it names it. */
  localLevel?: boolean;
}

/**
 * Organisation spans in one tokenised sentence (offsets as in `tokens`).
 *
 * @example findOrganizationSpans(getSegmenter().tag("微山县委老干部局深入贯彻"), "微山县委老干部局深入贯彻", lexicon)[0]
 * // { start: 0, end: 8, category: "government", firstToken: "微山" }
 */
export function findOrganizationSpans(
  tokens: readonly Token[],
  text: string,
  lexicon: OrganizationLexicon,
  offset = 0,
  verbLikeNouns: string[] = [],
  groupHeads: readonly string[] = NO_WORDS,
): OrganizationSpan[] {
  const suffixOf = suffixMatcher(suffixList(lexicon.suffixes));
  const notSuffixOf = suffixMatcher(lexicon.notSuffixes);
  const groupHeadOf = suffixMatcher(groupHeads);
  const expansionStops = wordSet(lexicon.expansionStops);
  const verbLike = wordSet(verbLikeNouns);
  const levelOpeners = wordSet(lexicon.levelOpeners);
  const expansionTags = wordSet(lexicon.expansionTags);
  const spans: OrganizationSpan[] = [];
  const partyEnds = new Set<number>();
  tokens.forEach((token, i) => {
    // 共青团宁都县委: the League's committee of a place is named by the place and the level's 委.
    const league = leagueCommittee(tokens, i);
    if (league) {
      // 共青团博罗县委员会 is 共青团博罗县委 printed in full: one node.
      const full = league.word === "委员会" ? { name: `${text.slice(token.start - offset, league.start - offset)}委` } : {};
      spans.push({ start: token.start, end: league.end, category: lexicon.suffixes["团县委"] ?? "party", firstToken: token.word, ...full });
      return;
    }
    // 中共竹山县宝丰镇委员会, 中共竹山县委员会: the Party's committee of a place printed in full is its 党委 (县委).
    const party = partyCommittee(tokens, i, text, offset);
    if (party) {
      spans.push({ ...party, category: "party" });
      partyEnds.add(party.end);
      return;
    }
    // Its 委员会 names no body of its own.
    if (partyEnds.has(token.end)) return;
    const suffix = suffixOf(token.word);
    // A one-character word the tagger calls a body (暨) names none.
    if (!suffix && (token.tag !== "nt" || token.word.length < 2)) return;
    // 中央红军|长征出发地纪念园: a word the tagger calls a body, with no body's ending, that opens a noun after it
    // names what that noun is of, no body taking part.
    const next = tokens[i + 1];
    if (!suffix && next !== undefined && next.start === token.end && MODIFIED_NOUN_TAGS.has(next.tag ?? "")) return;
    if (notSuffixOf(token.word) !== undefined) return;
    // Only a bare suffix word (办公室, 中心) may extend over another body's name (领导小组办公室).
    const absorbsBodies = suffix === token.word;
    const enterprise = lexicon.suffixes[suffix ?? ""] === "enterprise";
    let first = i;
    let opened = startsWithLevel(token.word, lexicon);
    let start = token.start;
    // Verbal nouns and 和 inside a name (应急|管理局, 市场|监督|管理局, 教育体育|和|科学技术局) are kept
    // only when a level or place opens the name; otherwise the name ends before them.
    let settled: { start: number; first: number } | undefined;
    let branded = false;
    // A verb or unknown word crossed: no body before it belongs to this name (县教育局|实施…, 县公安局|普集|派出所).
    let crossedLooseWord = false;
    // A verb of doing crossed (带头, 领办), not of production (种植): what stands before it is no firm's brand.
    let crossedDoing = false;
    let countedKind = false;
    for (let j = i - 1; j >= 0 && !opened; j--) {
      const left = tokens[j]!;
      // 县|12345|政务服务便民热线中心, 县|120|急救中心: a public service number names the body that answers it.
      const serviceNumber = SERVICE_NUMBER.test(left.word);
      if (left.end !== start || (!HAN_ONLY.test(left.word) && !serviceNumber)) break;
      // A long county name (景宁畲族自治县) opening a firm's long name counts only as what it opens.
      if (token.end - left.start > lexicon.maxChars && !(token.end - left.end <= lexicon.maxChars && isCountyName(left.word))) break;
      if (expansionStops.has(left.word)) break;
      // 县财政局|积极争取/l|地方政府: a phrase of doing the tagger reads as one word is no part of a name.
      if (left.tag === "l" && MANNER_OPENERS.test(left.word)) break;
      // A verb-like noun (教育) may only sit inside a name already waiting for its level (县|教育|体育|和|科学技术局).
      const verbLikeInside = verbLike.has(left.word) && settled !== undefined;
      // A firm's line of business (农业|发展|有限公司) may be such a noun, and so may a centre's or a commission's work
      // (县猕猴桃产业|发展|服务中心, 区文化和旅游|发展|委员会); its brand or place must still open the name.
      const namedByWork = enterprise || suffix === "中心" || suffix === COMMISSION;
      // 县农村人居环境整治|工作|领导小组: a leading group is named by the work it leads, when a level or place opens it.
      const workLed = left.word === WORK && LEADING_GROUPS.has(tokens[j + 1]?.word ?? "");
      if (workLed) settled ??= { start, first };
      if (verbLike.has(left.word) && !verbLikeInside && !namedByWork && !workLed) break;
      // 县民政局|财政局: a body before is a body of its own; 民族宗教/nt|事务局, a name's first part the tagger calls one, is not.
      // 浙江安吉农村商业银行|股份有限公司: a firm's legal form after its name makes one body of the two.
      const legalFormAfter = LEGAL_FORM.test(text.slice(left.end - offset, token.end - offset));
      if (left.tag === "nt" && !absorbsBodies && suffixOf(left.word) !== undefined && !legalFormAfter) break;
      if (crossedLooseWord && (left.tag === "nt" || suffixOf(left.word) !== undefined)) break;
      // 农民|专业合作社: a firm's or co-operative's name may hold whom it is of; a bureau's never does, and a
      // society's (县残疾人|联合会) or a centre's (县青少年|活动中心, 县学生|资助管理中心) only when a level or place opens it.
      const ofWhom = groupHeadOf(left.word) !== undefined;
      if (ofWhom && !enterprise && lexicon.suffixes[suffix ?? ""] !== "social" && suffix !== "中心") break;
      if (ofWhom && !enterprise) settled ??= { start, first };
      // 和 joins the fields of one bureau (教育体育和科学技术局) as it joins two bodies (民政局和财政局): one name only when a level or place opens it.
      // 县文化|广播电视/nt|和|旅游局: a field the tagger calls a body is no body without a body's ending.
      const conjunction = left.word === "和" && j > 0 && suffixOf(tokens[j - 1]!.word) === undefined;
      // 红旗|村|党总支, 五一|社区|党委: a village or community name the tagger cut from its level opens the body
      // with it, after the township it belongs to when that is printed first (城关镇|五一|社区|党委).
      // 新建|社区: a verb the tagger calls a place is no community's name.
      const localStart = LOCAL_LEVEL_WORDS.has(left.word) && !expansionStops.has(tokens[j - 1]?.word ?? "") ? cutLocalName(tokens, j) : undefined;
      if (localStart !== undefined) {
        start = tokens[localStart]!.start;
        first = localStart;
        opened = true;
        break;
      }
      // 双溪/nr|镇|中心小学: a township level cut off from the name before it opens the body with that name.
      const townshipName = TOWNSHIP_LEVELS.has(left.word) ? tokens[j - 1] : undefined;
      // 指导/n|镇|卫生院: a verb the tagger calls a noun names no township.
      if (namesTownshipBefore(townshipName, left) && !verbLike.has(townshipName.word)) {
        start = townshipName.start;
        first = j - 1;
        opened = true;
        break;
      }
      // 大桥|镇|卫生院: a township level cut off from its name still opens the body with it.
      if (left.word.length === 1 && !levelOpeners.has(left.word) && !conjunction && !TOWNSHIP_LEVELS.has(left.word)) {
        // 大埔县|和|福|居家养老服务中心, 准格尔旗|鑫|盛|煤业…公司: a brand the tagger cut into characters, after its county.
        const brandable = suffix === "中心" || BRANDED_SUFFIX_CATEGORIES.has(lexicon.suffixes[suffix ?? ""] ?? "");
        const county = brandable ? countyBeforeBrand(tokens, j, expansionStops) : undefined;
        if (county !== undefined) {
          start = tokens[county]!.start;
          first = county;
          opened = true;
        }
        break;
      }
      // "以县" / "和县" (a function word glued to a level, even when the pair is also a place name): keep only the level character.
      // 会同|县 (together with) read as 会同县, a county of Hunan: an everyday word before the level is no place's name here;
      // the level alone opens the body, and the article's county names it (a report on 会同县 still names 会同县民政局).
      // 山花|节由县/x|文旅局: an unknown word that ends in a function word and the level holds the level too.
      const gluedLevel =
        LEVEL_CHARS.has(left.word.at(-1)!) &&
        ((left.word.length === 2 && (left.tag === "x" || FUNCTION_CHARS.has(left.word[0]!))) ||
          (left.word.length === 3 && isDivisionName(left.word) && isCommonWord(left.word.slice(0, 2))) ||
          (left.word.length === 3 && left.tag === "x" && FUNCTION_CHARS.has(left.word[1]!) && !isDivisionName(left.word)));
      if (gluedLevel) {
        start = left.end - 1;
        first = -1;
        opened = true;
        break;
      }
      // 168|个村|卫生室, 38|名到|乡村学校: a measure word after a number, glued to the name's first character.
      if (left.tag === "x" && GLUED_MEASURES.has(left.word[0]!) && /\d$/u.test(tokens[j - 1]?.word ?? "") && tokens[j - 1]!.end === left.start) {
        // What the measure word holds after it is the name's level (个|村), or a word of the sentence (名|到).
        if (/^[县区市旗镇乡村]$/u.test(left.word.slice(1))) {
          start = left.start + 1;
          first = -1;
          // 14个|村|股份经济合作社: a count of a kind every village or township has names no one body.
          countedKind = /^[镇乡村]$/u.test(left.word.slice(1));
        }
        break;
      }
      // 河田|镇政府, 露湖|村委会, 良梨镇|卫生院: the tagger does not know most township and village names; one
      // opens a body named from its level, or one whose name it ends with.
      const localName = left.tag === "x" && (LOCAL_NAME.test(left.word) || (left.word.length >= 2 && left.word.length <= 3 && LOCAL_LEVEL.test(text.slice(start - offset))));
      if (localName) {
        // 丁家|沟镇: a guessed word of one character and the level holds only the name's tail.
        const cutName = headCutFrom(tokens, j);
        start = cutName ? tokens[j - 1]!.start : left.start;
        first = cutName ? j - 1 : j;
        opened = true;
        break;
      }
      // 蔬菜|种植|专业合作社: what a co-operative or firm produces is part of its name, verb and all.
      // 扶贫开发|投资|有限公司: the line of business, an idiom (i) included.
      // 县农村供水工程|运行|管护中心: a verb inside too, kept only when a level or place opens the name, and never
      // one that a body before it does (县教育局|实施|农村寄宿制学校…: the bureau's doing, not a name).
      const verb = left.tag === "v" && left.word.length >= 2;
      // 区|布设|山洪灾害|自动|监测站: a station is named by nouns; a verb before it is what was done to it.
      if (verb && VERBLESS_SUFFIXES.has(suffix ?? "")) break;
      // 准格尔旗|职业技能|实训/x|中心: a word the tagger does not know, kept like a verb only when a place opens the name.
      const unknownWord = left.tag === "x" && left.word.length >= 2 && !enterprise;
      if (verb || unknownWord) crossedLooseWord = true;
      if (verb && !PRODUCTION_VERBS.has(left.word)) crossedDoing = true;
      const verbal =
        left.tag === "vn" ||
        verb ||
        unknownWord ||
        (enterprise && (PRODUCTION_VERBS.has(left.word) || left.tag === "i")) ||
        (namedByWork && verbLike.has(left.word)) ||
        verbLikeInside;
      // 鑫源|蔬菜|种植|专业合作社, 宏达|农业|发展|有限公司: a firm's or co-operative's brand is a word the
      // tagger does not know (x), calls a proper noun (nz), or reads as a word of state or quality (鼎盛/z,
      // 兴旺/a); it names the firm as a place would.
      const brand = enterprise && (left.tag === "x" || left.tag === "nz" || (BRAND_WORD_TAGS.has(left.tag ?? "") && left.word.length >= 2));
      // 书记黄建明/x|带头|领办合作社: past a verb of doing, an unknown word is whoever does it, no brand.
      if (brand && !crossedDoing) branded = true;
      // 中国电信|石阡/nrfg|分公司: a division's name the tagger takes for something else is still a place.
      // 合作/vn (of 合作市), 建设/vn: a word the tagger reads as doing names no place.
      const place = left.tag === "ns" || (left.tag !== "nt" && left.tag !== "vn" && isDivisionName(left.word));
      // 生态|资源|经营管理有限公司: one that is an everyday word too (资源, of 资源县) may be inside the name.
      const placeOrWord = place && left.tag !== "ns" && isCommonWord(left.word);
      if (placeOrWord) branded = true;
      // 县|第一|中学, 市|第二|人民医院: an ordinal numbers bodies of one kind.
      const ordinal = ORDINAL.test(left.word);
      if (!expansionTags.has(left.tag ?? "") && left.tag !== "nt" && !verbal && !conjunction && !brand && !place && !ordinal && !serviceNumber) break;
      if (verbal || conjunction) settled ??= { start, first };
      start = left.start;
      first = j;
      if (levelOpeners.has(left.word) || startsWithLevel(left.word, lexicon)) {
        const place = tokens[j - 1];
        // 新建/ns|高唐县: a word that ends names (新建, 组建) is no place before the level, whatever the tagger says.
        if (place && place.end === left.start && (place.tag === "ns" || place.tag === "nr") && HAN_ONLY.test(place.word) && !expansionStops.has(place.word)) {
          start = place.start;
          first = j - 1;
        }
        opened = true;
      } else if (place && !placeOrWord) {
        // A generic word tagged as a place (城市, 城乡) may follow the level or place that opens the name: 区|城市|管理局.
        const before = tokens[j - 1];
        const opensBefore =
          before !== undefined && (levelOpeners.has(before.word) || before.tag === "ns") && HAN_ONLY.test(before.word) && !expansionStops.has(before.word);
        if (opensBefore && before.end === left.start && token.end - before.start <= lexicon.maxChars) {
          start = before.start;
          first = j - 1;
        } else if (TOWNSHIP_NAME.test(left.word) && headCutFrom(tokens, j)) {
          // 孝|丰镇/ns|中心卫生院: a township's first character the tagger cut off, reading the rest as a place it knows.
          start = before!.start;
          first = j - 1;
        } else if (enterprise && !isDivisionName(left.word) && j > 0) {
          // 永春县|达|香堂/ns|香业有限公司: a brand word the tagger calls a place, part of a brand cut after its county.
          const county = countyBeforeBrand(tokens, j - 1, expansionStops);
          if (county !== undefined) {
            start = tokens[county]!.start;
            first = county;
          }
        }
        opened = true;
      }
    }
    if (!opened && !branded && settled) ({ start, first } = settled);
    // 协调|太和/nz|农村商业银行: a verb of doing that opens a name before its brand is what the sentence does with
    // the body, not part of its name.
    while (!opened && first >= 0 && first < i && tokens[first]!.tag === "v" && !PRODUCTION_VERBS.has(tokens[first]!.word)) {
      first += 1;
      start = tokens[first]!.start;
    }
    // 贵州水投水务集团|从江|有限公司: a group's company in a county is named after the group.
    const group = enterprise && first > 0 ? groupBefore(tokens, first, start, lexicon.maxChars + 8, expansionStops) : undefined;
    if (group !== undefined) {
      start = tokens[group]!.start;
      first = group;
    }
    // “上塘山耕”农产品专业合作社: a firm or co-operative may print its brand in quotes.
    const quotedBrand = enterprise ? QUOTED_BRAND_BEFORE.exec(text.slice(Math.max(0, start - offset - 10), start - offset))?.[0] : undefined;
    if (quotedBrand) {
      start -= quotedBrand.length;
      first = -1;
    }
    // 安徽|岳西|云岭茶业有限公司: a firm's name may open with its province before its county.
    const provinceBefore = enterprise && first > 0 ? tokens[first - 1]! : undefined;
    // 承德/nr|塞北林业工程有限公司: or its city, a division's name the tagger takes for a person's.
    const placeTag = provinceBefore?.tag === "ns" || provinceBefore?.tag === "nr";
    if (provinceBefore && provinceBefore.end === start && placeTag && isDivisionName(provinceBefore.word) && HAN_ONLY.test(provinceBefore.word)) {
      start = provinceBefore.start;
      first -= 1;
    }
    // 中国移动|兴国|分公司, 邮储银行|宁都县|支行: a branch is named by its parent body, then its place.
    const parent = BRANCH_WORDS.has(token.word) && first > 0 ? (stationedBy(text, offset, token.start, spans, tokens) ?? parentBefore(tokens, first, start, spans)) : undefined;
    // 国家税务总局|隆回县税务局: a national administration's county office is known by its county's name (隆回县税务局).
    const localName = parent && NATIONAL_PARENTS.has(text.slice(parent.start - offset, start - offset)) ? text.slice(start - offset, token.end - offset) : undefined;
    if (parent) {
      start = parent.start;
      first = parent.first;
    }
    // 壶|镇|镇党委: a township named after its town (壶镇) prints its level twice, and the tagger cuts off the
    // town's one character.
    const before = first > 0 ? tokens[first - 1]! : undefined;
    if (before?.end === start && before.word.length === 1 && HAN_ONLY.test(before.word) && DOUBLED_LEVEL.test(text.slice(start - offset, start - offset + 2))) {
      start = before.start;
      first -= 1;
    }
    // 由敦/x|茶村|股份经济合作社: a preposition the tagger glued to a name it does not know opens no name.
    // 项目|由恒润/x|新材|全资子公司: it opens the name wherever the name ran back over it.
    const glued = first >= 0 ? tokens.slice(first, i).findLastIndex((t) => t.tag === "x" && GLUED_PREPOSITIONS.has(t.word[0]!) && t.word.length >= 2) : -1;
    if (glued >= 0) {
      first += glued;
      start = tokens[first]!.start + 1;
    }
    // 巴彦|宝|拉格|嘎查党支部, 呼热图|淖尔|苏木人民政府: an Inner Mongolian name the tagger cut in pieces opens the body
    // of its 嘎查 or 苏木.
    // The level opens the span (嘎查|股份经济合作社) or stands right before it (嘎查|党支部, which expansion stops at).
    const levelAt = [start, start - MONGOLIAN_LEVEL_CHARS].find((at) => at >= offset && MONGOLIAN_LEVELS.has(text.slice(at - offset, at - offset + MONGOLIAN_LEVEL_CHARS)));
    const mongolianStart = levelAt === undefined ? start : mongolianNameStart(tokens, levelAt);
    const mongolianNamed = levelAt !== undefined && mongolianStart < levelAt;
    if (mongolianNamed) {
      start = mongolianStart;
      first = tokens.findIndex((t) => t.start === start);
    }
    // 景/ng|村镇|人民政府: a township's first character the tagger cut from an everyday word, whatever it tagged it.
    if (first > 0 && tokens[first]!.start === start && EVERYDAY_TAILS.has(tokens[first]!.word) && headCutFrom(tokens, first)) {
      first -= 1;
      start = tokens[first]!.start;
    }
    const name = text.slice(start - offset, token.end - offset);
    if (name.length < 3) return;
    if (wordSet(lexicon.notOrganizations).has(name)) {
      // 村党支部, 镇政府: a village's or township's own body, which the place named before it may name.
      const local = lexicon.suffixes[suffixOf(name) ?? ""];
      if (LOCAL_LEVEL.test(name) && local && LOCAL_BODY_CATEGORIES.has(local)) spans.push({ start, end: token.end, category: local, firstToken: name, localLevel: true });
      return;
    }
    // 各乡镇人民政府 (a notice's salutation), 该局: a word of quantity or reference names no body.
    if (QUANTIFIED.test(name)) return;
    // 县融媒体中心: a medium, as the outlet its pages credit is (one node, one category).
    // 县人民医院|城东|分院: a branch is a body of its parent's kind.
    const parentCategory = BRANCH_WORDS.has(token.word) ? kindOfParent(name.slice(0, -token.word.length), suffixOf, lexicon) : undefined;
    const category = isMediaOutlet(name) ? "media" : (parentCategory ?? lexicon.suffixes[suffixOf(name) ?? ""] ?? "other");
    const firstToken = first >= 0 ? tokens[first]!.word : name[0]!;
    // 有限公司, 专业合作社, 农业发展有限公司: a legal form and line of business, no firm's name.
    // 乡镇卫生院, 村级服务站: a kind of body every county has, opened by a word for all of a level.
    // 公共图书馆, 智慧图书馆: a kind of body every place has names one only with its place or level.
    const placeless = lexicon.placedSuffixes.includes(suffix ?? "") && !opened && !tokens.slice(Math.max(first, 0), i).some((word) => word.tag === "ns");
    // A firm, or a body of a kind every place has many of, named by no place, brand, level or body; for a kind,
    // an everyday word the tagger takes for a person's name (养老/nr) names none.
    const namedBy = (word: Token) => namesFirm(word, levelOpeners) && (enterprise || word.tag !== "nr" || !isCommonWord(word.word));
    const kindOnly = (enterprise || GENERIC_KIND_SUFFIXES.has(suffix ?? "")) && first >= 0 && !mongolianNamed && !tokens.slice(first, i + 1).some(namedBy);
    const unnamed =
      kindOnly ||
      EVERY_OF_A_LEVEL.test(name) ||
      placeless ||
      countedKind;
    spans.push({ start, end: token.end, category, firstToken, ...(unnamed ? { unnamed } : {}), ...(localName ? { name: localName } : {}) });
  });
  return withoutNested(spans);
}

/** A department's name right after its body, then its head's title: 家庭和儿童工作部|部长, 办公室|主任. */
const DEPARTMENT_BEFORE_HEAD = /^(\p{Script=Han}{1,8}?[部科股室处])(?=副?(?:部长|科长|股长|主任|处长)|负责人)/u;

/** The office of a chief system under a level: 县河长制办公室, 市林长制办公室. */
const CHIEF_SYSTEM_OFFICE = /(?<![全各本该])[省市县区旗]\p{Script=Han}{1,3}长制办公室/gu;

/** Tags of the noun a body's name may open as its modifier (中央红军|长征/n). */
const MODIFIED_NOUN_TAGS = new Set(["n", "ns", "nz"]);

/** Measure words the segmenter glues to the word after a number (168|个村, 38|名到). */
const GLUED_MEASURES = new Set(["个", "名", "家", "所", "位", "户", "处", "座", "支"]);

/** Tags of everyday words a firm's brand may be besides unknown and proper ones: states (鼎盛) and qualities (兴旺). */
const BRAND_WORD_TAGS = new Set(["z", "a"]);

const LEAGUE = "共青团";
const LEVEL_COMMITTEES = new Set(["省委", "市委", "州委", "县委", "区委", "旗委"]);

/**
 * The token closing 共青团 + place + 县委 when `i` opens such a name: the place
 * a word the tagger calls one or a division's name it does not (长子/n), the
 * committee printed whole (县委) or as 委 or 委员会 after the place's full name (临沭县|委, 博罗县|委员会).
 */
function leagueCommittee(tokens: readonly Token[], i: number): Token | undefined {
  const [league, place, committee] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (league?.word !== LEAGUE || !place || !committee) return undefined;
  if (place.start !== league.end || committee.start !== place.end) return undefined;
  const isPlace = place.tag === "ns" || isDivisionName(place.word);
  const closes = LEVEL_COMMITTEES.has(committee.word) || ((committee.word === "委" || committee.word === "委员会") && LEVEL_CHARS.has(place.word.at(-1)!));
  return isPlace && closes ? committee : undefined;
}

/** Inner Mongolia's township and village levels, printed before a body's ending: 苏木|人民政府, 嘎查|党支部. */
const MONGOLIAN_LEVELS: ReadonlySet<string> = new Set(MONGOLIAN_LEVEL_WORDS);
/** Characters of each of those levels. */
const MONGOLIAN_LEVEL_CHARS = 2;

/** How a Party committee's full name opens: 中共, 中国共产党. */
const PARTY = new Set(["中共", "中国共产党"]);
/** A township's own body printed after its level: 鱼儿山镇|人民政府, 新华镇|党委. */
const TOWNSHIP_BODY_AT_END = /[镇乡](人民政府|政府|党委)$/u;

/**
 * The townships listed with 、 right before `at`, nearest last (城关镇、新华|镇党委 → 城关镇), each as one word
 * (城关镇/ns) or its name and level cut apart (大滩/n|镇).
 */
function townshipsListedBefore(tokens: readonly Token[], at: number): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  let i = tokens.findIndex((token) => token.end === at - 1 && token.start < at);
  if (i < 0 || tokens[i + 1]?.word !== "、") return found;
  while (i >= 0) {
    const token = tokens[i]!;
    let township: { start: number; end: number; name: string } | undefined;
    if (TOWNSHIP_NAME.test(token.word) && token.word.length >= 3) township = { start: token.start, end: token.end, name: token.word };
    else if (TOWNSHIP_LEVELS.has(token.word)) {
      const name = tokens[i - 1];
      if (namesTownshipBefore(name, token)) {
        township = { start: name.start, end: token.end, name: name.word + token.word };
        i -= 1;
      }
    }
    if (!township) break;
    found.unshift(township);
    // The next item back: 城关镇、|新华镇、|…
    const comma = tokens[i - 1];
    if (comma?.word !== "、") break;
    i -= 2;
  }
  return found;
}

/** Manner words that open a phrase of doing the tagger reads as one word (积极争取/l, 主动对接/l). */
const MANNER_OPENERS = /^(?:积极|主动|大力|全力|认真|切实|努力|及时|持续|深入)/u;
/** A township's level printed twice, after its town's name: 壶镇|镇. */
const DOUBLED_LEVEL = /^(?:镇镇|乡乡)$/u;

/**
 * The Party committee's span and name when `i` opens 中共 + place + 委员会: the county's (中共竹山县委员会 →
 * 竹山县委) or, after it or alone, a township's (中共竹山县宝丰镇委员会 → 宝丰镇党委), whose place opens the span.
 */
function partyCommittee(tokens: readonly Token[], i: number, text: string, offset: number): Pick<OrganizationSpan, "start" | "end" | "firstToken" | "name"> | undefined {
  if (!PARTY.has(tokens[i]!.word)) return undefined;
  let j = i + 1;
  let county: Token | undefined;
  if (tokens[j] && tokens[j]!.start === tokens[j - 1]!.end && isCountyName(tokens[j]!.word)) county = tokens[j++];
  // The township's name and level, one word or two (宝丰|镇).
  let township: { start: number; end: number; first: string } | undefined;
  for (let k = j; k < Math.min(tokens.length, j + 3) && tokens[k]!.start === tokens[k - 1]!.end; k++) {
    const printed = text.slice(tokens[j]!.start - offset, tokens[k]!.end - offset);
    if (TOWNSHIP_NAME.test(printed) && HAN_ONLY.test(printed)) {
      township = { start: tokens[j]!.start, end: tokens[k]!.end, first: tokens[j]!.word };
      j = k + 1;
      break;
    }
  }
  const committee = tokens[j];
  if (!committee || committee.word !== "委员会" || committee.start !== tokens[j - 1]!.end || (!county && !township)) return undefined;
  if (township) return { start: township.start, end: committee.end, firstToken: township.first, name: `${text.slice(township.start - offset, township.end - offset)}党委` };
  return { start: county!.start, end: committee.end, firstToken: county!.word, name: `${county!.word}委` };
}

/** Words that join the bodies of one list: 县民政局和财政局, 县人社局、财政局. */
const LIST_JOINERS = new Set(["、", "和", "及", "与", "，"]);
/** Categories of the bodies a county sets up by level: a firm or co-operative has a name of its own. */
const LEVELLED_CATEGORIES = new Set(["government", "party", "social"]);

/**
 * The level a listed body shares with the body before it in its list, when it prints none of its own
 * (县民政局和|财政局 → 县): the level character that opens the body before, else undefined.
 */
function levelSharedInList(text: string, before: OrganizationSpan | undefined, span: OrganizationSpan, beforeShared?: string): string | undefined {
  if (!before || !LEVELLED_CATEGORIES.has(span.category) || before.end + 1 !== span.start || !LIST_JOINERS.has(text[before.end]!)) return undefined;
  const printed = text.slice(span.start, span.end);
  // 县人社局、财政局、农业农村局: the level runs down the list.
  const opening = (beforeShared ?? "") + text.slice(before.start, before.end);
  const level = opening[0]!;
  // 团县委 prints its level inside.
  if ([...printed].some((ch) => LEVEL_CHARS.has(ch)) || !LEVEL_CHARS.has(level) || !LEVELLED_CATEGORIES.has(before.category)) return undefined;
  // 县委组织部、宣传部: a committee's department shares the committee too.
  const committee = /^[县市区旗]委/u.test(opening) && /部$/u.test(printed) ? "委" : "";
  return level + committee;
}

/** The Youth League's committee printed by its level: 团县委, 县团委, 团市委. */
const LEAGUE_BY_LEVEL = /^(?:团([县市区旗])委|([县市区旗])团委)$/u;

/**
 * 团县委 → 共青团睢宁县委: the League's committee of the division of its level,
 * named as it is printed in full, so every county's is a node of its own.
 */
function leagueOfDivision(printed: string, division: Division | undefined): string | undefined {
  const match = LEAGUE_BY_LEVEL.exec(printed);
  const level = match?.[1] ?? match?.[2];
  if (!level || !division) return undefined;
  const city = division.kind === "City" ? division.name : division.city?.name;
  const place = division.kind === "County" && division.name.endsWith(level) ? division.name : level === "市" ? city : undefined;
  return place?.endsWith(level) ? `${LEAGUE}${place}委` : undefined;
}

/**
 * Branches named after their parent body and their place (中国移动兴国分公司, 农业银行兴国支行, 岳阳市生态环境局平江分局,
 * 国家税务总局隆回县税务局), and teams after the body that sends them (…指挥部疏附工作组, 县人社局驻东坪村工作队).
 */
const BRANCH_WORDS = new Set(["分公司", "支公司", "分院", "支行", "分行", "营业部", "分局", "税务局", "工作队", "工作组"]);

/** What stands between a body and the team it stations in a place: 驻, then the place (…税务局|驻阔纳协海尔村|工作队). */
const STATIONED_IN = /^驻\p{Script=Han}{0,8}$/u;

/**
 * The body that stations the team whose word starts at `teamAt`, printed right before 驻 and the place
 * (县人社局驻东坪村工作队, 自治区农业农村厅驻村工作队): the team is named by its body; undefined when no body stands there.
 */
function stationedBy(text: string, offset: number, teamAt: number, found: readonly OrganizationSpan[], tokens: readonly Token[]): { start: number; first: number } | undefined {
  const body = found.findLast((span) => span.end < teamAt && STATIONED_IN.test(text.slice(span.end - offset, teamAt - offset)));
  if (body) return { start: body.start, first: tokens.findIndex((token) => token.start === body.start) };
  // 青岛市|东西部|协作|驻|礼县|工作组: a city's team for a field of work, named from the city.
  const stationed = text.lastIndexOf("驻", teamAt - offset - 1) + offset;
  if (stationed < offset || !STATIONED_IN.test(text.slice(stationed - offset, teamAt - offset))) return undefined;
  const at = tokens.findLastIndex((token) => token.end <= stationed && stationed - token.start <= MAX_TEAM_OPENING);
  for (let k = at; k >= 0 && stationed - tokens[k]!.start <= MAX_TEAM_OPENING; k--) {
    const word = tokens[k]!;
    if (!HAN_ONLY.test(word.word) || (k < at && word.end !== tokens[k + 1]!.start)) return undefined;
    if (word.tag === "ns" && isDivisionName(word.word)) return { start: word.start, first: k };
  }
  return undefined;
}

/** Most characters before 驻 in the name of the team a city stations: the city's name's last word and the field of work (青岛市东西部协作). */
const MAX_TEAM_OPENING = 11;
/** The kind of the last body a branch's name holds before its place (县中医院|城北 → health), if any. */
function kindOfParent(before: string, suffixOf: (word: string) => string | undefined, lexicon: OrganizationLexicon): string | undefined {
  for (let end = before.length; end > 0; end--) {
    const suffix = suffixOf(before.slice(0, end));
    if (suffix !== undefined) return lexicon.suffixes[suffix];
  }
  return undefined;
}

/** National administrations whose county offices print the parent's name first (国家税务总局隆回县税务局). */
const NATIONAL_PARENTS = new Set(["国家税务总局"]);

/**
 * The body printed right before a branch's place: a body already found
 * (邮储|银行, ending at `start`) or one word the tagger calls a body (中国移动/nt).
 */
function parentBefore(tokens: readonly Token[], first: number, start: number, found: readonly OrganizationSpan[]): { start: number; first: number } | undefined {
  const body = found.find((span) => span.end === start);
  if (body) return { start: body.start, first: tokens.findIndex((token) => token.start === body.start) };
  const word = tokens[first - 1]!;
  if (word.end === start && word.tag === "nt") return { start: word.start, first: first - 1 };
  // 中国|人寿|财险|安吉县|支公司: a national firm the tagger cuts into nouns after 中国.
  let at = first - 1;
  for (let end = start; at >= 0 && first - at <= MAX_PARENT_WORDS && tokens[at]!.end === end; at--) {
    const part = tokens[at]!;
    if (part.word === NATIONAL_BRAND_OPENER && at < first - 1) return { start: part.start, first: at };
    if (!PARENT_WORD_TAGS.has(part.tag ?? "")) return undefined;
    end = part.start;
  }
  return undefined;
}

/** What a national firm's name opens with when the tagger cuts it (中国|人寿|财险). */
const NATIONAL_BRAND_OPENER = "中国";
/** Words a national firm's name is cut into after 中国: nouns and abbreviations (人寿, 财险, 平安). */
const PARENT_WORD_TAGS = new Set(["n", "nz", "j", "nt", "a", "ns"]);
/** Words a national firm's name is cut into, 中国 included. */
const MAX_PARENT_WORDS = 4;

/** An office printed by its abbreviation before its head's title: 县防汛办主任, 安吉县治水办副主任, 县委办负责人. */
const ABBREVIATED_OFFICE = /([县市区旗])(\p{Script=Han}{1,6}?)办(?=(?:常务)?副?主任|负责人)/gu;

/**
 * Offices named by an abbreviation in 办 (防汛办 for 防汛抗旱指挥部办公室, 文明办, 县委办),
 * which the tagger cuts anywhere: only before the title of the office's head, and
 * only when a level opens the name (县防汛办) or a division's full name does (安吉县治水办),
 * named in full with the article's division as any body opened by a level.
 */
function abbreviatedOffices(
  ctx: ExtractContext,
  sentence: Sentence,
  tokens: readonly Token[],
  divisions: readonly EntityMention[],
  county: Division | undefined,
): OrganizationSpan[] {
  const offices: OrganizationSpan[] = [];
  for (const match of sentence.text.matchAll(ABBREVIATED_OFFICE)) {
    const levelAt = sentence.start + match.index;
    const end = levelAt + match[0].length;
    const place = divisionClosedBy(divisions, levelAt, match[1]!);
    // The level must open a word (县|防汛, 县委|办), not close one (全县, 该县).
    if (!place && !tokens.some((token) => token.start === levelAt)) continue;
    const printed = ctx.article.normalizedText.slice(levelAt, end);
    const name = place ? place.name + printed.slice(1) : qualifyOrganization(printed, match[1]!, county, ctx.lexicon.organizations);
    if (LEVEL_CHARS.has(name[0]!)) continue;
    offices.push({ start: place?.start ?? levelAt, end, category: "government", firstToken: match[1]!, name });
  }
  return offices;
}

/**
 * The division printed in full whose level character, at `levelAt`, opens a body
 * named after it (滦平县|委书记, 安吉县|治水办): the body is that division's.
 */
function divisionClosedBy(divisions: readonly EntityMention[], levelAt: number, level: string): EntityMention | undefined {
  return divisions.find((division) => division.end === levelAt + 1 && division.start < levelAt && division.name.endsWith(level));
}

/**
 * A body's name with the county or city it opens with as the gazetteer names it: 喀左县人社局 →
 * 喀喇沁左翼蒙古族自治县人社局, 凉山州教育和体育局 → 凉山彝族自治州…, so that one body is one node
 * however an article prints its place.
 */
function canonicalPlace(ctx: ExtractContext, divisions: readonly EntityMention[], start: number, name: string): string {
  const opening = divisions.find((division) => division.start === start && division.end > division.start);
  if (!opening) return name;
  const printedOf = (division: EntityMention) => ctx.article.normalizedText.slice(division.start, division.end);
  // 济宁市嘉祥县民政局: the county's body, named as the county names it (嘉祥县民政局); 南充市营山生态环境局, the county
  // printed short after its city, is the city's bureau in the county, named in full.
  const county = opening.kind === "City" ? divisions.find((division) => division.kind === "County" && division.start === opening.end) : undefined;
  const withoutCity = county !== undefined && name.startsWith(printedOf(opening)) && printedOf(county).at(-1) === county.name.at(-1);
  const place = withoutCity ? county : opening;
  const rest = withoutCity ? name.slice(printedOf(opening).length) : name;
  const printed = printedOf(place);
  // Only a short name printed with the division's own level (喀左县, 凉山州): one without it (万载|农业发展公司,
  // 兖州|农商银行, 通州 of 通州区) is part of what a firm calls itself.
  if (place.name.startsWith(printed) || printed.at(-1) !== place.name.at(-1) || !rest.startsWith(printed)) return rest;
  return place.name + rest.slice(printed.length);
}

/**
 * Endings of kinds of body every place has many of (学校, 委员会, 中心 …): a name of such a kind with no place, brand,
 * level or body in it (寄宿制学校, 人民调解委员会, 区域性养老服务中心) is a kind, not a body.
 */
const GENERIC_KIND_SUFFIXES = new Set(["学校", "委员会", "中心", "政府", "党委", "党支部", "党总支"]);
/** A firm's legal form, printed after its name: 有限公司, 股份有限公司, 有限责任公司. */
const LEGAL_FORM = /^(?:股份)?有限(?:责任)?公司$/u;
/** Endings of bodies whose names hold no verb (县畜牧兽医站, not 区布设…监测站). */
const VERBLESS_SUFFIXES = new Set(["站"]);
/** An ordinal word: 第一, 第三十. */
const ORDINAL = /^第[一二三四五六七八九十]{1,3}$/u;
/** China's public service numbers: three-digit emergency lines (110, 120) and the 123xx government hotlines (12345, 12315). */
const SERVICE_NUMBER = /^(?:1[12]\d|123\d\d)$/u;

/** Words for all bodies of a level, which open the name of a kind of body, not of one body: 乡镇卫生院, 基层医疗机构, 苏木乡镇人民政府 (Inner Mongolia's townships), 嘎查村民委员会. */
const EVERY_OF_A_LEVEL = /^(?:乡镇|镇村|城区|村级|镇级|乡级|县级|市级|基层|各级|苏木乡镇|嘎查村)/u;

/** Words of quantity or reference that open no body's name: 各乡镇人民政府, 每个村委会, 该局. */
const QUANTIFIED = /^[各每该这那]/u;

/** 县政府 is what papers call the county's 人民政府: one body, named in full (平江县政府办公室 → 平江县人民政府办公室). */
const SHORT_GOVERNMENT = /^(.*[县区市旗盟州镇乡])政府(?!.*政府)/u;

/** A body named with its government in full: 平江县政府办公室 → 平江县人民政府办公室, 城南庄镇政府 → 城南庄镇人民政府. */
export function withFullGovernment(name: string): string {
  return name.replace(SHORT_GOVERNMENT, "$1人民政府");
}

/** The default for an absent word list: one object, so the indexes made for it are made once. */
const NO_WORDS: readonly string[] = [];

/** Programme heads that mark a brand, per lexicon (one stable list). */
const strongHeads = memoByObject((programmes: ProgrammeLexicon) => Object.keys(programmes.heads).filter((head) => !programmes.weakHeads.includes(head)));

/** Group heads of two or more characters, as one stable list per lexicon (so its suffix index is built once, not per article). */
const longGroupHeads = memoByObject((heads: readonly string[]) => heads.filter((head) => head.length > 1));

/** The suffix table's keys as one stable list (so its suffix index is built once). */
const suffixList = memoByObject((suffixes: Record<string, string>) => Object.keys(suffixes));

function startsWithLevel(word: string, lexicon: OrganizationLexicon): boolean {
  if (lexicon.levelOpeners.some((opener) => opener.length > 1 && word.startsWith(opener) && word.length > opener.length)) return true;
  return fusedLevelBody(word, lexicon);
}

/**
 * A dictionary word that is a one-character level fused to a body (县总工会,
 * 县公安局, 市妇联): the rest is a body by its own suffix. Words where the
 * character starts another word (市场部, 市政局, 县域, 省级) are not.
 */
function fusedLevelBody(word: string, lexicon: OrganizationLexicon): boolean {
  const rest = word.slice(1);
  if (rest.length < 2 || rest.length > 4 || !lexicon.levelOpeners.includes(word[0]!) || NOT_AFTER_LEVEL.has(rest[0]!)) return false;
  return suffixMatcher(suffixList(lexicon.suffixes))(rest) !== undefined;
}

/** Characters that make a word with a level character before them (市场, 市政, 县域, 县城, 省级, 市中心, 省内, 市直, 市属). */
const NOT_AFTER_LEVEL = new Set(["场", "政", "域", "城", "级", "中", "内", "外", "直", "属"]);

/** A committee's department printed without its committee: 组织部, 宣传部, 统战部, 政法委. */
const BARE_DEPARTMENT = /^\p{Script=Han}{2,4}(?:部|委)$/u;
/** The standing member's title right before a department: 县委常委、 (of 县委常委、组织部部长). */
const STANDING_MEMBER_BEFORE = /([县市区旗]委)常委[、，,]?$/u;

/**
 * The committee a bare department belongs to when a standing member of it
 * heads the department (县委常委、组织部部长 → 县委), else undefined.
 */
function committeeOfDepartment(text: string, sentenceStart: number, start: number, printed: string): string | undefined {
  if (!BARE_DEPARTMENT.test(printed) || LEVEL_CHARS.has(printed[0]!)) return undefined;
  return STANDING_MEMBER_BEFORE.exec(text.slice(Math.max(sentenceStart, start - 6), start))?.[1];
}

/**
 * Qualifies a name that opens with a bare administrative level with the
 * article's division: 县委老干部局 → 微山县委老干部局, 市老年大学 → 济宁市老年大学.
 *
 * @example qualifyOrganization("县委老干部局", "县委老干部局", weishan) // "微山县委老干部局"
 */
export function qualifyOrganization(name: string, firstToken: string, division: Division | undefined, lexicon: OrganizationLexicon): string {
  if (!division) return name;
  const opensWithLevel = lexicon.levelOpeners.includes(firstToken) || startsWithLevel(firstToken, lexicon);
  const level = name[0]!;
  if (!opensWithLevel || !LEVEL_CHARS.has(level)) return name;
  const rest = name.slice(1);
  // 攸县县委: a county of one character keeps its level before the committee's 委 (not 攸县委).
  if (division.kind === "County" && division.name.endsWith(level)) return (division.name.length === 2 && rest.startsWith("委") ? division.name + level : division.name) + rest;
  if (level === "市") {
    const city = division.kind === "City" ? division.name : division.city?.name;
    if (city?.endsWith("市")) return city + rest;
  }
  if (level === "省" && division.province.name.endsWith("省")) return division.province.name + rest;
  return name;
}

/**
 * Organisation mentions of every sentence, qualified with the article's division.
 *
 * @example extractOrganizations(ctx)[0] // { name: "微山县委老干部局", surface: "县委老干部局", attributes: { category: "government" }, … }
 */
export function extractOrganizations(ctx: ExtractContext): EntityMention[] {
  const lexicon = ctx.lexicon.organizations;
  // Weak heads (站, 服务, 库) end body types too (新时代文明实践站); only strong heads mark a brand.
  const programmeHeads = strongHeads(ctx.lexicon.programmes);
  const groupHeads = longGroupHeads(ctx.lexicon.groups.heads);
  const nameStarts = namedPersonStarts(ctx);
  const divisions = ctx.entities.filter((m) => m.kind === "County" || m.kind === "City");
  // The headline is cut only when a body printed by a township's level alone needs its township.
  let aboutTownship: { name: string | undefined } | undefined;
  const township = (): string | undefined => (aboutTownship ??= { name: headlineTownship(getSegmenter().tag(ctx.article.normalizedTitle)) }).name;
  const mentions: EntityMention[] = [];
  for (const sentence of ctx.sentences) {
    // The county the sentence speaks for, which names its bodies opened by a bare level.
    const county = localCounty(ctx, sentence.index);
    // A quoted name or slogan holds no body; reported speech names bodies as any sentence does (“区人社局办的培训我参加了，…”).
    const quotes = findQuotedSpans(sentence.text, true).filter((quote) => !isSpeech(quote));
    const tokens = splitFusedPosts(undoCompoundsThatCutAWord(ctx.tokens(sentence), ctx.taggedTokens(sentence)), ctx.article.normalizedText, nameStarts);
    const spans = findOrganizationSpans(tokens, ctx.article.normalizedText, lexicon, 0, ctx.lexicon.common.verbLikeNouns, groupHeads);
    // A body found by a later rule joins unless an earlier one holds its text, or (for a body inside another) the same span.
    const addUnlessOverlapping = (span: OrganizationSpan) => {
      if (!spans.some((s) => overlaps(s, span))) spans.push(span);
    };
    const addUnlessPresent = (span: OrganizationSpan) => {
      if (!spans.some((s) => s.start === span.start && s.end === span.end)) spans.push(span);
    };
    for (const body of postBodies(sentence, nameStarts)) {
      // 滦平县委书记: the level character closes a printed division's name, and the body is that division's.
      const place = divisionClosedBy(divisions, body.start, body.printed[0]!);
      // A bare 县委 whose county is unknown would be one node for every county's committee.
      if (!place && qualifyOrganization(body.printed, body.printed, county, lexicon) === body.printed) continue;
      const span = { start: place?.start ?? body.start, end: body.end, category: body.printed.endsWith("政协") ? "government" : "party", firstToken: body.printed };
      addUnlessOverlapping(span);
    }
    for (const office of abbreviatedOffices(ctx, sentence, tokens, divisions, county)) {
      // 县政府|办: the office is named after the body the tagger found, and replaces it; 县商务局|电商办 is an office
      // of the bureau, and both are bodies.
      for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.start >= office.start && spans[i]!.end === office.end - 1) spans.splice(i, 1);
      if (!spans.some((s) => overlaps(s, office) && !(s.start >= office.start && s.end <= office.end))) spans.push(office);
    }
    for (const head of governmentHeads(sentence, nameStarts)) {
      // 临沭县副县长: the government of the division printed right before the title, else the article's.
      const place = divisions.find((division) => division.end === head.start && division.name.endsWith(head.level));
      const government = place ? `${place.name}人民政府` : qualifyOrganization(`${head.level}人民政府`, head.level, county, lexicon);
      // A bare 县人民政府 whose county is unknown would be one node for every county's government.
      if (!LEVEL_CHARS.has(government[0]!) || place) {
        const span = { start: place?.start ?? head.start, end: head.end, category: "government", firstToken: head.level, name: government };
        addUnlessOverlapping(span);
      }
    }
    // 县妇联家庭和儿童工作部部长: a department of a body, named before its head's title, is a body too.
    for (const span of [...spans]) {
      const department = DEPARTMENT_BEFORE_HEAD.exec(ctx.article.normalizedText.slice(span.end, span.end + 16));
      if (!department) continue;
      const inner = { start: span.start, end: span.end + department[1]!.length, category: span.category, firstToken: span.firstToken };
      addUnlessPresent(inner);
    }
    // 县人社局党组: the party group of a bureau; the bureau is a body too, printed inside it (its head's second title is its post).
    for (const span of [...spans]) {
      const printed = ctx.article.normalizedText.slice(span.start, span.end);
      const party = PARTY_BODY_AT_END.exec(printed);
      const parent = party ? printed.slice(0, party.index) : "";
      const category = lexicon.suffixes[suffixMatcher(suffixList(lexicon.suffixes))(parent) ?? ""];
      if (!party || !category || parent.length < 3) continue;
      const inner = { start: span.start, end: span.start + parent.length, category, firstToken: span.firstToken };
      addUnlessPresent(inner);
    }
    // 县河长制办公室: the segmenter cuts a chief system's name apart (县河|长制|办公室); its level opens the office.
    for (const match of sentence.text.matchAll(CHIEF_SYSTEM_OFFICE)) {
      const span = { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, category: "government", firstToken: match[0][0]! };
      for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.start >= span.start && spans[i]!.end <= span.end) spans.splice(i, 1);
      addUnlessOverlapping(span);
    }
    for (const [known, category] of Object.entries(lexicon.knownNames)) {
      for (const at of indexesOf(sentence.text, known)) {
        // 霍尔奇镇东光村|新时代文明实践站: the village or township printed before names it.
        const place = localPlaceBefore(sentence.text, at, sentence.start, tokens);
        const start = sentence.start + at - place.length;
        // 建成新时代文明实践站126个: printed alone, a kind every village has names no body.
        const unnamed = !place && !lexicon.countyInstitutions.includes(known);
        addUnlessOverlapping({ start, end: sentence.start + at + known.length, category, firstToken: place || known, ...(unnamed ? { unnamed } : {}) });
      }
    }
    // 大滩镇、鱼儿山镇人民政府: townships listed before one whose body is printed share that body.
    for (const span of [...spans]) {
      const body = TOWNSHIP_BODY_AT_END.exec(ctx.article.normalizedText.slice(span.start, span.end))?.[1];
      if (!body) continue;
      for (const township of townshipsListedBefore(tokens, span.start)) {
        addUnlessOverlapping({ start: township.start, end: township.end, category: span.category, firstToken: township.name, name: township.name + body });
      }
    }
    const sharedLevels = new Map<OrganizationSpan, string>();
    // The body printed right before, in reading order (later rules add spans out of it).
    const printedBefore = (span: OrganizationSpan) => spans.filter((other) => other.end <= span.start).sort((a, b) => b.end - a.end)[0];
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      if (span.localLevel || span.name) continue;
      const before = printedBefore(span);
      const shared = levelSharedInList(ctx.article.normalizedText, before, span, before ? sharedLevels.get(before) : undefined);
      if (shared) sharedLevels.set(span, shared);
    }
    for (const span of spans) {
      // Inside a quotation when its last character is: “上塘山耕”农产品专业合作社 opens with its quoted brand.
      if (isQuoted(quotes, span.end - 1 - sentence.start)) continue;
      // 在青源村，村党支部牵头…: a village's or township's body printed by its level is the place's named before it.
      // In a report on one township (红毛镇：…), its bodies printed by their level (镇党委、镇政府) are that township's.
      // A kind every township has (镇文化站), printed alone, is that township's too.
      const ofTownship = span.localLevel || span.unnamed ? townshipBodyName(ctx.article.normalizedText.slice(span.start, span.end), township()) : undefined;
      const localName = span.localLevel ? (localBodyName(sentence, span, ctx.article.normalizedText, tokens) ?? ofTownship) : span.unnamed ? ofTownship : undefined;
      if ((span.unnamed || span.localLevel) && !localName) {
        ctx.unnamedBodies.push({ start: span.start, end: span.end, sentence: sentence.index });
        continue;
      }
      // 县民政局和财政局, 县人社局、财政局: a listed body that prints no level of its own shares the level of the one before.
      const sharedLevel = sharedLevels.get(span);
      const text = (sharedLevel ?? "") + (localName ?? span.name ?? ctx.article.normalizedText.slice(span.start, span.end));
      // 以新时代文明实践中心建设为抓手: a body every county has one of, printed alone, is the county's.
      const printed = county && lexicon.countyInstitutions.includes(text) ? county.name + text : text;
      // 共富工坊, 红帆驿站: brands of a programme, not bodies.
      if (programmeHeads.some((head) => printed.endsWith(head))) continue;
      const committee = committeeOfDepartment(ctx.article.normalizedText, sentence.start, span.start, printed);
      const inCommittee = committee && qualifyOrganization(committee + printed, committee, county, lexicon);
      // 县委常委、组织部部长李明: a standing member heads one of the committee's departments.
      const qualified =
        inCommittee && inCommittee !== committee + printed
          ? inCommittee
          : (leagueOfDivision(printed, county) ?? qualifyOrganization(printed, sharedLevel ?? span.firstToken, county, lexicon));
      const name = canonicalPlace(ctx, divisions, span.start, withFullGovernment(qualified));
      mentions.push(
        createMention(ctx, {
          kind: "Organization",
          name,
          start: span.start,
          end: span.end,
          sentence: sentence.index,
          attributes: { category: span.category },
        }),
      );
    }
    mentions.push(...referredBodies(ctx, sentence, mentions));
  }
  applyDefinedShortForms(ctx.article.normalizedText, ctx.sentences, mentions, "Organization");
  applySecondNameplates(ctx.article.normalizedText, mentions, "Organization");
  nameBureauPartyGroupsAsTheirBureau(mentions);
  return mentions;
}

/** The party group (党组) a bureau's leadership forms: printed in its head's titles (县人社局党组书记), not a body of its own. */
const BUREAU_PARTY_GROUP = "党组";

/**
 * Names (mutates) a bureau's party group (县人社局党组) as the bureau printed inside it: reports print the group in its
 * head's titles (党组书记、局长), and it decides and acts as the bureau's leadership, so it is one body with the bureau.
 */
function nameBureauPartyGroupsAsTheirBureau(mentions: EntityMention[]): void {
  for (const group of mentions) {
    if (!group.name.endsWith(BUREAU_PARTY_GROUP)) continue;
    const bureau = mentions.find((m) => m.start === group.start && m.end < group.end && `${m.name}${BUREAU_PARTY_GROUP}` === group.name);
    if (!bureau) continue;
    group.name = bureau.name;
    if (bureau.attributes) group.attributes = { ...bureau.attributes };
  }
}

/**
 * The sentence's words (the tagger's, with `common.json › compounds` joined) with every joined body undone
 * whose last character the tagger reads as the start of its next word (县人大常委会|组织部|分代表 → 组织|部分代表,
 * 县委|组织部|署 → 组织|部署): that body is a misreading of an everyday word. A post title glued on (局|长) is
 * no such word. Other extractors keep the joined words (残疾人|员 counts 残疾人), so the undoing is the body reader's.
 */
function undoCompoundsThatCutAWord(tokens: readonly Token[], tagged: readonly Token[]): readonly Token[] {
  // Where no compound was joined, the words are the tagger's own: nothing to undo.
  if (tokens === tagged) return tokens;
  const recut: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const opened = token.word.length >= 2 ? tagged.find((word) => word.start === token.end - 1 && word.end > token.end && !word.word.endsWith("长")) : undefined;
    const last = opened ? tokens.findIndex((next, k) => k > i && next.end === opened.end) : -1;
    const words = opened ? tagged.filter((word) => word.start >= token.start && word.end <= opened.end) : [];
    if (last > i && words[0]?.start === token.start) {
      recut.push(...words);
      i = last;
      continue;
    }
    recut.push(token);
  }
  return recut;
}

/** A body referred back to by its kind: 该局, 该中心, 该院, 该行, 该社, 该所, 该公司. */
const REFERRING = /该(局|中心|院|行|社|所|公司)/gu;
/**
 * The bodies a sentence refers back to (该局牵头实施…工程): each is the body of
 * that kind named last before it, however far back (a report on a bank calls it
 * 该行 from its lead on), so the sentence's programmes involve it as if it were
 * named again.
 */
function referredBodies(ctx: ExtractContext, sentence: Sentence, named: readonly EntityMention[]): EntityMention[] {
  const referred: EntityMention[] = [];
  for (const match of sentence.text.matchAll(REFERRING)) {
    const at = sentence.start + match.index;
    const body = named.findLast((m) => m.end <= at && m.name.endsWith(match[1]!));
    if (!body) continue;
    referred.push(
      // 该局 is no alias of the body.
      createMention(ctx, { kind: "Organization", name: body.name, surface: "", start: at, end: at + match[0].length, sentence: sentence.index, attributes: { ...body.attributes } }),
    );
  }
  return referred;
}
