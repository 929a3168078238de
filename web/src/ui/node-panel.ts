/**
 * The side panel of the selected node: attributes, counties reached, metrics,
 * the articles it appears in, and each relation with its evidence sentence
 * (matched words in <mark>).
 */
import { markMatches } from "../../shared/evidence-marks.js";
import { KIND_COLORS, KIND_LABELS } from "../../shared/kind-style.js";
import type { NodeDetails, RelationDetail } from "../../shared/node-details.js";
import { h } from "./dom.js";

export interface NodePanelActions {
  select(key: string): void;
  close(): void;
}

function evidenceSentence(sentence: string, matched: string[]): HTMLElement {
  const quote = h("q", { class: "evidence" });
  for (const run of markMatches(sentence, matched)) quote.append(run.marked ? h("mark", {}, run.text) : run.text);
  return quote;
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join("、");
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** 2300 名 with 余 → "2,300余 名"; 近/约 go in front: "约 1,000 户". */
export function formatMetricValue(metric: { value: number; unit: string; approx?: string }): string {
  const number = metric.value.toLocaleString("zh-CN");
  const before = metric.approx && ["近", "约", "超", "逾"].includes(metric.approx) ? metric.approx : "";
  const after = metric.approx && !before ? metric.approx : "";
  return `${before}${number}${after} ${metric.unit}`;
}

function relationItem(relation: RelationDetail, actions: NodePanelActions): HTMLElement {
  const arrow = relation.direction === "out" ? "→" : "←";
  const link = h("button", { class: "link", type: "button", "data-key": relation.other.key }, relation.other.name);
  link.addEventListener("click", () => actions.select(relation.other.key));
  return h(
    "li",
    { class: "relation" },
    h("div", { class: "relation-head" },
      h("span", { class: "rel-type" }, `${arrow} ${relation.type}`),
      h("span", { class: "dot", style: `background:${KIND_COLORS[relation.other.kind]}` }),
      link,
    ),
    ...relation.evidence.map((e) =>
      h("div", { class: "evidence-row" }, evidenceSentence(e.sentence, e.matched), e.articleTitle ? h("cite", {}, `— ${e.articleTitle}`) : null),
    ),
  );
}

/**
 * @example panel.replaceChildren(renderNodePanel(details, { select, close }))
 */
export function renderNodePanel(details: NodeDetails, actions: NodePanelActions): HTMLElement {
  const { node } = details;
  const close = h("button", { class: "icon close", type: "button", title: "Close (Esc)", "aria-label": "Close panel" }, "×");
  close.addEventListener("click", actions.close);
  const sections: (HTMLElement | null)[] = [];

  if (details.counties.length > 0) {
    const label = node.kind === "County" ? "County" : node.kind === "Group" ? "Counties reached through its programmes" : "Counties";
    sections.push(
      h("section", { class: "counties", id: "panel-counties" },
        h("h3", {}, `${label} (${details.counties.length})`),
        h("div", { class: "chips" }, ...details.counties.map((c) => h("span", { class: "chip county-chip" }, c))),
      ),
    );
  }
  const attributeRows = Object.entries(details.attributes).filter(([, v]) => v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0));
  if (attributeRows.length > 0) {
    sections.push(
      h("section", {}, h("h3", {}, "Attributes"),
        h("table", { class: "attributes" }, ...attributeRows.map(([k, v]) => h("tr", {}, h("th", {}, k), h("td", {}, formatValue(v))))),
      ),
    );
  }
  if (details.metrics.length > 0) {
    sections.push(
      h("section", {}, h("h3", {}, `Metrics (${details.metrics.length})`),
        h("table", { class: "metrics" },
          h("tr", {}, h("th", {}, "value"), h("th", {}, "counted"), h("th", {}, "reported by")),
          ...details.metrics.map((m) =>
            h("tr", { title: `as printed: ${m.raw}` },
              h("td", { class: "num" }, formatMetricValue(m)),
              h("td", {}, m.counted),
              h("td", {}, m.owner ?? "")),
          ),
        ),
      ),
    );
  }
  if (details.articles.length > 0) {
    sections.push(
      h("section", {}, h("h3", {}, `Articles (${details.articles.length})`),
        h("ul", { class: "articles" },
          ...details.articles.map((a) =>
            h("li", {},
              h("div", { class: "article-title" }, a.title),
              h("div", { class: "article-meta" }, [a.county, a.reporters.length ? `通讯员 ${a.reporters.join("、")}` : null, a.date].filter(Boolean).join(" · ")),
            ),
          ),
        ),
      ),
    );
  }
  if (details.relations.length > 0) {
    sections.push(
      h("section", {}, h("h3", {}, `Relations and evidence (${details.relations.length})`),
        h("ul", { class: "relations" }, ...details.relations.map((r) => relationItem(r, actions))),
      ),
    );
  }
  return h("div", { class: "node-panel", "data-key": node.key },
    h("header", { class: "panel-head" },
      h("div", {},
        h("span", { class: "kind-badge", style: `background:${KIND_COLORS[node.kind]}` }, KIND_LABELS[node.kind]),
        h("h2", { id: "panel-title" }, node.name),
        details.aliases.length > 0 ? h("div", { class: "aliases" }, `also: ${details.aliases.join("、")}`) : null,
      ),
      close,
    ),
    ...sections,
  );
}
