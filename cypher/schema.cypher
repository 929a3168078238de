// Schema of the policy-kg graph in Neo4j, applied by `policy-kg load` before
// any data (every statement is idempotent: IF NOT EXISTS). One statement per
// `;`. Labels and types are exactly the schema's NODE_KINDS / RELATION_TYPES
// (pipeline/schema/index.ts); tests/neo4j/schema-cypher.test.ts checks that.

// Node keys are unique per kind (MERGE on key is then safe under concurrency).
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT county_key IF NOT EXISTS FOR (n:County) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT city_key IF NOT EXISTS FOR (n:City) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT province_key IF NOT EXISTS FOR (n:Province) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT programme_key IF NOT EXISTS FOR (n:Programme) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT group_key IF NOT EXISTS FOR (n:Group) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT metric_key IF NOT EXISTS FOR (n:Metric) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT theme_key IF NOT EXISTS FOR (n:Theme) REQUIRE n.key IS UNIQUE;

// One relationship per (type, source, target): its key is edgeKey(type, source, target).
CREATE CONSTRAINT reports_on_key IF NOT EXISTS FOR ()-[r:REPORTS_ON]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT written_by_key IF NOT EXISTS FOR ()-[r:WRITTEN_BY]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT published_by_key IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_post_key IF NOT EXISTS FOR ()-[r:HOLDS_POST]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT runs_key IF NOT EXISTS FOR ()-[r:RUNS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT serves_key IF NOT EXISTS FOR ()-[r:SERVES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT has_metric_key IF NOT EXISTS FOR ()-[r:HAS_METRIC]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT counts_key IF NOT EXISTS FOR ()-[r:COUNTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT involves_key IF NOT EXISTS FOR ()-[r:INVOLVES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT in_key IF NOT EXISTS FOR ()-[r:IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT about_key IF NOT EXISTS FOR ()-[r:ABOUT]-() REQUIRE r.key IS UNIQUE;

// Look-ups by name on every kind.
CREATE INDEX article_name IF NOT EXISTS FOR (n:Article) ON (n.name);
CREATE INDEX county_name IF NOT EXISTS FOR (n:County) ON (n.name);
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name);
CREATE INDEX programme_name IF NOT EXISTS FOR (n:Programme) ON (n.name);
CREATE INDEX group_name IF NOT EXISTS FOR (n:Group) ON (n.name);
CREATE INDEX metric_name IF NOT EXISTS FOR (n:Metric) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);

// Administrative codes, metric units, article provenance (replace-article looks up by source).
CREATE INDEX county_code IF NOT EXISTS FOR (n:County) ON (n.code);
CREATE INDEX city_code IF NOT EXISTS FOR (n:City) ON (n.code);
CREATE INDEX province_code IF NOT EXISTS FOR (n:Province) ON (n.code);
CREATE INDEX metric_unit IF NOT EXISTS FOR (n:Metric) ON (n.unit);
CREATE INDEX metric_value IF NOT EXISTS FOR (n:Metric) ON (n.value);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.hash);
CREATE INDEX programme_category IF NOT EXISTS FOR (n:Programme) ON (n.category);

// Full-text search over names and aliases; the CJK analyzer indexes Chinese by character bigrams.
CREATE FULLTEXT INDEX node_names IF NOT EXISTS
FOR (n:County|City|Province|Programme|Group|Metric|Organization|Person|Theme)
ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Full-text search over article titles and bodies.
CREATE FULLTEXT INDEX article_text IF NOT EXISTS
FOR (n:Article) ON EACH [n.title, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
