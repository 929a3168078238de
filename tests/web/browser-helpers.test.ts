import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { csvValue, formatCell } from "../../web/src/cypher/cell-format.js";
import { toCsv } from "../../web/src/cypher/csv.js";
import { parseParams, parseParamValue } from "../../web/src/cypher/params.js";
import { createDisplayGraph } from "../../web/src/graph/display-graph.js";
import { assignSeededLayout, hashKey } from "../../web/shared/seeded-layout.js";
import { suggest } from "../../web/src/ui/search-box.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

function positions(graph: ReturnType<typeof createDisplayGraph>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((key, a) => (out[key] = [a.x, a.y]));
  return out;
}

describe("seeded layout", () => {
  it("gives the same positions on every run, whatever order nodes arrive in", () => {
    const first = createDisplayGraph(createSampleGraph());
    assignSeededLayout(first);
    const data = createSampleGraph();
    const reversed = new Graph({ type: "directed", multi: true }) as typeof data;
    for (const key of [...data.nodes()].reverse()) reversed.addNode(key, data.getNodeAttributes(key));
    data.forEachEdge((key, attributes, source, target) => reversed.addDirectedEdgeWithKey(key, source, target, attributes));
    const second = createDisplayGraph(reversed);
    assignSeededLayout(second, { iterations: 0 });
    const third = createDisplayGraph(createSampleGraph());
    assignSeededLayout(third, { iterations: 0 });
    expect(positions(second)).toEqual(positions(third));
    const again = createDisplayGraph(createSampleGraph());
    assignSeededLayout(again);
    expect(positions(again)).toEqual(positions(first));
    expect(Object.values(positions(first)).every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });

  it("hashes keys with the seed", () => {
    expect(hashKey("County:金乡县", 1)).toBe(hashKey("County:金乡县", 1));
    expect(hashKey("County:金乡县", 1)).not.toBe(hashKey("County:金乡县", 2));
  });
});

describe("search suggestions", () => {
  const data = createSampleGraph();
  const display = createDisplayGraph(data);
  const names = new Map(data.mapNodes((key, a) => [key, { name: a.name, aliases: a.aliases ?? [] }] as const));

  it("puts the exact name first and finds aliases", () => {
    expect(suggest(display, names, "离退休干部")[0]).toMatchObject({ key: "Group:离退休干部" });
    expect(suggest(display, names, "老干部").map((s) => s.key)).toContain("Group:离退休干部");
    expect(suggest(display, names, "老干部").find((s) => s.key === "Group:离退休干部")!.via).toBe("老干部");
    expect(suggest(display, names, "  ")).toEqual([]);
  });
});

describe("CSV and parameters", () => {
  it("quotes what needs quoting and serialises objects", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], [null, { n: 1 }]])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,"{""n"":1}"\r\n');
  });

  it("reads JSON-looking parameter text as JSON, the rest as text", () => {
    expect(parseParamValue("10")).toBe(10);
    expect(parseParamValue("金乡县")).toBe("金乡县");
    expect(parseParamValue('["a"]')).toEqual(["a"]);
    expect(parseParamValue("[broken")).toBe("[broken");
    expect(parseParams({ n: "2", county: "微山县" })).toEqual({ n: 2, county: "微山县" });
  });
});

describe("result cells", () => {
  const node = { key: "County:金乡县", kind: "County", name: "金乡县", labels: ["County"], properties: { code: "370828" } };
  const relationship = { key: "RUNS|County:金乡县|Programme:x", type: "RUNS", source: "County:金乡县", target: "Programme:x", properties: {} };

  it("shows nodes and relationships compactly and plain values as they are", () => {
    expect(formatCell(node)).toBe("(金乡县:County)");
    expect(formatCell(relationship)).toBe("[:RUNS]");
    expect(formatCell(["金乡县", "微山县"])).toBe("金乡县、微山县");
    expect(formatCell([node, node])).toBe("[(金乡县:County), (金乡县:County)]");
    expect(formatCell(null)).toBe("");
    expect(formatCell(12)).toBe("12");
  });

  it("writes nodes and relationships to CSV by key", () => {
    expect(csvValue(node)).toBe("County:金乡县");
    expect(csvValue(relationship)).toBe("RUNS|County:金乡县|Programme:x");
    expect(csvValue([node])).toBe('["County:金乡县"]');
    expect(csvValue("text")).toBe("text");
  });
});
