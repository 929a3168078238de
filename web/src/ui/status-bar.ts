/** Bottom line: how many nodes and edges there are, where the graph comes from, whether Cypher is available. */
import type { GraphPayload } from "../../shared/api-types.js";
import type { DisplayGraph } from "../graph/display-graph.js";
import type { Store } from "../state/store.js";
import { clear, h } from "./dom.js";

export function mountStatusBar(host: HTMLElement, store: Store, display: DisplayGraph, payload: GraphPayload): void {
  const render = () => {
    const status = store.get().status;
    clear(host);
    host.append(
      h("span", { id: "node-count", "data-nodes": display.order, "data-edges": display.size }, `${display.order} nodes · ${display.size} relations`),
      payload.truncated ? h("span", { class: "warning" }, ` · of ${payload.total.nodes} (capped)`) : "",
      h("span", { class: "muted" }, ` · source: ${status?.graph.source ?? payload.source}${status?.graph.location ? ` (${status.graph.location})` : ""}`),
      h("span", { class: status?.cypher.available ? "ok" : "muted", id: "neo4j-status" }, status?.cypher.available ? " · Neo4j connected" : " · no Neo4j (Cypher off)"),
      h("span", { class: "muted shortcuts" }, " · / search · Ctrl-Enter run · Esc close"),
    );
  };
  render();
  store.subscribe((state, previous) => {
    if (state.status !== previous.status) render();
  });
}
