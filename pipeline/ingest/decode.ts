/**
 * Bytes → text.
 * 1. A byte-order mark decides (UTF-8, UTF-16LE/BE, UTF-32LE/BE).
 * 2. UTF-16 without a BOM is recognised by NUL bytes on one side of its ASCII code units.
 * 3. Otherwise every reading that decodes cleanly — strict UTF-8, GB18030,
 *    Big5, BOM-less UTF-16 — and looks like Chinese competes; the one whose
 *    Han characters are most often everyday characters wins, valid UTF-8
 *    unless another reading is clearly better.
 * 4. Binary files (NUL or control bytes, and no Chinese UTF-16 reading),
 *    empty files and bytes no reading explains are reported, never guessed at
 *    (`undecodable` names chardet's guess). UTF-8 with a few corrupt bytes is
 *    kept with a warning.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import type { Diagnostic } from "../records.js";
import { everydayShare, everydayStats } from "./everyday-share.js";

export type DecodeOutcome =
  | { ok: true; text: string; encoding: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostic: Diagnostic };

/** Share of C0 control bytes (other than tab/newline/CR/form feed/escape) above which a file is binary. */
const MAX_CONTROL_BYTE_RATIO = 0.01;
/** A legacy decode must map at least this share of its non-ASCII characters to CJK text or punctuation. */
const MIN_CJK_RATIO = 0.9;
/** UTF-8 with a few broken bytes is still repaired (and reported) below this share of bad sequences. */
const MAX_REPAIRED_UTF8_RATIO = 0.01;

const REPLACEMENT = "\uFFFD";

/**
 * Detects the encoding of a file's bytes and decodes it.
 *
 * @example decodeBytes(new TextEncoder().encode("本报讯"), "a.txt") // { ok: true, text: "本报讯", encoding: "UTF-8", … }
 */
export function decodeBytes(bytes: Uint8Array, source: string): DecodeOutcome {
  const fail = (code: string, severity: Diagnostic["severity"], message: string): DecodeOutcome => ({
    ok: false,
    diagnostic: { severity, code, source, message },
  });
  if (bytes.length === 0) return fail("empty-file", "error", "file is empty; skipped");

  const decoded = hasBom(bytes) ? decodeWithBom(bytes, source) : decodeWithoutBom(bytes, source);
  if (decoded === "binary") {
    return fail("binary-file", "error", "file looks binary (NUL or control bytes), not text; skipped");
  }
  if (decoded === undefined) {
    const guess = chardet.detect(bytes);
    return fail(
      "undecodable",
      "error",
      `not valid UTF-8, UTF-16, GB18030 or Big5 Chinese text${guess ? ` (closest guess: ${guess})` : ""}; skipped`,
    );
  }
  if (decoded.ok && decoded.text.trim() === "") {
    return fail("empty-file", "error", "file holds only whitespace; skipped");
  }
  return decoded.ok ? ungarbled(decoded, fail) : decoded;
}

/** Han characters a text needs before its share of everyday ones says anything. */
const MIN_JUDGED_HAN = 20;
/** Below this share of everyday characters a text is garbled; news prose is above 0.9. */
const GARBLED_EVERYDAY_SHARE = 0.5;
/** Read back the other way, garbled text this everyday was UTF-8 once read as GBK. */
const UNGARBLED_EVERYDAY_SHARE = 0.8;

/**
 * Text that decodes cleanly yet is garbled (浠婂勾浠ユ潵 for 今年以来): read in a wrong encoding by
 * an editor — most often UTF-8 read as GBK — and saved again. Its Chinese characters are mostly
 * rare ones. The garbling loses bytes wherever a character's bytes straddle a pair (at line ends,
 * digits, punctuation), so the text cannot be had back whole: the file is reported and not read,
 * since its names and figures would come out wrong.
 */
