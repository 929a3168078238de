/**
 * Creates the Sigma renderer and its reducers. Everything that changes how a
 * node looks (filters, hover, selection, query highlight) is decided here,
 * from the store's state, at render time.
 */
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { isUnfiltered, visibleNodes } from "../../shared/graph-filter.js";
import { FONT_STACK } from "../../shared/kind-style.js";
import type { AppState } from "../state/app-state.js";
import type { Store } from "../state/store.js";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "./display-graph.js";
import type { GraphFacts } from "./graph-facts.js";

/** Canvas label size; the toolbar's A+ (projector mode) raises it. */
export const NORMAL_LABEL_SIZE = 13;

const DIMMED_NODE = "#eceef1";
const DIMMED_EDGE = "#eef0f3";
const FOCUS_EDGE = "#5b6472";
const QUERY_EDGE = "#e8590c";
const MAX_FORCED_LABELS = 40;
/** Above this many edges they are hidden while the camera moves, so panning and zooming stay interactive. */
export const HIDE_EDGES_ON_MOVE_ABOVE = 20_000;

export interface SigmaView {
  sigma: Sigma<DisplayNode, DisplayEdge>;
  /** Keys of the nodes the filters keep (recomputed when filters change). */
  visible(): ReadonlySet<string>;
  refresh(): void;
}

/** Keys of the nodes whose kind is not hidden: the filters' answer when no county or theme narrows them. */
function keysOfShownKinds(display: DisplayGraph, hiddenKinds: readonly string[]): Set<string> {
  const hidden = new Set(hiddenKinds);
  const keys = new Set<string>();
  display.forEachNode((key, attributes) => {
    if (!hidden.has(attributes.kind)) keys.add(key);
  });
  return keys;
}

export function createSigmaView(container: HTMLElement, display: DisplayGraph, facts: GraphFacts, store: Store): SigmaView {
  let visibleKeys = new Set<string>();
  let everythingVisible = true;
  let filtersOf: AppState["view"] | null = null;
  const recomputeVisible = (state: AppState) => {
    const v = state.view;
    if (filtersOf && filtersOf.hiddenKinds === v.hiddenKinds && filtersOf.counties === v.counties && filtersOf.themes === v.themes) return;
    filtersOf = v;
    everythingVisible = isUnfiltered(v);
    // Kinds alone are known to the display graph; counties and themes need the data graph's index.
    visibleKeys = v.counties.length === 0 && v.themes.length === 0 ? keysOfShownKinds(display, v.hiddenKinds) : visibleNodes(facts.data(), facts.index(), v);
  };
  recomputeVisible(store.get());

  /** Nodes shown in full colour right now: the hovered/selected node and its neighbours. */
  const focusSet = (state: AppState): Set<string> | null => {
    const focus = state.hovered ?? state.view.selected;
    if (focus && display.hasNode(focus)) return new Set([focus, ...display.neighbors(focus)]);
    // Comparing counties: everything the compared counties reach stays in colour.
    if (state.panel === "compare" && state.view.compare.length >= 2) {
      const compared = state.view.compare;
      const reached = new Set<string>();
      for (const [key, membership] of facts.index()) if (compared.some((c) => membership.counties.has(c))) reached.add(key);
      return reached;
    }
    return null;
  };
  let focus = focusSet(store.get());

  const sigma = new Sigma<DisplayNode, DisplayEdge>(display, container, {
    labelFont: FONT_STACK,
    labelSize: NORMAL_LABEL_SIZE,
    labelWeight: "500",
    labelDensity: 0.5,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 6,
    defaultEdgeType: "arrow",
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    hideEdgesOnMove: display.size > HIDE_EDGES_ON_MOVE_ABOVE,
    // Sigma hands reducers a shallow copy of the attributes, so they change it in place.
    nodeReducer: (key, attributes) => {
      const state = store.get();
      const shown: Partial<NodeDisplayData> & DisplayNode = attributes;
      if (everythingVisible && !focus && state.queryNodes.size === 0 && state.view.selected === null && state.hovered === null) return shown;
      if (!everythingVisible && !visibleKeys.has(key)) return Object.assign(shown, { hidden: true });
      const selected = state.view.selected === key;
      const queried = state.queryNodes.size > 0 && state.queryNodes.has(key);
      if (focus && !focus.has(key) && !queried) return Object.assign(shown, { color: DIMMED_NODE, label: "", zIndex: 0 });
      if (state.queryNodes.size > 0 && !queried && !focus) return Object.assign(shown, { color: DIMMED_NODE, label: "", zIndex: 0 });
      if (selected || state.hovered === key) return Object.assign(shown, { highlighted: true, forceLabel: true, zIndex: 3 });
      // Forced labels bypass Sigma's label grid, so only a small result gets them all.
      if (queried) return Object.assign(shown, { highlighted: true, forceLabel: state.queryNodes.size <= MAX_FORCED_LABELS, zIndex: 2 });
      if (focus && (state.hovered ?? state.view.selected)) return Object.assign(shown, { forceLabel: true, zIndex: 1 });
      return shown;
    },
    edgeReducer: (key, attributes) => {
      const state = store.get();
      const shown: Partial<EdgeDisplayData> & DisplayEdge = attributes;
      const center = state.hovered ?? state.view.selected;
      // Nothing to decide for a plain view: skip looking up the edge's ends.
      if (everythingVisible && !focus && !center && state.queryNodes.size === 0 && state.queryEdges.size === 0) return shown;
      const [source, target] = display.extremities(key);
      if (!everythingVisible && (!visibleKeys.has(source) || !visibleKeys.has(target))) return Object.assign(shown, { hidden: true });
      if (state.queryEdges.has(key)) return Object.assign(shown, { color: QUERY_EDGE, size: 2.5, zIndex: 2 });
      if (center && (source === center || target === center)) return Object.assign(shown, { color: FOCUS_EDGE, size: 1.6, zIndex: 1 });
      if (center || state.queryNodes.size > 0) return Object.assign(shown, { color: DIMMED_EDGE });
      if (focus && !(focus.has(source) && focus.has(target))) return Object.assign(shown, { color: DIMMED_EDGE });
      return shown;
    },
  });

  // Panels opening and closing change the stage size; Sigma only listens to window resizes.
  const resizeObserver = new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  });
  resizeObserver.observe(container);

  store.subscribe((state, previous) => {
    recomputeVisible(state);
    focus = focusSet(state);
    const v = state.view;
    const p = previous.view;
    if (
      v.hiddenKinds !== p.hiddenKinds ||
      v.counties !== p.counties ||
      v.themes !== p.themes ||
      v.selected !== p.selected ||
      v.compare !== p.compare ||
      state.panel !== previous.panel ||
      state.hovered !== previous.hovered ||
      state.queryNodes !== previous.queryNodes ||
      state.queryEdges !== previous.queryEdges
    ) {
      sigma.refresh({ skipIndexation: true });
    }
  });

  return {
    sigma,
    visible: () => visibleKeys,
    refresh: () => sigma.refresh(),
  };
}
