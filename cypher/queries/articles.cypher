// @title Articles and what they yielded
// @description Every article with its county, reporters, source file and how many
//   relations cite a sentence of it (stored on the article when the graph is built).
// @param county "" — only articles about this county (empty: all)
MATCH (a:Article)
OPTIONAL MATCH (a)-[:REPORTS_ON]->(c:County)
WITH a, c WHERE $county = '' OR c.name = $county
RETURN c.name AS county, a.title AS title, a.reporters AS reporters, a.source AS source, toInteger(a.evidenceRelations) AS relations
ORDER BY county, title
