/**
 * Short forms an article defines for a name it prints in full (青岛市东西部协作驻礼县工作组（以下简称青岛工作组）):
 * every later mention printed by the short form is the same node, named in full, and keeps the short form as
 * its surface, which the graph holds as an alias. A body's second nameplate in brackets right after its name
 * (县农业农村局（乡村振兴局）) is the same body too.
 */
import { sentenceAt } from "../divisions/find-mentions.js";
import type { EntityMention, Sentence } from "../records.js";
import { indexesOf, overlaps } from "./text-spans.js";

/** The definition right after a full name: （以下简称青岛工作组）, (以下简称“县联社”), （简称县农合联）. */
const DEFINED_SHORT_FORM = /^[（(](?:以下)?简称[：:]?[“"]?([^”"）)，,。]{2,12})[”"]?[）)]/u;
/** Right before the short form in its own definition. */
const DEFINING = /简称[：:]?[“"]?$/u;

/**
 * Renames (mutates) the mentions of `kind` printed by a short form the text defines right after a mention of
 * the full name, and adds one wherever else the short form is printed and no mention holds it: the tagger may
 * cut across it (县旅文局面向游客 → 县|旅文|局面|向).
 *
 * @example
 * // text: 联合青岛市东西部协作驻礼县工作组（以下简称青岛工作组）…青岛工作组安排资金…
 * applyDefinedShortForms(text, sentences, mentions, "Organization") // the second mention is named 青岛市东西部协作驻礼县工作组
 */
export function applyDefinedShortForms(text: string, sentences: Sentence[], mentions: EntityMention[], kind: EntityMention["kind"]): void {
  const definitionByShort = new Map<string, EntityMention>();
  for (const mention of mentions) {
    if (mention.kind !== kind) continue;
    const short = DEFINED_SHORT_FORM.exec(text.slice(mention.end, mention.end + 20))?.[1];
    if (short && short !== mention.surface) definitionByShort.set(short, mention);
  }
  if (definitionByShort.size === 0) return;
  for (const mention of mentions) {
    const full = mention.kind === kind ? definitionByShort.get(mention.surface) : undefined;
    if (full !== undefined) mention.name = full.name;
  }
  const printed = mentions.length;
  for (const [short, full] of definitionByShort) {
    for (const start of indexesOf(text, short)) {
      const place = { start, end: start + short.length };
      const sentence = sentenceAt(sentences, start);
      if (!sentence || start < full.end || DEFINING.test(text.slice(Math.max(0, start - 6), start)) || mentions.some((m) => overlaps(m, place))) continue;
      mentions.push({ ...full, surface: short, ...place, sentence: sentence.index });
    }
  }
  if (mentions.length > printed) mentions.sort((a, b) => a.start - b.start);
}

/**
 * The mention printed in brackets right after `mention` (县农业农村局（乡村振兴局）): the body's second nameplate, one
 * body with two names.
 */
function secondNameplate<M extends { start: number; end: number }>(text: string, mention: M, mentions: readonly M[]): M | undefined {
  if (!OPENING_BRACKETS.has(text[mention.end] ?? "")) return undefined;
  return mentions.find((other) => other.start === mention.end + 1 && CLOSING_BRACKETS.has(text[other.end] ?? ""));
}

/** Where the text goes on after a name and the short form defined for it in brackets (…局（以下简称“县住建局”）), if any. */
export function endAfterDefinedShortForm(text: string, end: number): number {
  return end + (DEFINED_SHORT_FORM.exec(text.slice(end, end + MAX_DEFINITION_CHARS))?.[0].length ?? 0);
}

/** Characters a short form's definition in brackets may take: （以下简称“…”） around a short form of twelve at most. */
const MAX_DEFINITION_CHARS = 24;

/** Where the text goes on after a mention and its second nameplate in brackets, if any. */
export function endAfterSecondNameplate<M extends { start: number; end: number }>(text: string, mention: M, mentions: readonly M[]): number {
  const plate = secondNameplate(text, mention, mentions);
  return plate ? plate.end + 1 : mention.end;
}

const OPENING_BRACKETS = new Set(["（", "("]);
const CLOSING_BRACKETS = new Set(["）", ")"]);

/** Names (mutates) each second nameplate of a body of `kind` as the body it follows. */
export function applySecondNameplates(text: string, mentions: EntityMention[], kind: EntityMention["kind"]): void {
  const ofKind = mentions.filter((mention) => mention.kind === kind);
  for (const mention of ofKind) {
    const plate = secondNameplate(text, mention, ofKind);
    if (plate) plate.name = mention.name;
  }
}
