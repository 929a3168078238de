/** Debian's chromium, headless, driven by playwright-core (no downloaded browser). */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/debian-chromium.js";

// Software WebGL (SwiftShader): without a GPU, chromium only draws WebGL this way.
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, "--enable-unsafe-swiftshader"];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * @example
 * const browser = await launchChromium();
 * try { const page = await browser.context.newPage(); } finally { await browser.close(); }
 */
export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-bench-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: BENCH_CHROMIUM_ARGS,
    viewport,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
