/**
 * The explorer in a real chromium against the API backed by a real Neo4j
 * holding the sample corpus. One browser for the whole file; screenshots go
 * to test-artifacts/e2e/.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { FastifyInstance } from "fastify";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphPayload } from "../../web/shared/api-types.js";
import { createServer } from "../../web/server/create-server.js";
import { createMemoryGraphStore } from "../../web/server/graph-store.js";
import { writeStaticSite } from "../../web/server/static-site.js";
import { ensureExplorerBuilt, WEB_DIST_DIR } from "../../web/server/build-explorer.js";
import { NODE_DETAILS_LIMITS, relationPage } from "../../web/shared/node-details.js";
import { decodeViewState } from "../../web/shared/view-state.js";
import { COUNTY_CHIPS_FIRST } from "../../web/src/ui/node-panel.js";
import { createHubGraph, HUB, HUB_SIZE } from "../web/hub-graph.js";
import { ARTIFACTS_DIR, inkRatio, openExplorer, pixelDifference, pngSize, startExplorerHarness, type ExplorerHarness } from "./support/harness.js";

/** A library query (cypher/queries) that returns rows on the sample corpus: 离退休干部 is served in two counties. */
const LIBRARY_QUERY = "cross-county-groups";

/** The first evidence sentences of every relation of a node (its panel previews those; the rest come with /api/edge), sorted. */
function evidenceOf(key: string): string[] {
  const preview = (edge: string) => harness.graph.getEdgeAttribute(edge, "evidence").slice(0, NODE_DETAILS_LIMITS.evidencePreview);
  return harness.graph.edges(key).flatMap((edge) => preview(edge).map((e) => e.sentence)).sort();
}

/** The evidence sentences the open node panel shows, sorted. */
async function panelEvidence(page: Page): Promise<string[]> {
  return (await page.locator(".node-panel q.evidence").allTextContents()).sort();
}

/** Searches a name and opens the first suggestion's panel. */
async function openPanel(page: Page, name: string): Promise<void> {
  await page.fill("#search-input", name);
  await page.waitForSelector("#search-suggestions li");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#panel-title");
}

/**
 * Expands a relation in the open panel: it shows its first sentence, then
 * after a click all `sentences`, then the first again.
 */
async function expandRelation(page: Page, edge: string, sentences: string[]): Promise<void> {
  const relation = page.locator(`.node-panel .relation[data-edge="${edge}"]`);
  expect(await relation.locator("q.evidence").allTextContents()).toEqual(sentences.slice(0, NODE_DETAILS_LIMITS.evidencePreview));
  expect(await relation.getAttribute("data-evidence-count")).toBe(String(sentences.length));
  await relation.locator(".evidence-toggle").click();
  await expect.poll(() => relation.locator("q.evidence").count()).toBe(sentences.length);
  expect(await relation.locator("q.evidence").allTextContents()).toEqual(sentences);
  await relation.locator(".evidence-toggle").click();
  await expect.poll(() => relation.locator("q.evidence").count()).toBe(NODE_DETAILS_LIMITS.evidencePreview);
}

let harness: ExplorerHarness;

