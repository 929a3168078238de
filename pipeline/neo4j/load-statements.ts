/**
 * The Cypher the loader runs. Labels and relationship types are spliced in
 * only after validation against the schema's NODE_KINDS / RELATION_TYPES
 * (they cannot be parameters); every value travels as a parameter.
 *
 * Parameters shared by the statements:
 * - `$scope`: keys of the Articles this load is authoritative for (replace-article
 *   mode) — evidence and article references from them are replaced, never merged;
 *   empty in merge mode. The upserts get only the scope Articles Neo4j had when
 *   the load began (no list can name any other); the clean-up gets all of them.
 * - `$rows`: one batch of prepared rows.
 */
import type { NodeKind, RelationType } from "../schema/index.js";
import { labelOf, relationshipTypeOf } from "./properties.js";

/**
 * Every upsert finds its rows through unique-constraint index seeks, whatever
 * the database holds (EXPLAIN on an empty and a loaded database gives the same
 * operators), so a cached plan stays right. Neo4j would otherwise plan each
 * statement again whenever its statistics have moved, which a load itself
 * does all the time: a few hundred ms per statement, more than a whole batch
 * of a small load.
 */
const KEEP_PLAN = "CYPHER replan=skip";

/**
 * Upsert nodes of one kind. A node whose recorded articles all lie in the scope
 * (or a new node) is owned by this graph: its properties are replaced exactly.
 * A node also mentioned by articles outside the scope (another corpus) keeps
 * their properties, articles and aliases; this graph's values are merged in.
 */
export function upsertNodesStatement(kind: NodeKind): string {
  const label = labelOf(kind);
  return `${KEEP_PLAN}
UNWIND $rows AS row
MERGE (n:\`${label}\` {key: row.key})
WITH n, row, coalesce(n.aliases, []) AS oldAliases,
     [a IN coalesce(n.articles, []) WHERE NOT a IN $scope AND NOT a IN row.props.articles] AS keptArticles
FOREACH (_ IN CASE WHEN size(keptArticles) = 0 THEN [1] ELSE [] END | SET n = row.props)
FOREACH (_ IN CASE WHEN size(keptArticles) > 0 THEN [1] ELSE [] END |
  SET n += row.props,
      n.articles = keptArticles + row.props.articles,
      n.aliases = CASE WHEN size(oldAliases) + size(coalesce(row.props.aliases, [])) = 0 THEN null
                       ELSE oldAliases + [a IN coalesce(row.props.aliases, []) WHERE NOT a IN oldAliases] END)
RETURN count(n) AS written`;
}

/**
 * Upsert relationships of one type between two kinds. Evidence entries from
 * articles outside the scope are kept; entries with the same (article, start)
 * as a new one are replaced; this graph's evidence is appended.
 */
export function upsertRelationshipsStatement(type: RelationType, sourceKind: NodeKind, targetKind: NodeKind): string {
  const relType = relationshipTypeOf(type);
  return `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (s:\`${labelOf(sourceKind)}\` {key: row.source})
MATCH (t:\`${labelOf(targetKind)}\` {key: row.target})
MERGE (s)-[r:\`${relType}\` {key: row.key}]->(t)
WITH r, row,
     coalesce(r.evidenceArticles, []) AS oa, coalesce(r.evidenceSentences, []) AS os,
     coalesce(r.evidenceStarts, []) AS ost, coalesce(r.evidenceEnds, []) AS oe, coalesce(r.evidenceMatched, []) AS om
WITH r, row, oa, os, ost, oe, om,
     [i IN range(0, size(oa) - 1) WHERE NOT oa[i] IN $scope AND NOT (oa[i] + '#' + toString(ost[i])) IN row.ids] AS kept
SET r += row.extra,
    r.evidenceArticles = [i IN kept | oa[i]] + row.props.evidenceArticles,
    r.evidenceSentences = [i IN kept | os[i]] + row.props.evidenceSentences,
    r.evidenceStarts = [i IN kept | ost[i]] + row.props.evidenceStarts,
    r.evidenceEnds = [i IN kept | oe[i]] + row.props.evidenceEnds,
    r.evidenceMatched = [i IN kept | coalesce(om[i], '[]')] + row.props.evidenceMatched
RETURN count(r) AS written`;
}

/** Articles already in Neo4j that come from the same source files as this graph but are not in it (superseded). */
export const SUPERSEDED_ARTICLES = `
MATCH (a:Article)
WHERE a.source IN $sources AND NOT a.key IN $articleKeys
RETURN a.key AS key ORDER BY key`;

/** Which of the graph's Articles Neo4j already has (a re-load, or a load interrupted and run again). */
export const EXISTING_ARTICLES = `
UNWIND $articleKeys AS key
MATCH (a:Article {key: key})
RETURN a.key AS key`;

/** Relationships not in the graph whose evidence comes only from scope articles: deleted (one batch). */
export const DELETE_STALE_RELATIONSHIPS = `
MATCH ()-[r]->()
WHERE r.evidenceArticles IS NOT NULL AND size(r.evidenceArticles) > 0 AND NOT r.key IN $edgeKeys
  AND all(a IN r.evidenceArticles WHERE a IN $scope)
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS changed`;

/** Relationships not in the graph with evidence from scope articles and from others: scope evidence removed (one batch). */
export const TRIM_STALE_EVIDENCE = `
MATCH ()-[r]->()
WHERE r.evidenceArticles IS NOT NULL AND NOT r.key IN $edgeKeys AND any(a IN r.evidenceArticles WHERE a IN $scope)
WITH r LIMIT $limit
WITH r, [i IN range(0, size(r.evidenceArticles) - 1) WHERE NOT r.evidenceArticles[i] IN $scope] AS kept,
     r.evidenceArticles AS oa, r.evidenceSentences AS os, r.evidenceStarts AS ost, r.evidenceEnds AS oe,
     coalesce(r.evidenceMatched, []) AS om
SET r.evidenceArticles = [i IN kept | oa[i]],
    r.evidenceSentences = [i IN kept | os[i]],
    r.evidenceStarts = [i IN kept | ost[i]],
    r.evidenceEnds = [i IN kept | oe[i]],
    r.evidenceMatched = [i IN kept | coalesce(om[i], '[]')]
RETURN count(*) AS changed`;

/**
 * Nodes not in the graph that scope articles mentioned: the scope's article
 * references are removed; a node left with none is deleted with its
 * relationships. Articles go last (`articlesPass`), once nothing refers to them.
 */
export function cleanStaleNodesStatement(articlesPass: boolean): string {
  return `
MATCH (n)
WHERE ${articlesPass ? "n:Article" : "NOT n:Article"} AND n.articles IS NOT NULL AND NOT n.key IN $nodeKeys
  AND any(a IN n.articles WHERE a IN $scope)
WITH n LIMIT $limit
WITH n, [a IN n.articles WHERE NOT a IN $scope] AS kept
FOREACH (_ IN CASE WHEN size(kept) > 0 THEN [1] ELSE [] END | SET n.articles = kept)
FOREACH (_ IN CASE WHEN size(kept) = 0 THEN [1] ELSE [] END | DETACH DELETE n)
RETURN count(*) AS changed`;
}
