/**
 * Paragraph structure of an article body: which paragraph each sentence is
 * in, the lead, and the parallel headings (思想引领到位。/ 夯实党建领航根基。)
 * that open the sections of a report, also when numbered (一、 （二） 3.), and
 * subheadings a web page prints on a line of their own without a full stop
 * (一、教育惠民工程 / 二、农村饮水安全巩固提升工程). A printed page breaks columns in the
 * middle of sentences; a "paragraph" whose predecessor does not end with a
 * full stop is such a break and continues the previous paragraph.
 */
import type { ArticleRecord, Sentence } from "../records.js";
import { listsBodiesOnDuty } from "../ingest/duty-line.js";
import { cellCount, MIN_ROW_CELLS } from "../ingest/table-cells.js";
import type { ProgrammeLexicon } from "./lexicon.js";
import { hasBalancedQuotes } from "./text-spans.js";

export interface ArticleLayout {
  /** Logical paragraph of each sentence (column breaks merged), by sentence index. */
  paragraphOf: number[];
  /** Sentence indexes of each logical paragraph. */
  paragraphs: number[][];
  /** Heading sentence indexes, in order; empty unless at least two parallel headings were found. */
  headings: number[];
  /** Heading sentence that opens the section of each sentence, or -1 (lead, summary, no headings). */
  sectionOf: number[];
}

