/**
 * The explorer at scale in headless Debian chromium: time to first render
 * and frames while panning, zooming and running ForceAtlas2, on generated
 * graphs of 1k/10k/50k nodes (≈4 edges per node), against the baseline of a
 * bare Sigma v3 page (bench/bare-sigma) drawing the same graph in the same
 * browser. Without a GPU chromium draws WebGL in software (SwiftShader), so
 * absolute figures are far below a desktop's; the ratios are the result.
 * The API's first read of graph.json (parse + index) and its first
 * /api/graph answer (payload + server-side layout, computed once per graph
 * and cached) are timed apart, so the first-render figure is what every view
 * after the server's first one costs: fetch, build, first draw. First render
 * is the median of FIRST_RENDER_LOADS page loads.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { build } from "vite";
import { createServer } from "../../web/server/create-server.js";
import { createFileGraphStore } from "../../web/server/graph-store.js";
import { VITE_CONFIG_FILE } from "../../web/server/build-explorer.js";
import type { GraphPayload } from "../../web/shared/api-types.js";
import { launchChromium, type LaunchedBrowser } from "../browser/chromium.js";
import { FRAME_PROBE_SCRIPT, type FirstRender, type FrameStats } from "../browser/frame-probe.js";
import { measureGesture, measureIdle, waitForFirstRender } from "../browser/interactions.js";
import { serveStatic } from "../browser/static-server.js";
import { generatePolicyGraph } from "../graph/generate-graph.js";
import type { Benchmark, BenchContext } from "../lib/bench.js";
import { round } from "../lib/stats.js";
import { formatTable } from "../lib/table.js";

const BARE_SIGMA_ROOT = fileURLToPath(new URL("../bare-sigma/", import.meta.url));
const FIRST_RENDER_TIMEOUT_MS = 10 * 60_000;
/** Page loads per page and size whose median is the first-render figure (the machine is shared, single loads vary). */
const FIRST_RENDER_LOADS = 3;

interface PageMeasurement {
  firstRender: FirstRender;
  /** Every load's first render, in ms (firstRender is their median). */
  firstRenderLoadsMs: number[];
  pan: FrameStats;
  zoom: FrameStats;
  layout: FrameStats;
}

/** `BENCH_EXPLORER_NODES=1000,10000` runs only those sizes (50k takes most of the time in software WebGL). */
function sizes(quick: boolean): number[] {
  const chosen = process.env.BENCH_EXPLORER_NODES?.split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (chosen && chosen.length > 0) return chosen;
  return quick ? [1_000] : [1_000, 10_000, 50_000];
}

async function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement("canvas").getContext("webgl2") ?? document.createElement("canvas").getContext("webgl");
    if (!gl) return "no WebGL";
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  });
}

async function loadAndWaitForFirstRender(browser: LaunchedBrowser, url: string): Promise<{ page: Page; firstRender: FirstRender }> {
  const page = await browser.context.newPage();
  await page.addInitScript(FRAME_PROBE_SCRIPT);
  await page.goto(url, { timeout: FIRST_RENDER_TIMEOUT_MS });
  return { page, firstRender: await waitForFirstRender(page, FIRST_RENDER_TIMEOUT_MS) };
}

async function measurePage(browser: LaunchedBrowser, url: string, startLayout: (page: Page) => Promise<void>, stopLayout: (page: Page) => Promise<void>, gestureMs: number, loads: number): Promise<PageMeasurement & { renderer: string }> {
  const renders: FirstRender[] = [];
  for (let i = 1; i < loads; i++) {
    const { page, firstRender } = await loadAndWaitForFirstRender(browser, url);
    renders.push(firstRender);
    await page.close();
  }
  const { page, firstRender: lastRender } = await loadAndWaitForFirstRender(browser, url);
  try {
    renders.push(lastRender);
    const sorted = [...renders].sort((a, b) => a.firstRenderMs - b.firstRenderMs);
    const firstRender = sorted[Math.floor((sorted.length - 1) / 2)]!;
    const pan = await measureGesture(page, "pan", gestureMs);
    const zoom = await measureGesture(page, "zoom", gestureMs);
    await startLayout(page);
    const layout = await measureIdle(page, gestureMs);
    // A page busy with software rendering may not answer in time; closing it stops the layout anyway.
    await withDeadline(stopLayout(page), STOP_LAYOUT_TIMEOUT_MS);
    return { firstRender, firstRenderLoadsMs: renders.map((r) => round(r.firstRenderMs, 0)), pan, zoom, layout, renderer: await webglRenderer(page) };
  } finally {
    await page.close();
  }
}

