import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitArticles, type SetAside, type SplitArticle } from "../../pipeline/ingest/split-articles.js";
import { splitStream, type SplitPart } from "../../pipeline/ingest/split-stream.js";
import { composeArticle } from "../../bench/corpus/compose-article.js";
import { loadPrefectures } from "../../bench/corpus/counties.js";
import { renderWebArticle } from "../../bench/corpus/layout.js";
import { DEFAULT_SHARES, printPage } from "../../bench/generate-corpus.js";
import { createRng } from "../../bench/lib/rng.js";
import { SAMPLE_PAGE } from "../fixtures/ingest/make-variants.js";

const FIXTURES = path.resolve("tests/fixtures/ingest");
/** Documents of one layout each: print pages (dateline → body → headline), web pages (headline first), indented e-paper. */
const PAGES = [
  SAMPLE_PAGE,
  path.join(FIXTURES, "weifang-evening-page.txt"),
  path.join(FIXTURES, "multi-web-articles.txt"),
  path.join(FIXTURES, "indented-epaper-page.txt"),
  path.join(FIXTURES, "headline-first-page.txt"),
].map((file) => readFileSync(file, "utf8"));

async function* chunked(text: string, sizes: number[]): AsyncGenerator<string> {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes.length > 0 ? sizes[i % sizes.length]! : text.length;
    yield text.slice(at, at + size);
    at += size;
  }
}

async function collect(parts: AsyncIterable<SplitPart>): Promise<{ articles: SplitArticle[]; setAside: SetAside[]; forcedCuts: number[] }> {
  const all = { articles: [] as SplitArticle[], setAside: [] as SetAside[], forcedCuts: [] as number[] };
  for await (const part of parts) {
    all.articles.push(...part.articles);
    all.setAside.push(...part.setAside);
    if (part.forcedCutAtLine !== undefined) all.forcedCuts.push(part.forcedCutAtLine);
  }
  return all;
}

/** The page printed `copies` times, each copy's figures changed so the copies differ. */
function reprinted(page: string, copies: number, separator: string): string {
  return Array.from({ length: copies }, (_, copy) => page.replace(/\d+/g, (digits) => String(Number(digits) + copy))).join(separator);
}

const WHITESPACE = /[\s\u3000\uFEFF\u00A0]/gu;

function hasRepeatedLabel(document: string): boolean {
  const lines = document.split(/\r\n|\r|\n/).map((line) => line.trim());
  const alone = lines.filter((line, i) => line !== "" && line.length <= 20 && !lines[i - 1] && !lines[i + 1]);
  return new Set(alone).size < alone.length;
}

/** A file of several distinct print pages, or of several web articles, as a large export would hold. */
function generatedDocument(seed: number, pages: number, layout: "print" | "web"): string {
  const rng = createRng(seed);
  const prefectures = loadPrefectures();
  const parts = Array.from({ length: pages }, () => {
    const prefecture = rng.pick(prefectures);
    if (layout === "print") return printPage(prefecture, rng.int(3, 6), { ...DEFAULT_SHARES, sampleDerived: 0.1 }, rng).text;
    return renderWebArticle(composeArticle(rng, prefecture, rng.pick(prefecture.counties)), `${prefecture.name}日报`, rng);
  });
  return parts.join("\n\n");
}

describe("splitStream: a file split a window at a time", () => {
  it("finds exactly the articles, lines and set-aside text of splitting the whole file at once", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom("print", "web"),
        fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 20_000 }),
        async (seed, pages, layout, chunkSizes, extraWindow) => {
          const document = generatedDocument(seed, pages, layout);
          // A short line standing alone twice in a file is furniture to the whole-file splitter (a section
          // label); a window may hold only one of the two. Such files are compared in the next test instead.
          fc.pre(!hasRepeatedLabel(document));
          const whole = splitArticles(document);
          // Windows hold at least two articles, so no cut is ever forced.
          const longest = Math.max(...whole.articles.map((a) => a.text.length + a.title.length + 200));
          const windowChars = 2 * longest + extraWindow;
          const streamed = await collect(splitStream(chunked(document, chunkSizes), { windowChars, maxWindowChars: 8 * windowChars }));
          expect(streamed.forcedCuts).toEqual([]);
          // Page dates differ by design: whole, the first one printed dates every article (even those
          // above it); streamed, it dates the articles of its window and after (see the test below).
          const undated = (articles: SplitArticle[]) => articles.map(({ date: _date, ...rest }) => rest);
          expect(undated(streamed.articles)).toEqual(undated(whole.articles));
          expect(streamed.setAside).toEqual(whole.setAside);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it("uses more than one window on a long document (the property above is not vacuous)", async () => {
    const document = generatedDocument(1, 8, "print");
    let windows = 0;
    for await (const part of splitStream(chunked(document, [997]), { windowChars: 8_000, maxWindowChars: 64_000 })) if (part.articles.length > 0) windows++;
    expect(windows).toBeGreaterThan(2);
  });

  it("loses no character when windows are too small for the articles (cuts forced and reported)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PAGES.keys()),
        fc.integer({ min: 50, max: 2000 }),
        fc.array(fc.integer({ min: 1, max: 3000 }), { maxLength: 4 }),
        async (pageIndex, windowChars, chunkSizes) => {
          const document = reprinted(PAGES[pageIndex]!, 2, "\n\n");
          const streamed = await collect(splitStream(chunked(document, chunkSizes), { windowChars, maxWindowChars: 2 * windowChars }));
          const kept = [...streamed.articles.flatMap((a) => [a.titleFromBody ? "" : a.title, a.dateline?.raw ?? "", a.text]), ...streamed.setAside.map((s) => s.text)].join("");
          expect([...kept.replace(WHITESPACE, "")].sort()).toEqual([...document.replace(WHITESPACE, "")].sort());
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it("cuts a single huge line at the window limit, never inside a surrogate pair, and says where", async () => {
    const line = `本报讯（记者 王五）${"𠀋群众满意。".repeat(50_000)}`;
    const streamed = await collect(splitStream(chunked(line, [4096]), { windowChars: 10_000, maxWindowChars: 40_000 }));
    expect(streamed.forcedCuts.length).toBeGreaterThanOrEqual(Math.floor(line.length / 40_000) - 1);
    const text = streamed.articles.map((a) => (a.dateline?.raw ?? "") + (a.titleFromBody ? "" : a.title) + a.text).join("");
    expect(text.replace(WHITESPACE, "")).toContain("𠀋群众满意。".repeat(10));
    expect([...text.replace(WHITESPACE, "")].filter((c) => c === "𠀋")).toHaveLength(50_000);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  it("applies the first page date printed to later windows, as splitting the whole file would", async () => {
    const page = `2024年5月8日 星期三\n\n${PAGES[1]!}`;
    const document = reprinted(page.replace("2024年5月8日", "2024年5月8日"), 1, "") + "\n\n" + PAGES[1]!.replace(/\d+/g, (d) => String(Number(d) + 1));
    const whole = splitArticles(document);
    const streamed = await collect(splitStream(chunked(document, [100]), { windowChars: 1500, maxWindowChars: 12_000 }));
    expect(streamed.articles.map((a) => a.date)).toEqual(whole.articles.map((a) => a.date));
    expect(whole.articles.at(-1)!.date).toBe("2024-05-08");
  });
});
