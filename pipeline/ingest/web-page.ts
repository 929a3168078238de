/**
 * A saved web page (HTML) → the plain text of its article, laid out the way
 * the splitter reads a web article: the headline, the meta lines printed
 * under it (来源：… 发布时间：…), then one indented line per paragraph.
 *
 * Mozilla's Readability finds the article among a page's menus, breadcrumbs,
 * related-news lists and footers; html-to-text turns its markup into lines.
 * The headline is the one a government CMS declares (<meta name="ArticleTitle">)
 * or the page's heading that its <title> repeats (a <title> usually adds the
 * site's name: 标题_某某县人民政府), and the meta lines are looked for just
 * under that headline, where portals print them.
 */
import { Readability } from "@mozilla/readability";
import { compile, type HtmlToTextOptions } from "html-to-text";
import { parseHTML } from "linkedom";
import { parseIsoDate } from "./dates.js";
import { isMetaLine, isSentenceFinal, trimLine, MAX_HEADING_LINE, PARAGRAPH_INDENT } from "./line-kinds.js";

/** File names read as HTML pages. */
export const HTML_FILE_NAME = /\.(?:html?|shtml|xhtml)$/iu;
/** Markup a file's first characters show when it is a page whatever its name. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s)/iu;

/** Elements whose text is never article text. */
const NEVER_TEXT = ["script", "style", "noscript", "template", "svg", "iframe", "nav", "form", "select", "button", "img"];

