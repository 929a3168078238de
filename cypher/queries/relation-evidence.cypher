// @title The sentences behind a node's relations
// @description Every relation of the node with this name, one row per evidence
//   sentence, with the article it was read from.
// @param name 离退休干部 — canonical name of the node (any kind)
// @param limit 100 — rows at most
MATCH (n) WHERE n.name = $name
MATCH (n)-[r]-(other)
UNWIND range(0, size(coalesce(r.evidenceArticles, [])) - 1) AS i
OPTIONAL MATCH (a:Article {key: r.evidenceArticles[i]})
RETURN type(r) AS relation, startNode(r).name AS from, endNode(r).name AS to,
       a.title AS article, r.evidenceSentences[i] AS sentence
ORDER BY relation, from, to, article, sentence
LIMIT $limit
