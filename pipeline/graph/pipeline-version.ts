/**
 * A fingerprint of the code and data that turn articles into a graph: the
 * ingest, extraction, division and segmentation modules, the records and
 * schema they share, and the lexicons and dictionaries under data/. A graph
 * records the fingerprint it was built with, so `serve` can tell a graph.json
 * an earlier pipeline built from one the current pipeline would build alike.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** What decides the graph built from given articles, relative to the repository root. */
const INPUTS = ["pipeline/ingest", "pipeline/extract", "pipeline/divisions", "pipeline/segment", "pipeline/graph", "pipeline/records.ts", "pipeline/schema", "data"];
/** Hex digits of the SHA-256 kept: enough to tell two versions apart. */
const DIGITS = 16;

let cached: string | undefined;

/**
 * @example pipelineVersion() // "3f9a0c1d2b4e5f60"
 */
export function pipelineVersion(): string {
  if (cached !== undefined) return cached;
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((input) => filesUnder(path.join(ROOT, input))).sort()) {
    // The path counts as well as the content: a file moved is another pipeline.
    hash.update(path.relative(ROOT, file).split(path.sep).join("/"));
    hash.update("\0");
    hash.update(readFileSync(file));
  }
  cached = hash.digest("hex").slice(0, DIGITS);
  return cached;
}

function filesUnder(at: string): string[] {
  let entries;
  try {
    entries = readdirSync(at, { withFileTypes: true, recursive: true });
  } catch {
    // A single file, not a folder.
    return [at];
  }
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}
