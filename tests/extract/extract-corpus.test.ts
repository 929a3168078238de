import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../pipeline/extract/index.js";
import { buildGraph } from "../../pipeline/graph/build-graph.js";
import { articleFixture, GUSHI_CHILDREN } from "./article-fixture.js";

describe("extractCorpus", () => {
  it("keeps an article whose county cannot be resolved, with a no-county warning", () => {
    const nowhere = articleFixture("某地开展“暖心”行动，为老人提供服务。", { place: "无此地", reporters: ["张三"], source: "unknown.txt" });
    const [extraction] = extractCorpus([nowhere]);
    expect(extraction!.county).toBeUndefined();
    expect(extraction!.diagnostics.some((d) => d.code === "no-county" || d.code === "unknown-place")).toBe(true);
    expect(extraction!.entities.some((e) => e.kind === "Programme")).toBe(true);
    expect(extraction!.relations.some((r) => r.type === "RUNS" || r.type === "REPORTS_ON")).toBe(false);
    // Still a valid graph: every relation has its endpoints.
    expect(() => buildGraph([extraction!])).not.toThrow();
  });

  it("keeps two districts that share a name apart, each named with its prefecture", () => {
    const nanjing = articleFixture("南京市鼓楼区推进“宁好”养老服务行动，惠及老年人3000人。", { source: "南京日报/0512.txt" });
    const fuzhou = articleFixture("福州市鼓楼区开展“幸福食堂”行动，服务老年人2000人。", { source: "福州日报/0512.txt" });
    const extractions = extractCorpus([nanjing, fuzhou]);
    expect(extractions.map((e) => e.county?.name)).toEqual(["南京市鼓楼区", "福州市鼓楼区"]);
    const graph = buildGraph(extractions);
    for (const [key, programme] of [
      ["County:南京市鼓楼区", "Programme:“宁好”养老服务行动"],
      ["County:福州市鼓楼区", "Programme:“幸福食堂”行动"],
    ] as const) {
      expect(graph.getNodeAttribute(key, "aliases")).toEqual(["鼓楼区"]);
      expect(graph.outNeighbors(key).filter((node) => node.startsWith("Programme:"))).toEqual([programme]);
    }
    expect(graph.hasNode("County:鼓楼区")).toBe(false);
  });

  it("scopes a city round-up's figures, bodies and programmes to the county each paragraph is about", () => {
    const roundUp = articleFixture(
      [
        "今年以来，我市各县区因地制宜发展庭院特色产业。",
        "在平邑县，当地推行“庭院+种植”模式，带动农户2300余户。",
        "在费县，县妇联牵头实施“巧手增收”工程。当地组织农村妇女860名开展编织。",
        "在蒙阴县，当地发展庭院养殖，带动脱贫户420户。",
      ].join("\n"),
      { source: "临沂日报/0603.txt" },
    );
    const [extraction] = extractCorpus([roundUp]);
    expect(extraction!.county).toMatchObject({ kind: "City", name: "临沂市" });
    const names = (kind: string) => extraction!.entities.filter((m) => m.kind === kind).map((m) => m.name);
    // 费县's figure is in its paragraph's second sentence, which names no county.
    expect(names("Metric").map((name) => name.split("·")[0])).toEqual(["平邑县", "费县", "蒙阴县"]);
    expect(names("Organization")).toEqual(["费县妇联"]);
    const runs = extraction!.relations.filter((r) => r.type === "RUNS").map((r) => `${r.from.name} → ${r.to.name}`);
    expect(runs).toEqual(["平邑县 → “庭院+种植”模式", "费县 → “巧手增收”工程"]);
    const owners = extraction!.relations.filter((r) => r.type === "HAS_METRIC").map((r) => `${r.from.name} → ${r.to.name}`);
    expect(owners).toContain("蒙阴县 → 蒙阴县·带动脱贫户420户");
  });

  it("reports progress once per article and keeps the input order", () => {
    const calls: [number, number][] = [];
    const other = articleFixture("某县召开会议。", { source: "other.txt" });
    const result = extractCorpus([GUSHI_CHILDREN, other], { onArticle: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(result.map((e) => e.article.key)).toEqual([GUSHI_CHILDREN.key, other.key]);
  });

  it("rejects invalid options with a typed error", () => {
    expect(() => extractCorpus([], { extractors: "all" as never })).toThrow(expect.objectContaining({ name: "ExtractOptionsError" }));
    expect(() => extractCorpus([], { onArticle: 3 as never })).toThrow(expect.objectContaining({ name: "ExtractOptionsError" }));
    expect(() => extractCorpus([], { extractors: [{ id: "x" } as never] })).toThrow(expect.objectContaining({ name: "ExtractOptionsError" }));
  });

  it("runs only the extractors it is given", () => {
    const [extraction] = extractCorpus([GUSHI_CHILDREN], { extractors: [] });
    expect(extraction!.entities).toEqual([]);
    expect(extraction!.relations).toEqual([]);
    expect(extraction!.county?.name).toBe("固始县");
  });
});
