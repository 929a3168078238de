// @title Counties with no programme for a group
// @description Counties in the graph where no programme (or sub-programme) serves the
//   given target group: gaps worth a closer look, not proof of absence.
// @param group 离退休干部 — canonical group name
MATCH (c:County)
WHERE NOT EXISTS {
  MATCH (c)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(:Programme)-[:SERVES]->(:Group {name: $group})
}
OPTIONAL MATCH (c)-[:RUNS]->(p:Programme)
RETURN c.name AS county, c.code AS code, count(p) AS programmes
ORDER BY county
