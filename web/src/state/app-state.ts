/**
 * The explorer's whole state. `view` is what a share link restores; the rest
 * is session-only (hover, query results, status). Changed only through the
 * producers in producers.ts.
 */
import type { CypherResultPayload, LibraryQuery, StatusPayload } from "../../shared/api-types.js";
import { INITIAL_VIEW_STATE, type ViewState } from "../../shared/view-state.js";

export interface QueryRun {
  status: "idle" | "running" | "done" | "failed";
  result?: CypherResultPayload;
  error?: string;
}

export interface AppState {
  view: ViewState;
  hovered: string | null;
  /** Nodes and edges (display keys) returned by the last query, drawn highlighted. */
  queryNodes: ReadonlySet<string>;
  queryEdges: ReadonlySet<string>;
  queryRun: QueryRun;
  status: StatusPayload | null;
  library: LibraryQuery[];
  /** Which side panel is open. */
  panel: "none" | "details" | "compare";
  cypherOpen: boolean;
  layoutRunning: boolean;
}

export const INITIAL_APP_STATE: AppState = {
  view: INITIAL_VIEW_STATE,
  hovered: null,
  queryNodes: new Set(),
  queryEdges: new Set(),
  queryRun: { status: "idle" },
  status: null,
  library: [],
  panel: "none",
  cypherOpen: false,
  layoutRunning: false,
};