/** Cells of one table row, on one line, each followed by an ideographic space: the way print sets a table row. */
const TABLE_ROWS_AS_LINES = [
  { selector: "table", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
  { selector: "tr", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
  { selector: "td", format: "tableCell" },
  { selector: "th", format: "tableCell" },
];

const TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  formatters: {
    tableCell: (element, walk, builder) => {
      walk(element.children, builder);
      builder.addLiteral("\u3000");
    },
  },
  selectors: [
    ...TABLE_ROWS_AS_LINES,
    ...NEVER_TEXT.map((selector) => ({ selector, format: "skip" })),
    { selector: "a", options: { ignoreHref: true } },
    // A blank prefix, trimmed with the line: html-to-text reads an empty one as "use the default bullet".
    { selector: "ul", options: { itemPrefix: " " } },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
  ],
};
const markupToText = compile(TEXT_OPTIONS);

/** Shortest line that a page may have broken mid-sentence (a subheading or a table row is shorter or has gaps). */
const MIN_WRAPPED_LINE = 20;
/** Meta lines are looked for this many lines under the headline. */
const META_WINDOW = 6;
/** Longest unlabelled line under the headline still read for its date (原创 某某发布 2025-10-08 18:30). */
const MAX_DATE_LINE = 60;
/** Above this share of its text in links, what Readability found is a list of links, not an article. */
const MAX_LINK_SHARE = 0.5;
/** Separators between an article's title and the site's name in <title>. */
const TITLE_SEPARATOR = /\s*(?:[_|｜]|\s[-–—·]\s|--)\s*/u;
/** Elements that may print the headline: headings, and blocks a portal's style sheet names as its title. */
const HEADLINE_CANDIDATES = "h1, h2, h3, [class*=title], [id*=title], [class*=biaoti], #activity-name";

export type WebPageText =
  /** `leftOut`: paragraphs of sentences the page prints outside the article read (another article, summaries). */
  | { found: "article"; text: string; leftOut: string[] }
  /** No article on the page: a list of links, or no Chinese text; why, in words. */
  | { found: "none"; reason: string };

/**
 * @example isHtmlPage("news/2025/t1.html", "…") // true
 * @example isHtmlPage("page.txt", "<!DOCTYPE html><html>…") // true
 */
export function isHtmlPage(source: string, text: string): boolean {
  return HTML_FILE_NAME.test(source) || HTML_START.test(text.slice(0, 1024));
}

/**
 * @example webPageText("<html><head><title>标题_某县人民政府</title></head><body><h1>标题</h1><p>来源：县民政局</p><div>正文……</div></body></html>")
 * // { found: "article", text: "标题\n来源：县民政局\n　　正文……" }
 */
export function webPageText(html: string): WebPageText {
  try {
    return articleOfPage(html);
  } catch (error) {
    // The parser and Readability walk the markup recursively: thousands of nested elements exhaust the stack.
    if (error instanceof RangeError) return { found: "none", reason: "its markup is nested too deeply to read (a broken or machine-made page)" };
    throw error;
  }
}

function articleOfPage(html: string): WebPageText {
  const document = documentOf(html);
  const pageLines = linesOf(markupToText(document.body?.innerHTML ?? ""));
  const headline = headlineOf(document);
  // Readability edits the document it reads, so it reads a copy parsed afresh.
  const article = new Readability(documentOf(html) as unknown as Document, { charThreshold: 100 }).parse();
  const bodyLines = article?.content ? linesOf(markupToText(article.content)) : [];
  if (!article?.content || !bodyLines.some((line) => /\p{Script=Han}/u.test(line))) {
    return { found: "none", reason: "no article text found in this web page" };
  }
  if (linkShare(article.content) > MAX_LINK_SHARE) {
    return { found: "none", reason: "this web page is a list of links (an index or search page), not an article" };
  }

  const title = headline ?? titleFromTitleElement(article.title ?? "");
  // Readability may keep what a layout table prints above the body: breadcrumbs, the headline, meta lines.
  const headlineAt = title === "" ? -1 : bodyLines.slice(0, META_WINDOW).findIndex((line) => squeeze(line) === title);
  const belowHeadline = bodyLines.slice(headlineAt + 1);
  const printedMeta = title === "" ? { lines: [], printed: [] } : metaUnder(title, pageLines);
  const body = dropLeading(belowHeadline, (line) => printedMeta.printed.includes(line));
  // A government site's CMS names the date and source in <meta> tags too; they stand in when none is printed.
  const meta = printedMeta.lines.length > 0 ? printedMeta.lines : cmsMetaLines(document);
  // Every paragraph is indented as print indents one, so the splitter never joins a subheading or a table row
  // to the next line as if a column had wrapped it; a line a page broke mid-sentence with <br> is not, so the
  // splitter joins it to the line before. A page with no headline at all gives its body alone: the splitter
  // titles it by its first words, with a warning.
  const paragraphs = body.map((line, i) => (i > 0 && continuesLine(body[i - 1]!, line) ? line : `${PARAGRAPH_INDENT}${line}`));
  return { found: "article", text: [title, ...meta, ...paragraphs].filter((line) => line !== "").join("\n"), leftOut: leftOutOf(pageLines, bodyLines) };
}

/** A paragraph outside the article counts as left out when it holds a full stop and this many Han characters. */
const MIN_LEFT_OUT_PARAGRAPH = 20;
/** Below this many Han characters in all, what is left out is furniture (a copyright notice, a caption). */
const MIN_LEFT_OUT_TOTAL = 150;

/**
 * Paragraphs of sentences on the page that the article read does not hold: a page
 * that prints several full articles gives the one Readability picks, and the rest is
 * reported, never dropped unsaid.
 */
function leftOutOf(pageLines: string[], articleLines: string[]): string[] {
  const read = squeeze(articleLines.join(""));
  const outside = pageLines.filter((line) => line.includes("。") && hanCount(line) >= MIN_LEFT_OUT_PARAGRAPH && !read.includes(squeeze(line)));
  return outside.reduce((sum, line) => sum + hanCount(line), 0) >= MIN_LEFT_OUT_TOTAL ? outside : [];
}

/**
 * A line that carries on the one before: that one stops mid-sentence, is long
 * (a subheading is short: 一、教育惠民工程), is no table row, and this one opens
 * no list item. (Not extract's LIST_NUMBERING: its 第三 needs no comma, and a
 * wrapped line may well go on with 第三届….)
 */
function continuesLine(previous: string, line: string): boolean {
  return (
    previous.length >= MIN_WRAPPED_LINE &&
    !isSentenceFinal(previous) &&
    !/[：:]$/u.test(previous) &&
    !previous.includes("\u3000") &&
    !/^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[■◆●★▲])/u.test(line)
  );
}

/** `lines` without the run of leading lines that `drop` accepts. */
function dropLeading(lines: string[], drop: (line: string) => boolean): string[] {
  const kept = lines.findIndex((line) => !drop(line));
  return kept < 0 ? [] : lines.slice(kept);
}

type PageDocument = ReturnType<typeof parseHTML>["document"];

/**
 * The page as a document with <html>, <head> and <body>. linkedom builds no
 * missing ones (HTML allows leaving them out), so a page without a <body> tag
 * is rebuilt: its <title> in a head, everything else in a body.
 */
