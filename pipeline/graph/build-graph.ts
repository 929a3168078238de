/**
 * Final stage: merge per-article extractions into one graphology graph that
 * follows the schema contract. Nodes are keyed by kind + canonical name, so a
 * group served in two counties becomes one node linking both; edges are keyed
 * by (type, source, target) and accumulate the evidence of every sentence.
 */
import Graph from "graphology";
import type { ArticleExtraction, EntityMention, EntityRef, RelationMention } from "../records.js";
import {
  displayName,
  edgeKey,
  GRAPH_FORMAT_VERSION,
  nodeKey,
  RELATION_ENDPOINTS,
  type EdgeAttributes,
  type ArticleAttributes,
  type Evidence,
  type GraphAttributes,
  type NodeAttributes,
} from "../schema/index.js";
import { pipelineVersion } from "./pipeline-version.js";

export type PolicyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createPolicyGraph(): PolicyGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true });
}

export interface BuildGraphOptions {
  /** Overrides the build timestamp (tests and reproducible builds). */
  builtAt?: string;
  /** The paths the articles were read from, recorded in the graph's attributes. */
  inputs?: string[];
}

export function buildGraph(extractions: ArticleExtraction[], options: BuildGraphOptions = {}): PolicyGraph {
  const builder = createGraphBuilder(options);
  for (const extraction of extractions) builder.add(extraction);
  return builder.graph;
}

/**
 * Sets every Article's `evidenceRelations` from the edges' evidence: for graphs
 * assembled by hand (fixtures, generated benchmark graphs) rather than built.
 */
export function countEvidenceRelations(graph: PolicyGraph): void {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => {
    for (const article of new Set(attributes.evidence.map((e) => e.article))) counts.set(article, (counts.get(article) ?? 0) + 1);
  });
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === "Article") attributes.evidenceRelations = counts.get(key) ?? 0;
  });
}

/** A graph grown one extraction at a time, so a caller need not hold every extraction at once. */
export interface GraphBuilder {
  readonly graph: PolicyGraph;
  add(extraction: ArticleExtraction): void;
}

/**
 * Same graph as `buildGraph` over the same extractions in the same order.
 *
 * @example const builder = createGraphBuilder(); for (const e of extractions) builder.add(e); builder.graph.order
 */
export function createGraphBuilder(options: BuildGraphOptions = {}): GraphBuilder {
  const graph = createPolicyGraph();
  graph.replaceAttributes({
    formatVersion: GRAPH_FORMAT_VERSION,
    builtAt: options.builtAt ?? new Date().toISOString(),
    generator: "policy-kg",
    pipelineVersion: pipelineVersion(),
    ...(options.inputs ? { inputs: [...options.inputs] } : {}),
  });
  return { graph, add: (extraction) => addExtraction(graph, extraction) };
}

/**
 * What one article has recorded so far. An article's mentions all arrive in
 * one extraction, so repeats within it are caught by these small sets, and a
 * node's article list or an edge's evidence (a province's runs to every
 * article) is searched only when the graph already held the article
 * (`repeated`: the same article given twice).
 */
interface ArticleScope {
  key: string;
  repeated: boolean;
  listedIn: Set<string>;
  evidenceAt: Set<string>;
}

function addExtraction(graph: PolicyGraph, extraction: ArticleExtraction): void {
  const { article } = extraction;
  // Only this function adds Article nodes, so one already there means the article came before.
  const scope: ArticleScope = { key: article.key, repeated: graph.hasNode(article.key), listedIn: new Set(), evidenceAt: new Set() };
  graph.mergeNode(article.key, {
    kind: "Article",
    name: article.title || article.key,
    articles: [article.key],
    // A headline printed in traditional characters is found by its simplified form too.
    ...(article.normalizedTitle !== article.title ? { aliases: [article.normalizedTitle] } : {}),
    title: article.title,
    ...(extraction.county ? { county: extraction.county.name } : {}),
    reporters: article.reporters,
    source: article.source,
    ...(article.date ? { date: article.date } : {}),
    text: article.text,
    hash: article.hash,
    layout: article.layout,
    evidenceRelations: 0,
  });
  for (const mention of extraction.entities) addEntity(graph, scope, mention);
  const cited = new Set<string>();
  for (const relation of extraction.relations) cited.add(addRelation(graph, scope, extraction, relation));
  (graph.getNodeAttributes(article.key) as ArticleAttributes).evidenceRelations = cited.size;
}

