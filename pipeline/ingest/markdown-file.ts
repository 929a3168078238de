/**
 * Markdown files (.md, .markdown): articles a scraper, a read-later app or a
 * note-taking tool saved as Markdown. `marked` reads the blocks; each becomes a
 * line (a paragraph's soft breaks joined) set off by a blank one, its markup
 * gone, images dropped, links kept as their text. A YAML front matter block
 * (`---` title, date, source, author `---`) gives the headline and meta lines
 * the splitter knows (来源：…, 发布时间：…). The result is read like a web
 * article: headline first, then meta lines and paragraphs.
 */
import { Lexer, type Token, type Tokens } from "marked";
import { parse as parseYaml } from "yaml";
import { decodeReferences, plainTextOf } from "./markup-in-text.js";

export const MARKDOWN_FILE_NAME = /\.(?:md|markdown)$/iu;

/** A front matter block at the very start of the file. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

/** Front matter keys, as scrapers and clippers name them, and the meta line label each becomes. */
const META_KEYS: { keys: string[]; label: string }[] = [
  { keys: ["source", "site", "publisher", "来源"], label: "来源" },
  { keys: ["author", "authors", "作者"], label: "作者" },
  { keys: ["date", "published", "pubdate", "publish_date", "created", "发布时间", "日期"], label: "发布时间" },
];
const TITLE_KEYS = ["title", "标题"];

/**
 * A Markdown document's text: its headline and meta lines, then a line for each block.
 *
 * @example markdownText("# 标题\n\n> 来源：县融媒体中心\n\n**近日**，某县…") // "标题\n\n来源：县融媒体中心\n\n近日，某县…"
 */
export function markdownText(markdown: string): string {
  const front = FRONT_MATTER.exec(markdown);
  const lines = front ? frontMatterLines(front[1]!) : [];
  const body = front ? markdown.slice(front[0].length) : markdown;
  lines.push(...blockLines(new Lexer().lex(body)));
  return lines.filter((line) => line !== "").join("\n\n");
}

/** The headline and meta lines a front matter block names; a block that is no YAML mapping gives none. */
function frontMatterLines(yaml: string): string[] {
  let fields: unknown;
  try {
    fields = parseYaml(yaml);
  } catch {
    return [];
  }
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) return [];
  const byKey = new Map(Object.entries(fields).map(([key, value]) => [key.toLowerCase(), value]));
  const valueOf = (keys: string[]): string => {
    for (const key of keys) {
      const value = byKey.get(key);
      const text = Array.isArray(value) ? value.map(String).join(" ") : value instanceof Date ? value.toISOString().slice(0, 10) : value;
      if ((typeof text === "string" && text.trim() !== "") || typeof text === "number") return String(text).trim();
    }
    return "";
  };
  const title = valueOf(TITLE_KEYS);
  const meta = META_KEYS.map(({ keys, label }) => {
    const value = valueOf(keys);
    return value === "" ? "" : `${label}：${value}`;
  });
  return [title, ...meta];
}

/** One line for each block: headings, paragraphs, list items, table rows, quoted and fenced text. */
function blockLines(tokens: Token[]): string[] {
  const lines: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "heading":
      case "paragraph":
        lines.push(...inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens).split("\n"));
        break;
      case "text":
        lines.push(...inlineText((token as Tokens.Text).tokens ?? [token]).split("\n"));
        break;
      case "blockquote":
        lines.push(...blockLines((token as Tokens.Blockquote).tokens));
        break;
      case "list": {
        // An ordered list keeps its numbers: a digest's items (1.桐城市：…) and a plan's steps are read by them.
        const list = token as Tokens.List;
        const first = typeof list.start === "number" ? list.start : 1;
        list.items.forEach((item, i) => {
          const itemLines = blockLines(item.tokens);
          if (list.ordered && itemLines.length > 0) itemLines[0] = `${first + i}.${itemLines[0]}`;
          lines.push(...itemLines);
        });
        break;
      }
      case "table": {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) lines.push(row.map((cell) => inlineText(cell.tokens)).join(" "));
        break;
      }
      case "code":
        lines.push(...(token as Tokens.Code).text.split("\n"));
        break;
      case "html":
        lines.push(...withoutTags((token as Tokens.HTML).text).split("\n"));
        break;
      // space, hr, def: nothing to read.
    }
  }
  return lines.map((line) => line.trim());
}

/** Inline tokens as plain text: emphasis and links give their text, images nothing, a hard break a new line. */
function inlineText(tokens: Token[]): string {
  return joinSoftBreaks(inlineRun(tokens)).replaceAll(HARD_BREAK, "\n");
}

/** Stands for a hard break until the soft ones are joined. */
const HARD_BREAK = "\u2028";

function inlineRun(tokens: Token[]): string {
  let text = "";
  for (const token of tokens) {
    switch (token.type) {
      case "image":
        break;
      case "br":
        text += HARD_BREAK;
        break;
      case "text":
      case "escape":
      case "codespan":
        text += "tokens" in token && token.tokens ? inlineRun(token.tokens) : decodeReferences(token.text as string);
        break;
      case "html":
        text += withoutTags((token as Tokens.HTML).text).replaceAll("\n", HARD_BREAK);
        break;
      default:
        text += "tokens" in token && token.tokens ? inlineRun(token.tokens) : "";
    }
  }
  return text;
}

/** A paragraph's soft line breaks: nothing between Chinese characters (a line a column broke), a space between words. */
function joinSoftBreaks(text: string): string {
  return text.replace(/\n/gu, (_, offset: number) => {
    const before = text[offset - 1] ?? "";
    const after = text[offset + 1] ?? "";
    return /[\x21-\x7E]/u.test(before) && /[\x21-\x7E]/u.test(after) ? " " : "";
  });
}

/** Markup Markdown lets through (<br>, <span>): its text, the way a page reads it. */
function withoutTags(html: string): string {
  return plainTextOf(html).replace(/\n{2,}/gu, "\n");
}

