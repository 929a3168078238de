/**
 * The side panel of the selected node: attributes, counties reached, and its
 * lists (counties, metrics, articles, relations by type with their evidence),
 * each showing its first page and total, the rest loaded on request.
 */
import type { ArticleSummary, ListPage, MetricRow, NodeDetails, RelationGroup } from "../../shared/api-types.js";
import { KIND_COLORS, KIND_LABELS } from "../../shared/kind-style.js";
import type { NodeLookup } from "../data/data-source.js";
import { h } from "./dom.js";
import { formatCount, pagedList } from "./paged-list.js";
import { relationItem } from "./relation-item.js";

export interface NodePanelActions {
  select(key: string): void;
  close(): void;
  /** Where further pages and a relation's full evidence come from. */
  lookup: NodeLookup;
}

/** County chips drawn before "show more" (details carry them all: names are short). */
export const COUNTY_CHIPS_FIRST = 40;

function countyPage(counties: readonly string[], offset: number, limit: number): ListPage<string> {
  return { offset, total: counties.length, items: counties.slice(offset, offset + limit) };
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join("、");
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** 2300 名 with 余 → "2,300余 名"; 近/约 go in front: "约 1,000 户"; a standard says what it is per: "4,200 元 每人每年". */
export function formatMetricValue(metric: { value: number; unit: string; approx?: string; per?: string }): string {
  const number = metric.value.toLocaleString("zh-CN");
  const before = metric.approx && ["近", "约", "超", "逾"].includes(metric.approx) ? metric.approx : "";
  const after = metric.approx && !before ? metric.approx : "";
  return `${before}${number}${after} ${metric.unit}${metric.per ? ` ${metric.per}` : ""}`;
}

function metricTableRow(m: MetricRow): HTMLElement {
  return h("tr", { title: `as printed: ${m.raw}` }, h("td", { class: "num" }, formatMetricValue(m)), h("td", {}, m.counted), h("td", {}, m.owner ?? ""));
}

function articleItem(a: ArticleSummary): HTMLElement {
  return h("li", {},
    h("div", { class: "article-title" }, a.title),
    h("div", { class: "article-meta" }, [a.county, a.reporters.length ? `通讯员 ${a.reporters.join("、")}` : null, a.date].filter(Boolean).join(" · ")),
  );
}

function relationGroupSection(key: string, group: RelationGroup, actions: NodePanelActions): HTMLElement {
  const { type, direction } = group;
  return h("div", { class: "relation-group", "data-type": type, "data-direction": direction },
    h("h4", {}, h("span", { class: "rel-type" }, `${direction === "out" ? "→" : "←"} ${type}`), h("span", { class: "count" }, formatCount(group.total))),
    pagedList({
      noun: "relations",
      container: h("ul", { class: "relations" }),
      first: group,
      item: (relation) => relationItem(relation, { select: actions.select, edge: (edge) => actions.lookup.edge(edge) }),
      more: (offset, limit) => actions.lookup.relations(key, { type, direction, offset, limit }),
    }),
  );
}

/**
 * @example panel.replaceChildren(renderNodePanel(await lookup.details(key), { select, close, lookup }))
 */
export function renderNodePanel(details: NodeDetails, actions: NodePanelActions): HTMLElement {
  const { node } = details;
  const close = h("button", { class: "icon close", type: "button", title: "Close (Esc)", "aria-label": "Close panel" }, "×");
  close.addEventListener("click", actions.close);
  const sections: (HTMLElement | null)[] = [];

  if (details.counties.length > 0) {
    const label = node.kind === "County" ? "County" : node.kind === "Group" ? "Counties reached through its programmes" : "Counties";
    const { counties } = details;
    sections.push(
      h("section", { class: "counties", id: "panel-counties" },
        h("h3", {}, `${label} (${formatCount(counties.length)})`),
        // A province or a widely served group reaches hundreds of counties: the rest of the panel stays in view.
        pagedList({
          noun: "counties",
          container: h("div", { class: "chips" }),
          first: countyPage(counties, 0, COUNTY_CHIPS_FIRST),
          item: (county) => h("span", { class: "chip county-chip" }, county),
          more: (offset, limit) => Promise.resolve(countyPage(counties, offset, limit)),
        }),
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
  const { lookup } = actions;
  if (details.metrics.total > 0) {
    sections.push(
      h("section", { id: "panel-metrics" }, h("h3", {}, `Metrics (${formatCount(details.metrics.total)})`),
        pagedList({
          noun: "metrics",
          container: h("table", { class: "metrics" }, h("tr", {}, h("th", {}, "value"), h("th", {}, "counted"), h("th", {}, "reported by"))),
          first: details.metrics,
          item: metricTableRow,
          more: (offset, limit) => lookup.metrics(node.key, { offset, limit }),
        }),
      ),
    );
  }
  if (details.articles.total > 0) {
    sections.push(
      h("section", { id: "panel-articles" }, h("h3", {}, `Articles (${formatCount(details.articles.total)})`),
        pagedList({
          noun: "articles",
          container: h("ul", { class: "articles" }),
          first: details.articles,
          item: articleItem,
          more: (offset, limit) => lookup.articles(node.key, { offset, limit }),
        }),
      ),
    );
  }
  const relationCount = details.relations.reduce((sum, group) => sum + group.total, 0);
  if (relationCount > 0) {
    sections.push(
      h("section", { id: "panel-relations" }, h("h3", {}, `Relations and evidence (${formatCount(relationCount)})`),
        ...details.relations.map((group) => relationGroupSection(node.key, group, actions)),
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
