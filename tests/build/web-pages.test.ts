/**
 * Saved web pages go through the whole build like text files: a county
 * government page saved in GBK gives its article, county, programme and the
 * groups it serves, with nothing of the site's menus or footer in the graph.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFromPaths, type BuildResult } from "../../pipeline/build.js";
import type { ArticleAttributes } from "../../pipeline/schema/index.js";

const root = mkdtempSync(path.join(tmpdir(), "web-pages-build-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("building from saved web pages", () => {
  let result: BuildResult;
  const edges = (type: string) =>
    result.graph.filterEdges((_, attributes) => attributes.type === type).map((edge) => `${result.graph.source(edge)} -> ${result.graph.target(edge)}`);

  beforeAll(async () => {
    const page = readFileSync("tests/fixtures/pages/county-government.html", "utf8");
    writeFileSync(path.join(root, "t20250918_88.html"), iconv.encode(page, "gbk"));
    writeFileSync(path.join(root, "index.html"), readFileSync("tests/fixtures/pages/news-list.html"));
    result = await buildFromPaths([root], { builtAt: "2024-01-01T00:00:00.000Z" });
  }, 60_000);

  it("gives the page's article with its headline and date, and reports the list page", () => {
    const articles = result.graph.filterNodes((_, attributes) => attributes.kind === "Article");
    expect(articles).toHaveLength(1);
    expect(result.graph.getNodeAttributes(articles[0]!) as ArticleAttributes).toMatchObject({
      title: "沂南县“银龄助餐”惠及万余名老人",
      date: "2025-09-18",
      county: "沂南县",
    });
    expect(result.summary.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: "no-article", source: path.join(root, "index.html") })]));
  });

  it("reads the programme, whom it serves and who takes part, as from a text file", () => {
    expect(edges("RUNS")).toContain("County:沂南县 -> Programme:“银龄助餐”工程");
    expect(edges("SERVES")).toEqual(expect.arrayContaining(["Programme:“银龄助餐”工程 -> Group:特困老人", "Programme:“银龄助餐”工程 -> Group:失能老人"]));
  });

  it("puts nothing of the site's menus, buttons or footer into the graph", () => {
    const names = result.graph.mapNodes((_, attributes) => String(attributes.name ?? ""));
    for (const furniture of ["政务公开", "大数据中心", "沂南县人民政府办公室", "敬老月"]) {
      expect(names.some((name) => name.includes(furniture))).toBe(false);
    }
  });
});