function ungarbled(
  decoded: Extract<DecodeOutcome, { ok: true }>,
  fail: (code: string, severity: Diagnostic["severity"], message: string) => DecodeOutcome,
): DecodeOutcome {
  const { han, share } = everydayStats(decoded.text);
  if (han < MIN_JUDGED_HAN || share >= GARBLED_EVERYDAY_SHARE) return decoded;
  const readBack = Buffer.from(iconv.encode(decoded.text, "gb18030")).toString("utf8");
  const utf8ReadAsGbk = everydayShare(readBack) >= UNGARBLED_EVERYDAY_SHARE;
  return fail(
    "garbled-text",
    "error",
    `its text is garbled: most of its Chinese characters are rare ones${
      utf8ReadAsGbk ? " — UTF-8 read as GBK and saved again (浠婂勾 for 今年), which loses characters" : ""
    }; re-save it from the original file; skipped`,
  );
}

function hasBom(bytes: Uint8Array): boolean {
  const [b0, b1, b2] = bytes;
  return (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) || (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0 && b2 === 0xfe);
}

function decodeWithBom(bytes: Uint8Array, source: string): DecodeOutcome | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return decodeUtf8(bytes.subarray(3), source, "UTF-8 (BOM)") ?? decodeRepairedUtf8(bytes.subarray(3), source);
  }
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return decodeUnits(bytes, source, "utf-32le", "UTF-32LE (BOM)", 4);
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return decodeUnits(bytes, source, "utf-32be", "UTF-32BE (BOM)", 4);
  if (b0 === 0xff && b1 === 0xfe) return decodeUnits(bytes, source, "utf-16le", "UTF-16LE (BOM)", 2);
  if (b0 === 0xfe && b1 === 0xff) return decodeUnits(bytes, source, "utf-16be", "UTF-16BE (BOM)", 2);
  return undefined;
}

function decodeWithoutBom(bytes: Uint8Array, source: string): DecodeOutcome | "binary" | undefined {
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const sniffed = decodeUnits(bytes, source, utf16, utf16 === "utf-16le" ? "UTF-16LE" : "UTF-16BE", 2);
    // Chinese characters that end in 00 (销 = U+9500, 开 = U+5F00) put NULs where ASCII in the other byte
    // order would: a sniffed reading that is neither Chinese nor mostly ASCII gives way to one that is Chinese.
    const implausible = sniffed?.ok && !looksChinese(sniffed.text) && asciiShare(sniffed.text) < MIN_SNIFFED_ASCII;
    return (implausible && mostPlausible(undefined, bomlessUtf16Candidates(bytes, source))) || sniffed;
  }
  const binary = looksBinary(bytes);
  const utf8 = binary ? undefined : decodeUtf8(bytes, source, "UTF-8");
  if (utf8?.ok && isAscii(utf8.text)) return utf8;
  // Another reading would need a score above 1 to beat this one (see mostPlausible), so none is tried.
  if (utf8?.ok && looksChinese(utf8.text) && everydayShare(utf8.text) >= 1 - UTF8_MARGIN) return utf8;
  const chosen = mostPlausible(utf8, binary ? [] : legacyCandidates(bytes, source), bomlessUtf16Candidates(bytes, source));
  if (chosen) return chosen;
  if (binary) return "binary";
  // Valid UTF-8 that is not Chinese is still text (the splitter reports it has no article).
  return utf8 ?? decodeRepairedUtf8(bytes, source);
}

/**
 * A non-UTF-8 reading must be this much more "everyday Chinese" than a valid UTF-8 one to win; more
 * when the UTF-8 reading has few Han characters (1 / their count), since a few characters' share says
 * little, while UTF-8 Chinese is nearly always valid GB18030 and legacy text is seldom valid UTF-8
 * (强汶 in UTF-8 is 寮烘倍 in GB18030, all everyday characters).
 */
const UTF8_MARGIN = 0.2;

