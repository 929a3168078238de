// @title Officials and the bodies they hold posts in
// @description Every person named with a post in a body (县民政局局长王建国: 王建国 holds
//   a post in 县民政局), the county or city they are a node of (namesakes of two divisions are
//   two people), the counties of the articles that name them, the sentence that says so, and
//   the programmes the body takes part in (INVOLVES).
// @param county "" — only officials named in this county's articles (empty: all)
MATCH (p:Person)-[h:HOLDS_POST]->(o:Organization)
// The articles that print the post, looked up by key (a constraint-backed index).
UNWIND h.evidenceArticles AS key
OPTIONAL MATCH (:Article {key: key})-[:REPORTS_ON]->(c:County)
WITH p, h, o, collect(DISTINCT c.name) AS counties
WHERE $county = '' OR $county IN counties
OPTIONAL MATCH (programme:Programme)-[:INVOLVES]->(o)
WITH p, h, o, counties, programme ORDER BY programme.name
RETURN p.name AS person, p.division AS division, o.name AS organization, counties, h.evidenceSentences[0] AS sentence,
       collect(DISTINCT programme.name) AS programmes
ORDER BY organization, person
