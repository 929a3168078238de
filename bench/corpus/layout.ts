/**
 * How a composed report is printed: a newspaper page (dateline first,
 * column-wrapped lines, headline after the body, page furniture) or a web
 * page (headline first, a source/date line, one line per paragraph).
 */
import type { Rng } from "../lib/rng.js";
import type { ComposedArticle } from "./compose-article.js";

/** Characters a line may not start with (Chinese line-breaking rule). */
const NO_LINE_START = new Set([..."，。、；：！？”’）》%"]);

/**
 * Wraps text into lines of `width` characters, keeping closing punctuation on the line before.
 *
 * @example wrapColumn("一二三四，五六", 4) // ["一二三四，", "五六"]
 */
export function wrapColumn(text: string, width: number): string[] {
  if (!(width >= 2)) throw new RangeError("layout: column width must be at least 2");
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = Math.min(start + width, chars.length);
    while (end < chars.length && NO_LINE_START.has(chars[end] as string)) end++;
    lines.push(chars.slice(start, end).join(""));
    start = end;
  }
  return lines;
}

export interface PrintOptions {
  /** Column width in characters. */
  width: number;
  /** Probability of a blank line between two paragraphs. */
  paragraphGap: number;
  /** Probability, per line, of a blank column break inside a paragraph. */
  columnBreak: number;
}

export function renderPrintArticle(article: ComposedArticle, options: PrintOptions, rng: Rng): string {
  const byline = `本报${article.county.short}讯（${article.reporterRole} ${article.reporters.join(" ")}）`;
  return renderPrintBody(byline, article.paragraphs, article.headline, options, rng);
}

/** Lays out dateline + paragraphs + headline in columns; shared with re-issued sample blocks. */
export function renderPrintBody(byline: string, paragraphs: string[], headline: string[], options: PrintOptions, rng: Rng): string {
  const out: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    const text = i === 0 ? byline + paragraph : paragraph;
    const lines = wrapColumn(text, options.width);
    if (i > 0) out.push(rng.chance(options.paragraphGap) ? "\n\n" : "\n");
    lines.forEach((line, j) => {
      if (j > 0) out.push(rng.chance(options.columnBreak) ? "\n\n" : "\n");
      out.push(line);
    });
  });
  return `${out.join("")}\n\n${headline.join("\n")}`;
}

/** A page: its reports one after the other, then a column banner at the foot. */
export function renderPrintPage(blocks: string[], furniture?: string, header?: string): string {
  return [...(header ? [header] : []), ...blocks, ...(furniture ? [furniture.repeat(2)] : [])].join("\n\n") + "\n";
}

export function renderWebArticle(article: ComposedArticle, source: string, rng: Rng): string {
  const [year, month, day] = article.date.split("-");
  const date = rng.chance(0.5) ? article.date : `${year}年${Number(month)}月${Number(day)}日`;
  const byline = rng.chance(0.5) ? `本报讯（${article.reporterRole} ${article.reporters.join(" ")}）` : "";
  const indent = rng.chance(0.6) ? "\u3000\u3000" : "";
  const body = article.paragraphs.map((p, i) => indent + (i === 0 ? byline : "") + p).join(rng.chance(0.5) ? "\n\n" : "\n");
  const footer = rng.chance(0.5) ? `\n\n（责任编辑：${article.reporters[0]}）` : "";
  return `${article.headline.join(" ")}\n\n来源：${source}　发布时间：${date}\n\n${body}${footer}\n`;
}
