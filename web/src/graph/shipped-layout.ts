/**
 * Puts the positions the server computed (GraphPayload.layout) on the display
 * graph, so the browser draws at once instead of laying the graph out. A
 * payload without usable positions falls back to the same seeded layout run
 * here, within the browser's smaller budget.
 */
import type { GraphPayload } from "../../shared/api-types.js";
import { assignSeededLayout } from "../../shared/seeded-layout.js";
import type { DisplayGraph } from "./display-graph.js";

/** Where the first picture's positions came from (shown as `data-layout` on <body>). */
export type LayoutOrigin = "shipped" | "browser";

/** True when the payload carries a finite x and y for each of its nodes. */
export function hasUsableLayout(payload: GraphPayload): boolean {
  const positions = payload.layout?.positions;
  return Array.isArray(positions) && positions.length === payload.graph.nodes.length * 2 && positions.every(Number.isFinite);
}

/**
 * @example layOutDisplayGraph(display, payload) // "shipped"
 */
export function layOutDisplayGraph(display: DisplayGraph, payload: GraphPayload): LayoutOrigin {
  if (!hasUsableLayout(payload)) {
    assignSeededLayout(display);
    return "browser";
  }
  const { positions } = payload.layout;
  payload.graph.nodes.forEach(({ key }, i) => {
    const attributes = display.getNodeAttributes(key);
    attributes.x = positions[2 * i]!;
    attributes.y = positions[2 * i + 1]!;
  });
  return "shipped";
}
