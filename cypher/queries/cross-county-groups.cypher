// @title Groups served across counties
// @description Target groups served by programmes in more than one county, with
//   those counties and programmes. A programme belongs to the county that runs it,
//   or that runs a programme it is part of (PART_OF, up to three levels).
// @param minCounties 2 — least number of counties serving the group
MATCH (c:County)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(p:Programme)-[:SERVES]->(g:Group)
WITH g, c, p ORDER BY c.name, p.name
WITH g, collect(DISTINCT c.name) AS counties, collect(DISTINCT p.name) AS programmes
WHERE size(counties) >= $minCounties
RETURN g.name AS group, size(counties) AS countyCount, counties, programmes
ORDER BY countyCount DESC, group
