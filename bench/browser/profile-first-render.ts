/**
 * Where the explorer's first render goes, on one generated graph:
 * `npx tsx bench/browser/profile-first-render.ts [nodes=10000] [--dist dir]`.
 * Prints the page's performance marks (`explorer:*`: fetched, laid out,
 * Sigma created, data graph) and the functions with most self time in a CPU
 * profile taken from navigation to the end of the first WebGL render, then
 * the same for the bare Sigma page (bench/bare-sigma) on the same graph.
 * A diagnostic, not a benchmark: nothing is written to bench/results.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { build } from "vite";
import { VITE_CONFIG_FILE } from "../../web/server/build-explorer.js";
import { createServer } from "../../web/server/create-server.js";
import { createFileGraphStore } from "../../web/server/graph-store.js";
import { generatePolicyGraph } from "../graph/generate-graph.js";
import { launchChromium, type LaunchedBrowser } from "./chromium.js";
import { FRAME_PROBE_SCRIPT } from "./frame-probe.js";
import { waitForFirstRender } from "./interactions.js";
import { serveStatic } from "./static-server.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP_FUNCTIONS = 25;

/** Self time per function (ms), largest first. */
function selfTimes(profile: CpuProfile): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || "(anonymous)"} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS);
}

const BARE_SIGMA_ROOT = fileURLToPath(new URL("../bare-sigma/", import.meta.url));

/** Loads a page under the CPU profiler and prints its marks and hottest functions. */
async function profilePage(browser: LaunchedBrowser, label: string, url: string): Promise<void> {
  const page: Page = await browser.context.newPage();
  try {
    await page.addInitScript(FRAME_PROBE_SCRIPT);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
    await page.goto(url);
    const first = await waitForFirstRender(page, 10 * 60_000);
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
    const marks = await page.evaluate(() => performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)] as const));
    process.stdout.write(`${label}: first draw ${Math.round(first.firstDrawMs)} ms, first render done ${Math.round(first.firstRenderMs)} ms\n`);
    for (const [name, at] of marks) process.stdout.write(`  ${String(at).padStart(7)} ms  ${name}\n`);
    process.stdout.write(`  top self time (ms):\n`);
    for (const [name, ms] of selfTimes(profile)) process.stdout.write(`  ${ms.toFixed(0).padStart(7)}  ${name}\n`);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const nodes = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
  const distFlag = args.indexOf("--dist");
  const work = await mkdtemp(path.join(os.tmpdir(), "policy-kg-profile-"));
  const dist = distFlag >= 0 ? args[distFlag + 1]! : path.join(work, "explorer");
  const bareDist = path.join(work, "bare");
  const browser = await launchChromium();
  try {
    if (distFlag < 0) await build({ configFile: VITE_CONFIG_FILE, logLevel: "warn", build: { outDir: dist, emptyOutDir: true, minify: false } });
    await build({ configFile: false, root: BARE_SIGMA_ROOT, base: "./", logLevel: "warn", build: { outDir: bareDist, emptyOutDir: true, minify: false } });
    const file = path.join(work, "graph.json");
    await writeFile(file, JSON.stringify(generatePolicyGraph({ nodes }).export()));
    const app = await createServer({ graphStore: createFileGraphStore(file), staticDir: dist, maxGraphNodes: nodes + 1 });
    const url = await app.listen({ host: "127.0.0.1", port: 0 });
    try {
      // Warm the server's graph and payload caches, so the profile is the browser's work.
      await app.inject({ method: "GET", url: "/api/graph" });
      await profilePage(browser, `explorer, ${nodes} nodes`, `${url}/`);
    } finally {
      await app.close();
    }
    const bare = await serveStatic({ "/": bareDist, "/graphs/": work });
    try {
      await profilePage(browser, `bare Sigma, ${nodes} nodes`, `${bare.url}/?graph=/graphs/graph.json`);
    } finally {
      await bare.close();
    }
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
