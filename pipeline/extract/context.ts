/**
 * What every extractor sees: one article, its sentences and paragraph layout,
 * tokens on demand, the reviewed lexicon and alias table, and the mentions
 * earlier extractors in the registry found. Extractors return new findings;
 * the runner (`run-registry.ts`) appends them, so later extractors (relations)
 * build on earlier ones (entities).
 */
import type { ArticleRecord, Diagnostic, Division, EntityMention, RelationMention, Sentence, Token } from "../records.js";
import type { NodeKind } from "../schema/index.js";
import { getSegmenter, type Segmenter } from "../segment/segmenter.js";
import { getAliasTable, type AliasTable } from "./aliases.js";
import { joinCompounds } from "./compounds.js";
import { analyseLayout, type ArticleLayout } from "./layout.js";
import { getLexicon, type Lexicon } from "./lexicon.js";

/** Facts about an article's programmes that relation extractors need besides the mentions. */
export interface ProgrammeRoles {
  /** The programme the article is about (lead or headline), when one is named. */
  main?: EntityMention;
  /** Sub-measures (parallel headings) that decompose the main programme. */
  measures: EntityMention[];
}

export interface ExtractContext {
  article: ArticleRecord;
  /** The division the article reports on (dateline, page context), when resolved. */
  county?: Division;
  sentences: Sentence[];
  layout: ArticleLayout;
  lexicon: Lexicon;
  aliases: AliasTable;
  /** Segmenter tokens of a sentence, offsets into the article text, compounds joined (cached). */
  tokens(sentence: Sentence): readonly Token[];
  /** The tagger's own tokens of a sentence, offsets into the article text, compounds not joined (cached). */
  taggedTokens(sentence: Sentence): readonly Token[];
  /** Mentions found so far, in registry order. */
  entities: EntityMention[];
  relations: RelationMention[];
  diagnostics: Diagnostic[];
  programmes: ProgrammeRoles;
  /** Bodies named by their type alone (物业服务公司): no organisation node, but no group's words either. */
  unnamedBodies: { start: number; end: number; sentence: number }[];
}

export interface CreateContextOptions {
  county?: Division;
  sentences: Sentence[];
  lexicon?: Lexicon;
  aliases?: AliasTable;
  segmenter?: Segmenter;
}

export function createExtractContext(article: ArticleRecord, options: CreateContextOptions): ExtractContext {
  const segmenter = options.segmenter ?? getSegmenter();
  const tokenCache = new Map<number, readonly Token[]>();
  const lexicon = options.lexicon ?? getLexicon();
  // Every sentence is tagged anyway; one cut of the whole text serves them all.
  let tagged: readonly (readonly Token[])[] | undefined;
  const taggedTokens = (sentence: Sentence): readonly Token[] => {
    tagged ??= segmenter.tagSpans(article.normalizedText, options.sentences);
    if (options.sentences[sentence.index] === sentence) return tagged[sentence.index]!;
    return tagSentence(sentence, segmenter);
  };
  return {
    article,
    ...(options.county ? { county: options.county } : {}),
    sentences: options.sentences,
    layout: analyseLayout(article, options.sentences, lexicon.programmes),
    lexicon,
    aliases: options.aliases ?? getAliasTable(),
    tokens(sentence) {
      let tokens = tokenCache.get(sentence.index);
      if (!tokens) {
        tokens = joinCompounds(taggedTokens(sentence), sentence.text, sentence.start, lexicon.common.compounds ?? {});
        tokenCache.set(sentence.index, tokens);
      }
      return tokens;
    },
    taggedTokens,
    entities: [],
    relations: [],
    diagnostics: [],
    programmes: { measures: [] },
    unnamedBodies: [],
  };
}

/** A sentence tagged on its own, offsets moved into the article text. */
export function tagSentence(sentence: Sentence, segmenter: Segmenter = getSegmenter()): readonly Token[] {
  return segmenter.tag(sentence.text).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
}

/** Mentions of one kind found so far. */
export function mentionsOf(ctx: ExtractContext, kind: NodeKind): EntityMention[] {
  return ctx.entities.filter((m) => m.kind === kind);
}

/** Where the people the body names (not its reporters) start, as article offsets: a title or post ends there. */
export function namedPersonStarts(ctx: ExtractContext): Set<number> {
  return new Set(ctx.entities.filter((m) => m.kind === "Person" && m.attributes?.category === "named").map((m) => m.start));
}

/** Mentions of one kind in one sentence. */
export function mentionsIn(ctx: ExtractContext, kind: NodeKind, sentence: number): EntityMention[] {
  return ctx.entities.filter((m) => m.kind === kind && m.sentence === sentence);
}
