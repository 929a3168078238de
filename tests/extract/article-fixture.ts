/**
 * Builds ArticleRecords for extractor tests from plain body text, the way
 * ingest would hand them over (normalised text equal to the printed text for
 * these fixtures, which use simplified characters and curly quotes).
 */
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../../pipeline/records.js";

export interface FixtureOptions {
  title?: string;
  place?: string;
  reporters?: string[];
  source?: string;
}

export function articleFixture(text: string, options: FixtureOptions = {}): ArticleRecord {
  const hash = createHash("sha256").update(text).digest("hex");
  const reporters = options.reporters ?? [];
  return {
    key: `Article:${hash.slice(0, 16)}`,
    hash,
    source: options.source ?? "fixture.txt",
    index: 0,
    layout: "print",
    title: options.title ?? "",
    ...(options.place
      ? { dateline: { raw: `本报${options.place}讯（通讯员 ${reporters.join(" ")}）`, place: options.place, reporters } }
      : {}),
    reporters,
    text,
    normalizedText: text,
  };
}
