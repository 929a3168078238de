// @title Programme hierarchy
// @description Larger programmes and their sub-measures (PART_OF, any depth), with the
//   county that runs the top programme.
// @param programme "" — only this top programme (empty: all)
MATCH path = (part:Programme)-[:PART_OF*1..]->(top:Programme)
WHERE NOT (top)-[:PART_OF]->(:Programme) AND ($programme = '' OR top.name = $programme)
OPTIONAL MATCH (c:County)-[:RUNS]->(top)
RETURN c.name AS county, top.name AS programme, length(path) AS depth, part.name AS part
ORDER BY county, programme, depth, part
