/** The researcher query library (cypher/queries, read by the Neo4j layer) as the API lists it. */
import { loadQueryLibrary } from "../../pipeline/neo4j/query-library.js";
import type { QueriesPayload } from "../shared/api-types.js";

/**
 * Lists the library; a broken library file is reported in `error` instead of failing the explorer.
 *
 * @example (await readQueryLibrary()).queries.map((q) => q.id)
 */
export async function readQueryLibrary(dir?: string): Promise<QueriesPayload> {
  try {
    const queries = await loadQueryLibrary(dir);
    return {
      queries: queries.map((q) => ({
        id: q.name,
        title: q.title,
        ...(q.description ? { description: q.description } : {}),
        cypher: q.cypher,
        params: q.params.map((p) => ({
          name: p.name,
          ...(p.default !== undefined ? { default: String(p.default) } : {}),
          ...(p.description ? { description: p.description } : {}),
        })),
      })),
    };
  } catch (error) {
    return { queries: [], error: `query library: ${(error as Error).message}` };
  }
}
