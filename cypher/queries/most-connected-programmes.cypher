// @title Most connected programmes
// @description Programmes ranked by how many relations they take part in (groups,
//   figures, organisations, sub-programmes, themes), with their county.
// @param limit 10 — rows at most
MATCH (p:Programme)
OPTIONAL MATCH (c:County)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(p)
WITH p, collect(DISTINCT c.name) AS counties
RETURN p.name AS programme, counties, COUNT { (p)--() } AS relations,
       COUNT { (p)-[:SERVES]->() } AS groups, COUNT { (p)-[:HAS_METRIC]->() } AS metrics
ORDER BY relations DESC, programme
LIMIT $limit
