/**
 * Toolbar actions: ForceAtlas2 in a web worker (start/stop), Cypher drawer,
 * Share link, and image export (PNG/SVG at a chosen size).
 */
import { toBlob } from "@sigma/export-image";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ExplorerSigma } from "../graph/display-graph.js";
import { shareUrl } from "../controllers/url-controller.js";
import { viewToSvg } from "../export/to-svg.js";
import type { DisplayGraph } from "../graph/display-graph.js";
import { layoutSettings } from "../../shared/seeded-layout.js";
import { NORMAL_LABEL_SIZE } from "../graph/sigma-view.js";
import { setLayoutRunning, toggleCypher } from "../state/producers.js";
import type { Store } from "../state/store.js";
import { download, h } from "./dom.js";

export const LARGE_LABEL_SIZE = 17;

export const EXPORT_SIZES = [
  { label: "1920 × 1080", width: 1920, height: 1080 },
  { label: "1280 × 720", width: 1280, height: 720 },
  { label: "3840 × 2160", width: 3840, height: 2160 },
  { label: "1200 × 1200", width: 1200, height: 1200 },
] as const;

export function mountToolbar(host: HTMLElement, sigma: ExplorerSigma, display: DisplayGraph, store: Store, win: Window): void {
  let layout: FA2Layout | null = null;
  const layoutButton = h("button", { type: "button", id: "layout-toggle", title: "Run ForceAtlas2 in the background" }, "▶ Layout");
  layoutButton.addEventListener("click", () => {
    if (!layout) layout = new FA2Layout(display, { settings: layoutSettings(display) });
    if (layout.isRunning()) layout.stop();
    else layout.start();
    store.update(setLayoutRunning(layout.isRunning()));
  });
  store.subscribe((state) => (layoutButton.textContent = state.layoutRunning ? "■ Stop layout" : "▶ Layout"));

  const cypherButton = h("button", { type: "button", id: "cypher-toggle", title: "Cypher queries" }, "Cypher");
  cypherButton.addEventListener("click", () => store.update(toggleCypher()));

  const shareBox = h("div", { class: "popover", id: "share-popover", hidden: true });
  const shareInput = h("input", { type: "text", id: "share-url", readonly: true, "aria-label": "Share link" });
  const embedInput = h("input", { type: "text", id: "embed-code", readonly: true, "aria-label": "Embed code" });
  shareBox.append(h("label", {}, "Link to this view", shareInput), h("label", {}, "Embed in slides", embedInput));
  const shareButton = h("button", { type: "button", id: "share-button", title: "Link restoring this exact view" }, "Share");
  shareButton.addEventListener("click", () => {
    const url = shareUrl(sigma, store, win);
    shareInput.value = url;
    const embed = new URL(url);
    embed.searchParams.set("embed", "1");
    embedInput.value = `<iframe src="${embed.toString()}" width="960" height="540" style="border:0"></iframe>`;
    shareBox.hidden = !shareBox.hidden;
    exportBox.hidden = true;
    if (!shareBox.hidden) {
      shareInput.select();
      void win.navigator.clipboard?.writeText(url).catch(() => {});
    }
  });

  const sizeSelect = h("select", { id: "export-size", "aria-label": "Image size" },
    ...EXPORT_SIZES.map((s, i) => h("option", { value: String(i) }, s.label)),
  );
  const chosen = () => EXPORT_SIZES[Number(sizeSelect.value)] ?? EXPORT_SIZES[0];
  const pngButton = h("button", { type: "button", id: "export-png" }, "PNG");
  pngButton.addEventListener("click", async () => {
    const { width, height } = chosen();
    const blob = await toBlob(sigma as unknown as Parameters<typeof toBlob>[0], { width, height, backgroundColor: "#ffffff", format: "png" });
    download(blob, `policy-kg-${width}x${height}.png`);
  });
  const svgButton = h("button", { type: "button", id: "export-svg" }, "SVG");
  svgButton.addEventListener("click", () => {
    const { width, height } = chosen();
    download(new Blob([viewToSvg(sigma, { width, height })], { type: "image/svg+xml" }), `policy-kg-${width}x${height}.svg`);
  });
  const exportBox = h("div", { class: "popover", id: "export-popover", hidden: true }, h("label", {}, "Size", sizeSelect), h("div", { class: "row" }, pngButton, svgButton));
  const exportButton = h("button", { type: "button", id: "export-button", title: "Export the view as an image" }, "Export");
  exportButton.addEventListener("click", () => {
    exportBox.hidden = !exportBox.hidden;
    shareBox.hidden = true;
  });

  // Projector mode: larger text in the page and on the canvas.
  const largeButton = h("button", { type: "button", id: "large-text", title: "Larger text for projectors", "aria-pressed": "false" }, "A+");
  largeButton.addEventListener("click", () => {
    const large = win.document.body.classList.toggle("large-text");
    largeButton.setAttribute("aria-pressed", String(large));
    sigma.setSetting("labelSize", large ? LARGE_LABEL_SIZE : NORMAL_LABEL_SIZE);
  });

  host.append(layoutButton, cypherButton, shareButton, exportButton, largeButton, shareBox, exportBox);
}
