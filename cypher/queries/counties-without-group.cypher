// @title Counties with no programme for a group
// @description Counties in the graph where no programme (or sub-programme) serves the
//   given target group according to the county's own articles: gaps worth a closer
//   look, not proof of absence.
// @param group 离退休干部 — canonical group name
MATCH (p:Programme)-[r:SERVES]->(:Group {name: $group})
// The counties that do serve it: one of their own articles (REPORTS_ON) says a programme
// they run (or one of its sub-programmes, PART_OF up to three levels) serves the group.
// A programme's name can be shared by several counties (one node); another county's
// article does not make it this county's.
CALL (p, r) {
  UNWIND r.evidenceArticles AS key
  MATCH (:Article {key: key})-[:REPORTS_ON]->(c:County)
  WITH DISTINCT c
  WHERE EXISTS { (c)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(p) }
  RETURN c AS serving
}
WITH collect(DISTINCT serving) AS servingCounties
MATCH (c:County)
WHERE NOT c IN servingCounties
OPTIONAL MATCH (c)-[:RUNS]->(p:Programme)
RETURN c.name AS county, c.code AS code, count(p) AS programmes
ORDER BY county
