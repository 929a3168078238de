/**
 * Left sidebar: the legend doubles as the kind filter (colour, count, tick),
 * then county and theme filters, then the county comparison picker.
 */
import { NODE_KINDS, type NodeKind } from "../../../pipeline/schema/index.js";
import { KIND_COLORS, KIND_LABELS } from "../../shared/kind-style.js";
import { clearFilters, setCompare, toggleCountyFilter, toggleKind, toggleThemeFilter } from "../state/producers.js";
import type { AppState } from "../state/app-state.js";
import type { Store } from "../state/store.js";
import { clear, h } from "./dom.js";

export interface SidebarChoices {
  kindCounts: Record<NodeKind, number>;
  counties: string[];
  themes: string[];
}

function checkbox(checked: boolean, onChange: (on: boolean) => void, attributes: Record<string, string> = {}): HTMLInputElement {
  const input = h("input", { type: "checkbox", ...attributes });
  input.checked = checked;
  input.addEventListener("change", () => onChange(input.checked));
  return input;
}

export function mountSidebar(host: HTMLElement, choices: SidebarChoices, store: Store): void {
  let compareDraft: string[] = [...store.get().view.compare];
  const render = (state: AppState) => {
    clear(host);
    const { view } = state;
    const kinds = NODE_KINDS.filter((kind) => choices.kindCounts[kind] > 0);
    host.append(
      h("section", { class: "legend", id: "legend" },
        h("h3", {}, "Node kinds"),
        ...kinds.map((kind) =>
          h("label", { class: "legend-row" },
            checkbox(!view.hiddenKinds.includes(kind), (on) => store.update(toggleKind(kind, on)), { "data-kind": kind }),
            h("span", { class: "dot", style: `background:${KIND_COLORS[kind]}` }),
            h("span", { class: "legend-name" }, KIND_LABELS[kind]),
            h("span", { class: "count" }, choices.kindCounts[kind]),
          ),
        ),
      ),
    );
    if (choices.counties.length > 0) {
      host.append(
        h("section", { id: "county-filter" },
          h("h3", {}, "Counties"),
          ...choices.counties.map((county) =>
            h("label", { class: "filter-row" },
              checkbox(view.counties.includes(county), (on) => store.update(toggleCountyFilter(county, on)), { "data-county": county }),
              county,
            ),
          ),
        ),
      );
    }
    if (choices.themes.length > 0) {
      host.append(
        h("section", { id: "theme-filter" },
          h("h3", {}, "Themes"),
          ...choices.themes.map((theme) =>
            h("label", { class: "filter-row" },
              checkbox(view.themes.includes(theme), (on) => store.update(toggleThemeFilter(theme, on)), { "data-theme": theme }),
              theme,
            ),
          ),
        ),
      );
    }
    const filtered = view.hiddenKinds.length + view.counties.length + view.themes.length > 0;
    if (filtered) {
      const reset = h("button", { type: "button", class: "secondary" }, "Clear filters");
      reset.addEventListener("click", () => store.update(clearFilters()));
      host.append(reset);
    }
    if (choices.counties.length >= 2) {
      const compareButton = h("button", { type: "button", id: "compare-button", class: "primary" }, "Compare counties");
      const sync = () => (compareButton.disabled = compareDraft.length < 2);
      sync();
      compareButton.addEventListener("click", () => store.update(setCompare(compareDraft)));
      host.append(
        h("section", { id: "compare-picker" },
          h("h3", {}, "Compare counties"),
          h("p", { class: "muted" }, "Tick two or more: shared and unique programmes, groups, organisations."),
          ...choices.counties.map((county) =>
            h("label", { class: "filter-row" },
              checkbox(compareDraft.includes(county), (on) => {
                compareDraft = on ? [...compareDraft, county] : compareDraft.filter((c) => c !== county);
                sync();
              }, { "data-compare": county }),
              county,
            ),
          ),
          compareButton,
        ),
      );
    }
  };
  render(store.get());
  store.subscribe((state, previous) => {
    const v = state.view;
    const p = previous.view;
    if (v.hiddenKinds !== p.hiddenKinds || v.counties !== p.counties || v.themes !== p.themes || v.compare !== p.compare) {
      compareDraft = v.compare.length > 0 ? [...v.compare] : compareDraft;
      render(state);
    }
  });
}
