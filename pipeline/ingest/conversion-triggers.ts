/**
 * Which paragraphs can OpenCC's converter change at all? It rewrites a text
 * only where a dictionary key whose value differs from it matches, and a
 * match needs every character of that key. So one character per such entry,
 * gathered over every dictionary the converter chains, is a complete test: a
 * paragraph without any of them comes out as it went in, and conversion (the
 * costliest step of ingest) can be skipped. Simplified text rarely holds one.
 */
import type { DictGroup, DictLike } from "opencc-js/t2cn";

/**
 * The dictionaries of one OpenCC preset config that rewrite text, as
 * `Locale.configs` holds them at run time (its segmentation dictionary only
 * cuts the text, so it cannot change it).
 */
export interface ConverterDictionaries {
  normalizationChain?: readonly DictGroup[];
  conversionChain: readonly DictGroup[];
}

/** Per UTF-16 code unit: 1 when a paragraph holding it must go through the converter. */
export type TriggerTable = Uint8Array;

/**
 * @example const triggers = conversionTriggers(OpenCC.Locale.configs.hk2s); mayConvert("县里", triggers) // false
 */
export function conversionTriggers(config: ConverterDictionaries): TriggerTable {
  const table = new Uint8Array(0x10000);
  // A key outside the basic plane is matched by code point; marking every surrogate keeps the test simple and safe.
  table.fill(1, 0xd800, 0xe000);
  const dictionaries = [...(config.normalizationChain ?? []).flat(), ...config.conversionChain.flat()];
  const entries = dictionaries.flatMap(entriesOf);
  // Characters a single-character entry changes: the traditional ones, the rarest in a key.
  const changedAlone = new Set(entries.filter(([key, value]) => key !== value && [...key].length === 1).map(([key]) => key));
  for (const [key, value] of entries) {
    if (key === value) continue;
    table[witness(key, value, changedAlone).charCodeAt(0)] = 1;
  }
  return table;
}

/** True unless `text` holds no trigger, in which case the converter returns it unchanged. */
export function mayConvert(text: string, triggers: TriggerTable): boolean {
  for (let i = 0; i < text.length; i++) if (triggers[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** The character of `key` to test for: one the converter changes on its own, else the first that the entry changes. */
function witness(key: string, value: string, changedAlone: Set<string>): string {
  const chars = [...key];
  const traditional = chars.find((char) => changedAlone.has(char));
  if (traditional) return traditional;
  const valueChars = [...value];
  const differing = chars.findIndex((char, i) => char !== valueChars[i]);
  return chars[differing === -1 ? chars.length - 1 : differing]!;
}

/** A dictionary's entries: "key value|key value" text, or [key, value] pairs. */
function entriesOf(dictionary: DictLike): (readonly [string, string])[] {
  if (typeof dictionary !== "string") return [...dictionary];
  return dictionary.split("|").map((entry) => {
    const [key = "", value = ""] = entry.split(" ");
    return [key, value] as const;
  });
}
