/**
 * Refuses Cypher that would write or reach files/URLs before it reaches the
 * database. The check itself is the Neo4j layer's `checkReadOnlyCypher`; this
 * maps its verdict to an HTTP answer: 400 for writes and schema changes, 403
 * for file/URL access and administration.
 */
import { checkReadOnlyCypher } from "../../pipeline/neo4j/cypher-guard.js";

export interface Refusal {
  status: 400 | 403;
  code: string;
  message: string;
}

/**
 * @example refuseUnsafeCypher("MATCH (n) DELETE n") // { status: 400, code: "QUERY_REFUSED_WRITE", message: "refused DELETE …" }
 */
export function refuseUnsafeCypher(cypher: string): Refusal | null {
  const verdict = checkReadOnlyCypher(cypher);
  if (verdict.ok) return null;
  const forbidden = verdict.category === "file-or-url" || verdict.category === "admin";
  return {
    status: forbidden ? 403 : 400,
    code: `QUERY_REFUSED_${verdict.category.toUpperCase().replace(/-/g, "_")}`,
    message: verdict.message,
  };
}
