// @title Programmes in different counties that share a group
// @description Pairs of programmes run in two different counties that serve the same
//   target group: where local initiatives aimed at one group can be compared.
// @param group "" — only this group (empty: every group)
// Each group's (county, programme) runs are collected once, in order, and paired by
// position: rows come out already sorted, so nothing holds every pair (a group served
// in a thousand counties has a million) and the row cap stops the work early.
MATCH (g:Group)
WHERE $group = '' OR g.name = $group
MATCH (g)<-[:SERVES]-(p:Programme)-[:PART_OF*0..3]->(:Programme)<-[:RUNS]-(c:County)
WITH DISTINCT g, c.name AS county, p.name AS programme
ORDER BY g.name, county, programme
WITH g, collect({county: county, programme: programme}) AS runs
ORDER BY g.name
UNWIND range(0, size(runs) - 2) AS i
UNWIND range(i + 1, size(runs) - 1) AS j
WITH g, runs[i] AS a, runs[j] AS b
WHERE a.county < b.county
RETURN g.name AS group, a.county AS county1, a.programme AS programme1, b.county AS county2, b.programme AS programme2
