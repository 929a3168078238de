/** Ingest stage: files and folders → decoded, normalised, de-duplicated ArticleRecords. */
import type { IngestResult } from "../records.js";

export interface IngestOptions {
  /** Called after each file is read, for progress bars. */
  onFile?: (source: string, done: number, total: number) => void;
}

export async function ingest(_paths: string[], _options: IngestOptions = {}): Promise<IngestResult> {
  throw new Error("ingest: not implemented yet");
}
