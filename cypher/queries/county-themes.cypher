// @title Policy themes by county
// @description For each county, the policy themes of its programmes and articles, with
//   how many programmes and articles address each (a programme's themes as the county's
//   own articles give them).
// @param county "" — only this county (empty: all)
MATCH (c:County) WHERE $county = '' OR c.name = $county
CALL (c) {
  // A programme's theme counts for the county when one of the county's own articles
  // says so: a programme's name can be shared by several counties (one node).
  OPTIONAL MATCH (c)<-[:REPORTS_ON]-(a:Article)
  WITH c, collect(a.key) AS reported
  MATCH (c)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(p:Programme)-[r:ABOUT]->(t:Theme)
  WHERE any(key IN r.evidenceArticles WHERE key IN reported)
  RETURN t, count(DISTINCT p) AS programmes, 0 AS articles
  UNION ALL
  MATCH (c)<-[:REPORTS_ON]-(a:Article)-[:ABOUT]->(t:Theme)
  RETURN t, 0 AS programmes, count(DISTINCT a) AS articles
}
WITH c, t, sum(programmes) AS programmes, sum(articles) AS articles
RETURN c.name AS county, t.name AS theme, programmes, articles
ORDER BY county, programmes + articles DESC, theme
