/**
 * Explorer entry point: fetch the graph (API or embedded static export), draw
 * it at the positions the server computed, restore the view from the URL,
 * then build the data graph and mount the rest of the UI.
 */
import "./styles.css";
import { NODE_KINDS, type NodeKind } from "../../pipeline/schema/index.js";
import { listNames } from "../shared/graph-index.js";
import { iterationsFor, MAX_ITERATIONS } from "../shared/seeded-layout.js";
import { decodeViewState, INITIAL_VIEW_STATE, ViewStateError, type ViewState } from "../shared/view-state.js";
import { connectPointer } from "./controllers/pointer-controller.js";
import { connectUrl } from "./controllers/url-controller.js";
import { createEmbeddedDataSource, createServerDataSource, readEmbeddedData, type DataSource } from "./data/data-source.js";
import { createNodeLookup } from "./data/node-lookup.js";
import { restoreCamera } from "./graph/camera.js";
import { createDisplayGraphFromExport } from "./graph/display-graph.js";
import { lazyGraphFacts } from "./graph/graph-facts.js";
import { layOutDisplayGraph } from "./graph/shipped-layout.js";
import { createSigmaView } from "./graph/sigma-view.js";
import { INITIAL_APP_STATE } from "./state/app-state.js";
import { replaceView, setLibrary, toggleCypher } from "./state/producers.js";
import { createStore } from "./state/store.js";
import { mountCypherPanel } from "./ui/cypher-panel.js";
import { h } from "./ui/dom.js";
import { connectPanel } from "./ui/panel-controller.js";
import { mountSearchBox } from "./ui/search-box.js";
import { mountSidebar } from "./ui/sidebar.js";
import { mountStatusBar } from "./ui/status-bar.js";
import { mountToolbar } from "./ui/toolbar.js";

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`explorer: #${id} missing from index.html`);
  return found;
}

function showNotice(text: string, kind: "info" | "error" = "info", hideAfterMs?: number): void {
  const notice = element("notice");
  notice.textContent = text;
  notice.className = `notice ${kind}`;
  notice.hidden = false;
  notice.onclick = () => (notice.hidden = true);
  if (hideAfterMs) setTimeout(() => (notice.hidden = true), hideAfterMs);
}

function initialView(): ViewState {
  try {
    return decodeViewState(window.location.hash);
  } catch (error) {
    if (error instanceof ViewStateError) showNotice(`Link not understood, showing the default view: ${error.message}`, "error");
    return INITIAL_VIEW_STATE;
  }
}

async function main(): Promise<void> {
  performance.mark("explorer:start");
  const embedded = readEmbeddedData(document);
  const source: DataSource = embedded ? createEmbeddedDataSource(embedded) : createServerDataSource();
  const embedMode = new URLSearchParams(window.location.search).get("embed") === "1";
  document.body.classList.toggle("embed", embedMode);
  document.body.classList.toggle("static", source.kind === "static");

  const [payload, status] = await Promise.all([source.graph(), source.status()]);
  performance.mark("explorer:fetched");
  // First paint: the display graph at the positions the server shipped, nothing else.
  const display = createDisplayGraphFromExport(payload.graph);
  document.body.dataset.layout = layOutDisplayGraph(display, payload);
  performance.mark("explorer:laid-out");
  const facts = lazyGraphFacts(payload.graph);
  const store = createStore({ ...INITIAL_APP_STATE, status });
  const view = initialView();
  store.update(replaceView(view));
  const sigmaHost = element("sigma");
  const sigmaView = createSigmaView(sigmaHost, display, facts, store);
  const { sigma } = sigmaView;
  if (view.camera) restoreCamera(sigma, view.camera);
  performance.mark("explorer:sigma");
  // Let the browser show the graph before the data graph, search and panels are built.
  await afterNextPaint();

  if (payload.notice) showNotice(payload.notice);
  else if (document.body.dataset.layout === "shipped" ? payload.layout.iterations < MAX_ITERATIONS : iterationsFor(display.order) < MAX_ITERATIONS) {
    showNotice(`${display.order} nodes: quick first layout. Press ▶ Layout to refine it.`, "info", 10_000);
  }
  connectPointer(sigma, store, sigmaHost);
  connectUrl(sigma, store, window);

  const data = facts.data();
  performance.mark("explorer:data-graph");
  const names = new Map<string, { name: string; aliases: string[] }>();
  const kindCounts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  const properties = new Set<string>(["key"]);
  data.forEachNode((key, attributes) => {
    names.set(key, { name: attributes.name, aliases: attributes.aliases ?? [] });
    kindCounts[attributes.kind]++;
    for (const name of Object.keys(attributes)) properties.add(name);
  });
  // Completion offers what Neo4j holds: the article list, not the count a served payload ships instead.
  properties.delete("articleCount");
  properties.add("articles");
  properties.add("type");
  properties.add("evidence");

  mountSearchBox(element("search"), sigma, display, names, store);
  mountSidebar(element("sidebar"), { kindCounts, counties: listNames(data, "County"), themes: listNames(data, "Theme") }, store);
  mountToolbar(element("toolbar-actions"), sigma, display, store, window);
  connectPanel(element("panel"), store, createNodeLookup(payload, facts, source), facts, sigma);
  const cypher = mountCypherPanel({
    host: element("cypher"),
    store,
    source,
    sigma,
    display,
    properties: [...properties].sort(),
    storage: window.localStorage,
  });
  mountStatusBar(element("statusbar"), store, () => sigmaView.visible().size, display, payload);

  if (status.cypher.available) {
    const library = await source.queries().catch(() => ({ queries: [] }));
    store.update(setLibrary(library.queries));
  }
  // Opening the drawer after the library arrived mounts the editor with it.
  if (view.query !== null) {
    store.update(toggleCypher(true));
    if (status.cypher.available) await cypher.run();
  }
  document.body.dataset.ready = "true";
  // County and theme filters and the comparison need the index: build it while the reader looks.
  whenIdle(() => facts.index());
}

/** Longest wait for that frame: a software-rendered (no GPU) frame of a big graph can take seconds, the UI should not. */
const PAINT_WAIT_CAP_MS = 200;

/** Resolves once the frame holding what was drawn so far has been shown, or after PAINT_WAIT_CAP_MS (at once in a hidden tab, which gets no frames). */
function afterNextPaint(): Promise<void> {
  if (document.visibilityState === "hidden") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, PAINT_WAIT_CAP_MS);
  });
}

function whenIdle(work: () => void): void {
  if ("requestIdleCallback" in window) window.requestIdleCallback(() => work());
  else setTimeout(work, 200);
}

main().catch((error: Error) => {
  document.body.dataset.ready = "error";
  const host = document.getElementById("sigma") ?? document.body;
  host.replaceChildren(h("div", { class: "fatal", role: "alert" }, `The explorer could not start: ${error.message}`));
});
