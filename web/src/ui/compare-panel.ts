/** The county comparison: shared items first, then a column per county with what only it has. */
import { COMPARED_KINDS, type ComparedNode, type CountyComparison } from "../../shared/compare-counties.js";
import { KIND_COLORS, KIND_LABELS } from "../../shared/kind-style.js";
import { h } from "./dom.js";

function nodeList(nodes: ComparedNode[], select: (key: string) => void, showCounties = false): HTMLElement {
  if (nodes.length === 0) return h("p", { class: "empty" }, "—");
  return h("ul", { class: "compare-list" },
    ...nodes.map((n) => {
      const button = h("button", { type: "button", class: "link", "data-key": n.key }, n.name);
      button.addEventListener("click", () => select(n.key));
      return h("li", {}, button, showCounties ? h("span", { class: "muted" }, ` (${n.counties.join("、")})`) : null);
    }),
  );
}

export function renderComparePanel(comparison: CountyComparison, select: (key: string) => void, close: () => void): HTMLElement {
  const closeButton = h("button", { class: "icon close", type: "button", "aria-label": "Close comparison" }, "×");
  closeButton.addEventListener("click", close);
  const kindBlock = (kind: (typeof COMPARED_KINDS)[number], nodes: ComparedNode[], showCounties = false) =>
    h("div", { class: "compare-kind" },
      h("h4", {}, h("span", { class: "dot", style: `background:${KIND_COLORS[kind]}` }), `${KIND_LABELS[kind]} (${nodes.length})`),
      nodeList(nodes, select, showCounties),
    );
  const partly = COMPARED_KINDS.some((k) => comparison.partlyShared[k].length > 0);
  return h("div", { class: "compare-panel", id: "compare-panel" },
    h("header", { class: "panel-head" }, h("h2", {}, `Compare: ${comparison.counties.join(" · ")}`), closeButton),
    h("section", { class: "compare-shared" }, h("h3", {}, "Shared by all"), ...COMPARED_KINDS.map((k) => kindBlock(k, comparison.shared[k]))),
    partly ? h("section", {}, h("h3", {}, "Shared by some"), ...COMPARED_KINDS.map((k) => kindBlock(k, comparison.partlyShared[k], true))) : null,
    h("div", { class: "compare-columns", style: `grid-template-columns: repeat(${comparison.counties.length}, minmax(0, 1fr))` },
      ...comparison.counties.map((county) =>
        h("section", { class: "compare-column" }, h("h3", {}, `Only ${county}`), ...COMPARED_KINDS.map((k) => kindBlock(k, comparison.unique[county]![k]))),
      ),
    ),
  );
}
