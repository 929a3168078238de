/**
 * Themes: a small reviewed taxonomy (data/lexicon/themes.json) with trigger
 * words. An article is ABOUT a theme when its headline has a trigger, or at
 * least `minArticleHits` of its sentences or of the theme's distinct triggers do; a programme is ABOUT a theme
 * when its name or the sentence that introduces it has one. Theme mentions
 * carry an empty surface unless the trigger is the theme's own name, so a
 * trigger (离退休干部) never becomes an alias of the theme (老干部工作).
 */
import type { EntityMention, RelationMention, Token } from "../records.js";
import { memoByObject } from "../util/memo-by-object.js";
import { getSegmenter } from "../segment/segmenter.js";
import type { ExtractContext } from "./context.js";

interface ThemeHit {
  theme: string;
  trigger: string;
  /** Every trigger of the theme the sentence holds as a word. */
  triggers: string[];
  sentence: number;
  start: number;
}

/** Each theme's first trigger a sentence holds as a word, at its first such place. */
function themeHits(ctx: ExtractContext, sentences: number[]): ThemeHit[] {
  const themes = ctx.lexicon.themes.themes;
  const byFirstChar = triggersByFirstChar(themes);
  const hits: ThemeHit[] = [];
  for (const index of sentences) {
    const sentence = ctx.sentences[index]!;
    const words = () => ctx.taggedTokens(sentence);
    // One pass over the sentence finds where each trigger first stands as a word (most sentences hold few).
    const firstAt = new Map<string, number>();
    const { text } = sentence;
    for (let at = 0; at < text.length; at++) {
      for (const trigger of byFirstChar.get(text[at]!) ?? NO_TRIGGERS) {
        if (!firstAt.has(trigger) && text.startsWith(trigger, at) && isWordMatch(words(), sentence.start + at, trigger.length)) firstAt.set(trigger, at);
      }
    }
    if (firstAt.size === 0) continue;
    for (const [theme, triggers] of Object.entries(themes)) {
      const held = triggers.filter((t) => firstAt.has(t));
      const trigger = held[0];
      if (trigger) hits.push({ theme, trigger, triggers: held, sentence: index, start: sentence.start + firstAt.get(trigger)! });
    }
  }
  return hits;
}

const NO_TRIGGERS: readonly string[] = [];

/** Every trigger of every theme, by its first character. */
const triggersByFirstChar = memoByObject((themes: Record<string, string[]>) => {
  const index = new Map<string, string[]>();
  for (const trigger of new Set(Object.values(themes).flat())) {
    if (!trigger) continue;
    index.set(trigger[0]!, [...(index.get(trigger[0]!) ?? []), trigger]);
  }
  return index;
});

/**
 * Where `trigger` first occurs in `text` as a word, or -1 (`words` are the
 * segmenter's words of `text`, offsets shifted by `offset`). A match that
 * starts inside a word is another word's middle or runs on into the next
 * (务工 in 党务工作 and in 党务|工作者, 学校 in 老年大学|校本); it counts only
 * when it ends that word (党支部 in 村党支部). A match may start a longer word (脱贫 in 脱贫户).
 */
function wordMatchAt(text: string, words: () => readonly Token[], offset: number, trigger: string): number {
  if (!trigger) return -1;
  for (let at = text.indexOf(trigger); at >= 0; at = text.indexOf(trigger, at + 1)) {
    if (isWordMatch(words(), offset + at, trigger.length)) return at;
  }
  return -1;
}

/** True when [start, start + length) starts a word or is the tail of one. */
function isWordMatch(words: readonly Token[], start: number, length: number): boolean {
  const word = words.find((w) => w.start <= start && start < w.end);
  return word === undefined || word.start === start || start + length === word.end;
}

function themeMention(hit: ThemeHit, ctx: ExtractContext): EntityMention {
  const surface = hit.trigger === hit.theme ? ctx.article.text.slice(hit.start, hit.start + hit.trigger.length) : "";
  return { kind: "Theme", name: hit.theme, surface, start: hit.start, end: hit.start + hit.trigger.length, sentence: hit.sentence };
}

/**
 * Theme mentions and ABOUT relations for the article and its programmes.
 *
 * @example extractThemes(ctx).relations.map((r) => r.to.name) // ["老干部工作", "养老服务", …]
 */
export function extractThemes(ctx: ExtractContext): { entities: EntityMention[]; relations: RelationMention[] } {
  const entities: EntityMention[] = [];
  const relations: RelationMention[] = [];
  const all = themeHits(ctx, ctx.sentences.map((s) => s.index));
  const hitsBySentence = new Map<number, ThemeHit[]>();
  for (const hit of all) hitsBySentence.set(hit.sentence, [...(hitsBySentence.get(hit.sentence) ?? []), hit]);
  const title = ctx.article.normalizedTitle;
  // The headline is cut once, and only when a theme has to look at it.
  let titleWords: readonly Token[] | undefined;
  const headlineWords = (): readonly Token[] => (titleWords ??= getSegmenter().cut(title));
  const { minArticleHits, themes } = ctx.lexicon.themes;
  for (const [theme, triggers] of Object.entries(themes)) {
    const hits = all.filter((h) => h.theme === theme);
    const inTitle = triggers.some((trigger) => wordMatchAt(title, headlineWords, 0, trigger) >= 0);
    // 基础设施方面，新建产业路…，改造提升农村供水工程41处: as many of the theme's words in one sentence say as much.
    const held = new Set(hits.flatMap((h) => h.triggers));
    // 乡村旅游 holds 旅游: one word is one trigger.
    const distinctTriggers = [...held].filter((trigger) => ![...held].some((other) => other !== trigger && other.includes(trigger))).length;
    if (hits.length === 0 || (!inTitle && hits.length < minArticleHits && distinctTriggers < minArticleHits)) continue;
    entities.push(themeMention(hits[0]!, ctx));
    relations.push({ type: "ABOUT", from: { kind: "Article", name: ctx.article.key }, to: { kind: "Theme", name: theme }, sentence: hits[0]!.sentence, matched: [hits[0]!.trigger] });
  }

  const seen = new Set<string>();
  for (const programme of ctx.entities.filter((m) => m.kind === "Programme")) {
    if (seen.has(programme.name)) continue;
    seen.add(programme.name);
    for (const hit of hitsBySentence.get(programme.sentence) ?? []) {
      const inName = themes[hit.theme]!.some((t) => programme.name.includes(t));
      if (!inName && !sentenceIntroduces(ctx, programme)) continue;
      entities.push(themeMention(hit, ctx));
      relations.push({ type: "ABOUT", from: { kind: "Programme", name: programme.name }, to: { kind: "Theme", name: hit.theme }, sentence: hit.sentence, matched: [programme.surface, hit.trigger].filter(Boolean) });
    }
  }
  return { entities, relations };
}

/** A programme's first mention introduces it when it is the article's main programme or a sub-measure heading, or the sentence names no other programme. */
function sentenceIntroduces(ctx: ExtractContext, programme: EntityMention): boolean {
  if (programme === ctx.programmes.main || ctx.programmes.measures.includes(programme)) return true;
  return new Set(ctx.entities.filter((m) => m.kind === "Programme" && m.sentence === programme.sentence).map((m) => m.name)).size === 1;
}
