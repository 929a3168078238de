/**
 * Command-line inputs → the list of files to read, then each file's bytes.
 *
 * - A file named explicitly is read whatever its name; folders are walked
 *   recursively for text files (`.txt`), saved web pages (`.html`, `.htm`,
 *   `.shtml`, `.xhtml`), tables of articles (`.csv`, `.tsv`, `.json`,
 *   `.jsonl`, `.ndjson`) and Word documents (`.docx`), case-insensitive,
 *   entries sorted by name so the order never depends on the file system.
 * - Symbolic links are followed; a folder reached again through its own
 *   subtree is a `symlink-loop` (warning) and not walked twice; one real file
 *   reached twice is read once (`duplicate-file`, info).
 * - Missing paths, permission errors, dangling links and non-regular files
 *   (FIFOs, sockets, devices) become diagnostics with the path and the reason;
 *   nothing here throws for bad input.
 * - Memory stays bounded: a file larger than `streamAboveBytes` is not read
 *   here but handed back to be streamed; one larger than `maxFileBytes` (no
 *   limit by default) is refused (`file-too-large`) before any of it is read.
 */
import { constants } from "node:fs";
import { open, readdir, realpath, stat, lstat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../records.js";
import { TABLE_FILE_NAME } from "./table-file.js";
import { HTML_FILE_NAME } from "./web-page.js";
import { MARKDOWN_FILE_NAME } from "./markdown-file.js";
import { PDF_FILE_NAME } from "./pdf-file.js";
import { SPREADSHEET_FILE_NAME } from "./spreadsheet-file.js";
import { WORD_FILE_NAME } from "./word-document.js";

export interface InputFile {
  /** The path as given, or joined from the given folder: used as the article `source`. */
  source: string;
  realPath: string;
}

export interface InputListing {
  files: InputFile[];
  diagnostics: Diagnostic[];
}

/** Folder entries shown by name in a `skipped-files` message; the rest are counted. */
const MAX_NAMED_SKIPS = 10;

/**
 * Expands files and folders into the ordered list of files to read.
 *
 * @example await listInputFiles(["corpus"]) // { files: [{ source: "corpus/jining-daily-page.txt", … }], diagnostics: [] }
 */
export async function listInputFiles(paths: string[]): Promise<InputListing> {
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const sourceByRealPath = new Map<string, string>();
  const walkedFolders = new Map<string, string>();
  const report = (severity: Diagnostic["severity"], code: string, source: string, message: string) =>
    diagnostics.push({ severity, code, source, message });

  const addFile = async (source: string) => {
    const real = await realpath(source);
    const first = sourceByRealPath.get(real);
    if (first !== undefined) {
      report("info", "duplicate-file", source, `same file as ${first}; read once`);
      return;
    }
    sourceByRealPath.set(real, source);
    files.push({ source, realPath: real });
  };

  const walk = async (folder: string, ancestors: Set<string>): Promise<void> => {
    const real = await realpath(folder);
    if (ancestors.has(real)) {
      report("warning", "symlink-loop", folder, `symbolic link loops back to ${real}; not followed again`);
      return;
    }
    const walkedAs = walkedFolders.get(real);
    if (walkedAs !== undefined) {
      report("info", "duplicate-path", folder, `same folder as ${walkedAs}; read once`);
      return;
    }
    walkedFolders.set(real, folder);
    let names: string[];
    try {
      names = (await readdir(folder)).sort();
    } catch (error) {
      report("error", codeOf(error), folder, `cannot list folder: ${reasonOf(error)}`);
      return;
    }
    const inside = new Set([...ancestors, real]);
    const skipped: string[] = [];
    for (const name of names) {
      const entry = path.join(folder, name);
      const readable = isReadableName(name);
      const info = await statOrReport(entry, readable);
      if (!info) continue;
      if (info.isDirectory()) await walk(entry, inside);
      else if (!readable) skipped.push(name);
      else if (info.isFile()) await addFile(entry);
      else report("error", "not-a-file", entry, "not a regular file (FIFO, socket or device); skipped");
    }
    if (skipped.length > 0) {
      const named = skipped.slice(0, MAX_NAMED_SKIPS).join(", ");
      const more = skipped.length > MAX_NAMED_SKIPS ? ` and ${skipped.length - MAX_NAMED_SKIPS} more` : "";
      report("info", "skipped-files", folder, `${skipped.length} file(s) of no kind read here (text .txt, web pages .html/.htm, Markdown .md, tables .csv/.tsv/.json/.jsonl/.xlsx, Word .docx, PDF .pdf), not read: ${named}${more}`);
    }
  };

  /** stat that follows links; failures are reported (quietly for dangling links a folder walk would not read anyway). */
  const statOrReport = async (entry: string, mustReport: boolean) => {
    try {
      return await stat(entry);
    } catch (error) {
      const dangling = codeOf(error) === "missing-path" && (await isLink(entry));
      if (dangling) report(mustReport ? "error" : "info", "dangling-link", entry, "symbolic link points to a missing file; skipped");
      else report("error", codeOf(error), entry, `cannot read: ${reasonOf(error)}`);
      return undefined;
    }
  };

  for (const given of paths) {
    const info = await statOrReport(given, true);
    if (!info) continue;
    if (info.isDirectory()) await walk(given, new Set());
    else if (info.isFile()) await addFile(given);
    else report("error", "not-a-file", given, "not a regular file (FIFO, socket or device); skipped");
  }
  return { files, diagnostics };
}

/** A folder entry read by name: a text file, a saved web page, Markdown, a table of articles or a Word document. */
function isReadableName(name: string): boolean {
  return (
    name.toLowerCase().endsWith(".txt") ||
    HTML_FILE_NAME.test(name) ||
    MARKDOWN_FILE_NAME.test(name) ||
    TABLE_FILE_NAME.test(name) ||
    SPREADSHEET_FILE_NAME.test(name) ||
    PDF_FILE_NAME.test(name) ||
    WORD_FILE_NAME.test(name)
  );
}

async function isLink(entry: string): Promise<boolean> {
  try {
    return (await lstat(entry)).isSymbolicLink();
  } catch {
    return false;
  }
}

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array }
  /** Too large to read whole: stream it (see stream-decode.ts). */
  | { ok: true; stream: true; size: number }
  | { ok: false; diagnostic: Diagnostic };