function documentOf(html: string): PageDocument {
  if (/<body[\s>]/iu.test(html)) {
    const { document } = parseHTML(html);
    if (document.documentElement?.tagName === "HTML" && document.body) return document;
  }
  const unwrapped = html.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)(?:\s[^>]*)?>/giu, "");
  const title = /<title[^>]*>[^<]*<\/title>/iu.exec(unwrapped)?.[0] ?? "";
  return parseHTML(`<!DOCTYPE html><html><head>${title}</head><body>${unwrapped.replace(title, "")}</body></html>`).document;
}

function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map(trimLine)
    .filter((line) => line !== "");
}

/**
 * The publication date and source a government site's CMS puts in <meta> tags
 * (PubDate, ContentSource: the national layout for government websites), as meta lines.
 */
function cmsMetaLines(document: PageDocument): string[] {
  const content = (name: string) => squeeze(document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") ?? "");
  const date = parseIsoDate(content("PubDate"));
  const source = content("ContentSource");
  return [...(date ? [`发布时间：${date}`] : []), ...(source && /\p{Script=Han}/u.test(source) ? [`来源：${source}`] : [])];
}

/**
 * The headline a government site's CMS names in <meta name="ArticleTitle">, else
 * the longest heading-like element whose text the page's <title> repeats (the
 * longest, since the site's name in a logo heading is repeated too); else the
 * first <h1> that reads as a headline.
 */
function headlineOf(document: PageDocument): string | undefined {
  const declared = squeeze(document.querySelector('meta[name="ArticleTitle"]')?.getAttribute("content") ?? "");
  if (readsAsHeadline(declared)) return declared;
  const pageTitle = squeeze(document.title ?? "");
  const texts = [...document.querySelectorAll(HEADLINE_CANDIDATES)].map((element) => squeeze(element.textContent ?? ""));
  const repeated = texts
    .filter((text) => readsAsHeadline(text) && text.length >= 4 && pageTitle.includes(text))
    .reduce<string | undefined>((longest, text) => (longest === undefined || text.length > longest.length ? text : longest), undefined);
  if (repeated !== undefined) return repeated;
  const h1 = [...document.querySelectorAll("h1")].map((element) => squeeze(element.textContent ?? "")).find(readsAsHeadline);
  return h1;
}

/** Text a headline may be: some Chinese, and no longer than a two-line headline. */
function readsAsHeadline(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && text.length <= 2 * MAX_HEADING_LINE;
}

/** <title> without the site's name: its longest part between separators. */
function titleFromTitleElement(title: string): string {
  const parts = squeeze(title).split(TITLE_SEPARATOR).filter((part) => part !== "");
  return parts.reduce((longest, part) => (part.length > longest.length ? part : longest), "");
}

/**
 * Meta lines printed under the headline, before the body: as passed on
 * (`lines`, an unlabelled date labelled) and as printed (`printed`).
 */
function metaUnder(headline: string, pageLines: string[]): { lines: string[]; printed: string[] } {
  const meta = { lines: [] as string[], printed: [] as string[] };
  const at = pageLines.findIndex((line) => squeeze(line) === headline);
  if (at < 0) return meta;
  for (const line of pageLines.slice(at + 1, at + 1 + META_WINDOW)) {
    if (isMetaLine(line)) {
      meta.lines.push(line);
      meta.printed.push(line);
      continue;
    }
    // A portal may print the date without a label (原创 某某发布 2025-10-08): the date is kept, labelled.
    // Other lines (a subtitle, a share bar) are passed over.
    const date = line.length <= MAX_DATE_LINE && !isSentenceFinal(line) && !line.includes("，") ? parseIsoDate(line) : undefined;
    if (date === undefined) continue;
    meta.lines.push(`日期：${date}`);
    meta.printed.push(line);
  }
  return meta;
}

/** Share of the markup's Chinese characters that are link text (dates and counts beside links do not dilute it). */
function linkShare(markup: string): number {
  const { document } = parseHTML(`<html><body>${markup}</body></html>`);
  const total = hanCount(document.body?.textContent ?? "");
  const linked = [...document.querySelectorAll("a")].reduce((sum, link) => sum + hanCount(link.textContent), 0);
  return total === 0 ? 0 : linked / total;
}

/** Runs of whitespace (NBSP and ideographic space included) as one space, trimmed. */
/** How many Chinese characters a text holds (none for an element without text). */
function hanCount(text: string | null): number {
  return (text ?? "").match(/\p{Script=Han}/gu)?.length ?? 0;
}

function squeeze(text: string): string {
  return trimLine(text.replace(/[\s\u00A0\u3000]+/gu, " "));
}
