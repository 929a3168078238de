// @title Policy themes by county
// @description For each county, the policy themes of its programmes and articles, with
//   how many programmes and articles address each.
// @param county "" — only this county (empty: all)
MATCH (c:County) WHERE $county = '' OR c.name = $county
CALL (c) {
  MATCH (c)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(p:Programme)-[:ABOUT]->(t:Theme)
  RETURN t, count(DISTINCT p) AS programmes, 0 AS articles
  UNION ALL
  MATCH (c)<-[:REPORTS_ON]-(a:Article)-[:ABOUT]->(t:Theme)
  RETURN t, 0 AS programmes, count(DISTINCT a) AS articles
}
WITH c, t, sum(programmes) AS programmes, sum(articles) AS articles
RETURN c.name AS county, t.name AS theme, programmes, articles
ORDER BY county, programmes + articles DESC, theme
