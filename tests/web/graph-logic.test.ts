import { describe, expect, it } from "vitest";
import { compareCounties } from "../../web/shared/compare-counties.js";
import { markMatches } from "../../web/shared/evidence-marks.js";
import { visibleNodes } from "../../web/shared/graph-filter.js";
import { indexGraph } from "../../web/shared/graph-index.js";
import { nodeDetails } from "../../web/shared/node-details.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

const graph = createSampleGraph();
const index = indexGraph(graph);

describe("graph index", () => {
  it("reaches counties through programmes, metrics and containment", () => {
    expect([...index.get("Group:离退休干部")!.counties].sort()).toEqual(["微山县", "金乡县"].sort());
    expect([...index.get("Organization:县委老干部局")!.counties].sort()).toEqual(["微山县", "金乡县"].sort());
    expect([...index.get("Programme:情暖夕阳义诊活动")!.counties]).toEqual(["金乡县"]);
    expect(index.get("City:济宁市")!.counties.size).toBe(3);
    expect([...index.get("Group:第一书记")!.themes]).toEqual(["驻村帮扶"]);
  });
});

describe("visibleNodes", () => {
  it("keeps everything without filters", () => {
    expect(visibleNodes(graph, index, { hiddenKinds: [], counties: [], themes: [] }).size).toBe(graph.order);
  });

  it("hides kinds", () => {
    const visible = visibleNodes(graph, index, { hiddenKinds: ["Article", "Person"], counties: [], themes: [] });
    expect([...visible].some((key) => key.startsWith("Article:") || key.startsWith("Person:"))).toBe(false);
    expect(visible.size).toBe(graph.order - 6);
  });

  it("keeps only what reaches a county", () => {
    const visible = visibleNodes(graph, index, { hiddenKinds: [], counties: ["嘉祥县"], themes: [] });
    expect(visible.has("Programme:以三大促三好活动")).toBe(true);
    expect(visible.has("Group:第一书记")).toBe(true);
    expect(visible.has("Group:离退休干部")).toBe(false);
    expect(visible.has("County:金乡县")).toBe(false);
  });

  it("combines county and theme filters", () => {
    const visible = visibleNodes(graph, index, { hiddenKinds: [], counties: ["金乡县", "微山县"], themes: ["老干部工作"] });
    expect(visible.has("Group:离退休干部")).toBe(true);
    expect(visible.has("Programme:四航模式")).toBe(true);
    expect(visible.has("Programme:以三大促三好活动")).toBe(false);
  });
});

describe("compareCounties", () => {
  it("finds the shared group and organisation and each county's own programmes", () => {
    const comparison = compareCounties(graph, index, ["金乡县", "微山县"]);
    expect(comparison.shared.Group.map((n) => n.name)).toEqual(["离退休干部"]);
    expect(comparison.shared.Organization.map((n) => n.name)).toEqual(["县委老干部局"]);
    expect(comparison.shared.Theme.map((n) => n.name)).toEqual(["老干部工作"]);
    expect(comparison.unique["金乡县"]!.Programme.map((n) => n.name).sort()).toEqual(["情暖夕阳义诊活动", "离退休干部服务保障"].sort());
    expect(comparison.unique["微山县"]!.Programme.map((n) => n.name)).toEqual(["四航模式"]);
    expect(comparison.shared.Programme).toEqual([]);
  });

  it("separates partly shared items with three counties", () => {
    const comparison = compareCounties(graph, index, ["金乡县", "微山县", "嘉祥县"]);
    expect(comparison.shared.Group).toEqual([]);
    expect(comparison.partlyShared.Group.map((n) => [n.name, n.counties])).toEqual([["离退休干部", ["金乡县", "微山县"]]]);
    expect(comparison.unique["嘉祥县"]!.Group.map((n) => n.name)).toEqual(["第一书记"]);
  });

  it("needs two different counties", () => {
    expect(() => compareCounties(graph, index, ["金乡县", "金乡县"])).toThrowError(expect.objectContaining({ name: "CompareCountiesError" }));
  });
});

describe("nodeDetails", () => {
  it("lists the counties a group reaches, its articles, metrics and evidence", () => {
    const details = nodeDetails(graph, index, "Group:离退休干部")!;
    expect(details.counties.sort()).toEqual(["微山县", "金乡县"].sort());
    expect(details.articles.items.map((a) => a.county).sort()).toEqual(["微山县", "金乡县"].sort());
    expect(details.articles.items.find((a) => a.county === "金乡县")!.reporters).toEqual(["李笑亚"]);
    expect(details.metrics.items.map((m) => m.value).sort((a, b) => a - b)).toEqual([37, 2300]);
    const serves = details.relations.find((g) => g.type === "SERVES")!.items;
    expect(serves.map((r) => r.other.name).sort()).toEqual(["四航模式", "离退休干部服务保障"].sort());
    expect(serves.every((r) => r.evidence[0]!.matched.includes("离退休干部"))).toBe(true);
    expect(details.aliases).toEqual(["老干部"]);
  });

  it("leaves article bodies out of the attributes", () => {
    expect(nodeDetails(graph, index, "Article:aaaaaaaaaaaaaaaa")!.attributes).not.toHaveProperty("text");
  });

  it("answers undefined for an unknown key", () => {
    expect(nodeDetails(graph, index, "Group:nobody")).toBeUndefined();
  });
});

describe("markMatches", () => {
  it("marks every occurrence and merges overlaps", () => {
    expect(markMatches("覆盖离退休干部2300余名", ["离退休干部", "干部2300余名"])).toEqual([
      { text: "覆盖", marked: false },
      { text: "离退休干部2300余名", marked: true },
    ]);
    expect(markMatches("abcab", ["ab"])).toEqual([
      { text: "ab", marked: true },
      { text: "c", marked: false },
      { text: "ab", marked: true },
    ]);
    expect(markMatches("plain", [])).toEqual([{ text: "plain", marked: false }]);
  });
});
