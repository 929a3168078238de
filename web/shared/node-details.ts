/**
 * What the side panel shows about one node: its attributes, the counties it
 * reaches, and its lists (articles, metrics, relations by type) a page at a
 * time with their totals, since a hub's lists run to thousands. Used by
 * `GET /api/node/:key` and its paged lists, and in the browser by a static
 * export, so both answer alike.
 */
import { RELATION_TYPES } from "../../pipeline/schema/index.js";
import type {
  ArticleSummary,
  ListPage,
  MetricRow,
  NodeDetails,
  PageRequest,
  RelationDirection,
  RelationGroup,
  RelationPageRequest,
  RelationSummary,
} from "./api-types.js";
import { refOf, relationSummary } from "./edge-details.js";
import type { DataEdgeAttributes, DataGraph, DataNodeAttributes, GraphIndex } from "./graph-index.js";

/** How much one answer carries; the API documents these numbers. */
export const NODE_DETAILS_LIMITS = {
  /** Items of each list, and of each relation group, in a node's details unless `limit` says otherwise. */
  firstPage: 20,
  /** Most items of one list in one answer, whatever `limit` asks. */
  maxPage: 500,
  /** Evidence sentences shipped with each relation summary; `GET /api/edge/:key` has the rest. */
  evidencePreview: 1,
} as const;

const SHOWN_ELSEWHERE = new Set(["kind", "name", "articles", "articleCount", "aliases", "text", "x", "y"]);

const CHINESE = new Intl.Collator("zh-Hans-CN");

/** The slice `request` asks of `keys`, with only the slice turned into items (a hub's whole list never is). */
function pageOf<K, T>(keys: readonly K[], request: PageRequest, item: (key: K) => T): ListPage<T> {
  const limit = Math.min(request.limit, NODE_DETAILS_LIMITS.maxPage);
  return { offset: request.offset, total: keys.length, items: keys.slice(request.offset, request.offset + limit).map(item) };
}

function articleSummary(graph: DataGraph, key: string): ArticleSummary {
  const a = graph.getNodeAttributes(key);
  if (a.kind !== "Article") throw new Error(`node-details: ${key} is not an article`);
  return {
    key,
    title: a.title || a.name,
    ...(a.county ? { county: a.county } : {}),
    reporters: a.reporters ?? [],
    ...(a.date ? { date: a.date } : {}),
    ...(a.source ? { source: a.source } : {}),
  };
}

/** The articles a node appears in, newest first; undated ones after them, in the order the graph lists them. */
function articleKeys(graph: DataGraph, key: string): string[] {
  const attributes: DataNodeAttributes = graph.getNodeAttributes(key);
  if (attributes.kind === "Article") return [];
  const dated = (attributes.articles ?? [])
    .filter((article) => graph.hasNode(article) && graph.getNodeAttribute(article, "kind") === "Article")
    .map((article) => ({ article, date: (graph.getNodeAttributes(article) as { date?: string }).date ?? "" }));
  // Array.prototype.sort is stable, so equal dates (and all undated) keep the graph's order.
  return dated.sort((x, y) => (x.date === y.date ? 0 : x.date < y.date ? 1 : -1)).map(({ article }) => article);
}

function metricRow(graph: DataGraph, key: string): MetricRow {
  const m = graph.getNodeAttributes(key);
  if (m.kind !== "Metric") throw new Error(`node-details: ${key} is not a metric`);
  let owner: string | undefined;
  graph.forEachInEdge(key, (_e, attributes: DataEdgeAttributes, source) => {
    if (attributes.type === "HAS_METRIC") owner = graph.getNodeAttribute(source, "name");
  });
  return {
    key,
    value: m.value,
    unit: m.unit,
    ...(m.approx ? { approx: m.approx } : {}),
    counted: m.counted,
    raw: m.raw,
    ...(m.per ? { per: m.per } : {}),
    ...(owner ? { owner } : {}),
  };
}

/** A metric itself, else the metrics it reports (HAS_METRIC) or that count it (COUNTS), by name: grouped by who reported them. */
function metricKeys(graph: DataGraph, key: string): string[] {
  if (graph.getNodeAttribute(key, "kind") === "Metric") return [key];
  const found = new Set<string>();
  graph.forEachOutEdge(key, (_e, edge: DataEdgeAttributes, _source, target) => {
    if (edge.type === "HAS_METRIC") found.add(target);
  });
  graph.forEachInEdge(key, (_e, edge: DataEdgeAttributes, source) => {
    if (edge.type === "COUNTS") found.add(source);
  });
  return [...found]
    .map((metric) => ({ metric, name: graph.getNodeAttribute(metric, "name") }))
    .sort((x, y) => CHINESE.compare(x.name, y.name) || (x.metric < y.metric ? -1 : x.metric > y.metric ? 1 : 0))
    .map(({ metric }) => metric);
}

interface RelationEntry {
  edge: string;
  type: DataEdgeAttributes["type"];
  direction: RelationDirection;
  otherKey: string;
  otherName: string;
  evidenceCount: number;
}

