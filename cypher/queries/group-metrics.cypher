// @title Figures that count a group
// @description Reported figures that count members of a target group (COUNTS), by
//   county and programme: how many people each initiative reached.
// @param group 离退休干部 — canonical group name
MATCH (m:Metric)-[:COUNTS]->(g:Group {name: $group})
OPTIONAL MATCH (owner)-[:HAS_METRIC]->(m)
OPTIONAL MATCH (c:County)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(owner)
RETURN DISTINCT coalesce(c.name, CASE WHEN owner:County THEN owner.name END) AS county, owner.name AS reportedBy,
       m.counted AS counted, m.value AS value, m.unit AS unit, m.raw AS printed
ORDER BY county, value DESC
