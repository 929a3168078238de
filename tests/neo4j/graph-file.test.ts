import { describe, expect, it } from "vitest";
import { checkGraph } from "../../pipeline/neo4j/graph-file.js";
import { fixtureGraph } from "../fixtures/graphs/fixture-graph.js";

describe("checkGraph", () => {
  it("accepts a schema-conforming graph and groups its elements", () => {
    const graph = fixtureGraph("base");
    const checked = checkGraph(graph.export());
    expect(checked.nodes).toHaveLength(graph.order);
    expect(checked.edges).toHaveLength(graph.size);
  });

  it("reports every problem at once", () => {
    const graph = fixtureGraph("base").export();
    graph.nodes.push({ key: "Robot:r2", attributes: { kind: "Robot" } as never });
    graph.edges.push({ key: "RUNS|Group:离退休干部|County:金乡县", source: "Group:离退休干部", target: "County:金乡县", attributes: { type: "RUNS", evidence: [] } });
    graph.edges.push({ source: "County:金乡县", target: "Nowhere:x", attributes: { type: "IN", evidence: [] } });
    const error = (() => {
      try {
        checkGraph(graph);
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error).toMatchObject({ name: "GraphFormatError" });
    expect(error!.message).toContain("3 problem(s)");
  });
});
