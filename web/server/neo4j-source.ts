/**
 * Connects the API to Neo4j when it is reachable: the graph store reads from
 * it, Cypher runs against it. When it is not, the caller falls back to
 * graph.json and the explorer's Cypher panel explains how to connect.
 */
import type { Driver } from "neo4j-driver";
import { connect } from "../../pipeline/neo4j/connection.js";
import { describeUri, resolveNeo4jSettings, type Neo4jSettings } from "../../pipeline/neo4j/settings.js";
import type { CypherBackend } from "./cypher-backend.js";
import { createLoaderGraphStore, type GraphStore } from "./graph-store.js";
import { createNeo4jCypherBackend } from "./neo4j-cypher-backend.js";
import { readGraphFromNeo4j } from "./neo4j-graph-reader.js";

export interface Neo4jSource {
  settings: Neo4jSettings;
  driver: Driver;
  graphStore: GraphStore;
  cypher: CypherBackend;
  /** Nodes in the database when it was opened (0: nothing loaded yet). */
  nodeCount: number;
  close(): Promise<void>;
}

/**
 * Opens Neo4j with the NEO4J_* settings (environment, .env, or the local
 * defaults of `npm run neo4j`). Throws the Neo4j layer's typed errors when it
 * cannot connect.
 *
 * @example const neo4j = await openNeo4jSource().catch(() => null);
 */
export async function openNeo4jSource(options: { attempts?: number; settings?: Neo4jSettings } = {}): Promise<Neo4jSource> {
  const settings = options.settings ?? resolveNeo4jSettings();
  const driver = await connect(settings, { attempts: options.attempts ?? 1, connectionTimeoutMs: 3000 });
  try {
    const graphStore = createLoaderGraphStore("neo4j", describeUri(settings), () => readGraphFromNeo4j(driver, settings.database));
    const { graph } = await graphStore.current();
    return {
      settings,
      driver,
      graphStore,
      cypher: createNeo4jCypherBackend(driver, settings),
      nodeCount: graph.order,
      close: () => driver.close(),
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
