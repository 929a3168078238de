/**
 * Where the panel gets a node's details, one path for both kinds of page:
 * from the data graph when the payload carries article lists and evidence
 * inline (a static export), else from the server, which ships only their
 * counts in the payload and the lists per node on demand.
 */
import type { GraphPayload } from "../../shared/api-types.js";
import { nodeDetails, type NodeDetails } from "../../shared/node-details.js";
import type { GraphFacts } from "../graph/graph-facts.js";
import { ApiError, type DataSource } from "./data-source.js";

export type NodeLookup = (key: string) => Promise<NodeDetails>;

/**
 * @example const details = await createNodeLookup(payload, facts, source)("Group:离退休干部");
 */
export function createNodeLookup(payload: Pick<GraphPayload, "evidence">, facts: GraphFacts, source: DataSource): NodeLookup {
  if (payload.evidence === "inline") {
    return async (key) => {
      const details = nodeDetails(facts.data(), facts.index(), key);
      if (!details) throw new ApiError(`no node with key ${key}`, 404, "NODE_NOT_FOUND");
      return details;
    };
  }
  const fetchNode = source.node;
  if (!fetchNode) {
    return async (key) => {
      throw new ApiError(`${key}: this graph carries no evidence and there is no server to ask for it`, 404, "NO_EVIDENCE");
    };
  }
  return (key) => fetchNode(key);
}
