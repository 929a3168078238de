// @title A county's programmes and their figures
// @description Every programme a county runs (sub-programmes included), the groups
//   it serves and the figures reported for it in that county (what is counted, value,
//   unit, as printed).
// @param county 金乡县 — canonical county name
MATCH (c:County {name: $county})-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(p:Programme)
WITH DISTINCT c, p
OPTIONAL MATCH (p)-[:SERVES]->(g:Group)
WITH c, p, collect(DISTINCT g.name) AS groups
// Only figures reported on this county: a programme's name can be shared by several
// counties (one node), and the others' figures are theirs.
OPTIONAL MATCH (p)-[:HAS_METRIC]->(m:Metric)
WHERE EXISTS { MATCH (a:Article)-[:REPORTS_ON]->(c) WHERE a.key IN m.articles }
WITH c, p, groups, m ORDER BY m.value DESC
RETURN c.name AS county, p.name AS programme, p.category AS category, groups,
       collect(coalesce(m.counted, '') + ' ' + m.raw) AS metrics, count(m) AS metricCount
ORDER BY metricCount DESC, programme
