/**
 * The explorer may talk to Neo4j straight from a browser: the JavaScript
 * driver then uses WebSocket on the Bolt port. Checked with the driver's
 * browser bundle in Debian's chromium against the test server.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadGraph } from "../../pipeline/neo4j/loader.js";
import { fixtureGraph } from "../fixtures/graphs/fixture-graph.js";
import { openTestDriver, testSettings, wipeDatabase } from "./support/neo4j.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/debian-chromium.js";


let driver: Driver;
beforeAll(async () => {
  driver = await openTestDriver();
  await wipeDatabase(driver);
  await loadGraph(driver, fixtureGraph("base").export(), { database: testSettings().database });
});
afterAll(async () => {
  await driver?.close();
});

it("serves the browser driver over WebSocket on the Bolt port", async () => {
  const profile = await mkdtemp(path.join(os.tmpdir(), "policy-kg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  try {
    const page = await context.newPage();
    await page.setContent("<!doctype html><title>bolt over websocket</title>");
    await page.addScriptTag({ path: path.resolve("node_modules/neo4j-driver/lib/browser/neo4j-web.min.js") });
    const { uri, username, password } = testSettings();
    const outcome = await page.evaluate(
      async ({ uri, username, password }) => {
        const neo4j = (window as unknown as { neo4j: typeof import("neo4j-driver").default }).neo4j;
        const browserDriver = neo4j.driver(uri, neo4j.auth.basic(username, password));
        try {
          const result = await browserDriver.executeQuery("MATCH (c:County) RETURN c.name AS name ORDER BY name");
          return { names: result.records.map((r) => r.get("name") as string) };
        } catch (error) {
          return { error: String((error as Error).message) };
        } finally {
          await browserDriver.close();
        }
      },
      { uri, username, password },
    );
    expect(outcome).toEqual({ names: ["微山县", "金乡县", "鱼台县"] });
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
