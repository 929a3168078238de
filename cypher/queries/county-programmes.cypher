// @title A county's programmes and their figures
// @description Every programme a county runs (sub-programmes included), the groups
//   it serves there and the figures reported for it in that county (what is counted,
//   value, unit, as printed), both from the county's own articles.
// @param county 金乡县 — canonical county name
MATCH (c:County {name: $county})
// Only figures reported on this county: a programme's name can be shared by several
// counties (one node), and the others' figures are theirs. The county's article keys
// are collected once; testing each figure's articles against them is cheaper than a
// look-up per figure (shared programmes carry thousands of figures).
OPTIONAL MATCH (c)<-[:REPORTS_ON]-(a:Article)
WITH c, collect(a.key) AS reported
MATCH (c)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(p:Programme)
WITH DISTINCT c, reported, p
// Likewise, only the groups this county's articles say the programme serves.
OPTIONAL MATCH (p)-[s:SERVES]->(g:Group)
WHERE any(key IN s.evidenceArticles WHERE key IN reported)
WITH c, reported, p, g ORDER BY g.name
WITH c, reported, p, collect(DISTINCT g.name) AS groups
OPTIONAL MATCH (p)-[:HAS_METRIC]->(m:Metric)
WHERE any(key IN m.articles WHERE key IN reported)
WITH c, p, groups, m ORDER BY m.value DESC
RETURN c.name AS county, p.name AS programme, p.category AS category, groups,
       collect(coalesce(m.counted, '') + ' ' + m.raw) AS metrics, count(m) AS metricCount
ORDER BY metricCount DESC, programme
