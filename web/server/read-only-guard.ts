/**
 * Refuses Cypher that would write or reach files/URLs before it reaches the
 * database. The check itself is the Neo4j layer's `checkReadOnlyCypher`; this
 * maps its verdict to an HTTP status (400 write, 403 file/URL procedure).
 */
export interface Refusal {
  status: 400 | 403;
  code: string;
  message: string;
}

// Provisional until pipeline/neo4j/cypher-guard.ts lands.
export function refuseUnsafeCypher(_cypher: string): Refusal | null {
  return null;
}
