import { describe, expect, it } from "vitest";
import { assertReadOnlyCypher, checkReadOnlyCypher } from "../../pipeline/neo4j/cypher-guard.js";
import { loadQueryLibrary } from "../../pipeline/neo4j/query-library.js";

describe("checkReadOnlyCypher", () => {
  it.each([
    ["MATCH (n) RETURN n", "plain read"],
    ["MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n", "keyword inside a string"],
    ['MATCH (n) WHERE n.name = "DELETE \\" SET" RETURN n', "escaped quote inside a string"],
    ["MATCH (n) RETURN n // then DELETE n", "keyword in a line comment"],
    ["MATCH (n) /* MERGE */ RETURN n", "keyword in a block comment"],
    ["MATCH (n:`SET`) RETURN n", "keyword as a backtick name"],
    ["MATCH (n) RETURN n.created, n.settled, n.merged", "identifiers that start with a keyword"],
    ["MATCH (n) RETURN n.set, n.create", "property names that are keywords"],
    ["CALL db.index.fulltext.queryNodes('node_names', 'x') YIELD node RETURN node", "full-text search procedure"],
    ["SHOW INDEXES", "listing indexes"],
  ])("allows %s (%s)", (cypher) => {
    expect(checkReadOnlyCypher(cypher)).toEqual({ ok: true });
  });

  it.each([
    ["CREATE (n:County {name: 'x'})", "write", "CREATE"],
    ["MATCH (n) MERGE (n)-[:RUNS]->(m)", "write", "MERGE"],
    ["MATCH (n) SET n.x = 1", "write", "SET"],
    ["match (n) detach delete n", "write", "DETACH DELETE"],
    ["MATCH (n) REMOVE n.name", "write", "REMOVE"],
    ["DROP INDEX county_name", "schema", "DROP INDEX"],
    ["CREATE INDEX foo FOR (n:X) ON (n.y)", "schema", "CREATE INDEX"],
    ["CREATE OR REPLACE DATABASE foo", "admin", "CREATE OR REPLACE DATABASE"],
    ["ALTER USER neo4j SET PASSWORD 'x'", "admin", "ALTER USER"],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "file-or-url", "LOAD CSV"],
    ["MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS", "write", "CALL { } IN TRANSACTIONS"],
    ["MATCH (n) CALL (n) { RETURN n.name AS name } IN 2 CONCURRENT TRANSACTIONS RETURN name", "write", "CALL { } IN TRANSACTIONS"],
    ["MATCH (n) CALL (*) { RETURN n.name AS name } IN TRANSACTIONS OF 10 ROWS RETURN name", "write", "CALL { } IN TRANSACTIONS"],
    ["CALL apoc.load.json('http://x') YIELD value RETURN value", "file-or-url", "apoc.load.json"],
    ["RETURN apoc.load.jsonParams('http://x', {}, null)", "file-or-url", "apoc.load.jsonParams"],
    ["CALL apoc.create.node(['X'], {}) YIELD node RETURN node", "write", "apoc.create.node"],
    ["CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", "write", "apoc.periodic.iterate"],
    ["CALL apoc.cypher.doIt('MATCH (n) RETURN n', {})", "write", "apoc.cypher.doIt"],
    ["CALL dbms.security.listUsers()", "admin", "dbms.security.listUsers"],
    ["CALL db.createLabel('X')", "write", "db.createLabel"],
    ["MATCH (n) /* comment */ DELETE n", "write", "DELETE"],
  ])("refuses %s", (cypher, category, keyword) => {
    expect(checkReadOnlyCypher(cypher)).toMatchObject({ ok: false, category, keyword });
  });

  it("assertReadOnlyCypher throws QueryRefusedError with a category code", () => {
    expect(() => assertReadOnlyCypher("MATCH (n) DELETE n")).toThrow(expect.objectContaining({ name: "QueryRefusedError", code: "PolicyKg.QueryRefused.write" }));
  });

  it("accepts every query of the library", async () => {
    for (const query of await loadQueryLibrary()) expect(checkReadOnlyCypher(query.cypher), query.name).toEqual({ ok: true });
  });
});