const FINAL_PUNCTUATION = /[。！？!?…”"）)]$/;
const HEADING_END = /[。！!]$/;

/**
 * @example analyseLayout(article, sentences, lexicon.programmes).headings // [3, 9, 15, 21]
 */
export function analyseLayout(
  article: Pick<ArticleRecord, "normalizedText">,
  sentences: Sentence[],
  lexicon: Pick<ProgrammeLexicon, "headingMaxChars" | "summaryOpeners">,
): ArticleLayout {
  const text = article.normalizedText;
  const endsLine = (sentence: Sentence) => /^[^\S\n]*(?:\n|$)/u.test(text.slice(sentence.end));
  // 一、实施方案 on a line of its own heads what follows; it is no sentence a column break cut.
  // 1. 城关镇东风村 王秀兰: a table's row heads nothing.
  const rows = tableRows(text, sentences, endsLine);
  const isSubheadingLine = (sentence: Sentence) =>
    LIST_NUMBERING.test(sentence.text) && !HEADING_END.test(sentence.text) && !rows.has(sentence.index) && isHeading(sentence, endsLine, lexicon.headingMaxChars);
  const paragraphOf: number[] = [];
  const paragraphs: number[][] = [];
  let previous: Sentence | undefined;
  for (const sentence of sentences) {
    const lineBreak = previous !== undefined && text.slice(previous.end, sentence.start).includes("\n");
    // A subheading the article opens with stays with the lead it heads (01 | 建设就业驿站 / 今年以来，…).
    const headsSection = previous !== undefined && paragraphs.length > 1 && isSubheadingLine(previous);
    const newParagraph = !previous || (lineBreak && (FINAL_PUNCTUATION.test(previous.text) || headsSection));
    if (newParagraph) paragraphs.push([]);
    paragraphs.at(-1)!.push(sentence.index);
    paragraphOf[sentence.index] = paragraphs.length - 1;
    previous = sentence;
  }

  const candidates = paragraphs
    .slice(1)
    .filter((members) => {
      const first = sentences[members[0]!]!;
      return members.length > 1 ? !rows.has(first.index) && isHeading(first, endsLine, lexicon.headingMaxChars) : isSubheadingLine(first);
    })
    .map((members) => members[0]!);
  const parallel = parallelHeadings(candidates.map((index) => sentences[index]!.text));
  const kept = candidates.filter((_, k) => parallel[k]);
  const headings = kept.length >= 2 ? kept : [];

  // （牵头单位：县卫健局）: the last task's line of duty closes the plan's list; what follows it (a head's words, a
  // meeting) is in no task's section.
  const lastHeading = headings.at(-1) ?? Infinity;
  const listClosedAt = paragraphs.findLastIndex((members) => members.some((index) => index > lastHeading && listsBodiesOnDuty(sentences[index]!.text)));
  const sectionOf: number[] = [];
  let current = -1;
  paragraphs.forEach((members, p) => {
    const first = members[0]!;
    if (headings.includes(first)) current = first;
    else if (p === 0 || (p === paragraphs.length - 1 && opensSummary(sentences[first]!.text, lexicon.summaryOpeners))) current = -1;
    for (const index of members) sectionOf[index] = p === 0 ? -1 : current;
    if (p === listClosedAt) current = -1;
  });
  return { paragraphOf, paragraphs, headings, sectionOf };
}

/** The number a list item opens with: 一、 一是 （二） (3) 4. 01 | 第五，— no part of what the item says. */
export const LIST_NUMBERING = /^(?:[一二三四五六七八九十]+(?:是|、)|[（(][一二三四五六七八九十\d]+[）)]、?|\d+[、.．]|\d{1,2}\s*[|｜丨]|第[一二三四五六七八九十]+[，,、]?)\s*/u;

/**
 * A heading closes with 。 or ！ (思想引领到位。), or is a line of its own with no
 * closing mark and no comma (一、教育惠民工程): a comma would make it a clause
 * a hard-wrapped text broke off.
 */
/**
 * The sentences that are rows of a table copied as text: whole lines of three cells or more set apart by gaps,
 * next to another such line (a heading of two phrases, 老有所养 幸福晚年, stands alone).
 */
function tableRows(text: string, sentences: Sentence[], endsLine: (sentence: Sentence) => boolean): Set<number> {
  const wholeLine = (s: Sentence) => endsLine(s) && (s.start === 0 || text[s.start - 1] === "\n");
  const isRow = sentences.map((s) => wholeLine(s) && cellCount(s.text) >= MIN_ROW_CELLS);
  return new Set(sentences.filter((_, i) => isRow[i] && (isRow[i - 1] === true || isRow[i + 1] === true)).map((s) => s.index));
}

function isHeading(sentence: Sentence, endsLine: (sentence: Sentence) => boolean, maxChars: number): boolean {
  const { text } = sentence;
  const closed = HEADING_END.test(text);
  if (!closed && !(endsLine(sentence) && !FINAL_PUNCTUATION.test(text) && !/[，,；;：:]/u.test(text))) return false;
  const body = text.slice(LIST_NUMBERING.exec(text)?.[0].length ?? 0, closed ? -1 : undefined);
  if (opensWithSpeaker(body)) return false;
  return body.length >= 4 && body.length <= maxChars && !/[0-9]/.test(body) && /^\p{Script=Han}/u.test(body) && hasBalancedQuotes(body);
}

/**
 * Which heading candidates stand as headings: a numbered one, one without a
 * comma, and one of clauses that is built like another such candidate, as
 * parallel headings are: the same first or last character (抓组织领导促规范管理，强化… /
 * 抓队伍建设促作用发挥，强化…), or as many clauses with a first clause as long
 * (着眼“微服务”，优化… / 立足“高站位”，催生…). Opening sentences of prose
 * paragraphs are not (琼中曾是国家级贫困县，山多地少，交通不便。/ 记者离开湾岭镇时，符桂英正忙着…).
 */
function parallelHeadings(texts: readonly string[]): boolean[] {
  const clauses = texts.map((text) => text.replace(/[。！!]$/u, "").split(/[，,]/u));
  const alike = (a: string[], b: string[]): boolean => {
    const [first, last] = [a.join(""), b.join("")];
    return first[0] === last[0] || first.at(-1) === last.at(-1) || (a.length === b.length && a[0]!.length === b[0]!.length);
  };
  return clauses.map((own, k) => {
    if (LIST_NUMBERING.test(texts[k]!) || own.length === 1) return true;
    return clauses.some((other, j) => j !== k && other.length > 1 && alike(own, other));
  });
}

/** A speaker's label: a name or role, its title in brackets at most, and a colon (陈海燕：, 发布人（县民政局局长 陈志强）：). */
const SPEAKER_LABEL = /^(\p{Script=Han}{2,4})(?:[（(][^）)]{0,30}[）)])?[：:]/u;
/** Last characters of a body's name, which opens a bulletin's item (县民政局：…), not speech. */
const BODY_LAST_CHARS = /[局委办院会心府站所厅部联队社]$/u;

/** Whether the text opens with what a speaker says in a transcript or interview: no heading. */
function opensWithSpeaker(text: string): boolean {
  const label = SPEAKER_LABEL.exec(text);
  return label !== null && !BODY_LAST_CHARS.test(label[1]!);
}

function opensSummary(text: string, openers: string[]): boolean {
  return openers.some((opener) => text.startsWith(opener));
}
