/** Pure state changes: `(args) => (state) => newState`, applied with `store.update`. */
import type { NodeKind } from "../../../pipeline/schema/index.js";
import type { CypherResultPayload, LibraryQuery } from "../../shared/api-types.js";
import { sortKinds, type CameraView, type ViewState } from "../../shared/view-state.js";
import type { AppState } from "./app-state.js";

export type Producer = (state: AppState) => AppState;

const withView = (state: AppState, view: Partial<ViewState>): AppState => ({ ...state, view: { ...state.view, ...view } });

export const hoverNode = (key: string | null): Producer => (state) => (state.hovered === key ? state : { ...state, hovered: key });

export const selectNode = (key: string | null): Producer => (state) => ({
  ...withView(state, { selected: key }),
  panel: key ? "details" : state.panel === "details" ? "none" : state.panel,
});

export const toggleKind = (kind: NodeKind, shown: boolean): Producer => (state) => {
  const hidden = new Set(state.view.hiddenKinds);
  if (shown) hidden.delete(kind);
  else hidden.add(kind);
  return withView(state, { hiddenKinds: sortKinds([...hidden]) });
};

const toggleIn = (list: readonly string[], value: string, on: boolean): string[] =>
  on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);

export const toggleCountyFilter = (county: string, on: boolean): Producer => (state) =>
  withView(state, { counties: toggleIn(state.view.counties, county, on) });

export const toggleThemeFilter = (theme: string, on: boolean): Producer => (state) =>
  withView(state, { themes: toggleIn(state.view.themes, theme, on) });

export const clearFilters = (): Producer => (state) => withView(state, { hiddenKinds: [], counties: [], themes: [] });

export const setCompare = (counties: readonly string[]): Producer => (state) => ({
  ...withView(state, { compare: [...counties] }),
  panel: counties.length >= 2 ? "compare" : state.panel === "compare" ? "none" : state.panel,
});

export const closePanel = (): Producer => (state) => ({
  ...withView(state, { selected: null, compare: [] }),
  panel: "none",
});

export const setCamera = (camera: CameraView): Producer => (state) => withView(state, { camera });

export const setQueryText = (query: string | null, params: Record<string, string> = {}): Producer => (state) =>
  withView(state, { query, params });

export const startQuery = (): Producer => (state) => ({ ...state, queryRun: { status: "running" } });

export const finishQuery = (result: CypherResultPayload, nodes: Set<string>, edges: Set<string>): Producer => (state) => ({
  ...state,
  queryRun: { status: "done", result },
  queryNodes: nodes,
  queryEdges: edges,
});

export const failQuery = (error: string): Producer => (state) => ({
  ...state,
  queryRun: { status: "failed", error },
  queryNodes: new Set(),
  queryEdges: new Set(),
});

export const clearQueryHighlight = (): Producer => (state) => ({ ...state, queryNodes: new Set(), queryEdges: new Set() });

export const toggleCypher = (open?: boolean): Producer => (state) => ({ ...state, cypherOpen: open ?? !state.cypherOpen });

export const setLayoutRunning = (running: boolean): Producer => (state) => ({ ...state, layoutRunning: running });

export const replaceView = (view: ViewState): Producer => (state) => ({
  ...state,
  view,
  panel: view.compare.length >= 2 ? "compare" : view.selected ? "details" : "none",
  cypherOpen: state.cypherOpen || view.query !== null,
});

export const setLibrary = (library: LibraryQuery[]): Producer => (state) => ({ ...state, library });
