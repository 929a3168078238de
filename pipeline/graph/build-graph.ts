/**
 * Final stage: merge per-article extractions into one graphology graph that
 * follows the schema contract. Nodes are keyed by kind + canonical name, so a
 * group served in two counties becomes one node linking both; edges are keyed
 * by (type, source, target) and accumulate the evidence of every sentence.
 */
import Graph from "graphology";
import type { ArticleExtraction, EntityMention, EntityRef, RelationMention } from "../records.js";
import {
  edgeKey,
  GRAPH_FORMAT_VERSION,
  nodeKey,
  RELATION_ENDPOINTS,
  type EdgeAttributes,
  type Evidence,
  type GraphAttributes,
  type NodeAttributes,
} from "../schema/index.js";

export type PolicyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createPolicyGraph(): PolicyGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true });
}

export interface BuildGraphOptions {
  /** Overrides the build timestamp (tests and reproducible builds). */
  builtAt?: string;
}

export function buildGraph(extractions: ArticleExtraction[], options: BuildGraphOptions = {}): PolicyGraph {
  const graph = createPolicyGraph();
  graph.replaceAttributes({
    formatVersion: GRAPH_FORMAT_VERSION,
    builtAt: options.builtAt ?? new Date().toISOString(),
    generator: "policy-kg",
  });
  for (const extraction of extractions) addExtraction(graph, extraction);
  return graph;
}

function addExtraction(graph: PolicyGraph, extraction: ArticleExtraction): void {
  const { article } = extraction;
  graph.mergeNode(article.key, {
    kind: "Article",
    name: article.title || article.key,
    articles: [article.key],
    title: article.title,
    ...(extraction.county ? { county: extraction.county.name } : {}),
    reporters: article.reporters,
    source: article.source,
    ...(article.date ? { date: article.date } : {}),
    text: article.text,
    hash: article.hash,
    layout: article.layout,
  });
  for (const mention of extraction.entities) addEntity(graph, article.key, mention);
  for (const relation of extraction.relations) addRelation(graph, extraction, relation);
}

function addEntity(graph: PolicyGraph, articleKey: string, mention: EntityMention): void {
  const key = nodeKey(mention.kind, mention.name);
  const attributes = Object.fromEntries(
    Object.entries(mention.attributes ?? {}).filter(([, value]) => value !== undefined),
  );
  if (!graph.hasNode(key)) {
    graph.addNode(key, { ...attributes, kind: mention.kind, name: mention.name, articles: [articleKey] } as NodeAttributes);
  } else {
    graph.updateNodeAttributes(key, (current) => ({
      ...attributes,
      ...current,
      articles: current.articles.includes(articleKey) ? current.articles : [...current.articles, articleKey],
    }));
  }
  if (mention.surface && mention.surface !== mention.name) {
    graph.updateNodeAttribute(key, "aliases", (aliases) =>
      aliases?.includes(mention.surface) ? aliases : [...(aliases ?? []), mention.surface],
    );
  }
}

function endpointKey(graph: PolicyGraph, ref: EntityRef, articleKey: string): string {
  const key = ref.kind === "Article" ? articleKey : nodeKey(ref.kind, ref.name);
  if (!graph.hasNode(key)) {
    throw new GraphBuildError(`relation endpoint ${key} was never extracted as an entity (article ${articleKey})`);
  }
  return key;
}

function addRelation(graph: PolicyGraph, extraction: ArticleExtraction, relation: RelationMention): void {
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
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, { type: relation.type, evidence: [evidence] });
    return;
  }
  graph.updateEdgeAttribute(key, "evidence", (list = []) =>
    list.some((e) => e.article === evidence.article && e.start === evidence.start) ? list : [...list, evidence],
  );
}

export class GraphBuildError extends Error {
  override name = "GraphBuildError";
}
