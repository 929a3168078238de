/** Ingest options: the defaults live here, once, and are validated before any file is touched. */

/** Thrown for invalid ingest options (a programming error, not bad input). */
export class IngestOptionsError extends Error {
  override name = "IngestOptionsError";
}

export interface IngestOptions {
  /** Called after each file is read, for progress bars. */
  onFile?: (source: string, done: number, total: number) => void;
  /**
   * Files larger than this many bytes are refused with a `file-too-large`
   * diagnostic instead of being read into memory. Default 32 MiB; a county
   * newspaper page is a few kilobytes.
   */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface ResolvedIngestOptions {
  onFile?: (source: string, done: number, total: number) => void;
  maxFileBytes: number;
}

/**
 * Fills in defaults and checks every option.
 *
 * @example resolveIngestOptions({}).maxFileBytes // 33554432
 */
export function resolveIngestOptions(options: IngestOptions = {}): ResolvedIngestOptions {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (!Number.isSafeInteger(maxFileBytes) || maxFileBytes <= 0) {
    throw new IngestOptionsError("ingest: invalid `maxFileBytes`. Expecting a positive integer number of bytes.");
  }
  if (options.onFile !== undefined && typeof options.onFile !== "function") {
    throw new IngestOptionsError("ingest: invalid `onFile`. Expecting a function.");
  }
  return { onFile: options.onFile, maxFileBytes };
}
