/**
 * Text that still holds a web page's markup: a scraper's column of article
 * bodies (<p style="text-indent:2em;">本报讯…</p>) or a text file saved from a
 * CMS, with &ldquo;character references&rdquo; for quotes and spaces. Left as
 * it is, a reference's semicolon ends a sentence and a tag glues paragraphs.
 *
 * Markup of paragraphs and line breaks is read as HTML by html-to-text (one
 * paragraph a line, set off by a blank one; images, scripts and styles
 * dropped); references alone are decoded by `entities`, the lines kept as
 * they are. Text without either is returned unchanged.
 */
import { decodeHTML } from "entities";
import { compile } from "html-to-text";

/** Tags of paragraphs, breaks and the inline elements a CMS wraps them in. */
const MARKUP = /<\/?(?:p|br|div|span|section|article|strong|b|em|i|font|img|h[1-6]|li|ul|ol|table|tr|td|th|tbody|a|center)(?:\s[^<>]*)?\/?>/iu;
/** A named or numeric character reference: &ldquo; &nbsp; &#20013; &#x4e00;. */
const REFERENCE = /&(?:[a-z][a-z0-9]{1,7}|#\d{2,7}|#x[0-9a-f]{2,6});/iu;

const fragmentToText = compile({
  wordwrap: false,
  selectors: [
    { selector: "img", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "a", options: { ignoreHref: true } },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
  ],
});

/** What the text holds: paragraphs in markup, character references alone, or neither. */
export function markupIn(text: string): "markup" | "references" | "none" {
  if (MARKUP.test(text)) return "markup";
  return REFERENCE.test(text) ? "references" : "none";
}

/**
 * The text without its markup: tags read as paragraphs and breaks, references decoded.
 * `keepLines`: the text's own line breaks are breaks too (a text file with a few tags in it);
 * otherwise they are spaces, as in HTML (a cell of markup).
 *
 * @example plainTextOf("<p>今年以来，某县建成&ldquo;银龄食堂&rdquo;48家。</p><p>第二段。</p>") // "今年以来，某县建成“银龄食堂”48家。\n\n第二段。"
 */
export function plainTextOf(text: string, options: { keepLines?: boolean } = {}): string {
  switch (markupIn(text)) {
    case "markup":
      return readAsHtml(text, options.keepLines ?? false);
    case "references":
      return decodeReferences(text);
    case "none":
      return text;
  }
}

/** Text read as HTML: its own line breaks are breaks too with `keepLines`, spaces otherwise. */
function readAsHtml(text: string, keepLines: boolean): string {
  // An emptied paragraph (an image's) leaves no run of blank lines.
  return withPlainSpaces(fragmentToText(keepLines ? text.replace(/\r\n|\r|\n/gu, "<br>") : text)).replace(/\n{3,}/gu, "\n\n");
}

/**
 * Character references decoded, the rest left as it is.
 *
 * @example decodeReferences("&ldquo;银龄&rdquo;&nbsp;食堂") // "“银龄” 食堂"
 */
export function decodeReferences(text: string): string {
  return withPlainSpaces(decodeHTML(text));
}

/** &nbsp; decodes to a no-break space; the splitter and the figure grammar expect a plain one. */
function withPlainSpaces(text: string): string {
  return text.replace(/\u00A0/gu, " ");
}

/**
 * A text read a chunk at a time (a file too large to read whole), without its
 * markup when its first chunk shows some, as `plainTextOf(text, { keepLines: true })`
 * reads a whole one. Chunks are read as HTML up to their last paragraph's end
 * (or at least their last line's), so no tag or reference is cut in two; the
 * rest waits for the next chunk. `onMarkup` hears what the text holds, once.
 */
export async function* plainTextChunks(chunks: AsyncIterable<string>, onMarkup: (held: "markup" | "references") => void): AsyncGenerator<string> {
  let held: ReturnType<typeof markupIn> | undefined;
  let pending = "";
  for await (const chunk of chunks) {
    pending += chunk;
    if (held === undefined && pending !== "") {
      held = markupIn(pending);
      if (held !== "none") onMarkup(held);
    }
    if (held === "none") {
      yield pending;
      pending = "";
      continue;
    }
    const cut = safeCut(pending, held === "markup");
    if (!cut) continue;
    yield cut.read(pending.slice(0, cut.at));
    pending = pending.slice(cut.at);
  }
  if (pending === "") return;
  yield held === "markup" ? readAsHtml(pending, true) : held === "references" ? decodeReferences(pending) : pending;
}

/** A paragraph's end on a line's end: 。</p> then a line break, or a blank line. */
const PARAGRAPH_END = /(?:<\/p>[ \t]*\r?\n|\r?\n[ \t]*\r?\n)/giu;

/**
 * Where a chunk may be read up to, and how the part read joins the next one.
 * Markup read as HTML loses the line breaks at its ends, so the part gives back
 * what its end stood for: a blank line after a paragraph, a break after a line.
 */
function safeCut(text: string, isMarkup: boolean): { at: number; read: (part: string) => string } | undefined {
  if (isMarkup) {
    const paragraphEnd = [...text.matchAll(PARAGRAPH_END)].at(-1);
    if (paragraphEnd) return { at: paragraphEnd.index + paragraphEnd[0].length, read: (part) => `${readAsHtml(part, true)}\n\n` };
  }
  const lineEnd = text.lastIndexOf("\n") + 1;
  if (lineEnd === 0) return undefined;
  // References alone keep the lines as they are, line break included.
  return { at: lineEnd, read: (part) => (isMarkup ? `${readAsHtml(part, true)}\n` : decodeReferences(part)) };
}
