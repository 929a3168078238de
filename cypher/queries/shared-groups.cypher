// @title Programmes in different counties that share a group
// @description Pairs of programmes run in two different counties that serve the same
//   target group: where local initiatives aimed at one group can be compared.
// @param group "" — only this group (empty: every group)
MATCH (c1:County)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(p1:Programme)-[:SERVES]->(g:Group)
MATCH (g)<-[:SERVES]-(p2:Programme)-[:PART_OF*0..3]->(:Programme)<-[:RUNS]-(c2:County)
WHERE c1.name < c2.name AND ($group = '' OR g.name = $group)
RETURN DISTINCT g.name AS group, c1.name AS county1, p1.name AS programme1, c2.name AS county2, p2.name AS programme2
ORDER BY group, county1, programme1, county2, programme2