function addEntity(graph: PolicyGraph, scope: ArticleScope, mention: EntityMention): void {
  const key = nodeKey(mention.kind, mention.name);
  let node: NodeAttributes;
  if (!graph.hasNode(key)) {
    const attributes = definedAttributes(mention);
    // A person scoped by division (嘉祥县·王建国) is shown as printed; the key keeps the scope.
    const name = displayName(mention.name, typeof attributes.division === "string" ? attributes.division : undefined);
    node = { ...attributes, kind: mention.kind, name, articles: [] } as NodeAttributes;
    graph.addNode(key, node);
    node = graph.getNodeAttributes(key);
  } else {
    // The first mention's attributes win; later mentions only fill attributes it lacked.
    node = graph.getNodeAttributes(key);
    const current = node as unknown as Record<string, unknown>;
    if (mention.attributes) for (const [name, value] of Object.entries(mention.attributes)) if (value !== undefined && !(name in current)) current[name] = value;
  }
  if (!scope.listedIn.has(key)) {
    scope.listedIn.add(key);
    if (!scope.repeated || !node.articles.includes(scope.key)) node.articles.push(scope.key);
  }
  if (mention.surface && mention.surface !== node.name) {
    const aliases = (node.aliases ??= []);
    if (!aliases.includes(mention.surface)) aliases.push(mention.surface);
  }
}

function definedAttributes(mention: EntityMention): Record<string, unknown> {
  const defined: Record<string, unknown> = {};
  if (mention.attributes) for (const [name, value] of Object.entries(mention.attributes)) if (value !== undefined) defined[name] = value;
  return defined;
}

function endpointKey(graph: PolicyGraph, ref: EntityRef, articleKey: string): string {
  const key = ref.kind === "Article" ? articleKey : nodeKey(ref.kind, ref.name);
  if (!graph.hasNode(key)) {
    throw new GraphBuildError(`relation endpoint ${key} was never extracted as an entity (article ${articleKey})`);
  }
  return key;
}

/** Adds the relation's evidence to its edge (created on first sight) and returns the edge key. */
function addRelation(graph: PolicyGraph, scope: ArticleScope, extraction: ArticleExtraction, relation: RelationMention): string {
  const { article } = extraction;
  const endpoints = RELATION_ENDPOINTS[relation.type];
  if (!endpoints.from.includes(relation.from.kind) || !endpoints.to.includes(relation.to.kind)) {
    throw new GraphBuildError(
      `${relation.type} cannot connect ${relation.from.kind} to ${relation.to.kind} (article ${article.key})`,
    );
  }
  const source = endpointKey(graph, relation.from, article.key);
  const target = endpointKey(graph, relation.to, article.key);
  const sentence = extraction.sentences[relation.sentence];
  if (!sentence) throw new GraphBuildError(`sentence ${relation.sentence} missing in article ${article.key}`);
  const evidence: Evidence = {
    article: article.key,
    sentence: article.text.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
    ...(relation.matched ? { matched: relation.matched } : {}),
  };
  const key = edgeKey(relation.type, source, target);
  if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, { type: relation.type, evidence: [] });
  // One evidence entry per sentence: two mentions in one sentence state the relation once.
  const at = `${key}@${evidence.start}`;
  if (!scope.evidenceAt.has(at)) {
    scope.evidenceAt.add(at);
    const recorded = graph.getEdgeAttribute(key, "evidence");
    if (!scope.repeated || !recorded.some((e) => e.article === evidence.article && e.start === evidence.start)) recorded.push(evidence);
  }
  return key;
}

export class GraphBuildError extends Error {
  override name = "GraphBuildError";
}
