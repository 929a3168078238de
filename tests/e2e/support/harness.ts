/**
 * Shared set-up for the explorer's end-to-end tests: the sample corpus built
 * and loaded into the test Neo4j (NEO4J_* from the environment), the API +
 * explorer served on a free loopback port, one chromium for all pages.
 *
 * POLICY_KG_E2E_GRAPH=path/to/graph.json runs the same tests on another graph.
 */
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildFromPaths } from "../../../pipeline/build.js";
import { createPolicyGraph, type PolicyGraph } from "../../../pipeline/graph/build-graph.js";
import { connect } from "../../../pipeline/neo4j/connection.js";
import { loadGraph } from "../../../pipeline/neo4j/loader.js";
import { resolveNeo4jSettings, type Neo4jSettings } from "../../../pipeline/neo4j/settings.js";
import { ensureExplorerBuilt } from "../../../web/server/build-explorer.js";
import { createServer } from "../../../web/server/create-server.js";
import { openNeo4jSource, type Neo4jSource } from "../../../web/server/neo4j-source.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../scripts/debian-chromium.js";

export const ARTIFACTS_DIR = path.resolve("test-artifacts/e2e");


export async function sampleGraph(): Promise<PolicyGraph> {
  const file = process.env.POLICY_KG_E2E_GRAPH;
  if (file) {
    const graph = createPolicyGraph();
    graph.import(JSON.parse(await readFile(file, "utf8")));
    return graph;
  }
  const { graph } = await buildFromPaths(["corpus"]);
  return graph;
}

/**
 * Empties the test database named by NEO4J_* and loads the sample graph into
 * it (the e2e project runs files one at a time).
 */
export async function loadSampleIntoNeo4j(): Promise<{ graph: PolicyGraph; settings: Neo4jSettings }> {
  const graph = await sampleGraph();
  const settings = resolveNeo4jSettings({}, { envFile: false });
  const driver = await connect(settings, { attempts: 10 });
  try {
    const session = driver.session(settings.database ? { database: settings.database } : {});
    try {
      await session.run("MATCH (n) DETACH DELETE n");
    } finally {
      await session.close();
    }
    await loadGraph(driver, graph.export(), { database: settings.database });
  } finally {
    await driver.close();
  }
  return { graph, settings };
}

export interface ExplorerHarness {
  graph: PolicyGraph;
  neo4j: Neo4jSource;
  app: FastifyInstance;
  baseUrl: string;
  browser: Browser;
  workDir: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startExplorerHarness(): Promise<ExplorerHarness> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const workDir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-e2e-"));
  const { graph, settings } = await loadSampleIntoNeo4j();
  await writeFile(path.join(workDir, "graph.json"), JSON.stringify(graph.export()));
  const neo4j = await openNeo4jSource({ settings, attempts: 3 });
  const staticDir = await ensureExplorerBuilt();
  const app = await createServer({ graphStore: neo4j.graphStore, cypher: neo4j.cypher, staticDir });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("e2e: server has no TCP address");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  return {
    graph,
    neo4j,
    app,
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    workDir,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
      page.on("pageerror", (error) => process.stderr.write(`page error: ${error.message}\n`));
      return page;
    },
    async close() {
      await browser.close();
      await app.close();
      await neo4j.close();
    },
  };
}

/** Opens a URL and waits until the explorer says it is ready (or failed). */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
  const ready = await page.evaluate(() => document.body.dataset.ready);
  if (ready !== "true") throw new Error(`explorer did not start: ${await page.textContent("body")}`);
}

/**
 * Share of pixels in a PNG that are not (near) white, decoded in the page
 * (the browser is the PNG decoder we have).
 */
export async function inkRatio(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d")!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink++;
    return ink / (bitmap.width * bitmap.height);
  }, png.toString("base64"));
}

/** Share of pixels that differ between two same-size PNGs. */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d")!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(first!), decode(second!)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let different = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (Math.abs(x.data[i]! - y.data[i]!) + Math.abs(x.data[i + 1]! - y.data[i + 1]!) + Math.abs(x.data[i + 2]! - y.data[i + 2]!) > 30) different++;
      }
      return different / (x.width * x.height);
    },
    [a.toString("base64"), b.toString("base64")],
  );
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
