/**
 * Golden facts of the sample page (corpus/jining-daily-page.txt), read off the
 * seven articles by hand: counties, headlines, reporters, each county's main
 * programme and whom it serves, sub-measures, exact metric values, the one
 * 离退休干部 node shared by 金乡 and 微山, and evidence that quotes the text.
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFromPaths, type BuildResult } from "../../pipeline/build.js";
import type { PolicyGraph } from "../../pipeline/graph/build-graph.js";
import { edgeKey, nodeKey, type ArticleAttributes, type MetricAttributes, type RelationType } from "../../pipeline/schema/index.js";

const CORPUS = resolve(import.meta.dirname, "../../corpus");

let result: BuildResult;
let graph: PolicyGraph;

beforeAll(async () => {
  result = await buildFromPaths([CORPUS], { builtAt: "2024-01-01T00:00:00.000Z" });
  graph = result.graph;
}, 60_000);

const hasEdge = (type: RelationType, from: string, to: string): boolean => graph.hasEdge(edgeKey(type, from, to));
const programme = (name: string): string => nodeKey("Programme", name);
const group = (name: string): string => nodeKey("Group", name);
const county = (name: string): string => nodeKey("County", name);

function metricsOf(countyName: string): MetricAttributes[] {
  return graph
    .filterNodes((_key, attributes) => attributes.kind === "Metric" && attributes.name.startsWith(`${countyName}·`))
    .map((key) => graph.getNodeAttributes(key) as MetricAttributes);
}

describe("the Jining Daily page", () => {
  it("has seven articles with their counties, headlines and reporters", () => {
    const expected: [string, string, string[]][] = [
      ["嘉祥县", "嘉祥深入开展“以三大促三好”活动", ["孙涛"]],
      ["金乡县", "金乡坚持“四个到位”", ["李笑亚"]],
      ["梁山县", "梁山：民主协商", ["高鑫鑫"]],
      ["微山县", "微山探索“四航”模式", ["刘世瑞"]],
      ["汶上县", "汶上深化产才融合赋能县域经济高质量发展", ["焦纪健", "苏文浩"]],
      ["泗水县", "泗水：“四化”协同发展", ["孔敏"]],
      ["邹城市", "邹城“三抓三促三强化”", ["冯浚薪"]],
    ];
    expect(result.extractions).toHaveLength(7);
    for (const [countyName, headline, reporters] of expected) {
      const extraction = result.extractions.find((e) => e.county?.name === countyName);
      expect(extraction, countyName).toBeDefined();
      expect(extraction!.article.title).toContain(headline);
      expect(extraction!.article.reporters).toEqual(reporters);
      const articleKey = extraction!.article.key;
      expect(hasEdge("REPORTS_ON", articleKey, county(countyName)), `${countyName} REPORTS_ON`).toBe(true);
      for (const reporter of reporters) expect(hasEdge("WRITTEN_BY", articleKey, nodeKey("Person", reporter))).toBe(true);
      expect(hasEdge("IN", county(countyName), nodeKey("City", "济宁市"))).toBe(true);
    }
    expect(hasEdge("IN", nodeKey("City", "济宁市"), nodeKey("Province", "山东省"))).toBe(true);
  });

  it("finds each county's main programme and the group it serves", () => {
    const served: [string, string, string][] = [
      ["嘉祥县", "“以三大促三好”活动", "第一书记"],
      ["金乡县", "“四个到位”", "离退休干部"],
      ["微山县", "“四航”模式", "离退休干部"],
      ["汶上县", "“人才向企集聚”行动", "产业人才"],
      ["汶上县", "“头雁”计划", "乡村产业振兴带头人"],
      ["泗水县", "“四化”协同发展机制", "党务干部"],
      ["邹城市", "“三抓三促三强化”工作机制", "新业态新就业群体"],
    ];
    for (const [countyName, name, groupName] of served) {
      expect(hasEdge("RUNS", county(countyName), programme(name)), `${countyName} RUNS ${name}`).toBe(true);
      expect(hasEdge("SERVES", programme(name), group(groupName)), `${name} SERVES ${groupName}`).toBe(true);
    }
  });

  it("finds 梁山's platform and its coordination mechanism", () => {
    expect(hasEdge("RUNS", county("梁山县"), programme("“和为贵”网格化平台"))).toBe(true);
    const mechanism = graph.filterNodes((_k, a) => a.kind === "Programme" && a.name.endsWith("协调运行机制"));
    expect(mechanism).toHaveLength(1);
    expect(hasEdge("RUNS", county("梁山县"), mechanism[0]!)).toBe(true);
    expect(hasEdge("INVOLVES", mechanism[0]!, nodeKey("Organization", "业主委员会"))).toBe(true);
  });

  it("decomposes numbered programmes into their sub-measures", () => {
    for (const measure of ["思想引领到位", "待遇落实到位", "制度执行到位", "阵地保障到位"]) {
      expect(hasEdge("PART_OF", programme(measure), programme("“四个到位”")), measure).toBe(true);
    }
    for (const measure of ["夯实党建领航根基", "抓实服务护航需求", "搭好作用启航平台", "提高媒介续航质效"]) {
      expect(hasEdge("PART_OF", programme(measure), programme("“四航”模式")), measure).toBe(true);
    }
  });

  it("keeps exact metric values with units and approximation markers", () => {
    const jiaxiang = metricsOf("嘉祥县").find((m) => m.counted.includes("走访群众"));
    expect(jiaxiang).toMatchObject({ value: 14000, unit: "户", approx: "余" });
    // The summary paragraph's figures belong to the activity it sums up.
    expect(hasEdge("HAS_METRIC", programme("“以三大促三好”活动"), nodeKey("Metric", jiaxiang!.name))).toBe(true);
    expect(hasEdge("COUNTS", nodeKey("Metric", jiaxiang!.name), group("群众"))).toBe(true);
    const wenshang = metricsOf("汶上县");
    expect(wenshang.find((m) => m.counted.includes("政策补贴"))).toMatchObject({ value: 4_876_000, unit: "元" });
    expect(wenshang.find((m) => m.value === 310_000_000)).toMatchObject({ unit: "元" });
    const jinxiang = metricsOf("金乡县").find((m) => m.counted.includes("覆盖离退休干部"));
    expect(jinxiang).toMatchObject({ value: 2300, unit: "名", approx: "余" });
    expect(hasEdge("COUNTS", nodeKey("Metric", jinxiang!.name), group("离退休干部"))).toBe(true);
    // A programme owns it (the activity of its sentence), not only the county.
    expect(graph.inEdges(nodeKey("Metric", jinxiang!.name)).some((e) => graph.getEdgeAttribute(e, "type") === "HAS_METRIC")).toBe(true);
  });

  it("keeps goals and slogans out of the programmes", () => {
    const names = graph.filterNodes((_k, a) => a.kind === "Programme").map((k) => graph.getNodeAttribute(k, "name"));
    for (const slogan of ["走在前、开新局", "急难愁盼", "两个确立", "管得住", "争一流、争第一、争唯一", "积极老龄", "积极老龄观"]) {
      expect(names.some((name) => name.includes(`“${slogan}”`)), slogan).toBe(false);
    }
    // Every county runs at least one programme.
    for (const extraction of result.extractions) {
      expect(graph.outEdges(county(extraction.county!.name)).some((e) => graph.getEdgeAttribute(e, "type") === "RUNS")).toBe(true);
    }
  });

  it("does not read names, formulas or years as metrics", () => {
    const metrics = graph.filterNodes((_k, a) => a.kind === "Metric").map((k) => graph.getNodeAttributes(k) as MetricAttributes);
    expect(metrics.some((m) => m.raw.includes("3423"))).toBe(false);
    expect(metrics.some((m) => m.raw.includes("1+4+N") || m.raw.includes("+"))).toBe(false);
    expect(metrics.some((m) => m.value === 2023)).toBe(false);
  });

  it("links 离退休干部 as one node to programmes of both 金乡县 and 微山县", () => {
    const node = group("离退休干部");
    expect(graph.hasNode(node)).toBe(true);
    expect(graph.hasNode(group("老干部"))).toBe(false);
    const servingCounties = new Set<string>();
    for (const edge of graph.inEdges(node)) {
      if (graph.getEdgeAttribute(edge, "type") !== "SERVES") continue;
      for (const runs of graph.inEdges(graph.source(edge))) {
        if (graph.getEdgeAttribute(runs, "type") === "RUNS") servingCounties.add(graph.getNodeAttribute(graph.source(runs), "name"));
      }
    }
    expect(servingCounties).toContain("金乡县");
    expect(servingCounties).toContain("微山县");
    expect(graph.getNodeAttribute(node, "aliases")).toContain("老干部");
  });

  it("qualifies a county's bureau with the county name", () => {
    expect(graph.hasNode(nodeKey("Organization", "微山县委老干部局"))).toBe(true);
    expect(graph.hasNode(nodeKey("Organization", "邹城市委两新工委"))).toBe(true);
  });

  it("quotes every relation's sentence exactly from the article text", () => {
    let checked = 0;
    graph.forEachEdge((_key, attributes) => {
      expect(attributes.evidence.length).toBeGreaterThan(0);
      for (const evidence of attributes.evidence) {
        const article = graph.getNodeAttributes(evidence.article) as ArticleAttributes;
        expect(article.text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
  });

  it("reports no extractor failure and no dropped relation", () => {
    const problems = result.summary.diagnostics.filter((d) => d.code === "extractor-failed" || d.code === "relation-dropped");
    expect(problems).toEqual([]);
  });
});
