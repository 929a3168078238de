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
  notGroups: string[];
  modifierTags: string[];
  modifierStops: string[];
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
  /** Endings that look like a suffix but are no body (格局 ends in 局; 党组织 is too generic). */
  notSuffixes: string[];
  /** Body types matched as plain strings (the segmenter splits 新时代文明实践站) → category. */
  knownNames: Record<string, string>;
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

export interface CommonLexicon {
  verbLikeNouns: string[];
}

export interface Lexicon {
  common: CommonLexicon;
  programmes: ProgrammeLexicon;
  groups: GroupLexicon;
  organizations: OrganizationLexicon;
  themes: ThemeLexicon;
  serveCues: ServeCueLexicon;
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
      common: readLexiconFile<CommonLexicon>(dir, "common.json", ["verbLikeNouns"]),
      programmes: readLexiconFile<ProgrammeLexicon>(dir, "programmes.json", ["heads", "launchVerbs", "stopNames", "summaryOpeners"]),
      groups: readLexiconFile<GroupLexicon>(dir, "groups.json", ["heads", "modifiers", "headTags", "generic", "modifierTags", "modifierStops"]),
      organizations: readLexiconFile<OrganizationLexicon>(dir, "organizations.json", ["suffixes", "expansionTags", "levelOpeners", "notSuffixes", "knownNames"]),
      themes: readLexiconFile<ThemeLexicon>(dir, "themes.json", ["themes", "minArticleHits"]),
      serveCues: readLexiconFile<ServeCueLexicon>(dir, "serve-cues.json", ["before", "after", "maxGap", "personUnits"]),
    };
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
