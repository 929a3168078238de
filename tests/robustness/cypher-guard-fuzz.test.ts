/**
 * Property tests of the read-only Cypher guard (pipeline/neo4j/cypher-guard.ts):
 * generated write / file / admin queries in any letter case, with comments
 * or odd whitespace between tokens, are refused; generated read queries that
 * only *mention* those keywords inside string literals, comments or
 * backtick names are accepted.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReadOnlyCypher } from "../../pipeline/neo4j/cypher-guard.js";
import { k, KEYWORDS, keywordText, literal, phrase, refusedQueries } from "./support/cypher-arbitraries.js";

const RUNS = 300;

describe("cypher guard fuzz: writes, file access, admin and IN TRANSACTIONS are refused", () => {
  it("refuses every generated unsafe query, whatever its case, comments and whitespace", () => {
    fc.assert(
      fc.property(refusedQueries, (query) => {
        expect(checkReadOnlyCypher(query).ok, query).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses an unsafe clause hidden after a read prefix and before a read suffix", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("MATCH (c:County) WITH c ", "OPTIONAL MATCH (n) WITH n ", ""),
        refusedQueries,
        fc.constantFrom("", " RETURN 1", " // trailing comment"),
        (prefix, unsafe, suffix) => {
          expect(checkReadOnlyCypher(prefix + unsafe + suffix).ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("cypher guard fuzz: keywords inside literals, comments and backtick names are not refused", () => {
  it("accepts a read query whose string literal contains a keyword", () => {
    fc.assert(
      fc.property(keywordText, fc.constantFrom<"'" | '"'>("'", '"'), (text, quote) => {
        const query = `MATCH (n:Programme) WHERE n.name CONTAINS ${literal(text, quote)} RETURN n.name AS name LIMIT 5`;
        expect(checkReadOnlyCypher(query), query).toEqual({ ok: true });
      }),
      { numRuns: RUNS },
    );
  });

  it("accepts a read query with keywords in block and line comments", () => {
    fc.assert(
      fc.property(keywordText, keywordText, (block, line) => {
        const query = `MATCH (n:County) /* ${block.replace(/\*\//g, "")} */ RETURN n.name // ${line.replace(/[\r\n]/g, " ")}`;
        expect(checkReadOnlyCypher(query), query).toEqual({ ok: true });
      }),
      { numRuns: RUNS },
    );
  });

  it("accepts a read query with a keyword as a backtick-quoted name", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYWORDS), (keyword) => {
        const name = "`" + keyword.replace(/`/g, "``") + "`";
        const query = `MATCH (n:Programme) RETURN n.name AS ${name}`;
        expect(checkReadOnlyCypher(query), query).toEqual({ ok: true });
      }),
      { numRuns: 50 },
    );
  });

  it("accepts read queries in any letter case", () => {
    fc.assert(
      fc.property(phrase(k("MATCH"), "(c:County)-[:RUNS]->(p:Programme)", k("WHERE"), "c.name = $county", k("RETURN"), "p.name", k("ORDER"), k("BY"), "p.name", k("LIMIT"), "10"), (query) => {
        expect(checkReadOnlyCypher(query), query).toEqual({ ok: true });
      }),
      { numRuns: RUNS },
    );
  });
});
