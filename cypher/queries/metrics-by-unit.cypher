// @title Figures by unit
// @description Every reported figure with a given unit or measure word (户, 人次, 元, 名 …),
//   largest first, with who reported it, which group it counts and, for a standard sum,
//   what it is per (每人每年).
// @param unit 名 — unit as printed, simplified
MATCH (m:Metric {unit: $unit})
OPTIONAL MATCH (owner)-[:HAS_METRIC]->(m)
OPTIONAL MATCH (m)-[:COUNTS]->(g:Group)
RETURN owner.name AS owner, labels(owner)[0] AS ownerKind, m.counted AS counted, m.value AS value,
       m.unit AS unit, m.approx AS approx, m.per AS per, m.raw AS printed, collect(DISTINCT g.name) AS groups
ORDER BY value DESC, owner, counted
