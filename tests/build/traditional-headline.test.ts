/**
 * A report printed in traditional characters (a Big5 file): its headline is
 * read in simplified form, like its body, and the graph keeps it as printed
 * with the simplified form as an alias, so a search in simplified finds it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFromPaths, type BuildResult } from "../../pipeline/build.js";
import type { ArticleAttributes } from "../../pipeline/schema/index.js";

const root = mkdtempSync(path.join(tmpdir(), "traditional-headline-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PAGE = ["本報訊（記者 陳志明）今年以來，當地全面落實河長制，各級河長巡河3000餘次。", "", "將樂縣推進河長制 守護綠水青山"].join("\n");

describe("a report printed in traditional characters", () => {
  let result: BuildResult;
  let articleKey: string;
  let article: ArticleAttributes;

  beforeAll(async () => {
    const file = path.join(root, "jiangle.txt");
    writeFileSync(file, iconv.encode(PAGE, "big5"));
    result = await buildFromPaths([file], { builtAt: "2024-01-01T00:00:00.000Z" });
    articleKey = result.graph.findNode((_, attributes) => attributes.kind === "Article")!;
    article = result.graph.getNodeAttributes(articleKey) as ArticleAttributes;
  }, 60_000);

  it("keeps the headline as printed and its simplified form as an alias", () => {
    expect(article.title).toBe("將樂縣推進河長制 守護綠水青山");
    expect(article.aliases).toEqual(["将乐县推进河长制 守护绿水青山"]);
  });

  it("reads the county the headline opens with and the theme it names in simplified form", () => {
    expect(article.county).toBe("将乐县");
    const themes = result.graph.outNeighbors(articleKey).filter((key) => key.startsWith("Theme:"));
    expect(themes).toEqual(["Theme:生态环保"]);
  });
});
