/**
 * The data graph (every attribute the payload ships; article lists and
 * evidence sentences only when it carries them inline) and its county/theme
 * index, built on first use: the first paint needs neither, only the display
 * graph. Filters by county or theme, the comparison, search and the Cypher
 * panel ask for them once the graph is on screen.
 */
import Graph from "graphology";
import type { PayloadGraph } from "../../shared/api-types.js";
import { indexGraph, type DataGraph, type GraphIndex } from "../../shared/graph-index.js";

export interface GraphFacts {
  data(): DataGraph;
  index(): GraphIndex;
}

/**
 * @example const facts = lazyGraphFacts(payload.graph); facts.index().get("Group:离退休干部")
 */
export function lazyGraphFacts(serialized: PayloadGraph): GraphFacts {
  let data: DataGraph | undefined;
  let index: GraphIndex | undefined;
  const facts: GraphFacts = {
    data() {
      if (!data) {
        const graph: DataGraph = new Graph({ type: "directed", multi: true });
        graph.import(serialized);
        data = graph;
      }
      return data;
    },
    index: () => (index ??= indexGraph(facts.data())),
  };
  return facts;
}
