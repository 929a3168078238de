// @title Figures that count a group
// @description Reported figures that count members of a target group (COUNTS), by
//   county (the one the figure's article reports on) and programme: how many people
//   each initiative reached.
// @param group 离退休干部 — canonical group name
MATCH (m:Metric)-[:COUNTS]->(:Group {name: $group})
OPTIONAL MATCH (owner)-[:HAS_METRIC]->(m)
// A figure belongs to the county its article reports on. A programme's name can be
// shared by several counties (one node), and going through who RUNS it would list
// one county's figure under every other county running a programme of that name.
OPTIONAL MATCH (a:Article)-[:REPORTS_ON]->(c:County) WHERE a.key IN m.articles
RETURN DISTINCT coalesce(c.name, CASE WHEN owner:County THEN owner.name END) AS county, owner.name AS reportedBy,
       m.counted AS counted, m.value AS value, m.unit AS unit, m.raw AS printed
ORDER BY county, value DESC
