/** Bottom line: how many nodes and edges there are, where the graph comes from, whether Cypher is available. */
import type { GraphPayload } from "../../shared/api-types.js";
import type { DisplayGraph } from "../graph/display-graph.js";
import type { Store } from "../state/store.js";
import { clear, h } from "./dom.js";

export function mountStatusBar(host: HTMLElement, store: Store, visibleCount: () => number, display: DisplayGraph, payload: GraphPayload): void {
  const render = () => {
    const status = store.get().status;
    const visible = visibleCount();
    clear(host);
    host.append(
      h("span", { id: "node-count", "data-nodes": display.order, "data-edges": display.size, "data-visible": visible },
        `${display.order} nodes · ${display.size} relations${visible < display.order ? ` · ${visible} shown` : ""}`),
      payload.truncated ? h("span", { class: "warning" }, ` · of ${payload.total.nodes} (capped)`) : "",
      h("span", { class: "muted" }, ` · source: ${status?.graph.source ?? payload.source}${status?.graph.location ? ` (${status.graph.location})` : ""}`),
      h("span", { class: status?.cypher.available ? "ok" : "muted", id: "neo4j-status" }, status?.cypher.available ? " · Neo4j connected" : " · no Neo4j (Cypher off)"),
      h("span", { class: "muted shortcuts" }, " · / search · Ctrl-Enter run · Esc close"),
    );
  };
  render();
  store.subscribe((state, previous) => {
    const v = state.view;
    const p = previous.view;
    if (state.status !== previous.status || v.hiddenKinds !== p.hiddenKinds || v.counties !== p.counties || v.themes !== p.themes) render();
  });
}
