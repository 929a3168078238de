// @title Search names and aliases
// @description Full-text search (CJK analyzer) over the names and aliases of every
//   node except articles; Lucene syntax works (e.g. 老干部 OR 退休).
// @param text 老干部 — words to look for
// @param limit 20 — rows at most
CALL db.index.fulltext.queryNodes('node_names', $text) YIELD node, score
RETURN node.kind AS kind, node.name AS name, node.aliases AS aliases, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT $limit
