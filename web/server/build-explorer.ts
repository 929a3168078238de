/** Builds the explorer (web/dist) with Vite's JS API when it is missing, so `npm start` works from a fresh clone. */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** web/dist and web/vite.config.ts, resolved from this file so the working directory does not matter. */
export const WEB_DIST_DIR = fileURLToPath(new URL("../dist", import.meta.url));
export const VITE_CONFIG_FILE = fileURLToPath(new URL("../vite.config.ts", import.meta.url));

export function isExplorerBuilt(distDir: string = WEB_DIST_DIR): boolean {
  return existsSync(path.join(distDir, "index.html"));
}

/**
 * Runs `vite build` in-process unless web/dist already has the explorer.
 *
 * @example await ensureExplorerBuilt(); // then serve WEB_DIST_DIR
 */
export async function ensureExplorerBuilt(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<string> {
  if (!options.force && isExplorerBuilt()) return WEB_DIST_DIR;
  options.log?.("Building the explorer (web/dist)…");
  const { build } = await import("vite");
  await build({ configFile: VITE_CONFIG_FILE, logLevel: "warn" });
  return WEB_DIST_DIR;
}
