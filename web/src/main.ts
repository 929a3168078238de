/**
 * Explorer entry point: fetch the graph (API or embedded static export), lay
 * it out reproducibly, restore the view from the URL, and mount the parts.
 */
import "./styles.css";
import { createPolicyGraph } from "../../pipeline/graph/build-graph.js";
import { NODE_KINDS, type NodeKind } from "../../pipeline/schema/index.js";
import { indexGraph, listNames } from "../shared/graph-index.js";
import { decodeViewState, INITIAL_VIEW_STATE, ViewStateError, type ViewState } from "../shared/view-state.js";
import { connectPointer } from "./controllers/pointer-controller.js";
import { connectUrl } from "./controllers/url-controller.js";
import { createEmbeddedDataSource, createServerDataSource, readEmbeddedData, type DataSource } from "./data/data-source.js";
import { restoreCamera } from "./graph/camera.js";
import { createDisplayGraph } from "./graph/display-graph.js";
import { assignSeededLayout, iterationsFor, MAX_ITERATIONS } from "./graph/seeded-layout.js";
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
  const embedded = readEmbeddedData(document);
  const source: DataSource = embedded ? createEmbeddedDataSource(embedded) : createServerDataSource();
  const embedMode = new URLSearchParams(window.location.search).get("embed") === "1";
  document.body.classList.toggle("embed", embedMode);
  document.body.classList.toggle("static", source.kind === "static");

  const [payload, status] = await Promise.all([source.graph(), source.status()]);
  const data = createPolicyGraph();
  data.import(payload.graph);
  const index = indexGraph(data);
  const display = createDisplayGraph(data);
  assignSeededLayout(display);
  if (payload.notice) showNotice(payload.notice);
  else if (iterationsFor(display.order) < MAX_ITERATIONS) {
    showNotice(`${display.order} nodes: quick first layout. Press ▶ Layout to refine it.`, "info", 10_000);
  }

  const store = createStore({ ...INITIAL_APP_STATE, status });
  const view = initialView();
  const sigmaHost = element("sigma");
  const sigmaView = createSigmaView(sigmaHost, display, data, index, store);
  const { sigma } = sigmaView;
  store.update(replaceView(view));
  if (view.camera) restoreCamera(sigma, view.camera);

  connectPointer(sigma, store, sigmaHost);
  connectUrl(sigma, store, window);

  const names = new Map<string, { name: string; aliases: string[] }>();
  const kindCounts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  const properties = new Set<string>(["key"]);
  data.forEachNode((key, attributes) => {
    names.set(key, { name: attributes.name, aliases: attributes.aliases ?? [] });
    kindCounts[attributes.kind]++;
    for (const name of Object.keys(attributes)) properties.add(name);
  });
  properties.add("type");
  properties.add("evidence");

  mountSearchBox(element("search"), sigma, display, names, store);
  mountSidebar(element("sidebar"), { kindCounts, counties: listNames(data, "County"), themes: listNames(data, "Theme") }, store);
  mountToolbar(element("toolbar-actions"), sigma, display, store, window);
  connectPanel(element("panel"), store, source, data, index, sigma);
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
}

main().catch((error: Error) => {
  document.body.dataset.ready = "error";
  const host = document.getElementById("sigma") ?? document.body;
  host.replaceChildren(h("div", { class: "fatal", role: "alert" }, `The explorer could not start: ${error.message}`));
});
