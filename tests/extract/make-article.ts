/**
 * Test-only ArticleRecord builders, independent of the ingest stage: body
 * text is used as both `text` and `normalizedText` unless a normalised form is given.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ArticleRecord } from "../../pipeline/records.js";

export interface MakeArticleInput {
  text: string;
  normalizedText?: string;
  title?: string;
  /** Defaults to `title`. */
  normalizedTitle?: string;
  place?: string;
  reporters?: string[];
  source?: string;
  index?: number;
}

export function makeArticle(input: MakeArticleInput): ArticleRecord {
  const normalizedText = input.normalizedText ?? input.text;
  const hash = createHash("sha256").update(normalizedText).digest("hex");
  const reporters = input.reporters ?? [];
  return {
    key: `Article:${hash.slice(0, 16)}`,
    hash,
    source: input.source ?? "test.txt",
    index: input.index ?? 0,
    layout: "print",
    title: input.title ?? "",
    normalizedTitle: input.normalizedTitle ?? input.title ?? "",
    ...(input.place
      ? { dateline: { raw: `本报${input.place}讯（通讯员 ${reporters.join(" ")}）`, place: input.place, reporters } }
      : {}),
    reporters,
    text: input.text,
    normalizedText,
  };
}

/** Articles of one printed page: each string is a body, with its dateline place. */
export function makePage(source: string, bodies: { place?: string; text: string; reporters?: string[] }[]): ArticleRecord[] {
  return bodies.map((body, index) => makeArticle({ ...body, source, index }));
}

const SAMPLE_PAGE = new URL("../../corpus/jining-daily-page.txt", import.meta.url);
const DATELINE = /本报(\S{1,8}?)讯（(?:通讯员|记者)\s*([^）]*)）/g;

/**
 * The sample page cut into articles by a deliberately simple reader (the real
 * one is the ingest stage): dateline to dateline, column wraps joined, a blank
 * line after a full stop is a paragraph break, and the trailing lines without
 * a full stop are the headline.
 */
export function samplePageArticles(): ArticleRecord[] {
  const raw = readFileSync(SAMPLE_PAGE, "utf8");
  const starts = [...raw.matchAll(DATELINE)];
  return starts.map((match, index) => {
    const from = match.index + match[0].length;
    const to = starts[index + 1]?.index ?? raw.length;
    const paragraphs: string[] = [];
    let current = "";
    for (const block of raw.slice(from, to).split(/\n\s*\n/)) {
      current += block.replace(/\s*\n\s*/g, "").trim();
      if (/[。！？]”?$/.test(current)) {
        paragraphs.push(current);
        current = "";
      }
    }
    const title = current;
    return makeArticle({
      text: paragraphs.join("\n"),
      title,
      place: match[1]!,
      reporters: match[2]!.trim().split(/\s+/).filter(Boolean),
      source: "corpus/jining-daily-page.txt",
      index,
    });
  });
}
