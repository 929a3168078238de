import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rewriteIndexHtml, scriptSafeJson, writeStaticSite } from "../../web/server/static-site.js";
import type { EmbeddedData } from "../../web/src/data/data-source.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

const VITE_HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-abc.css">
</head><body></body></html>`;

describe("static site", () => {
  it("turns the module script into a classic deferred one and embeds the data safely", () => {
    const data = { graph: { nodes: [{ key: "x", attributes: { name: "</script><b>" } }] }, exportedAt: "now" } as unknown as EmbeddedData;
    const html = rewriteIndexHtml(VITE_HTML, data);
    expect(html).toContain('<script defer src="./assets/index-abc.js"></script>');
    expect(html).not.toContain("crossorigin");
    expect(html).not.toContain('type="module"');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const json = /<script id="policy-kg-data" type="application\/json">(.*)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual(data);
    expect(scriptSafeJson("a\u2028b")).toBe('"a\\u2028b"');
  });

  it("drops the early request for ./api/graph, which a static export does not have", () => {
    const built = VITE_HTML.replace("<head>", '<head>\n<link rel="preload" id="graph-preload" href="./api/graph" as="fetch" crossorigin="anonymous" />');
    const html = rewriteIndexHtml(built, { graph: {}, exportedAt: "now" } as unknown as EmbeddedData);
    expect(html).not.toContain("api/graph");
    expect(html).not.toContain("preload");
  });

  it("refuses an index.html that was not built by Vite", () => {
    expect(() => rewriteIndexHtml("<html></html>", { exportedAt: "" } as EmbeddedData)).toThrowError(expect.objectContaining({ name: "StaticSiteError" }));
  });

  it("writes index.html with the whole graph and copies the assets", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-site-"));
    const dist = path.join(dir, "dist");
    await mkdir(path.join(dist, "assets"), { recursive: true });
    await writeFile(path.join(dist, "index.html"), VITE_HTML);
    await writeFile(path.join(dist, "assets", "index-abc.js"), "console.log(1)");
    const graph = createSampleGraph();
    const index = await writeStaticSite({ graph, distDir: dist, outDir: path.join(dir, "site"), exportedAt: "2026-01-01" });
    const html = await readFile(index, "utf8");
    const data = JSON.parse(/<script id="policy-kg-data" type="application\/json">(.*)<\/script>/s.exec(html)![1]!) as EmbeddedData;
    expect(data.graph.graph.nodes).toHaveLength(graph.order);
    expect(data.graph.source).toBe("embedded");
    // Positions are baked in: the page draws them as they are, like the API's.
    expect(data.graph.layout.positions).toHaveLength(2 * graph.order);
    expect(data.graph.layout.positions.every(Number.isFinite)).toBe(true);
    expect(await readFile(path.join(dir, "site", "assets", "index-abc.js"), "utf8")).toBe("console.log(1)");
  });
});