/**
 * Among the decodes that look like Chinese, the one whose Han characters are
 * most often everyday characters (see `everydayShare`); strict UTF-8 wins
 * unless another reading is clearly better. Short GB18030 text can be valid
 * UTF-8 (一 = D2 BB = Cyrillic һ) or valid UTF-16 (争 = D5 F9 = U+F9D5), which
 * is why no reading is taken just because it decodes.
 */
function mostPlausible(utf8: DecodeOutcome | undefined, ...others: DecodeOutcome[][]): DecodeOutcome | undefined {
  let best: { outcome: DecodeOutcome; score: number } | undefined;
  const consider = (outcome: DecodeOutcome | undefined, handicap: number) => {
    if (!outcome?.ok || !looksChinese(outcome.text)) return;
    const score = everydayShare(outcome.text) - handicap;
    if (!best || score > best.score) best = { outcome, score };
  };
  consider(utf8, 0);
  const utf8Han = utf8?.ok && looksChinese(utf8.text) ? everydayStats(utf8.text).han : 0;
  const margin = utf8Han > 0 ? Math.max(UTF8_MARGIN, 1 / utf8Han) : 0;
  for (const outcome of others.flat()) consider(outcome, margin);
  return best?.outcome;
}

function legacyCandidates(bytes: Uint8Array, source: string): DecodeOutcome[] {
  return [decodeLegacyAs(bytes, source, "gb18030", "GB18030"), decodeLegacyAs(bytes, source, "big5", "Big5")].filter(
    (outcome): outcome is DecodeOutcome => outcome !== undefined,
  );
}

/** UTF-16 without a BOM shows up as NUL bytes on one side of most ASCII code units (newlines, digits). */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  const pairs = Math.floor(bytes.length / 2);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.2 && evenZeros < pairs * 0.02) return "utf-16le";
  if (evenZeros > pairs * 0.2 && oddZeros < pairs * 0.02) return "utf-16be";
  return undefined;
}

/** Chinese-only UTF-16 has too few ASCII code units for the NUL pattern: offer both byte orders as candidates. */
function bomlessUtf16Candidates(bytes: Uint8Array, source: string): DecodeOutcome[] {
  if (bytes.length % 2 !== 0) return [];
  const candidates: DecodeOutcome[] = [];
  for (const [encoding, label] of [
    ["utf-16le", "UTF-16LE"],
    ["utf-16be", "UTF-16BE"],
  ] as const) {
    const decoded = decodeUnits(bytes, source, encoding, label, 2);
    if (decoded?.ok && !/[\x00-\x08\x0e-\x1f]/.test(decoded.text)) candidates.push(decoded);
  }
  return candidates;
}

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) || byte === 0x7f) {
      controls++;
    }
  }
  return controls > Math.max(1, bytes.length * MAX_CONTROL_BYTE_RATIO);
}

/** Strict UTF-8; an incomplete sequence cut off at the very end is dropped with a warning. */
function decodeUtf8(bytes: Uint8Array, source: string, label: string): DecodeOutcome | undefined {
  const whole = strictUtf8(bytes);
  if (whole !== undefined) return { ok: true, text: whole, encoding: label, diagnostics: [] };
  const cut = incompleteUtf8Tail(bytes);
  if (cut === undefined) return undefined;
  const text = strictUtf8(bytes.subarray(0, cut));
  if (text === undefined) return undefined;
  return { ok: true, text, encoding: label, diagnostics: [truncatedWarning(source, bytes.length - cut, label)] };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Offset where a multibyte sequence starts but the file ends before it is complete, if so. */
function incompleteUtf8Tail(bytes: Uint8Array): number | undefined {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const at = bytes.length - back;
    const byte = bytes[at]!;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 1;
    return needed > back ? at : undefined;
  }
  return undefined;
}