const TYPE_ORDER = new Map<string, number>(RELATION_TYPES.map((type, i) => [type, i]));

/**
 * A node's relations in the order the panel lists them: by type (schema
 * order), outgoing before incoming, then the best attested first (so a
 * capped group starts with what most sentences say), then by name.
 */
function relationEntries(graph: DataGraph, key: string, only: Pick<RelationPageRequest, "type" | "direction"> = {}): RelationEntry[] {
  const entries: RelationEntry[] = [];
  const collect = (direction: RelationDirection) => (edge: string, attributes: DataEdgeAttributes, source: string, target: string) => {
    if (only.type && attributes.type !== only.type) return;
    const otherKey = direction === "out" ? target : source;
    entries.push({ edge, type: attributes.type, direction, otherKey, otherName: graph.getNodeAttribute(otherKey, "name"), evidenceCount: attributes.evidence?.length ?? 0 });
  };
  if (only.direction !== "in") graph.forEachOutEdge(key, collect("out"));
  if (only.direction !== "out") graph.forEachInEdge(key, collect("in"));
  return entries.sort(
    (x, y) =>
      TYPE_ORDER.get(x.type)! - TYPE_ORDER.get(y.type)! ||
      (x.direction === y.direction ? 0 : x.direction === "out" ? -1 : 1) ||
      y.evidenceCount - x.evidenceCount ||
      CHINESE.compare(x.otherName, y.otherName) ||
      (x.otherKey < y.otherKey ? -1 : x.otherKey > y.otherKey ? 1 : 0),
  );
}

/** A page of relation summaries; entries, not edge keys, since a self-loop is listed twice (out and in). */
function summaryPage(graph: DataGraph, entries: readonly RelationEntry[], request: PageRequest): ListPage<RelationSummary> {
  return pageOf(entries, request, (entry) => relationSummary(graph, entry.edge, entry.direction, NODE_DETAILS_LIMITS.evidencePreview));
}

/** Each relation type and direction of a node with its first `limit` relations. */
function relationGroups(graph: DataGraph, key: string, limit: number): RelationGroup[] {
  const groups: RelationGroup[] = [];
  const entries = relationEntries(graph, key);
  for (let start = 0; start < entries.length; ) {
    const { type, direction } = entries[start]!;
    let end = start;
    while (end < entries.length && entries[end]!.type === type && entries[end]!.direction === direction) end++;
    groups.push({ type, direction, ...summaryPage(graph, entries.slice(start, end), { offset: 0, limit }) });
    start = end;
  }
  return groups;
}

/**
 * A page of the articles a node appears in, or `undefined` for an unknown node.
 *
 * @example articlePage(graph, "County:金乡县", { offset: 20, limit: 50 })?.total
 */
export function articlePage(graph: DataGraph, key: string, request: PageRequest): ListPage<ArticleSummary> | undefined {
  if (!graph.hasNode(key)) return undefined;
  return pageOf(articleKeys(graph, key), request, (article) => articleSummary(graph, article));
}

/**
 * A page of a node's metrics, or `undefined` for an unknown node.
 *
 * @example metricPage(graph, "Group:离退休干部", { offset: 0, limit: 10 })?.items[0]?.value
 */
export function metricPage(graph: DataGraph, key: string, request: PageRequest): ListPage<MetricRow> | undefined {
  if (!graph.hasNode(key)) return undefined;
  return pageOf(metricKeys(graph, key), request, (metric) => metricRow(graph, metric));
}

/**
 * A page of a node's relations, all of them or of one type and/or direction,
 * or `undefined` for an unknown node.
 *
 * @example relationPage(graph, "County:金乡县", { type: "RUNS", direction: "out", offset: 20, limit: 50 })?.items
 */
export function relationPage(graph: DataGraph, key: string, request: RelationPageRequest): ListPage<RelationSummary> | undefined {
  if (!graph.hasNode(key)) return undefined;
  return summaryPage(graph, relationEntries(graph, key, request), request);
}

/**
 * Details of one node with the first `limit` items of each list (default
 * NODE_DETAILS_LIMITS.firstPage), or `undefined` when the graph has no such node.
 *
 * @example nodeDetails(graph, indexGraph(graph), "Group:离退休干部")?.counties // ["微山县", "金乡县"]
 */
export function nodeDetails(graph: DataGraph, index: GraphIndex, key: string, limit: number = NODE_DETAILS_LIMITS.firstPage): NodeDetails | undefined {
  if (!graph.hasNode(key)) return undefined;
  const attributes: DataNodeAttributes = graph.getNodeAttributes(key);
  const first: PageRequest = { offset: 0, limit };
  return {
    node: refOf(graph, key),
    aliases: attributes.aliases ?? [],
    attributes: Object.fromEntries(Object.entries(attributes).filter(([name]) => !SHOWN_ELSEWHERE.has(name))),
    articles: articlePage(graph, key, first)!,
    metrics: metricPage(graph, key, first)!,
    relations: relationGroups(graph, key, limit),
    counties: [...(index.get(key)?.counties ?? [])].sort((x, y) => CHINESE.compare(x, y)),
  };
}
