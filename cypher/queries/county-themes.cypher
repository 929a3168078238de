// @title Policy themes by county
// @description For each county, the policy themes of its programmes and articles, with
//   how many programmes and articles address each (a programme's themes as the county's
//   own articles give them).
// @param county "" — only this county (empty: all)
CALL () {
  // A programme's theme counts for a county when one of the county's own articles
  // (REPORTS_ON) says so, and the county runs the programme or one it is part of: a
  // programme's name can be shared by several counties (one node). The counties running
  // a programme are looked up once per programme; starting from each ABOUT's articles
  // looks at every sentence once, however many counties share it.
  MATCH (p:Programme)
  WHERE EXISTS { (p)-[:ABOUT]->(:Theme) }
  CALL (p) {
    MATCH (p)-[:PART_OF*0..3]->(:Programme)<-[:RUNS]-(c:County)
    WHERE $county = '' OR c.name = $county
    RETURN collect(DISTINCT c) AS runners
  }
  MATCH (p)-[r:ABOUT]->(t:Theme)
  CALL (r, runners) {
    UNWIND r.evidenceArticles AS key
    MATCH (:Article {key: key})-[:REPORTS_ON]->(c:County)
    WHERE c IN runners
    RETURN DISTINCT c
  }
  RETURN c, t, count(DISTINCT p) AS programmes, 0 AS articles
  UNION ALL
  MATCH (c:County)<-[:REPORTS_ON]-(a:Article)-[:ABOUT]->(t:Theme)
  WHERE $county = '' OR c.name = $county
  RETURN c, t, 0 AS programmes, count(DISTINCT a) AS articles
}
WITH c, t, sum(programmes) AS programmes, sum(articles) AS articles
RETURN c.name AS county, t.name AS theme, programmes, articles
ORDER BY county, programmes + articles DESC, theme
