/**
 * Everything the side panel shows about one node: its attributes, the
 * articles it appears in, its metrics, every relation with its evidence, and
 * the counties it reaches. Used by `GET /api/node/:key` and by the static site.
 */
import type { Evidence, NodeKind, RelationType } from "../../pipeline/schema/index.js";
import type { DataEdgeAttributes, DataGraph, DataNodeAttributes, GraphIndex } from "./graph-index.js";

export interface NodeRef {
  key: string;
  kind: NodeKind;
  name: string;
}

export interface ArticleSummary {
  key: string;
  title: string;
  county?: string;
  reporters: string[];
  date?: string;
  source?: string;
}

export interface EvidenceDetail {
  article: string;
  articleTitle?: string;
  sentence: string;
  matched: string[];
}

export interface RelationDetail {
  type: RelationType;
  direction: "out" | "in";
  other: NodeRef;
  evidence: EvidenceDetail[];
}

export interface MetricRow {
  key: string;
  value: number;
  unit: string;
  approx?: string;
  counted: string;
  raw: string;
  /** The programme or county that reported it. */
  owner?: string;
}

export interface NodeDetails {
  node: NodeRef;
  aliases: string[];
  /** Attributes other than the ones shown elsewhere (name, kind, articles, text). */
  attributes: Record<string, unknown>;
  articles: ArticleSummary[];
  metrics: MetricRow[];
  relations: RelationDetail[];
  /** Counties reached (through programmes for groups, organisations and themes). */
  counties: string[];
}

const SHOWN_ELSEWHERE = new Set(["kind", "name", "articles", "articleCount", "aliases", "text", "x", "y"]);

export function refOf(graph: DataGraph, key: string): NodeRef {
  const attributes = graph.getNodeAttributes(key);
  return { key, kind: attributes.kind, name: attributes.name };
}

function articleSummary(graph: DataGraph, key: string): ArticleSummary | undefined {
  if (!graph.hasNode(key)) return undefined;
  const a = graph.getNodeAttributes(key);
  if (a.kind !== "Article") return undefined;
  return {
    key,
    title: a.title || a.name,
    ...(a.county ? { county: a.county } : {}),
    reporters: a.reporters ?? [],
    ...(a.date ? { date: a.date } : {}),
    ...(a.source ? { source: a.source } : {}),
  };
}

function metricRow(graph: DataGraph, key: string): MetricRow | undefined {
  const m = graph.getNodeAttributes(key);
  if (m.kind !== "Metric") return undefined;
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
    ...(owner ? { owner } : {}),
  };
}

/** A relation's evidence as the panel shows it: each sentence with the title of its article. */
export function evidenceDetails(graph: DataGraph, evidence: readonly Evidence[]): EvidenceDetail[] {
  return evidence.map((e) => {
    const title = articleSummary(graph, e.article)?.title;
    return { article: e.article, ...(title ? { articleTitle: title } : {}), sentence: e.sentence, matched: e.matched ?? [] };
  });
}

/**
 * Details of one node, or `undefined` when the graph has no such node.
 *
 * @example nodeDetails(graph, indexGraph(graph), "Group:离退休干部")?.counties // ["微山县", "金乡县"]
 */
export function nodeDetails(graph: DataGraph, index: GraphIndex, key: string): NodeDetails | undefined {
  if (!graph.hasNode(key)) return undefined;
  const attributes: DataNodeAttributes = graph.getNodeAttributes(key);
  const articleKeys = attributes.kind === "Article" ? [] : attributes.articles ?? [];
  const relations: RelationDetail[] = [];
  const metrics: MetricRow[] = [];
  const collect = (direction: "out" | "in") => (_edge: string, edge: DataEdgeAttributes, source: string, target: string) => {
    const other = direction === "out" ? target : source;
    relations.push({
      type: edge.type,
      direction,
      other: refOf(graph, other),
      evidence: evidenceDetails(graph, edge.evidence ?? []),
    });
    if (edge.type === "HAS_METRIC" && direction === "out") metrics.push(metricRow(graph, target)!);
    if (edge.type === "COUNTS" && direction === "in") metrics.push(metricRow(graph, source)!);
  };
  graph.forEachOutEdge(key, collect("out"));
  graph.forEachInEdge(key, collect("in"));
  if (attributes.kind === "Metric") metrics.push(metricRow(graph, key)!);
  relations.sort((x, y) => x.type.localeCompare(y.type) || x.other.name.localeCompare(y.other.name, "zh-Hans-CN"));
  return {
    node: refOf(graph, key),
    aliases: attributes.aliases ?? [],
    attributes: Object.fromEntries(Object.entries(attributes).filter(([name]) => !SHOWN_ELSEWHERE.has(name))),
    articles: articleKeys.map((k) => articleSummary(graph, k)).filter((a): a is ArticleSummary => a !== undefined),
    metrics: metrics.filter((m, i) => m && metrics.findIndex((other) => other.key === m.key) === i),
    relations,
    counties: [...(index.get(key)?.counties ?? [])].sort((x, y) => x.localeCompare(y, "zh-Hans-CN")),
  };
}
