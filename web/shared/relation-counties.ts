/**
 * Which counties a relation speaks for. A programme's name can be shared by
 * several counties (one node), so "programme P serves group G" belongs to
 * the counties whose own articles say so, not to every county running P.
 * The server's graph knows each relation's evidence articles and each
 * article's county; a payload without evidence carries the answer instead
 * (`counties` on the relation).
 */
import type { RelationType } from "../../pipeline/schema/index.js";
import type { DataEdgeAttributes, DataGraph } from "./graph-index.js";

/** Relations from a programme (or a figure) that a county-scoped view attributes by their evidence. */
export const COUNTY_SCOPED_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(["SERVES", "INVOLVES", "ABOUT", "COUNTS", "HAS_METRIC"]);

/**
 * Names of the counties the articles report on, or undefined when one of
 * them is unknown (then nothing can be said, and callers fall back to the
 * programme's counties).
 *
 * @example countiesOfArticles(["Article:1", "Article:2"], (key) => (key === "Article:1" ? ["金乡县"] : ["微山县"])) // ["金乡县", "微山县"]
 */
export function countiesOfArticles(articles: readonly string[], countiesOfArticle: (article: string) => readonly string[] | undefined): string[] | undefined {
  const counties = new Set<string>();
  for (const article of articles) {
    const found = countiesOfArticle(article);
    if (found === undefined) return undefined;
    for (const county of found) counties.add(county);
  }
  return [...counties];
}

/** Counties an Article node reports on: its REPORTS_ON targets and its `county`; undefined when the graph lacks it. */
function articleCountiesIn(graph: DataGraph, article: string): readonly string[] | undefined {
  const node = graph.hasNode(article) ? graph.getNodeAttributes(article) : undefined;
  if (node?.kind !== "Article") return undefined;
  const counties = new Set<string>();
  graph.forEachOutEdge(article, (_edge, attributes, _source, target) => {
    if (attributes.type === "REPORTS_ON") counties.add(graph.getNodeAttribute(target, "name"));
  });
  if (node.county) counties.add(node.county);
  return [...counties];
}

/**
 * The counties a county-scoped relation speaks for: its `counties` when a
 * payload shipped them, else those of its evidence articles (each looked up
 * by `countiesOfArticle`); undefined for other relations or when nothing
 * tells.
 *
 * @example attestedCounties(graph.getEdgeAttributes(key), () => ["鱼台县"]) // ["鱼台县"]
 */
export function attestedCounties(
  attributes: DataEdgeAttributes,
  countiesOfArticle: (article: string) => readonly string[] | undefined,
): readonly string[] | undefined {
  if (!COUNTY_SCOPED_RELATIONS.has(attributes.type)) return undefined;
  if (attributes.counties) return attributes.counties;
  const evidence = attributes.evidence;
  if (!evidence || evidence.length === 0) return undefined;
  // Most relations rest on one article.
  if (evidence.length === 1) return countiesOfArticle(evidence[0]!.article);
  return countiesOfArticles(
    evidence.map((e) => e.article),
    countiesOfArticle,
  );
}

/**
 * `attestedCounties` of one edge, its articles' counties read from the graph
 * (remembered in `seenArticles` when given).
 *
 * @example relationCounties(graph, "SERVES|Programme:网格员培训计划|Group:退役军人") // ["鱼台县"]
 */
export function relationCounties(graph: DataGraph, edge: string, seenArticles?: ArticleCountiesCache): readonly string[] | undefined {
  return attestedCounties(graph.getEdgeAttributes(edge), (article) => remembered(seenArticles, article, () => articleCountiesIn(graph, article)));
}

/** Article → its counties, for callers asking about many relations of one unchanging graph (a payload). */
export type ArticleCountiesCache = Map<string, readonly string[] | undefined>;

function remembered(cache: ArticleCountiesCache | undefined, article: string, find: () => readonly string[] | undefined): readonly string[] | undefined {
  if (!cache) return find();
  if (!cache.has(article)) cache.set(article, find());
  return cache.get(article);
}
