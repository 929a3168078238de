/**
 * `normalizedText`: the article text with the same length, character for
 * character, so offsets found in one string are valid in the other.
 *
 * - traditional → simplified (OpenCC `hk` → `cn`: Hong Kong and standard
 *   traditional character variants, no vocabulary swaps such as 軟體 → 软件);
 *   a conversion that would change a character's length is not applied;
 * - full-width ASCII forms → half-width: digits, Latin letters and symbols such
 *   as ％ ． ＋ ／ ～, and the ideographic space;
 * - Chinese punctuation that extractors and sentence splitting rely on stays as
 *   printed: “ ” ‘ ’ 、 。 ， ： ； ！ ？ （ ） 《 》 — except ： between digits
 *   (a time, 10：30), which becomes ":".
 *
 * Unicode NFC is applied to the decoded document before splitting (see
 * `toCanonicalText`), because composing combining sequences can change a string's length.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as OpenCC from "opencc-js/t2cn";
import { getDivisionCatalog } from "../divisions/catalog.js";
import { conversionTriggers, mayConvert, type ConverterDictionaries } from "./conversion-triggers.js";

const traditionalToSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
/** The config `Converter({ from: "hk", to: "cn" })` builds on; its typings leave out the normalisation chain it has. */
const CONVERTER_TRIGGERS = conversionTriggers(OpenCC.Locale.configs["hk2s"] as ConverterDictionaries);

/** What `toHalfWidth` may change: the ideographic space and the full-width ASCII block. */
const HALF_WIDTH_CANDIDATES = /[\u3000\uff01-\uff5e]/g;

/** Full-width forms that stay as printed: they are Chinese punctuation, not ASCII look-alikes. */
const KEPT_FULL_WIDTH = new Set(["！", "（", "）", "，", "：", "；", "？"]);

/**
 * The one length-changing step, applied to whole documents before any offsets
 * exist: NFC, and the ideographs a PDF's text layer gives as radicals (⼭ for 山,
 * ⻓ for 长: the font draws both with one glyph, and the text layer names the
 * radical). A table read off CJK fonts, simplified first, maps the radicals
 * supplement and the Kangxi radicals a simplified font draws as another
 * ideograph than NFKC gives (data/unicode/radical-ideographs.json); NFKC maps
 * the other Kangxi radicals.
 *
 * @example toCanonicalText("e\u0301") // "é"
 * @example toCanonicalText("⼭区⻓⺠") // "山区长民"
 */
export function toCanonicalText(text: string): string {
  const composed = text.normalize("NFC");
  if (!RADICAL.test(composed)) return composed;
  // The table first: a simplified font draws a few Kangxi radicals as another ideograph than NFKC gives (⼾ as 户, not 戶).
  return composed.replace(RADICALS, (radical) => radicalIdeographs()[radical] ?? (radical >= KANGXI_START ? radical.normalize("NFKC") : radical));
}

/** CJK radicals supplement (U+2E80–U+2EFF) and Kangxi radicals (U+2F00–U+2FDF). */
const RADICAL = /[\u2E80-\u2FDF]/u;
const RADICALS = /[\u2E80-\u2FDF]/gu;
const KANGXI_START = "\u2F00";
const RADICAL_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/unicode/radical-ideographs.json");
let radicalTable: Readonly<Record<string, string>> | undefined;

/** The radicals supplement table, read on first need. */
function radicalIdeographs(): Readonly<Record<string, string>> {
  radicalTable ??= (JSON.parse(readFileSync(RADICAL_FILE, "utf8")) as { radicals: Record<string, string> }).radicals;
  return radicalTable;
}

/**
 * Same-length normalisation of article text (see the module comment).
 *
 * @example normaliseText("２０２４年縣裡") // "2024年县里"
 */
export function normaliseText(text: string): string {
  const simplified = toSimplified(text);
  // Only the candidates reach toHalfWidth; the rest of the text is copied natively.
  return simplified.replace(HALF_WIDTH_CANDIDATES, (_char, offset: number) => toHalfWidth(simplified, offset));
}

/** True when conversion to simplified characters may change `text` (a cheap test, see conversion-triggers.ts). */
export function mayHoldTraditional(text: string): boolean {
  return mayConvert(text, CONVERTER_TRIGGERS);
}

/**
 * Paragraph-wise conversion keeps OpenCC's phrase context; a paragraph whose
 * conversion would change length or shift a surrogate pair is converted one
 * character at a time instead. A paragraph the converter cannot change (see
 * conversion-triggers.ts) is kept as it is without running it.
 */
function toSimplified(text: string): string {
  return text
    .split("\n")
    .map((paragraph) => {
      if (!mayConvert(paragraph, CONVERTER_TRIGGERS)) return paragraph;
      const converted = traditionalToSimplified(paragraph);
      if (converted.length === paragraph.length && sameSurrogateLayout(converted, paragraph)) return keepPlaceNames(paragraph, converted);
      let out = "";
      for (const char of paragraph) {
        const one = traditionalToSimplified(char);
        out += one.length === char.length ? one : char;
      }
      return keepPlaceNames(paragraph, out);
    })
    .join("\n");
}

/**
 * Division names are written alike in both scripts, but the converter changes
 * a few of them as if they were words (乾安县 → 干安县: 乾 is 干 in 乾燥). Where the
 * printed text has such a name, its characters are put back (乾安縣 → 乾安县).
 */
function keepPlaceNames(printed: string, converted: string): string {
  let out = converted;
  for (const { name, asConverted } of namesTheConverterChanges()) {
    for (let at = out.indexOf(asConverted); at >= 0; at = out.indexOf(asConverted, at + 1)) {
      for (let k = 0; k < name.length; k++) {
        if (name[k] !== asConverted[k] && printed[at + k] === name[k]) out = out.slice(0, at + k) + name[k] + out.slice(at + k + 1);
      }
    }
  }
  return out;
}

let changedNames: { name: string; asConverted: string }[] | undefined;

/** Full and short division names the converter alters (乾安县, 乾县, 乾安), found once. */
function namesTheConverterChanges(): { name: string; asConverted: string }[] {
  if (changedNames) return changedNames;
  const { byName, byShort } = getDivisionCatalog();
  changedNames = [...new Set([...byName.keys(), ...byShort.keys()])]
    .map((name) => ({ name, asConverted: traditionalToSimplified(name) }))
    .filter(({ name, asConverted }) => asConverted !== name && asConverted.length === name.length)
    // Longest first, so 乾安县 is put back before 乾安 is looked for.
    .sort((a, b) => b.name.length - a.name.length);
  return changedNames;
}

/** A surrogate pair swapped for a BMP character plus another would keep the length but shift offsets. */
function sameSurrogateLayout(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    if (isHighSurrogate(a.charCodeAt(i)) !== isHighSurrogate(b.charCodeAt(i))) return false;
  }
  return true;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && /^[0-9０-９]$/.test(char);
}

/** The half-width form of `text[i]`, one of HALF_WIDTH_CANDIDATES (the only characters it is given). */
function toHalfWidth(text: string, i: number): string {
  const char = text[i]!;
  const code = char.charCodeAt(0);
  if (code === 0x3000) return " ";
  if (char === "：" && isDigit(text[i - 1]) && isDigit(text[i + 1])) return ":";
  if (KEPT_FULL_WIDTH.has(char)) return char;
  return String.fromCharCode(code - 0xfee0);
}
