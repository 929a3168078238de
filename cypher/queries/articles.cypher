// @title Articles and what they yielded
// @description Every article with its county, reporters, source file and how many
//   relations cite a sentence of it.
// @param county "" — only articles about this county (empty: all)
MATCH ()-[r]->()
UNWIND coalesce(r.evidenceArticles, []) AS articleKey
WITH articleKey, count(DISTINCT r) AS relations
MATCH (a:Article {key: articleKey})
OPTIONAL MATCH (a)-[:REPORTS_ON]->(c:County)
WITH a, c, relations WHERE $county = '' OR c.name = $county
RETURN c.name AS county, a.title AS title, a.reporters AS reporters, a.source AS source, relations
ORDER BY county, title
