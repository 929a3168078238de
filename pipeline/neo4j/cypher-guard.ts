/**
 * A read-only check for user Cypher, run before the query reaches the server,
 * so a researcher gets a clear message instead of a server error. The real
 * protection stays the READ access-mode session (run-read-query.ts); this
 * guard also refuses things a READ session would allow, such as LOAD CSV and
 * procedures that reach files or URLs.
 *
 * Comments, string literals and `backtick names` are blanked out first, so
 * `RETURN 'DELETE'` passes and `MATCH (n) /* x *\/ DELETE n` does not.
 */
import { QueryRefusedError } from "./errors.js";
import { maskCypher } from "./cypher-text.js";

export type RefusalCategory = "write" | "schema" | "admin" | "file-or-url" | "procedure";

export type ReadOnlyVerdict =
  | { ok: true }
  | {
      ok: false;
      category: RefusalCategory;
      /** The clause or procedure that was refused, as written (upper-cased keywords). */
      keyword: string;
      message: string;
    };

interface Rule {
  pattern: RegExp;
  category: RefusalCategory;
  what: string;
}

// A keyword counts only as a whole word not preceded by a dot: `n.created`, `n.set` and `apoc.create.node`
// (checked as a procedure below) are not clauses.
const RULES: Rule[] = [
  { pattern: /(?<![.\w])LOAD\s+CSV\b/i, category: "file-or-url", what: "LOAD CSV" },
  // `CALL (x) { … }` and `CALL (*) { … }` (variable scope clause, Neo4j 5.23+) as well as plain `CALL { … }`.
  {
    pattern: /(?<![.\w])CALL\s*(\([^)]*\)\s*)?\{[\s\S]*\}\s*IN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i,
    category: "write",
    what: "CALL { } IN TRANSACTIONS",
  },
  { pattern: /(?<![.\w])(CREATE|DROP|ALTER|RENAME|GRANT|DENY|REVOKE|START|STOP|ENABLE|TERMINATE)\s+(OR\s+REPLACE\s+)?(DATABASE|COMPOSITE|ALIAS|USER|ROLE|SERVER|PRIVILEGE|TRANSACTION)S?\b/i, category: "admin", what: "administration command" },
  { pattern: /(?<![.\w])(CREATE|DROP)\s+(\w+\s+)*?(INDEX|CONSTRAINT)\b/i, category: "schema", what: "schema command" },
  { pattern: /(?<![.\w])CREATE\b/i, category: "write", what: "CREATE" },
  { pattern: /(?<![.\w])MERGE\b/i, category: "write", what: "MERGE" },
  { pattern: /(?<![.\w])DETACH\s+DELETE\b/i, category: "write", what: "DETACH DELETE" },
  { pattern: /(?<![.\w])DELETE\b/i, category: "write", what: "DELETE" },
  { pattern: /(?<![.\w])SET\b/i, category: "write", what: "SET" },
  { pattern: /(?<![.\w])REMOVE\b/i, category: "write", what: "REMOVE" },
  { pattern: /(?<![.\w])DROP\b/i, category: "write", what: "DROP" },
  { pattern: /(?<![.\w])FOREACH\b/i, category: "write", what: "FOREACH" },
  { pattern: /(?<![.\w])USE\b/i, category: "admin", what: "USE (switching databases)" },
];

const PROCEDURE_RULES: Rule[] = [
  { pattern: /^apoc\.(load|import|export|cypher\.run(File|Files|SchemaFile))/i, category: "file-or-url", what: "file/URL procedure" },
  { pattern: /^apoc\.(create|merge|refactor|periodic|nodes\.(delete|link|rels)|atomic|trigger|schema\.assert|lock|custom|uuid\.install|ttl)\b/i, category: "write", what: "writing APOC procedure" },
  { pattern: /^apoc\.(cypher\.(doIt|run(Write|Many|Schema))|do\.|util\.(sleep|validate))/i, category: "write", what: "APOC procedure running arbitrary Cypher" },
  { pattern: /^dbms\./i, category: "admin", what: "dbms procedure" },
  { pattern: /^db\.(create|drop|clearQueryCaches|checkpoint|index\.fulltext\.(drop|createNodeIndex|createRelationshipIndex)|resample|prepareForReplanning)/i, category: "write", what: "database maintenance procedure" },
  { pattern: /^(gds\.).*\.(write|mutate)\b/i, category: "write", what: "writing GDS procedure" },
];

/**
 * Decides whether a Cypher text is read-only.
 *
 * @example
 * checkReadOnlyCypher("MATCH (n:County) RETURN n.name") // { ok: true }
 * checkReadOnlyCypher("MATCH (n) DETACH DELETE n")       // { ok: false, category: "write", keyword: "DETACH DELETE", … }
 */
export function checkReadOnlyCypher(cypher: string): ReadOnlyVerdict {
  const masked = maskCypher(cypher);
  for (const rule of RULES) {
    const match = rule.pattern.exec(masked);
    if (match) return refuse(rule.category, normaliseKeyword(match[0], rule), rule.what);
  }
  for (const match of masked.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    const procedure = match[1]!;
    for (const rule of PROCEDURE_RULES) {
      if (rule.pattern.test(procedure)) return refuse(rule.category, procedure, rule.what);
    }
  }
  // Functions can reach files/URLs too (apoc.load.* as functions, apoc.import.*).
  const fn = /\b(apoc\.(load|import|export)\.[\w.]*)\s*\(/i.exec(masked);
  if (fn) return refuse("file-or-url", fn[1]!, "file/URL function");
  return { ok: true };
}

/**
 * Throws QueryRefusedError (code `PolicyKg.QueryRefused.<category>`) unless the Cypher is read-only.
 *
 * @example assertReadOnlyCypher(userText); // then run it in a READ session
 */
export function assertReadOnlyCypher(cypher: string): void {
  const verdict = checkReadOnlyCypher(cypher);
  if (!verdict.ok) throw new QueryRefusedError(verdict.message, { code: `PolicyKg.QueryRefused.${verdict.category}` });
}

function refuse(category: RefusalCategory, keyword: string, what: string): ReadOnlyVerdict {
  const reason =
    category === "file-or-url"
      ? "reading files or URLs is not allowed here"
      : category === "admin"
        ? "administration commands are not allowed here"
        : "only read queries are allowed here (the graph is changed only by `policy-kg load`)";
  return { ok: false, category, keyword, message: `refused ${what} \`${keyword}\`: ${reason}` };
}

function normaliseKeyword(text: string, rule: Rule): string {
  if (rule.what === "CALL { } IN TRANSACTIONS") return rule.what;
  return text.replace(/\s+/g, " ").toUpperCase();
}
