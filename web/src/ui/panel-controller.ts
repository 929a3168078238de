/** Fills the right-hand panel from the state: node details for a selection, or the county comparison. */
import { compareCounties } from "../../shared/compare-counties.js";
import type { NodeLookup } from "../data/data-source.js";
import type { GraphFacts } from "../graph/graph-facts.js";
import type { Store } from "../state/store.js";
import type { ExplorerSigma } from "../graph/display-graph.js";
import { focusNeighbourhood } from "../graph/camera.js";
import { closePanel, selectNode } from "../state/producers.js";
import { renderComparePanel } from "./compare-panel.js";
import { clear, h } from "./dom.js";
import { renderNodePanel } from "./node-panel.js";

export function connectPanel(host: HTMLElement, store: Store, lookup: NodeLookup, facts: GraphFacts, sigma: ExplorerSigma): void {
  let request = 0;
  const select = (key: string) => {
    store.update(selectNode(key));
    focusNeighbourhood(sigma, key);
  };
  const close = () => store.update(closePanel());
  const render = async () => {
    const state = store.get();
    const ticket = ++request;
    host.hidden = state.panel === "none";
    if (state.panel === "compare") {
      clear(host);
      try {
        host.append(renderComparePanel(compareCounties(facts.data(), facts.index(), state.view.compare), select, close));
      } catch (error) {
        host.append(h("p", { class: "error" }, (error as Error).message));
      }
    } else if (state.panel === "details" && state.view.selected) {
      const key = state.view.selected;
      try {
        const details = await lookup.details(key);
        if (ticket !== request) return;
        clear(host);
        host.append(renderNodePanel(details, { select, close, lookup }));
        host.scrollTop = 0;
      } catch (error) {
        if (ticket !== request) return;
        clear(host);
        host.append(h("p", { class: "error" }, `${key}: ${(error as Error).message}`));
      }
    }
  };
  void render();
  store.subscribe((state, previous) => {
    if (state.panel !== previous.panel || state.view.selected !== previous.view.selected || state.view.compare !== previous.view.compare) {
      void render();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && store.get().panel !== "none" && !(event.target instanceof HTMLInputElement)) close();
  });
}
