/**
 * The Cypher backend over Neo4j: runs queries with the Neo4j layer's
 * `runReadQuery` (READ session, timeout, row cap) and turns its typed errors
 * into the API's.
 */
import type { Driver } from "neo4j-driver";
import { Neo4jLayerError, Neo4jUnavailableError, QueryRefusedError, QueryTimeoutError } from "../../pipeline/neo4j/errors.js";
import { runReadQuery } from "../../pipeline/neo4j/run-read-query.js";
import type { PlainNode, PlainRelationship } from "../../pipeline/neo4j/result-values.js";
import { describeUri, type Neo4jSettings } from "../../pipeline/neo4j/settings.js";
import type { CypherGraphEdge, CypherGraphNode, CypherResultPayload } from "../shared/api-types.js";
import { CypherQueryError, CypherTimeoutError, CypherUnavailableError, type CypherBackend } from "./cypher-backend.js";

function toGraphNode(node: PlainNode): CypherGraphNode {
  return { key: node.key, labels: node.labels, ...(node.name ? { name: node.name } : {}) };
}

function toGraphEdge(edge: PlainRelationship): CypherGraphEdge {
  return { type: edge.type, source: edge.source, target: edge.target };
}

export function createNeo4jCypherBackend(driver: Driver, settings: Neo4jSettings): CypherBackend {
  return {
    uri: describeUri(settings),
    async ping() {
      await driver.getServerInfo(settings.database ? { database: settings.database } : {});
    },
    async run(request): Promise<CypherResultPayload> {
      try {
        const result = await runReadQuery(driver, {
          cypher: request.cypher,
          params: request.params,
          database: settings.database,
          timeoutMs: request.timeoutMs,
          maxRows: request.maxRows,
        });
        return {
          columns: result.columns,
          rows: result.rows,
          truncated: result.truncated,
          rowCap: result.rowCap,
          elapsedMs: result.elapsedMs,
          graph: {
            nodes: result.graph.nodes.map(toGraphNode),
            edges: result.graph.edges.map(toGraphEdge),
          },
        };
      } catch (error) {
        if (error instanceof QueryTimeoutError) throw new CypherTimeoutError(error.message);
        if (error instanceof Neo4jUnavailableError) throw new CypherUnavailableError(error.message);
        if (error instanceof QueryRefusedError) throw new CypherQueryError(error.message, error.code ?? "QUERY_REFUSED");
        if (error instanceof Neo4jLayerError) throw new CypherQueryError(error.message, error.code ?? error.name);
        throw error;
      }
    },
    close: () => driver.close(),
  };
}
