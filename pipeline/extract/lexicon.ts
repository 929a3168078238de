/**
 * Loads the reviewed term lists in `data/lexicon/` (data, not code) once and
 * checks their shape, so a typo in a JSON file fails loudly with the file name
 * instead of silently recognising nothing.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Default folder of the lexicon files (repo `data/lexicon`). */
export const DEFAULT_LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/lexicon");

export interface ProgrammeLexicon {
  /** Head noun → programme category (mechanism, campaign, platform, model, project, brand, initiative). */
  heads: Record<string, string>;
  unquotedLeadHeads: string[];
  launchVerbs: string[];
  numberedSloganVerbs: string[];
  numerals: string;
  maxModifierChars: number;
  maxQuotedChars: number;
  modifierBreakers: string[];
  stopNames: string[];
  namedProgrammes: Record<string, string>;
  summaryOpeners: string[];
  headingMaxChars: number;
  /**
   * The parts every plan and work summary has (实施方案, 保障措施, 存在的问题, 下半年工作打算):
   * a heading of at most `maxChars` that ends in one of `endings` names no measure.
   */
  documentHeadings: { endings: string[]; maxChars: number };
  /** Heads too everyday to follow a quoted name unless a launch verb opens it (服务, 站, 库). */
  weakHeads: string[];
  /** Heads that end a name only inside its quotes (“护学岗”), never after them (“春风行动”送岗下乡). */
  insideQuotesOnly: string[];
  /**
   * How a national programme's name ends when it is a benefit for the people its name opens with
   * (重度残疾人护理补贴, 特困人员救助供养, 高素质农民培育): those people stay a group it serves.
   */
  benefitEndings: string[];
  /** Verbs that set up what they name, so that a quoted name alone after them is a programme (开展, 举办, 开通). */
  namingVerbs: string[];
  /**
   * Heads of a rectification that takes on every problem a list of quotes names as one campaign
   * (耕地“非农化”“非粮化”专项整治), where other heads give each quote its own (“送清凉”“两节送温暖”活动).
   */
  listGoverningHeads: string[];
  unquoted: UnquotedProgrammeLexicon;
  chiefSystem: ChiefSystemLexicon;
}

/** Unquoted names: launch verb + modifier + head (实施乡村建设行动, 建立银发人才库). */
export interface UnquotedProgrammeLexicon {
  verbs: string[];
  heads: string[];
  /** Heads that need the name printed twice (body or headline) when unquoted. */
  recurringHeads: string[];
  minModifierChars: number;
  maxModifierChars: number;
  /** Characters that cannot occur inside an unquoted name (的, 和, 、 …). */
  breakers: string[];
  /** Openings of a generic object, not a name (一批, 各类, 专项 …). */
  openers: string[];
  /** Words after a name that make it the object of work on it (考核机制|建设, 户籍制度|改革). */
  workOn: string[];
  /** Heads of unquoted names only, with their category: a quoted slogan before them names none (“人找政策”). */
  ownHeads: Record<string, string>;
  /** Verbs that put a subsidy in force but launch nothing else (发放困难残疾人生活补贴; 发放慰问品 names none). */
  policyVerbs: string[];
  /** Fields of work every body builds (基础设施, 精神文明, 队伍): their building (…建设) names no project. */
  generalFields: string[];
  /** Heads that may govern two fields joined by 和/与/及 (危险化学品和非煤矿山专项整治, 防止返贫动态监测和帮扶机制). */
  sharedHeads: string[];
}

/** X长制 names (河长制, 网格长制). */
export interface ChiefSystemLexicon {
  suffix: string;
  maxPrefixChars: number;
  /** Characters after 长制 that make it a verb (制定, 制度 …), not a system. */
  notFollowedBy: string;
  prefixTags: string[];
  /** Last characters of an office, not a domain (县长, 村长, 校长). */
  officeChars: string;
}

export interface GroupLexicon {
  heads: string[];
  /** Modifier words accepted whatever their tag (离退休, 新业态, 留守 …). */
  modifiers: string[];
  /** Tags the head token may carry (a number like 万余户 never heads a group). */
  headTags: string[];
  /** Words that turn a group into a place or body right after it (儿童之家, 人才公寓). */
  notFollowedBy: string[];
  requireModifier: string[];
  generic: string[];
  /**
   * People who carry the work out (家庭医生, 村干部, 人大代表): a group only where the sentence makes them served, a cue
   * right before them in their clause (为, 培训, 慰问) or right after them (培训, 待遇).
   */
  providers: string[];
  providerServedBefore: string[];
  providerServedAfter: string[];
  /** Heads that are a verb's object when the segmenter fuses the two into one set phrase (联系群众, 发动群众). */
  objectHeads: string[];
  /** Heads naming someone's relatives: a group before them says whose (困难职工子女, 军人家属). */
  relativeHeads: string[];
  /** Conditions that never name people alone: listed before a group they share its head (留守、困境儿童). */
  listedAttributes: string[];
  notGroups: string[];
  modifierTags: string[];
  modifierStops: string[];
  /** Verbs of reaching people that the tagger may glue to the modifier after them (面向|农村 read as 面向农村/n). */
  modifierStopPrefixes: string[];
  maxModifierTokens: number;
  maxModifierChars: number;
}

