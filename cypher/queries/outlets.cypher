// @title Outlets and what they published
// @description Every outlet a page credits as its source (来源：县融媒体中心, PUBLISHED_BY):
//   the articles it published, the counties they report on and the programmes those
//   counties run in them — which media centre or bureau speaks for which programmes.
// @param county "" — only articles about this county (empty: all)
MATCH (a:Article)-[:PUBLISHED_BY]->(o:Organization)
OPTIONAL MATCH (a)-[:REPORTS_ON]->(c:County)
WITH a, o, collect(DISTINCT c.name) AS counties
WHERE $county = '' OR $county IN counties
// The programmes the article's county runs in this article: RUNS cites the article's key.
OPTIONAL MATCH (:County)-[r:RUNS]->(p:Programme) WHERE a.key IN r.evidenceArticles
WITH a, o, counties, p ORDER BY p.name
RETURN o.name AS outlet, o.category AS category, a.title AS article, a.date AS date, counties, collect(DISTINCT p.name) AS programmes
ORDER BY outlet, date, article