/** Last resort for UTF-8 with a handful of corrupt bytes: keep the text, say how much was replaced. */
function decodeRepairedUtf8(bytes: Uint8Array, source: string): DecodeOutcome | undefined {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const bad = countOf(text, REPLACEMENT);
  if (bad === 0 || bad > text.length * MAX_REPAIRED_UTF8_RATIO || !looksChinese(text.replaceAll(REPLACEMENT, ""))) {
    return undefined;
  }
  return {
    ok: true,
    text,
    encoding: "UTF-8 (repaired)",
    diagnostics: [
      {
        severity: "warning",
        code: "invalid-bytes",
        source,
        message: `${bad} invalid UTF-8 sequence(s) replaced by U+FFFD; the rest of the text is kept`,
      },
    ],
  };
}

/** UTF-16/32 with known unit size; an odd trailing byte or lone high surrogate at the end is dropped with a warning. */
function decodeUnits(bytes: Uint8Array, source: string, encoding: string, label: string, unit: number): DecodeOutcome | undefined {
  const usable = bytes.length - (bytes.length % unit);
  let text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, usable), encoding);
  let dropped = bytes.length - usable;
  if (text.endsWith(REPLACEMENT) && !text.slice(0, -1).includes(REPLACEMENT)) {
    text = text.slice(0, -1);
    dropped += unit;
  }
  if (text.includes(REPLACEMENT)) return undefined;
  const diagnostics = dropped > 0 ? [truncatedWarning(source, dropped, label)] : [];
  return { ok: true, text, encoding: label, diagnostics };
}

function decodeLegacyAs(bytes: Uint8Array, source: string, encoding: string, label: string): DecodeOutcome | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const text = iconv.decode(buffer, encoding);
  if (!text.includes(REPLACEMENT)) return looksChinese(text) ? { ok: true, text, encoding: label, diagnostics: [] } : undefined;
  // A multibyte character cut off by the end of the file: decode what precedes it.
  for (let back = 1; back <= 3 && back < bytes.length; back++) {
    const shorter = iconv.decode(buffer.subarray(0, bytes.length - back), encoding);
    if (!shorter.includes(REPLACEMENT) && looksChinese(shorter)) {
      return { ok: true, text: shorter, encoding: label, diagnostics: [truncatedWarning(source, back, label)] };
    }
  }
  return undefined;
}

/** Plausibility of a legacy decode: CJK characters and punctuation dominate the non-ASCII text, no private-use code points. */
export function looksChinese(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  let han = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) continue;
    nonAscii++;
    if (code >= 0xe000 && code <= 0xf8ff) return false;
    if (isHan(code)) {
      han++;
      cjk++;
    } else if (isCjkPunctuation(code)) cjk++;
  }
  return han > 0 && cjk >= nonAscii * MIN_CJK_RATIO;
}

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x3134f) || (code >= 0xf900 && code <= 0xfaff);
}

function isCjkPunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) || // CJK symbols and punctuation 、。「」《》
    (code >= 0xff00 && code <= 0xffef) || // full-width forms （），：
    (code >= 0x2010 && code <= 0x2027) || // dashes, “ ” ‘ ’, …
    (code >= 0x2460 && code <= 0x24ff) || // circled numbers ①
    (code >= 0x2160 && code <= 0x217f) || // Roman numerals Ⅲ
    code === 0xb7 || code === 0xd7 || code === 0xb0 || code === 0x2030 || code === 0x203b ||
    (code >= 0x25a0 && code <= 0x25ff) || // ■ ○ ●
    (code >= 0x2100 && code <= 0x214f) // ℃ №
  );
}

function truncatedWarning(source: string, bytes: number, label: string): Diagnostic {
  return {
    severity: "warning",
    code: "truncated-sequence",
    source,
    message: `file ends in the middle of a ${label} character; the last ${bytes} byte(s) were dropped, the rest is kept`,
  };
}

/** A UTF-16 reading sniffed from its NULs that is not Chinese must be at least this much ASCII to be taken as it is. */
const MIN_SNIFFED_ASCII = 0.5;

function asciiShare(text: string): number {
  if (text.length === 0) return 1;
  let ascii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x80) ascii++;
  return ascii / text.length;
}

function isAscii(text: string): boolean {
  return !/[^\x00-\x7f]/.test(text);
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}
