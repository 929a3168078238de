/**
 * The graph contract shared by the pipeline, the Neo4j loader, the API and
 * the web explorer. Node kinds become Neo4j labels, relation types become
 * relationship types; nothing else in the project spells them out.
 */
import type { SerializedGraph } from "graphology-types";

export const NODE_KINDS = [
  "Article",
  "County",
  "City",
  "Province",
  "Programme",
  "Group",
  "Metric",
  "Organization",
  "Person",
  "Theme",
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_TYPES = [
  "REPORTS_ON",
  "WRITTEN_BY",
  "PUBLISHED_BY",
  "HOLDS_POST",
  "RUNS",
  "SERVES",
  "HAS_METRIC",
  "COUNTS",
  "PART_OF",
  "INVOLVES",
  "IN",
  "ABOUT",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Which kinds each relation may connect; the graph builder and loader check this. */
export const RELATION_ENDPOINTS: Record<
  RelationType,
  { from: readonly NodeKind[]; to: readonly NodeKind[]; description: string }
> = {
  REPORTS_ON: { from: ["Article"], to: ["County"], description: "the article reports on the county" },
  WRITTEN_BY: { from: ["Article"], to: ["Person"], description: "the article's reporter (通讯员/记者)" },
  PUBLISHED_BY: { from: ["Article"], to: ["Organization"], description: "the outlet the page credits as its source (来源：县融媒体中心)" },
  HOLDS_POST: { from: ["Person"], to: ["Organization"], description: "the person holds a post in the organisation (县民政局局长王建国)" },
  RUNS: { from: ["County"], to: ["Programme"], description: "the county runs the programme" },
  SERVES: { from: ["Programme"], to: ["Group"], description: "the programme serves or mobilises the group" },
  HAS_METRIC: {
    from: ["Programme", "County"],
    to: ["Metric"],
    description: "a reported figure, owned by its programme or, failing one, by the county",
  },
  COUNTS: { from: ["Metric"], to: ["Group"], description: "the metric counts members of the group" },
  PART_OF: { from: ["Programme"], to: ["Programme"], description: "a sub-measure of a larger programme" },
  INVOLVES: { from: ["Programme"], to: ["Organization"], description: "an organisation that runs or takes part" },
  IN: { from: ["County", "City"], to: ["City", "Province"], description: "administrative containment" },
  ABOUT: { from: ["Programme", "Article"], to: ["Theme"], description: "the policy theme" },
};

/** Where a relation was read: a sentence of an article, with offsets into `ArticleAttributes.text`. */
export interface Evidence {
  /** Key of the Article node. */
  article: string;
  /** The sentence as printed (original characters, wraps removed). */
  sentence: string;
  /** Offsets of the sentence in the article text: text.slice(start, end) === sentence. */
  start: number;
  end: number;
  /** Surface forms of the two endpoints inside the sentence, when known (for highlighting). */
  matched?: string[];
}

interface BaseNodeAttributes {
  kind: NodeKind;
  /** Canonical name: simplified Chinese, half-width digits. */
  name: string;
  /** Keys of the Article nodes that mention this node. */
  articles: string[];
  /** Other surface forms seen for this node (e.g. 嘉祥 for 嘉祥县, 老干部 for 离退休干部). */
  aliases?: string[];
}

export interface ArticleAttributes extends BaseNodeAttributes {
  kind: "Article";
  title: string;
  /** Canonical name of the county the dateline names, when one was resolved. */
  county?: string;
  reporters: string[];
  /** The file the article came from, as given on the command line. */
  source: string;
  /** ISO date (YYYY-MM-DD) when the text gives one. */
  date?: string;
  /** The article body as printed: column wraps joined, paragraphs separated by "\n". */
  text: string;
  /** SHA-256 of the normalised body; two copies of one article share it. */
  hash: string;
  /** "print" (dateline first, headline after the body) or "web" (headline first). */
  layout: "print" | "web";
  /**
   * How many relations cite a sentence of this article. Fixed by the article's own text
   * (its key is a content hash), so it is stored rather than counted over every relationship.
   */
  evidenceRelations: number;
}

/** A division node's name is unique among its kind: 南京市鼓楼区 and 福州市鼓楼区, not two 鼓楼区 (see catalog.ts `uniqueName`). */
export interface DivisionAttributes extends BaseNodeAttributes {
  kind: "County" | "City" | "Province";
  /** National statistics code (6 digits county, 4 city, 2 province). */
  code: string;
}

export interface MetricAttributes extends BaseNodeAttributes {
  kind: "Metric";
  /** Exact value with the Chinese multiplier applied: 1.4万 → 14000. */
  value: number;
  /** Measure word or unit as printed, simplified: 户, 人次, 元, 个. */
  unit: string;
  /** Approximation marker when printed: 余, 多, 近, 约, 超, 逾. */
  approx?: string;
  /** What is counted, e.g. 走访群众, 覆盖离退休干部. */
  counted: string;
  /** The figure as printed: 1.4万余户. */
  raw: string;
  /** For a standard sum, what it is per as printed (每人每年 of 每人每年4200元); absent for a total. */
  per?: string;
}

export interface PlainNodeAttributes extends BaseNodeAttributes {
  kind: "Programme" | "Group" | "Organization" | "Person" | "Theme";
  /** For Programme: initiative, mechanism, campaign, platform, model …; for Organization: party, government, enterprise …. */
  category?: string;
  /**
   * For a Person the body names: the county or city they are a node of, so two divisions' namesakes are
   * two nodes. The key holds it (`Person:嘉祥县·王建国`); the name is as printed (王建国). For an
   * Organization named after its township, village or community: its county (`Organization:固始县·城关镇人民政府`).
   */
  division?: string;
}

/** Between a scoping division and a name in a key or a metric's name: 嘉祥县·王建国, 嘉祥县·惠及群众1200人. */
export const SCOPE_SEPARATOR = "·";

/**
 * The name a node shows: a name scoped by its division (a person's, 嘉祥县·王建国) is shown as printed.
 *
 * @example displayName("嘉祥县·王建国", "嘉祥县") // "王建国"
 */
export function displayName(name: string, division: string | undefined): string {
  const scope = division === undefined ? "" : division + SCOPE_SEPARATOR;
  return scope !== "" && name.startsWith(scope) ? name.slice(scope.length) : name;
}

export type NodeAttributes = ArticleAttributes | DivisionAttributes | MetricAttributes | PlainNodeAttributes;

export interface EdgeAttributes {
  type: RelationType;
  evidence: Evidence[];
}

export interface GraphAttributes {
  formatVersion: typeof GRAPH_FORMAT_VERSION;
  builtAt: string;
  generator: string;
  /** Fingerprint of the pipeline that built the graph (pipeline/graph/pipeline-version.ts); absent in hand-made graphs. */
  pipelineVersion?: string;
  /** The paths the graph was built from, as given to `build`. */
  inputs?: string[];
}

export const GRAPH_FORMAT_VERSION = 1;

export type SerializedPolicyGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === "string" && (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && (RELATION_TYPES as readonly string[]).includes(value);
}

/**
 * Stable node key from kind and canonical name, so rebuilding and reloading
 * never duplicates a node. Articles use their content hash instead of a name.
 *
 * @example nodeKey("County", "嘉祥县") // "County:嘉祥县"
 */
export function nodeKey(kind: NodeKind, canonicalName: string): string {
  return `${kind}:${canonicalName}`;
}

/** One edge per (type, source, target): evidence from several sentences is merged into it. */
export function edgeKey(type: RelationType, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

export function kindOfKey(key: string): NodeKind | undefined {
  const kind = key.slice(0, key.indexOf(":"));
  return isNodeKind(kind) ? kind : undefined;
}
