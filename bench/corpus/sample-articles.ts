/**
 * The sample page's reports as reusable print-layout blocks: each block is
 * re-issued for another county with fresh reporters and figures, so the
 * benchmark corpus keeps the real page's layout quirks (column wraps,
 * headline after the body, blank column breaks) at any size.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Rng } from "../lib/rng.js";
import type { BenchCounty } from "./counties.js";

export const SAMPLE_PAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "corpus", "jining-daily-page.txt");

export interface SampleBlock {
  /** The block as printed, from its dateline to the end of its headline. */
  text: string;
  /** Place named in the dateline, e.g. 嘉祥. */
  place: string;
  /** The dateline as printed. */
  dateline: string;
}

const DATELINE = /本报(\p{Script=Han}{2,4})讯（[^）]*）/gu;
/** A line that repeats one phrase twice is page furniture (a column banner), not text. */
const DOUBLED_LINE = /^\s*(\p{Script=Han}{2,})\1\s*$/u;

/**
 * @example splitSamplePage(readFileSync(SAMPLE_PAGE, "utf8")).length // number of reports on the page
 */
export function splitSamplePage(page: string): SampleBlock[] {
  const text = page.replace(/\r\n?/g, "\n");
  const starts = [...text.matchAll(DATELINE)];
  return starts.map((match, i) => {
    const end = starts[i + 1]?.index ?? text.length;
    const lines = text.slice(match.index, end).split("\n").filter((line) => !DOUBLED_LINE.test(line));
    return { text: lines.join("\n").trim(), place: match[1] as string, dateline: match[0] };
  });
}

let cachedBlocks: SampleBlock[] | undefined;

export function loadSampleBlocks(): SampleBlock[] {
  cachedBlocks ??= splitSamplePage(readFileSync(SAMPLE_PAGE, "utf8"));
  return cachedBlocks;
}

/**
 * Re-issues a sample block for another county: new dateline place and
 * reporters, the county's full and short names swapped, every figure
 * replaced by a random one with as many digits.
 */
export function reissueBlock(block: SampleBlock, original: { name: string; short: string }, county: BenchCounty, reporters: string[], rng: Rng): string {
  const byline = `本报${county.short}讯（通讯员 ${reporters.join(" ")}）`;
  let text = block.text.replace(block.dateline, byline);
  text = text.split(original.name).join(county.name);
  // Headlines and paragraph starts name the county by its short form.
  text = text.replace(new RegExp(`^${original.short}`, "gmu"), county.short);
  return text.replace(/\d+/g, (digits) => randomDigits(digits.length, rng));
}

function randomDigits(length: number, rng: Rng): string {
  if (length === 4) return String(rng.int(2018, 2025));
  let out = String(rng.int(1, 9));
  for (let i = 1; i < length; i++) out += String(rng.int(0, 9));
  return out;
}
