// @title Programmes in different counties that share a group
// @description Pairs of programmes run in two different counties that serve the same
//   target group: where local initiatives aimed at one group can be compared.
// @param group "" — only this group (empty: every group)
MATCH (g:Group)
WHERE $group = '' OR g.name = $group
// Group by group in name order, each group's (county, programme) runs collected in
// order and paired by position: rows come out sorted without a sort of every pair (a
// group served in a thousand counties has a million), so the row cap stops the work
// after the first groups instead of after all of them.
WITH g ORDER BY g.name
CALL (g) {
  // A county serves the group through a programme when one of its own articles
  // (REPORTS_ON) says so: a programme's name can be shared by several counties (one
  // node), and only the county that runs it (or a programme it is part of) counts.
  MATCH (g)<-[r:SERVES]-(p:Programme)
  UNWIND r.evidenceArticles AS key
  MATCH (:Article {key: key})-[:REPORTS_ON]->(c:County)
  WITH DISTINCT c, p
  WHERE EXISTS { (c)-[:RUNS]->(:Programme)<-[:PART_OF*0..3]-(p) }
  WITH c.name AS county, p.name AS programme
  ORDER BY county, programme
  RETURN collect({county: county, programme: programme}) AS runs
}
UNWIND range(0, size(runs) - 2) AS i
UNWIND range(i + 1, size(runs) - 1) AS j
WITH g, runs[i] AS a, runs[j] AS b
WHERE a.county < b.county
RETURN g.name AS group, a.county AS county1, a.programme AS programme1, b.county AS county2, b.programme AS programme2
