// @title Programmes in different counties that share a group
// @description Pairs of programmes run in two different counties that serve the same
//   target group: where local initiatives aimed at one group can be compared.
// @param group "" — only this group (empty: every group)
// Anchored on the group: each group's (county, programme) pairs are collected once and
// then paired, instead of expanding the programme hierarchy on both sides of every group.
MATCH (g:Group)
WHERE $group = '' OR g.name = $group
MATCH (g)<-[:SERVES]-(p:Programme)-[:PART_OF*0..3]->(:Programme)<-[:RUNS]-(c:County)
WITH g, collect(DISTINCT {county: c.name, programme: p.name}) AS runs
UNWIND runs AS a
UNWIND runs AS b
WITH g, a, b WHERE a.county < b.county
RETURN g.name AS group, a.county AS county1, a.programme AS programme1, b.county AS county2, b.programme AS programme2
ORDER BY group, county1, programme1, county2, programme2
