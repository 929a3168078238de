/**
 * Short forms an article defines for a name it prints in full (青岛市东西部协作驻礼县工作组（以下简称青岛工作组）):
 * every later mention printed by the short form is the same node, named in full, and keeps the short form as
 * its surface, which the graph holds as an alias.
 */
import type { EntityMention } from "../records.js";

/** The definition right after a full name: （以下简称青岛工作组）, (以下简称“县联社”), （简称县农合联）. */
const DEFINED_SHORT_FORM = /^[（(](?:以下)?简称[：:]?[“"]?([^”"）)，,。]{2,12})[”"]?[）)]/u;

/**
 * Renames (mutates) the mentions of `kind` printed by a short form the text defines right after a mention of
 * the full name.
 *
 * @example
 * // text: 联合青岛市东西部协作驻礼县工作组（以下简称青岛工作组）…青岛工作组安排资金…
 * applyDefinedShortForms(text, mentions, "Organization") // the second mention is named 青岛市东西部协作驻礼县工作组
 */
export function applyDefinedShortForms(text: string, mentions: EntityMention[], kind: EntityMention["kind"]): void {
  const fullByShort = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.kind !== kind) continue;
    const short = DEFINED_SHORT_FORM.exec(text.slice(mention.end, mention.end + 20))?.[1];
    if (short && short !== mention.surface) fullByShort.set(short, mention.name);
  }
  if (fullByShort.size === 0) return;
  for (const mention of mentions) {
    const full = mention.kind === kind ? fullByShort.get(mention.surface) : undefined;
    if (full !== undefined) mention.name = full;
  }
}
