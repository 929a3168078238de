/** Ingest options: the defaults live here, once, and are validated before any file is touched. */
import type { ArticleRecord, Diagnostic, IngestResult } from "../records.js";
import { DEFAULT_STREAM_SPLIT } from "./split-stream.js";

/** Thrown for invalid ingest options (a programming error, not bad input). */
export class IngestOptionsError extends Error {
  override name = "IngestOptionsError";
}

export interface IngestOptions {
  /** Called after each file is read, for progress bars. */
  onFile?: (source: string, done: number, total: number) => void;
  /**
   * Files larger than this many bytes are refused with a `file-too-large`
   * diagnostic. Default: no limit (large files are streamed).
   */
  maxFileBytes?: number;
  /**
   * Files larger than this are read a window at a time instead of whole, so
   * memory stays bounded whatever their size. Default 8 MiB; a newspaper page
   * is a few kilobytes.
   */
  streamAboveBytes?: number;
  /** Characters per window when streaming (tests use small windows). */
  windowChars?: number;
  /** Decodes and splits files read whole somewhere else than this thread (build.ts lends its worker threads). */
  splitter?: FileSplitter;
}

/** One file's articles before de-duplication across files (what `articlesOfFile` returns). */
export interface FileArticles {
  articles: ArticleRecord[];
  diagnostics: Diagnostic[];
  document?: IngestResult["documents"][number];
}

/** Where whole files are decoded and split when not in this thread. */
export interface FileSplitter {
  /**
   * Files that may be read and split ahead of the one being handed out (0:
   * one at a time). Asked again at every file, so it may change mid-corpus.
   */
  readonly lookahead: number;
  /** Must give what `articlesOfFile(source, bytes)` gives. */
  split(source: string, bytes: Uint8Array): Promise<FileArticles>;
}

export const DEFAULT_MAX_FILE_BYTES = Number.POSITIVE_INFINITY;
export const DEFAULT_STREAM_ABOVE_BYTES = 8 * 1024 * 1024;

export interface ResolvedIngestOptions {
  onFile?: (source: string, done: number, total: number) => void;
  maxFileBytes: number;
  streamAboveBytes: number;
  windowChars: number;
  maxWindowChars: number;
  splitter?: FileSplitter;
}

/**
 * Fills in defaults and checks every option.
 *
 * @example resolveIngestOptions({}).streamAboveBytes // 8388608
 */
export function resolveIngestOptions(options: IngestOptions = {}): ResolvedIngestOptions {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (!(maxFileBytes === Number.POSITIVE_INFINITY || Number.isSafeInteger(maxFileBytes)) || maxFileBytes <= 0) {
    throw new IngestOptionsError("ingest: invalid `maxFileBytes`. Expecting a positive integer number of bytes.");
  }
  const streamAboveBytes = options.streamAboveBytes ?? DEFAULT_STREAM_ABOVE_BYTES;
  if (!Number.isSafeInteger(streamAboveBytes) || streamAboveBytes < 0) {
    throw new IngestOptionsError("ingest: invalid `streamAboveBytes`. Expecting a non-negative integer number of bytes.");
  }
  const windowChars = options.windowChars ?? DEFAULT_STREAM_SPLIT.windowChars;
  if (!Number.isSafeInteger(windowChars) || windowChars <= 0) {
    throw new IngestOptionsError("ingest: invalid `windowChars`. Expecting a positive integer.");
  }
  if (options.onFile !== undefined && typeof options.onFile !== "function") {
    throw new IngestOptionsError("ingest: invalid `onFile`. Expecting a function.");
  }
  if (options.splitter !== undefined && typeof options.splitter?.split !== "function") {
    throw new IngestOptionsError("ingest: invalid `splitter`. Expecting an object with a `split(source, bytes)` method.");
  }
  const maxWindowChars = Math.max(windowChars, (DEFAULT_STREAM_SPLIT.maxWindowChars / DEFAULT_STREAM_SPLIT.windowChars) * windowChars);
  return {
    onFile: options.onFile,
    maxFileBytes,
    streamAboveBytes,
    windowChars,
    maxWindowChars,
    ...(options.splitter ? { splitter: options.splitter } : {}),
  };
}
