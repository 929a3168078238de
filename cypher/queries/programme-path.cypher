// @title How two programmes are connected
// @description Shortest path between two programmes through the groups they serve, the
//   organisations involved and PART_OF links (at most eight steps).
// @param from “四个到位” — canonical name of the first programme
// @param to “四航”模式 — canonical name of the second programme
MATCH (a:Programme {name: $from}), (b:Programme {name: $to})
MATCH path = shortestPath((a)-[:SERVES|INVOLVES|PART_OF*..8]-(b))
RETURN [n IN nodes(path) | n.name] AS via, [r IN relationships(path) | type(r)] AS relations,
       length(path) AS steps, path
