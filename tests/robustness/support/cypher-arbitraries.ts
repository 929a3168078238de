/** fast-check generators of Cypher for the guard and API fuzz tests. */
import fc from "fast-check";

/** Any mix of upper and lower case, e.g. "dEtAcH". */
export const anyCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) =>
    [...word].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join(""),
  );

/** What may stand between two tokens: spaces, tabs, newlines, block or line comments. */
export const gap = fc.oneof(
  fc.constantFrom(" ", "  ", "\t", "\n", " \r\n "),
  fc.string({ maxLength: 12 }).map((text) => ` /* ${text.replace(/\*\//g, "")} */ `),
  fc.string({ maxLength: 12 }).map((text) => ` // ${text.replace(/[\r\n]/g, "")}\n`),
);

/** Tokens joined by generated gaps, each keyword token in a random case. */
export const phrase = (...tokens: (string | { word: string })[]) =>
  fc
    .tuple(
      fc.tuple(...tokens.map((t) => (typeof t === "string" ? fc.constant(t) : anyCase(t.word)))),
      fc.array(gap, { minLength: tokens.length, maxLength: tokens.length }),
    )
    .map(([words, gaps]) => words.map((w, i) => (i === 0 ? w : gaps[i] + w)).join(""));

export const k = (word: string) => ({ word });

export const refusedQueries = fc.oneof(
  phrase(k("CREATE"), "(n:County {name: 'x'})"),
  phrase(k("MATCH"), "(n)", k("DETACH"), k("DELETE"), "n"),
  phrase(k("MATCH"), "(n)", k("DELETE"), "n"),
  phrase(k("MERGE"), "(n:Programme {key: $key})"),
  phrase(k("MATCH"), "(n)", k("SET"), "n.name = 'x'"),
  phrase(k("MATCH"), "(n)", k("REMOVE"), "n.name"),
  phrase(k("LOAD"), k("CSV"), k("FROM"), "'file:///x.csv'", k("AS"), "row", k("RETURN"), "row"),
  phrase(k("LOAD"), k("CSV"), k("WITH"), k("HEADERS"), k("FROM"), "'https://example.org/x.csv'", k("AS"), "row", k("RETURN"), "row"),
  phrase(k("CALL"), "apoc.load.json('file:///x.json')", k("YIELD"), "value", k("RETURN"), "value"),
  phrase(k("CALL"), "apoc.load.csv('x.csv')", k("YIELD"), "map", k("RETURN"), "map"),
  phrase(k("CALL"), "dbms.listConfig()"),
  phrase(k("CALL"), "dbms.security.listUsers()", k("YIELD"), "username", k("RETURN"), "username"),
  phrase(k("MATCH"), "(n)", k("CALL"), "{", k("WITH"), "n", k("RETURN"), "n.name AS name", "}", k("IN"), k("TRANSACTIONS"), k("RETURN"), "name"),
  phrase(k("MATCH"), "(n)", k("CALL"), "(n)", "{", k("RETURN"), "n.name AS name", "}", k("IN"), k("TRANSACTIONS"), k("OF"), "10", k("ROWS"), k("RETURN"), "name"),
  phrase(k("UNWIND"), "[1, 2]", k("AS"), "x", k("FOREACH"), "(i IN [x] |", k("CREATE"), "(:Theme))"),
  phrase(k("DROP"), k("INDEX"), "county_name"),
);

/** A Cypher single- or double-quoted string literal holding `text` (backslash escapes). */
export const literal = (text: string, quote: "'" | '"') => quote + text.replace(/\\/g, "\\\\").replace(new RegExp(quote, "g"), "\\" + quote) + quote;

export const KEYWORDS = ["CREATE", "DELETE", "DETACH DELETE", "MERGE", "SET", "REMOVE", "LOAD CSV", "CALL apoc.load.json('x')", "CALL dbms.listConfig()", "CALL { RETURN 1 } IN TRANSACTIONS", "DROP INDEX x", "FOREACH"];

export const keywordText = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 10 }), fc.boolean())
  .map(([before, keyword, after, lower]) => before + (lower ? keyword.toLowerCase() : keyword) + after);

