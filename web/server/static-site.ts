/**
 * `export-site`: the built explorer plus the graph embedded as JSON, rewritten
 * to run from file:// (classic deferred script, relative paths, no
 * crossorigin), with no server and no database.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PolicyGraph } from "../../pipeline/graph/build-graph.js";
import { indexGraph } from "../shared/graph-index.js";
import type { EmbeddedData } from "../src/data/data-source.js";
import { graphPayload } from "./graph-payload.js";

export class StaticSiteError extends Error {
  override name = "StaticSiteError";
}

/** JSON safe inside a <script> element: `<` escaped so no `</script>` can end it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** Makes Vite's index.html work from file://: module script → classic deferred script, crossorigin dropped, data embedded. */
export function rewriteIndexHtml(html: string, data: EmbeddedData): string {
  const script = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
  if (!script.test(html)) throw new StaticSiteError("export-site: web/dist/index.html has no module script to rewrite; rebuild with `npm run build:web`");
  return html
    // No API next to a static export: the graph is embedded instead.
    .replace(/\s*<!--[^>]*-->\s*<link rel="preload" id="graph-preload"[^>]*>|\s*<link rel="preload" id="graph-preload"[^>]*>/, "")
    .replace(script, (_all, src: string) => `<script defer src="${src}"></script>`)
    .replace(/ crossorigin(="[^"]*")?/g, "")
    .replace("</head>", `    <script id="policy-kg-data" type="application/json">${scriptSafeJson(data)}</script>\n  </head>`);
}

export interface WriteStaticSiteOptions {
  graph: PolicyGraph;
  /** The built explorer (web/dist). */
  distDir: string;
  outDir: string;
  exportedAt?: string;
}

/**
 * Writes the static site and returns the path of its index.html.
 *
 * @example await writeStaticSite({ graph, distDir: WEB_DIST_DIR, outDir: "out/site" })
 */
export async function writeStaticSite(options: WriteStaticSiteOptions): Promise<string> {
  const html = await readFile(path.join(options.distDir, "index.html"), "utf8").catch(() => {
    throw new StaticSiteError(`export-site: ${options.distDir}/index.html missing; run \`npm run build:web\``);
  });
  const data: EmbeddedData = {
    // No server to ask for evidence later: article lists and evidence sentences travel inline.
    graph: graphPayload(options.graph, indexGraph(options.graph), "embedded", { kinds: [], counties: [], maxNodes: Number.MAX_SAFE_INTEGER }, "inline"),
    exportedAt: options.exportedAt ?? new Date().toISOString(),
  };
  await mkdir(options.outDir, { recursive: true });
  await cp(path.join(options.distDir, "assets"), path.join(options.outDir, "assets"), { recursive: true });
  const indexFile = path.join(options.outDir, "index.html");
  await writeFile(indexFile, rewriteIndexHtml(html, data));
  return indexFile;
}