beforeAll(async () => {
  harness = await startExplorerHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe("explorer in chromium", () => {
  it("draws the whole graph on first paint and says how many nodes it has", async () => {
    const page = await harness.newPage();
    await openExplorer(page, harness.baseUrl);
    await page.waitForTimeout(500);
    const count = await page.getAttribute("#node-count", "data-nodes");
    expect(Number(count)).toBe(harness.graph.order);
    // Drawn at the positions /api/graph shipped, not laid out in the browser.
    expect(await page.getAttribute("body", "data-layout")).toBe("shipped");
    expect(await page.textContent("#neo4j-status")).toContain("Neo4j connected");
    const canvas = await page.locator("#sigma").screenshot({ path: path.join(ARTIFACTS_DIR, "first-paint.png") });
    // Nodes, edges and labels cover a visible share of the canvas, not a blank stage.
    expect(await inkRatio(page, canvas)).toBeGreaterThan(0.01);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "first-paint-page.png") });

    // ForceAtlas2 in a web worker starts and stops on demand.
    await page.click("#layout-toggle");
    expect(await page.textContent("#layout-toggle")).toContain("Stop");
    await page.waitForTimeout(500);
    await page.click("#layout-toggle");
    expect(await page.textContent("#layout-toggle")).toContain("Layout");
    await page.close();
  });

  it("draws the same picture on every load, before the rest of the page is built", async () => {
    const pictures = [];
    for (let load = 0; load < 2; load++) {
      const page = await harness.newPage();
      await openExplorer(page, harness.baseUrl);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(300);
      pictures.push(await page.locator("#sigma").screenshot());
      // The first frame is drawn before the data graph (and the search and panels built from it).
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])));
      expect(marks["explorer:sigma"]).toBeLessThan(marks["explorer:data-graph"]!);
      if (load === 1) expect(await pixelDifference(page, pictures[0]!, pictures[1]!)).toBeLessThan(0.001);
      await page.close();
    }
  });

  it("finds 离退休干部 and shows both counties its programmes reach", async () => {
    const page = await harness.newPage();
    await openExplorer(page, harness.baseUrl);
    await page.keyboard.press("/");
    await page.keyboard.type("离退休干部");
    await page.waitForSelector("#search-suggestions li");
    const first = page.locator("#search-suggestions li").first();
    expect(await first.getAttribute("data-key")).toBe("Group:离退休干部");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel-title");
    expect(await page.textContent("#panel-title")).toBe("离退休干部");
    const counties = await page.locator("#panel-counties .county-chip").allTextContents();
    expect(counties).toEqual(expect.arrayContaining(["金乡县", "微山县"]));
    expect(await page.locator(".node-panel mark").count()).toBeGreaterThan(0);
    await page.waitForFunction(() => location.hash.includes("sel="));
    expect(decodeViewState(new URL(page.url()).hash).selected).toBe("Group:离退休干部");
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "search-group.png") });
    await page.close();
  });

  it("fetches a node's evidence when its panel opens: the graph payload carries only counts", async () => {
    const page = await harness.newPage();
    const asked: string[] = [];
    page.on("request", (request) => asked.push(decodeURIComponent(new URL(request.url()).pathname)));
    const graphResponse = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/graph");
    await openExplorer(page, harness.baseUrl);
    const payload = (await (await graphResponse).json()) as GraphPayload;
    expect(payload.evidence).toBe("on-demand");
    expect(payload.graph.edges.some((edge) => edge.attributes!.evidence !== undefined)).toBe(false);
    expect(payload.graph.edges.every((edge) => edge.attributes!.evidenceCount === harness.graph.getEdgeAttribute(edge.key!, "evidence").length)).toBe(true);
    expect(asked.filter((p) => p.startsWith("/api/node/"))).toEqual([]);

    await page.fill("#search-input", "离退休干部");
    await page.waitForSelector("#search-suggestions li");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".node-panel q.evidence");
    expect(asked).toContain("/api/node/Group:离退休干部");
    expect(await panelEvidence(page)).toEqual(evidenceOf("Group:离退休干部"));
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "evidence-fetched.png") });
    await page.close();
  });

  it("shows a relation's first sentence and fetches all of them from /api/edge when it is expanded", async () => {
    const edge = "IN|City:济宁市|Province:山东省";
    const sentences = harness.graph.getEdgeAttribute(edge, "evidence").map((e) => e.sentence);
    expect(sentences.length).toBeGreaterThan(NODE_DETAILS_LIMITS.evidencePreview);
    const page = await harness.newPage();
    const asked: string[] = [];
    page.on("request", (request) => asked.push(decodeURIComponent(new URL(request.url()).pathname)));
    await openExplorer(page, harness.baseUrl);
    await openPanel(page, "济宁市");
    expect(await page.textContent("#panel-title")).toBe("济宁市");
    expect(asked.filter((p) => p.startsWith("/api/edge/"))).toEqual([]);
    await expandRelation(page, edge, sentences);
    // Fetched once: collapsing and expanding again asks nothing more.
    expect(asked.filter((p) => p.startsWith("/api/edge/"))).toEqual([`/api/edge/${edge}`]);
    await page.close();
  });

  it("runs a library query, shows its rows, and shares it with its parameters", async () => {
    const page = await harness.newPage();
    await openExplorer(page, harness.baseUrl);
    await page.click("#cypher-toggle");
    await page.waitForSelector("#query-library");
    const options = await page.locator("#query-library option").evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
    expect(options).toContain(LIBRARY_QUERY);
    await page.selectOption("#query-library", LIBRARY_QUERY);
    await page.click("#run-query");
    await page.waitForSelector("#result-count, #cypher-error", { timeout: 30_000 });
    expect(await page.locator("#cypher-error").count()).toBe(0);
    expect(Number(await page.getAttribute("#result-count", "data-rows"))).toBeGreaterThan(0);
    expect(await page.locator("#cypher-results tbody tr").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "library-query.png") });

    // A share link carries the query and its parameters, and runs it again on open.
    await page.click("#share-button");
    const shared = await page.inputValue("#share-url");
    const sharedView = decodeViewState(new URL(shared).hash);
    expect(sharedView.query).toContain("MATCH");
    const copy = await harness.newPage();
    await openExplorer(copy, shared);
    await copy.waitForSelector("#result-count", { timeout: 30_000 });
    expect(await copy.getAttribute("#result-count", "data-rows")).toBe(await page.getAttribute("#result-count", "data-rows"));
    // CodeMirror draws only the lines in view: the first is there at once, the last once the cursor is moved to the end.
    const lines = sharedView.query!.split("\n").map((line) => line.trim());
    expect(await copy.textContent("#cypher-editor")).toContain(lines[0]);
    await copy.click("#cypher-editor .cm-content");
    await copy.keyboard.press("Control+End");
    await copy.waitForFunction((last) => document.querySelector("#cypher-editor")?.textContent?.includes(last), lines.at(-1)!, { timeout: 10_000 });
    for (const [name, value] of Object.entries(sharedView.params)) {
      expect(await copy.inputValue(`[data-param="${name}"]`)).toBe(value);
    }
    await copy.close();

    // Ctrl-Enter runs what is in the editor; a write is refused with the reason.
    await page.click("#cypher-editor .cm-content");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (n) DETACH DELETE n");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("#cypher-error");
    expect(await page.textContent("#cypher-error")).toContain("DETACH DELETE");
    await page.close();
  });

  it("restores the same view from a share link", async () => {
    const page = await harness.newPage();
    await openExplorer(page, harness.baseUrl);
    await page.uncheck('[data-kind="Article"]');
    await page.fill("#search-input", "金乡县");
    await page.waitForSelector("#search-suggestions li");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel-title");
    await page.mouse.move(640, 380);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(1000);
    await page.click("#share-button");
    const shared = await page.inputValue("#share-url");
    const sharedView = decodeViewState(new URL(shared).hash);
    expect(sharedView.hiddenKinds).toEqual(["Article"]);
    expect(sharedView.selected).toBe("County:金乡县");
    expect(sharedView.camera).not.toBeNull();
    await page.mouse.move(5, 5);
    await page.click("#share-button");
    await page.waitForTimeout(300);
    const before = await page.locator("#sigma").screenshot();

    const copy = await harness.newPage();
    await openExplorer(copy, shared);
    await copy.mouse.move(5, 5);
    await copy.waitForTimeout(800);
    expect(await copy.textContent("#panel-title")).toBe("金乡县");
    expect(await copy.isChecked('[data-kind="Article"]')).toBe(false);
    const restored = decodeViewState(new URL(copy.url()).hash);
    expect(restored.camera!.ratio).toBeCloseTo(sharedView.camera!.ratio, 6);
    expect(restored.camera!.x).toBeCloseTo(sharedView.camera!.x, 6);
    const after = await copy.locator("#sigma").screenshot({ path: path.join(ARTIFACTS_DIR, "share-restored.png") });
    expect(await pixelDifference(copy, before, after)).toBeLessThan(0.01);
    await page.close();
    await copy.close();
  });

  it("exports the view as a PNG of the chosen size and as SVG", async () => {
    const page = await harness.newPage();
    await openExplorer(page, harness.baseUrl);
    await page.click("#export-button");
    await page.selectOption("#export-size", { label: "1280 × 720" });
    const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const pngFile = path.join(ARTIFACTS_DIR, "export.png");
    await pngDownload.saveAs(pngFile);
    const png = await readFile(pngFile);
    expect(pngSize(png)).toEqual({ width: 1280, height: 720 });
    expect(await inkRatio(page, png)).toBeGreaterThan(0.005);

    const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.click("#export-svg")]);
    const svgFile = path.join(ARTIFACTS_DIR, "export.svg");
    await svgDownload.saveAs(svgFile);
    const svg = await readFile(svgFile, "utf8");
    expect(svg).toMatch(/^<svg [^>]*width="1280" height="720"/);
    expect((svg.match(/<circle /g) ?? []).length).toBe(harness.graph.order);
    await page.close();
  });

  it("embeds with minimal chrome", async () => {
    const page = await harness.newPage();
    await openExplorer(page, `${harness.baseUrl}?embed=1`);
    expect(await page.isVisible(".toolbar")).toBe(false);
    expect(await page.isVisible(".sidebar")).toBe(false);
    const canvas = await page.locator("#sigma").screenshot({ path: path.join(ARTIFACTS_DIR, "embed.png") });
    expect(await inkRatio(page, canvas)).toBeGreaterThan(0.01);
    await page.close();
  });

  it("exports a static site that works from file:// without a server", async () => {
    const out = path.join(harness.workDir, "site");
    const index = await writeStaticSite({ graph: harness.graph, distDir: WEB_DIST_DIR, outDir: out });
    const page = await harness.newPage();
    const asked: string[] = [];
    page.on("request", (request) => asked.push(request.url()));
    await openExplorer(page, pathToFileURL(index).href);
    expect(Number(await page.getAttribute("#node-count", "data-nodes"))).toBe(harness.graph.order);
    // The export baked the server's positions: the same picture as the served explorer.
    expect(await page.getAttribute("body", "data-layout")).toBe("shipped");
    const served = await harness.newPage();
    await openExplorer(served, harness.baseUrl);
    await served.mouse.move(5, 5);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    const servedPicture = await served.locator("#sigma").screenshot();
    const staticPicture = await page.locator("#sigma").screenshot({ path: path.join(ARTIFACTS_DIR, "static-site-canvas.png") });
    expect(await pixelDifference(page, servedPicture, staticPicture)).toBeLessThan(0.01);
    await served.close();
    await page.fill("#search-input", "离退休干部");
    await page.waitForSelector("#search-suggestions li");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel-counties");
    expect(await page.locator("#panel-counties .county-chip").allTextContents()).toEqual(expect.arrayContaining(["金乡县", "微山县"]));
    // The evidence travels inline in the export: shown in full, without asking any server.
    expect(await panelEvidence(page)).toEqual(evidenceOf("Group:离退休干部"));
    expect(asked.filter((url) => /^https?:/.test(url))).toEqual([]);
    await page.click("#cypher-toggle");
    expect(await page.textContent("#cypher-help")).toContain("npm start");
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "static-site.png") });
    await writeFile(path.join(ARTIFACTS_DIR, "static-site-url.txt"), pathToFileURL(index).href);
    await page.close();
  });
});

