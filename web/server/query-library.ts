/** The researcher query library (cypher/queries) as the API lists it. */
import type { QueriesPayload } from "../shared/api-types.js";

// Provisional until pipeline/neo4j/query-library.ts lands.
export async function readQueryLibrary(): Promise<QueriesPayload> {
  return { queries: [] };
}
