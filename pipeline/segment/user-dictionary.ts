/**
 * Builds the user dictionary handed to nodejieba: the reviewed term files in
 * `data/dictionary/*.dict.txt` plus every division name from the catalogue
 * (tagged `ns`). nodejieba only reads dictionaries from files, so the merged
 * dictionary is written once to a content-addressed temp file.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getDivisionCatalog } from "../divisions/catalog.js";
import { getBaseLexicon } from "./base-lexicon.js";

/** Default folder of reviewed dictionary files (repo `data/dictionary`). */
export const DEFAULT_DICTIONARY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/dictionary");

export class UserDictionaryError extends Error {
  override name = "UserDictionaryError";
}

/**
 * Entry lines (`word tag` or `word freq tag`) from the reviewed files, in file-name order.
 *
 * @example readDictionaryEntries()[0] // "离退休干部 n"
 */
export function readDictionaryEntries(dir: string = DEFAULT_DICTIONARY_DIR): string[] {
  if (!existsSync(dir)) throw new UserDictionaryError(`user-dictionary: folder ${dir} not found`);
  const lines: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".dict.txt")).sort()) {
    readFileSync(join(dir, file), "utf8")
      .split(/\r?\n/)
      .forEach((raw, index) => {
        const line = raw.trim();
        if (!line || line.startsWith("#")) return;
        const fields = line.split(/\s+/);
        const valid =
          (fields.length === 2 && /^[a-z]+$/.test(fields[1]!)) ||
          (fields.length === 3 && /^\d+$/.test(fields[1]!) && /^[a-z]+$/.test(fields[2]!));
        if (!valid) throw new UserDictionaryError(`user-dictionary: ${file}:${index + 1}: expected "word tag" or "word freq tag", got "${line}"`);
        lines.push(fields.join(" "));
      });
  }
  return lines;
}

/**
 * Division names as dictionary lines: full names of three characters or more,
 * and short names the base dictionary lacks. Two-character full names (和县,
 * 单县, 城区) are left out: as dictionary words they would glue 和+县 in
 * 分课堂和县新华书店 and make the boundary check pass for a false hit.
 */
export function divisionEntries(): string[] {
  const lexicon = getBaseLexicon();
  const words = new Set<string>();
  const { entries, byShort } = getDivisionCatalog();
  for (const entry of entries) if (entry.name.length > 2) words.add(entry.name);
  for (const short of byShort.keys()) if (!lexicon.has(short)) words.add(short);
  return [...words].sort().map((word) => `${word} ns`);
}

/** Every line of the merged dictionary, in the order nodejieba reads them. */
export function userDictionaryEntries(dir: string = DEFAULT_DICTIONARY_DIR): string[] {
  return [...divisionEntries(), ...readDictionaryEntries(dir)];
}

/**
 * Writes the merged dictionary (`entries`, by default from `dir`) and returns its path (re-used when unchanged).
 */
export function writeUserDictionary(dir: string = DEFAULT_DICTIONARY_DIR, entries: readonly string[] = userDictionaryEntries(dir)): string {
  const content = entries.join("\n") + "\n";
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 16);
  const folder = join(tmpdir(), "policy-kg-jieba");
  const path = join(folder, `user-${hash}.dict.txt`);
  // nodejieba splits its userDict argument on | and ;.
  if (/[|;]/.test(path)) throw new UserDictionaryError(`user-dictionary: temp path ${path} contains a list separator`);
  if (!existsSync(path)) {
    mkdirSync(folder, { recursive: true });
    // Write aside, then rename: a parallel process never loads a half-written file, and
    // since the name is content-addressed, concurrent writers produce identical bytes.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, content, "utf8");
    renameSync(partial, path);
  }
  return path;
}