describe("node panel of a hub in chromium: capped lists with totals, more on request", () => {
  const hub = createHubGraph();
  const servesIn = relationPage(hub, HUB.group, { type: "SERVES", direction: "in", offset: 0, limit: NODE_DETAILS_LIMITS.maxPage })!.items.map((r) => r.key);
  const articleTotal = hub.getNodeAttribute(HUB.group, "articles").length;
  const wellAttested = hub.getEdgeAttribute(HUB.wellAttested, "evidence").map((e) => e.sentence);
  let app: FastifyInstance;
  let baseUrl: string;

  beforeAll(async () => {
    app = await createServer({ graphStore: createMemoryGraphStore(hub), staticDir: await ensureExplorerBuilt() });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    if (!address || typeof address === "string") throw new Error("e2e: hub server has no TCP address");
    baseUrl = `http://127.0.0.1:${address.port}/`;
  });
  afterAll(async () => {
    await app?.close();
  });

  /** 离退休干部's panel: first pages with totals, "show more" to the end, the panel's order the API's, a relation expanded. */
  async function pageThroughGroupPanel(page: Page): Promise<void> {
    await openPanel(page, "离退休干部");
    const first = NODE_DETAILS_LIMITS.firstPage;
    const serves = page.locator('.relation-group[data-type="SERVES"][data-direction="in"]');
    expect(await serves.locator(".paged-list").getAttribute("data-total")).toBe(String(HUB_SIZE.programmes + 2));
    expect(await serves.locator(".relation").count()).toBe(first);
    expect(await serves.locator(".list-count").textContent()).toBe(`${first} of ${HUB_SIZE.programmes + 2} relations`);
    await serves.locator(".show-more").click();
    await expect.poll(() => serves.locator(".relation").count()).toBe(servesIn.length);
    expect(await serves.locator(".relation").evaluateAll((items) => items.map((item) => item.getAttribute("data-edge")))).toEqual(servesIn);
    expect(await serves.locator(".list-more").isVisible()).toBe(false);

    const articles = page.locator("#panel-articles");
    expect(await articles.locator("h3").textContent()).toBe(`Articles (${articleTotal})`);
    expect(await articles.locator(".articles li").count()).toBe(first);
    await articles.locator(".show-more").click();
    await expect.poll(() => articles.locator(".articles li").count()).toBe(articleTotal);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "hub-panel.png") });

    await expandRelation(page, HUB.wellAttested, wellAttested);
  }

  it("served: the panel pages through the API and fetches a relation's evidence when expanded", async () => {
    const page = await harness.newPage();
    const asked: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      asked.push(decodeURIComponent(url.pathname) + url.search);
    });
    await openExplorer(page, baseUrl);
    await pageThroughGroupPanel(page);
    const node = `/api/node/${HUB.group}`;
    expect(asked.filter((url) => url.startsWith(node))).toEqual([
      node,
      `${node}/relations?offset=${NODE_DETAILS_LIMITS.firstPage}&limit=50&type=SERVES&direction=in`,
      `${node}/articles?offset=${NODE_DETAILS_LIMITS.firstPage}&limit=50`,
    ]);
    expect(asked.filter((url) => url.startsWith("/api/edge/"))).toEqual([`/api/edge/${HUB.wellAttested}`]);
    await page.close();
  });

  it("a city's panel draws its first counties and the rest on request, from the details it already has", async () => {
    const page = await harness.newPage();
    const asked: string[] = [];
    page.on("request", (request) => asked.push(decodeURIComponent(new URL(request.url()).pathname)));
    await openExplorer(page, baseUrl);
    await openPanel(page, "济宁市");
    expect(await page.textContent("#panel-title")).toBe("济宁市");
    const counties = page.locator("#panel-counties");
    const total = HUB_SIZE.counties! + 3;
    expect(await counties.locator("h3").textContent()).toBe(`Counties (${total})`);
    expect(await counties.locator(".county-chip").count()).toBe(COUNTY_CHIPS_FIRST);
    expect(await counties.locator(".list-count").textContent()).toBe(`${COUNTY_CHIPS_FIRST} of ${total} counties`);
    // The attributes and relations follow the first chips instead of hundreds of them.
    expect(await page.locator(".node-panel section").nth(1).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "city-panel.png") });
    await counties.locator(".show-more").click();
    await expect.poll(() => counties.locator(".county-chip").count()).toBe(total);
    expect(await counties.locator(".county-chip").allTextContents()).toEqual(expect.arrayContaining(["金乡县", "示范01县", `示范${HUB_SIZE.counties}县`]));
    expect(await counties.locator(".list-more").isVisible()).toBe(false);
    expect(asked.filter((url) => url.startsWith("/api/node/"))).toEqual([`/api/node/${HUB.city}`]);
    await page.close();
  });

  it("static export: the same panel pages and expands from the embedded graph, asking no server", async () => {
    const index = await writeStaticSite({ graph: hub, distDir: WEB_DIST_DIR, outDir: path.join(harness.workDir, "hub-site") });
    const page = await harness.newPage();
    const asked: string[] = [];
    page.on("request", (request) => asked.push(request.url()));
    await openExplorer(page, pathToFileURL(index).href);
    await pageThroughGroupPanel(page);
    expect(asked.filter((url) => /^https?:/.test(url))).toEqual([]);
    await page.close();
  });
});