export interface ReadLimits {
  maxFileBytes: number;
  /** Larger files are not read but returned as `{ stream: true }`. Default: never. */
  streamAboveBytes?: number;
}

/**
 * Reads one file, refusing it when larger than `maxFileBytes`. Opened
 * non-blocking so a FIFO swapped in after listing cannot hang the run.
 *
 * @example await readInputFile({ source: "a.txt", realPath: "/abs/a.txt" }, { maxFileBytes: 1 << 20 }) // { ok: true, bytes }
 */
export async function readInputFile(file: InputFile, limits: ReadLimits): Promise<ReadOutcome> {
  const { maxFileBytes, streamAboveBytes = Number.POSITIVE_INFINITY } = limits;
  const fail = (severity: Diagnostic["severity"], code: string, message: string): ReadOutcome => ({
    ok: false,
    diagnostic: { severity, code, source: file.source, message },
  });
  let handle;
  try {
    handle = await open(file.realPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return fail("error", codeOf(error), `cannot open: ${reasonOf(error)}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail("error", "not-a-file", "not a regular file; skipped");
    if (info.size > maxFileBytes) {
      return fail("error", "file-too-large", `${info.size} bytes is more than the ${maxFileBytes}-byte limit (maxFileBytes); skipped`);
    }
    if (info.size > streamAboveBytes) return { ok: true, stream: true, size: info.size };
    // Read at most one byte past the limit: a file that grew since stat is refused too.
    const buffer = Buffer.alloc(Math.min(info.size, maxFileBytes, streamAboveBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxFileBytes) return fail("error", "file-too-large", `more than the ${maxFileBytes}-byte limit (maxFileBytes); skipped`);
    // It grew past the streaming threshold since stat: stream it rather than hold it.
    if (length > streamAboveBytes) return { ok: true, stream: true, size: length };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return fail("error", codeOf(error), `cannot read: ${reasonOf(error)}`);
  } finally {
    await handle.close();
  }
}

/** Diagnostic code for a file-system error. */
function codeOf(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
    case "ENOTDIR":
      return "missing-path";
    case "ELOOP":
      return "symlink-loop";
    default:
      return "unreadable";
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EISDIR":
      return "is a folder";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
