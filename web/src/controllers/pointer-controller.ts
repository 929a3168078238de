/** Wires Sigma's pointer events to the store: hover highlights neighbours, click selects, empty click clears. */
import type { ExplorerSigma } from "../graph/display-graph.js";
import { hoverNode, selectNode } from "../state/producers.js";
import type { Store } from "../state/store.js";

export function connectPointer(sigma: ExplorerSigma, store: Store, container: HTMLElement): void {
  sigma.on("enterNode", ({ node }) => {
    store.update(hoverNode(node));
    container.style.cursor = "pointer";
  });
  sigma.on("leaveNode", () => {
    store.update(hoverNode(null));
    container.style.cursor = "";
  });
  sigma.on("clickNode", ({ node }) => store.update(selectNode(node)));
  sigma.on("clickStage", () => {
    if (store.get().view.selected) store.update(selectNode(null));
  });
}
