/**
 * Search with autocomplete over node names and aliases. Choosing a
 * suggestion selects the node and centres the camera on it. `/` or Ctrl/Cmd-K
 * focus the box.
 */
import type { ExplorerSigma } from "../graph/display-graph.js";
import type { DisplayGraph } from "../graph/display-graph.js";
import { focusNeighbourhood } from "../graph/camera.js";
import { selectNode } from "../state/producers.js";
import type { Store } from "../state/store.js";
import { KIND_COLORS } from "../../shared/kind-style.js";
import { clear, h } from "./dom.js";

const MAX_SUGGESTIONS = 12;

export interface Suggestion {
  key: string;
  label: string;
  kind: string;
  /** The alias that matched, when the name did not. */
  via?: string;
}

/** Ranks matches: exact name, then prefix, then substring; ties by degree. */
export function suggest(display: DisplayGraph, names: Map<string, { name: string; aliases: string[] }>, text: string): Suggestion[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const scored: { s: Suggestion; score: number }[] = [];
  display.forEachNode((key, attributes) => {
    if (!attributes.searchText.includes(needle)) return;
    const entry = names.get(key)!;
    const name = entry.name.toLowerCase();
    const via = name.includes(needle) ? undefined : entry.aliases.find((a) => a.toLowerCase().includes(needle));
    const rank = name === needle ? 0 : name.startsWith(needle) ? 1 : via ? 3 : 2;
    scored.push({ s: { key, label: entry.name, kind: attributes.kind, ...(via ? { via } : {}) }, score: rank * 1e6 - display.degree(key) });
  });
  return scored.sort((a, b) => a.score - b.score).slice(0, MAX_SUGGESTIONS).map((x) => x.s);
}

export function mountSearchBox(
  host: HTMLElement,
  sigma: ExplorerSigma,
  display: DisplayGraph,
  names: Map<string, { name: string; aliases: string[] }>,
  store: Store,
): HTMLInputElement {
  const input = h("input", {
    type: "search",
    id: "search-input",
    placeholder: "Search names and aliases…  ( / )",
    autocomplete: "off",
    "aria-label": "Search nodes",
    role: "combobox",
    "aria-controls": "search-suggestions",
  });
  const list = h("ul", { id: "search-suggestions", class: "suggestions", role: "listbox", hidden: true });
  host.append(input, list);
  let items: Suggestion[] = [];
  let active = 0;

  const choose = (suggestion: Suggestion) => {
    store.update(selectNode(suggestion.key));
    focusNeighbourhood(sigma, suggestion.key);
    input.value = suggestion.label;
    list.hidden = true;
  };
  const render = () => {
    clear(list);
    list.hidden = items.length === 0;
    items.forEach((item, i) => {
      const li = h(
        "li",
        { role: "option", class: i === active ? "active" : "", "data-key": item.key, "aria-selected": i === active ? "true" : "false" },
        h("span", { class: "dot", style: `background:${KIND_COLORS[item.kind as keyof typeof KIND_COLORS]}` }),
        h("span", { class: "suggestion-name" }, item.label),
        item.via ? h("span", { class: "suggestion-via" }, `= ${item.via}`) : null,
        h("span", { class: "suggestion-kind" }, item.kind),
      );
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(item);
      });
      list.append(li);
    });
  };
  input.addEventListener("input", () => {
    items = suggest(display, names, input.value);
    active = 0;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (items.length === 0) return;
      active = (active + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      render();
    } else if (event.key === "Enter" && items[active]) {
      event.preventDefault();
      choose(items[active]!);
    } else if (event.key === "Escape") {
      list.hidden = true;
      input.blur();
    }
  });
  input.addEventListener("blur", () => setTimeout(() => (list.hidden = true), 150));
  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof HTMLElement && (event.target.closest("input, textarea, select, .cm-editor") !== null);
    if ((event.key === "/" && !typing) || (event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  return input;
}
