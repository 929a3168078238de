/**
 * The shareable part of the explorer's state and its URL encoding. A share
 * link carries it in the hash (`#hide=Article&county=金乡县&sel=...`), so the
 * same link works on the server, in the static site and inside an iframe.
 */
import { isNodeKind, NODE_KINDS, type NodeKind } from "../../pipeline/schema/index.js";
import type { GraphFilters } from "./graph-filter.js";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface ViewState extends GraphFilters {
  /** Key of the selected node. */
  selected: string | null;
  /** Counties in the comparison view (empty: comparison closed). */
  compare: readonly string[];
  camera: CameraView | null;
  /** Cypher text in the editor. */
  query: string | null;
  /** Parameters of the query, as typed in the parameter fields. */
  params: Readonly<Record<string, string>>;
}

export const INITIAL_VIEW_STATE: ViewState = {
  hiddenKinds: [],
  counties: [],
  themes: [],
  selected: null,
  compare: [],
  camera: null,
  query: null,
  params: {},
};

export class ViewStateError extends Error {
  override name = "ViewStateError";
}

/**
 * Encodes a view as a URL hash fragment (without the leading "#"). Defaults are
 * left out, so an untouched view encodes as "".
 *
 * @example encodeViewState({ ...INITIAL_VIEW_STATE, counties: ["金乡县"] }) // "county=%E9%87%91..."
 */
export function encodeViewState(state: ViewState): string {
  const out = new URLSearchParams();
  if (state.hiddenKinds.length > 0) out.set("hide", sortKinds(state.hiddenKinds).join(","));
  for (const county of state.counties) out.append("county", county);
  for (const theme of state.themes) out.append("theme", theme);
  if (state.selected !== null) out.set("sel", state.selected);
  for (const county of state.compare) out.append("cmp", county);
  if (state.camera) {
    const { x, y, ratio, angle } = state.camera;
    out.set("cam", [x, y, ratio, angle].map((n) => String(n)).join(","));
  }
  if (state.query !== null) out.set("q", state.query);
  for (const [name, value] of Object.entries(state.params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.append("p", `${name}=${value}`);
  }
  return out.toString();
}

/**
 * Reads a hash fragment back into a view state. Unknown kinds or a malformed
 * camera throw a ViewStateError (the caller shows it and keeps the defaults).
 *
 * @example decodeViewState("#county=金乡县").counties // ["金乡县"]
 */
export function decodeViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const hide = params.get("hide");
  const hiddenKinds: NodeKind[] = [];
  if (hide) {
    for (const kind of hide.split(",")) {
      if (!isNodeKind(kind)) throw new ViewStateError(`decodeViewState: unknown node kind "${kind}" in hide=`);
      hiddenKinds.push(kind);
    }
  }
  let camera: CameraView | null = null;
  const cam = params.get("cam");
  if (cam !== null) {
    const numbers = cam.split(",").map(Number);
    if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || numbers[2]! <= 0) {
      throw new ViewStateError(`decodeViewState: cam= needs four numbers x,y,ratio,angle with ratio > 0, got "${cam}"`);
    }
    const [x, y, ratio, angle] = numbers as [number, number, number, number];
    camera = { x, y, ratio, angle };
  }
  const queryParams: Record<string, string> = {};
  for (const pair of params.getAll("p")) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new ViewStateError(`decodeViewState: p= needs name=value, got "${pair}"`);
    queryParams[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return {
    hiddenKinds: sortKinds(hiddenKinds),
    counties: params.getAll("county"),
    themes: params.getAll("theme"),
    selected: params.get("sel"),
    compare: params.getAll("cmp"),
    camera,
    query: params.get("q"),
    params: queryParams,
  };
}

/** Kinds in schema order without duplicates: one spelling per set of kinds. */
export function sortKinds(kinds: readonly NodeKind[]): NodeKind[] {
  return NODE_KINDS.filter((kind) => kinds.includes(kind));
}