export interface OrganizationLexicon {
  /** Suffix → organisation category (party, government, community, education, enterprise, social). */
  suffixes: Record<string, string>;
  expansionTags: string[];
  expansionStops: string[];
  levelOpeners: string[];
  notOrganizations: string[];
  /** Endings that look like a suffix but are no body (格局 ends in 局; 党组织 is too generic; 大力开展, which the tagger calls one). */
  notSuffixes: string[];
  /** Body types matched as plain strings (the segmenter splits 新时代文明实践站) → category. */
  knownNames: Record<string, string>;
  /** Known names of which every county has one (新时代文明实践中心): printed without a place, the county's. */
  countyInstitutions: string[];
  /** Suffixes of kinds of body every place has (图书馆): one names a body only with its place or level (县图书馆). */
  placedSuffixes: string[];
  maxChars: number;
}

export interface ThemeLexicon {
  minArticleHits: number;
  /** Theme name → trigger words. */
  themes: Record<string, string[]>;
}

export interface ServeCueLexicon {
  before: string[];
  after: string[];
  maxGap: number;
  /** Units that count people (名, 人次, 户): only such metrics COUNT a group. */
  personUnits: string[];
}

/** Cues that make an organisation a participant of a programme (INVOLVES). */
export interface ParticipantCueLexicon {
  /** Words right before the organisation (由, 依托, and every partner word). */
  before: string[];
  /**
   * Words that open a clause with a partner of its subject (会同县气象局开展…, 联合县妇联实施…): one list for the
   * three readers of a partner, as a cue before a body, as the end of the name of a body before it, and as an
   * opening of a sentence that carries on the last subject.
   */
  partners: string[];
  /** Role verbs right after it (牵头, 负责, 主办). */
  after: string[];
  /** Time words that may precede a subject at the clause start (今年以来, 同时). */
  subjectPrefixes: string[];
}

export interface CommonLexicon {
  verbLikeNouns: string[];
  /** Genre words the segmenter splits (残疾/人, 县人/社局) → tag they get as one token. */
  compounds: Record<string, string>;
}

export interface Lexicon {
  common: CommonLexicon;
  programmes: ProgrammeLexicon;
  groups: GroupLexicon;
  organizations: OrganizationLexicon;
  themes: ThemeLexicon;
  serveCues: ServeCueLexicon;
  participants: ParticipantCueLexicon;
}

export class LexiconError extends Error {
  override name = "LexiconError";
}

const cache = new Map<string, Lexicon>();

/**
 * The lexicon from `dir` (cached per folder).
 *
 * @example getLexicon().programmes.heads["模式"] // "model"
 */
export function getLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  let lexicon = cache.get(dir);
  if (!lexicon) {
    lexicon = {
      common: readLexiconFile<CommonLexicon>(dir, "common.json", ["verbLikeNouns", "compounds"]),
      programmes: readLexiconFile<ProgrammeLexicon>(dir, "programmes.json", ["heads", "launchVerbs", "stopNames", "summaryOpeners", "documentHeadings", "weakHeads", "insideQuotesOnly", "benefitEndings", "namingVerbs", "listGoverningHeads", "unquoted", "chiefSystem"]),
      groups: readLexiconFile<GroupLexicon>(dir, "groups.json", ["heads", "modifiers", "headTags", "generic", "providers", "providerServedBefore", "providerServedAfter", "objectHeads", "relativeHeads", "listedAttributes", "modifierTags", "modifierStops"]),
      organizations: readLexiconFile<OrganizationLexicon>(dir, "organizations.json", ["suffixes", "expansionTags", "levelOpeners", "notSuffixes", "knownNames"]),
      themes: readLexiconFile<ThemeLexicon>(dir, "themes.json", ["themes", "minArticleHits"]),
      serveCues: readLexiconFile<ServeCueLexicon>(dir, "serve-cues.json", ["before", "after", "maxGap", "personUnits"]),
      participants: readLexiconFile<ParticipantCueLexicon>(dir, "participant-cues.json", ["before", "partners", "after", "subjectPrefixes"]),
    };
    // A partner word is a cue before the body it names, and no part of the name of a body printed before it.
    const { participants, organizations } = lexicon;
    participants.before = [...participants.before, ...participants.partners];
    organizations.expansionStops = [...(organizations.expansionStops ?? []), ...participants.partners];
    cache.set(dir, lexicon);
  }
  return lexicon;
}

function readLexiconFile<T>(dir: string, file: string, required: string[]): T {
  const path = join(dir, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new LexiconError(`lexicon: cannot read ${path}: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null) throw new LexiconError(`lexicon: ${path} is not a JSON object`);
  for (const key of required) {
    if (!(key in parsed)) throw new LexiconError(`lexicon: ${path} lacks "${key}"`);
  }
  return parsed as T;
}