const STOP_LAYOUT_TIMEOUT_MS = 120_000;

/** Clicks through the DOM (no actionability checks, which time out while the page renders in software). */
async function clickInPage(page: Page, selector: string): Promise<void> {
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.click(), selector);
}

async function withDeadline(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

function frameRow(stats: FrameStats) {
  return { fps: round(stats.fps, 1), rendersPerSecond: round(stats.rendersPerSecond, 2), p95FrameMs: round(stats.p95FrameMs, 0), maxFrameMs: round(stats.maxFrameMs, 0) };
}

function ratio(a: number, b: number): number | null {
  return b > 0 ? round(a / b, 2) : null;
}

async function run({ quick, log }: BenchContext) {
  const gestureMs = quick ? 2_000 : 5_000;
  const loads = quick ? 1 : FIRST_RENDER_LOADS;
  const loadAverageAtStart = os.loadavg().map((l) => round(l, 2));
  const work = await mkdtemp(path.join(os.tmpdir(), "policy-kg-bench-explorer-"));
  const explorerDist = path.join(work, "explorer");
  const bareDist = path.join(work, "bare");
  const graphsDir = path.join(work, "graphs");
  let browser: LaunchedBrowser | undefined;
  try {
    log("building the explorer and the bare Sigma page with Vite");
    await build({ configFile: VITE_CONFIG_FILE, logLevel: "warn", build: { outDir: explorerDist, emptyOutDir: true } });
    await build({ configFile: false, root: BARE_SIGMA_ROOT, base: "./", logLevel: "warn", build: { outDir: bareDist, emptyOutDir: true } });
    await (await import("node:fs/promises")).mkdir(graphsDir);
    browser = await launchChromium();
    const rows = [];
    let renderer = "";
    for (const nodes of sizes(quick)) {
      const graph = generatePolicyGraph({ nodes });
      const file = path.join(graphsDir, `graph-${nodes}.json`);
      await writeFile(file, JSON.stringify(graph.export()));

      log(`${nodes} nodes / ${graph.size} edges: bare Sigma page`);
      const bareServer = await serveStatic({ "/": bareDist, "/graphs/": graphsDir });
      let bare: PageMeasurement & { renderer: string };
      try {
        bare = await measurePage(
          browser,
          `${bareServer.url}/?graph=/graphs/graph-${nodes}.json`,
          (page) => page.evaluate(() => (window as unknown as { bareSigma: { startLayout(): void } }).bareSigma.startLayout()),
          (page) => page.evaluate(() => (window as unknown as { bareSigma: { stopLayout(): void } }).bareSigma.stopLayout()),
          gestureMs,
          loads,
        );
      } finally {
        await bareServer.close();
      }
      renderer = bare.renderer;

      log(`${nodes} nodes: explorer (API on graph.json, every node shipped)`);
      const app = await createServer({ graphStore: createFileGraphStore(file), staticDir: explorerDist, maxGraphNodes: nodes + 1 });
      const url = await app.listen({ host: "127.0.0.1", port: 0 });
      // The API reads and indexes graph.json on its first request; done here so the page's timing is the browser's.
      const indexStarted = performance.now();
      await app.inject({ method: "GET", url: "/api/status" });
      const apiFirstLoadMs = performance.now() - indexStarted;
      // Its first /api/graph lays the graph out; later answers (every page load measured) come from its cache.
      const payloadStarted = performance.now();
      const firstPayload = await app.inject({ method: "GET", url: "/api/graph" });
      const apiFirstGraphMs = performance.now() - payloadStarted;
      const layoutIterations = (JSON.parse(firstPayload.body) as GraphPayload).layout.iterations;
      let explorer: PageMeasurement;
      try {
        explorer = await measurePage(
          browser,
          `${url}/`,
          (page) => clickInPage(page, "#layout-toggle"),
          (page) => clickInPage(page, "#layout-toggle"),
          gestureMs,
          loads,
        );
      } finally {
        await app.close();
      }
      rows.push({
        nodes,
        edges: graph.size,
        apiFirstLoadMs: round(apiFirstLoadMs, 0),
        apiFirstGraphPayloadMs: round(apiFirstGraphMs, 0),
        serverLayoutIterations: layoutIterations,
        explorer: { firstRenderMs: round(explorer.firstRender.firstRenderMs, 0), firstRenderLoadsMs: explorer.firstRenderLoadsMs, largestBatch: explorer.firstRender.largestBatch, pan: frameRow(explorer.pan), zoom: frameRow(explorer.zoom), layout: frameRow(explorer.layout) },
        bareSigma: { firstRenderMs: round(bare.firstRender.firstRenderMs, 0), firstRenderLoadsMs: bare.firstRenderLoadsMs, largestBatch: bare.firstRender.largestBatch, pan: frameRow(bare.pan), zoom: frameRow(bare.zoom), layout: frameRow(bare.layout) },
        ratios: {
          firstRenderExplorerOverBare: ratio(explorer.firstRender.firstRenderMs, bare.firstRender.firstRenderMs),
          panRendersExplorerOverBare: ratio(explorer.pan.rendersPerSecond, bare.pan.rendersPerSecond),
          zoomRendersExplorerOverBare: ratio(explorer.zoom.rendersPerSecond, bare.zoom.rendersPerSecond),
          layoutFpsExplorerOverBare: ratio(explorer.layout.fps, bare.layout.fps),
        },
      });
      log(`  API first load (parse + index graph.json) ${round(apiFirstLoadMs, 0)} ms, first /api/graph (payload + ${layoutIterations}-iteration layout) ${round(apiFirstGraphMs, 0)} ms`);
      log(`  first render (median of ${loads}): explorer ${round(explorer.firstRender.firstRenderMs, 0)} ms [${explorer.firstRenderLoadsMs.join(", ")}], bare ${round(bare.firstRender.firstRenderMs, 0)} ms [${bare.firstRenderLoadsMs.join(", ")}]`);
    }
    const results = {
      browser: "Debian chromium, headless, --disable-gpu",
      webglRenderer: renderer,
      note: "WebGL is rendered in software (SwiftShader) without a GPU: absolute frame rates are far below a desktop's; compare the explorer with the bare Sigma page.",
      gestureSeconds: gestureMs / 1000,
      firstRenderLoads: loads,
      // 1/5/15-minute load averages: the machine is shared, so say how busy it was.
      loadAverage: { atStart: loadAverageAtStart, atEnd: os.loadavg().map((l) => round(l, 2)) },
      sizes: rows,
    };
    const fr = (s: { fps: number; rendersPerSecond: number }) => `${s.rendersPerSecond}/${s.fps}`;
    const table = [
      `WebGL renderer: ${renderer} (software)`,
      formatTable(
        ["nodes", "edges", "page", "API index / layout ms", "first render ms", "pan renders/s / fps", "zoom renders/s / fps", "FA2 renders/s / fps"],
        rows.flatMap((r) => [
          [r.nodes, r.edges, "explorer", `${r.apiFirstLoadMs} / ${r.apiFirstGraphPayloadMs}`, r.explorer.firstRenderMs, fr(r.explorer.pan), fr(r.explorer.zoom), fr(r.explorer.layout)],
          ["", "", "bare Sigma", "-", r.bareSigma.firstRenderMs, fr(r.bareSigma.pan), fr(r.bareSigma.zoom), fr(r.bareSigma.layout)],
          ["", "", "explorer/bare", "", r.ratios.firstRenderExplorerOverBare, r.ratios.panRendersExplorerOverBare, r.ratios.zoomRendersExplorerOverBare, r.ratios.layoutFpsExplorerOverBare],
        ]),
      ),
    ].join("\n");
    return { table, results };
  } finally {
    await browser?.close();
    await rm(work, { recursive: true, force: true });
  }
}

export const explorerScale: Benchmark = {
  name: "explorer-scale",
  description: "explorer vs bare Sigma page in headless chromium: first render, pan/zoom/FA2 frames at 1k/10k/50k nodes",
  run,
};
