/**
 * Where the panel gets a node's details, its further pages and a relation's
 * evidence, one path for both kinds of page: from the data graph when the
 * payload carries article lists and evidence inline (a static export, which
 * pages through them with the same code the API uses), else from the server,
 * which ships only their counts in the payload.
 */
import type { GraphPayload } from "../../shared/api-types.js";
import { edgeDetails } from "../../shared/edge-details.js";
import { articlePage, metricPage, nodeDetails, relationPage } from "../../shared/node-details.js";
import type { GraphFacts } from "../graph/graph-facts.js";
import { ApiError, type DataSource, type NodeLookup } from "./data-source.js";

/** The answer, or the 404 the API would give. */
function found<T>(answer: T | undefined, what: "node" | "edge", key: string): T {
  if (answer === undefined) throw new ApiError(`no ${what} with key ${key}`, 404, what === "node" ? "NODE_NOT_FOUND" : "EDGE_NOT_FOUND");
  return answer;
}

/** Answers from the payload itself, as the API would from the whole graph. */
function inlineNodeLookup(facts: GraphFacts): NodeLookup {
  return {
    details: async (key) => found(nodeDetails(facts.data(), facts.index(), key), "node", key),
    articles: async (key, page) => found(articlePage(facts.data(), key, page), "node", key),
    metrics: async (key, page) => found(metricPage(facts.data(), key, page), "node", key),
    relations: async (key, page) => found(relationPage(facts.data(), key, page), "node", key),
    edge: async (key) => found(edgeDetails(facts.data(), key), "edge", key),
  };
}

function unanswerable(): NodeLookup {
  const refuse = async (key: string): Promise<never> => {
    throw new ApiError(`${key}: this graph carries no evidence and there is no server to ask for it`, 404, "NO_EVIDENCE");
  };
  return { details: refuse, articles: refuse, metrics: refuse, relations: refuse, edge: refuse };
}

/**
 * @example const details = await createNodeLookup(payload, facts, source).details("Group:离退休干部");
 */
export function createNodeLookup(payload: Pick<GraphPayload, "evidence">, facts: GraphFacts, source: DataSource): NodeLookup {
  if (payload.evidence === "inline") return inlineNodeLookup(facts);
  return source.nodes ?? unanswerable();
}
