/**
 * Reads the policy graph back out of Neo4j for GET /api/graph, using the
 * Neo4j layer's property mapping (so evidence lists become evidence again).
 * Nodes are read in key order, so the explorer's seeded layout is stable.
 */
import type { Driver } from "neo4j-driver";
import { createPolicyGraph, type PolicyGraph } from "../../pipeline/graph/build-graph.js";
import { databaseOption } from "../../pipeline/neo4j/connection.js";
import { fromNeo4jProperties, fromNeo4jRelationshipProperties } from "../../pipeline/neo4j/properties.js";
import { edgeKey, GRAPH_FORMAT_VERSION, isNodeKind, NODE_KINDS } from "../../pipeline/schema/index.js";

const NODES = `MATCH (n) WHERE n.key IS NOT NULL AND any(l IN labels(n) WHERE l IN $kinds)
RETURN n.key AS key, labels(n) AS labels, properties(n) AS properties ORDER BY key`;
const RELATIONSHIPS = `MATCH (a)-[r]->(b) WHERE a.key IS NOT NULL AND b.key IS NOT NULL
RETURN a.key AS source, b.key AS target, type(r) AS type, properties(r) AS properties ORDER BY source, target, type`;

/**
 * @example const graph = await readGraphFromNeo4j(driver, settings.database);
 */
export async function readGraphFromNeo4j(driver: Driver, database?: string): Promise<PolicyGraph> {
  const graph = createPolicyGraph();
  graph.replaceAttributes({ formatVersion: GRAPH_FORMAT_VERSION, builtAt: new Date().toISOString(), generator: "policy-kg (from Neo4j)" });
  const session = driver.session({ ...databaseOption(database), defaultAccessMode: "READ" });
  try {
    const nodes = await session.run(NODES, { kinds: [...NODE_KINDS] });
    for (const record of nodes.records) {
      const labels = record.get("labels") as string[];
      if (!labels.some(isNodeKind)) continue;
      const { key, attributes } = fromNeo4jProperties(record.get("properties") as Record<string, unknown>, labels);
      graph.mergeNode(key, attributes);
    }
    const relationships = await session.run(RELATIONSHIPS);
    for (const record of relationships.records) {
      const source = record.get("source") as string;
      const target = record.get("target") as string;
      if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
      const { key: _stored, ...attributes } = fromNeo4jRelationshipProperties(record.get("type") as string, record.get("properties") as Record<string, unknown>);
      const key = edgeKey(attributes.type, source, target);
      if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, attributes);
    }
  } finally {
    await session.close();
  }
  return graph;
}
