// @title Groups served across counties
// @description Target groups served by programmes in more than one county, with
//   those counties and programmes. A county counts for a group when one of its own
//   articles (REPORTS_ON) says the programme serves the group, and the county runs
//   the programme or one it is part of (PART_OF, up to three levels).
// @param minCounties 2 — least number of counties serving the group
MATCH (p:Programme)
WHERE EXISTS { (p)-[:SERVES]->(:Group) }
// A programme's name can be shared by several counties (one node), so the counties
// come from the articles behind each SERVES, not from every county that runs it. The
// counties running a programme (or one it is part of) are looked up once per programme.
CALL (p) {
  MATCH (p)-[:PART_OF*0..3]->(:Programme)<-[:RUNS]-(c:County)
  RETURN collect(DISTINCT c) AS runners
}
MATCH (p)-[r:SERVES]->(g:Group)
CALL (r, runners) {
  UNWIND r.evidenceArticles AS key
  MATCH (:Article {key: key})-[:REPORTS_ON]->(c:County)
  WHERE c IN runners
  RETURN DISTINCT c
}
WITH g, c, p ORDER BY c.name, p.name
WITH g, collect(DISTINCT c.name) AS counties, collect(DISTINCT p.name) AS programmes
WHERE size(counties) >= $minCounties
RETURN g.name AS group, size(counties) AS countyCount, counties, programmes
ORDER BY countyCount DESC, group
