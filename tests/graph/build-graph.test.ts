import { describe, expect, it } from "vitest";
import { buildGraph, countEvidenceRelations } from "../../pipeline/graph/build-graph.js";
import type { ArticleExtraction, ArticleRecord, EntityMention, RelationMention } from "../../pipeline/records.js";
import { edgeKey, nodeKey, type ArticleAttributes } from "../../pipeline/schema/index.js";

function article(key: string, text: string, county: string): ArticleRecord {
  return {
    key,
    hash: key.replace("Article:", "").padEnd(64, "0"),
    source: `${key}.txt`,
    index: 0,
    layout: "web",
    title: `${county}标题`,
    reporters: ["张三"],
    text,
    normalizedText: text,
    normalizedTitle: `${county}标题`,
  };
}

function extraction(a: ArticleRecord, county: string, programme: string): ArticleExtraction {
  const sentence = { index: 0, start: 0, end: a.text.length, text: a.text };
  const entities: EntityMention[] = [
    { kind: "County", name: county, surface: county, start: 0, end: county.length, sentence: 0, attributes: { code: "000000" } },
    { kind: "Programme", name: programme, surface: programme, start: 0, end: 1, sentence: 0 },
    { kind: "Group", name: "离退休干部", surface: "老干部", start: 0, end: 1, sentence: 0 },
  ];
  const relations: RelationMention[] = [
    { type: "REPORTS_ON", from: { kind: "Article", name: a.key }, to: { kind: "County", name: county }, sentence: 0 },
    { type: "RUNS", from: { kind: "County", name: county }, to: { kind: "Programme", name: programme }, sentence: 0 },
    { type: "SERVES", from: { kind: "Programme", name: programme }, to: { kind: "Group", name: "离退休干部" }, sentence: 0 },
  ];
  return { article: a, sentences: [sentence], entities, relations, diagnostics: [] };
}

describe("buildGraph", () => {
  const a1 = article("Article:aaaa", "金乡县服务老干部。", "金乡县");
  const a2 = article("Article:bbbb", "微山县服务老干部。", "微山县");
  const graph = buildGraph([extraction(a1, "金乡县", "“四个到位”"), extraction(a2, "微山县", "“四航”模式")], {
    builtAt: "2026-01-01T00:00:00Z",
  });

  it("merges the same group from two counties into one node", () => {
    const group = nodeKey("Group", "离退休干部");
    expect(graph.getNodeAttribute(group, "articles")).toEqual(["Article:aaaa", "Article:bbbb"]);
    expect(graph.getNodeAttribute(group, "aliases")).toEqual(["老干部"]);
    expect(graph.inDegree(group)).toBe(2);
  });

  it("shows a person scoped by division as printed, one node per division", () => {
    const person = (a: ArticleRecord, county: string): ArticleExtraction => {
      const base = extraction(a, county, "“暖心”行动");
      const name = `${county}·王伟`;
      base.entities.push({ kind: "Person", name, surface: "王伟", start: 0, end: 2, sentence: 0, attributes: { category: "named", division: county } });
      return base;
    };
    const people = buildGraph([person(a1, "金乡县"), person(a2, "微山县")], { builtAt: "2026-01-01T00:00:00Z" });
    for (const county of ["金乡县", "微山县"]) {
      const attributes = people.getNodeAttributes(nodeKey("Person", `${county}·王伟`));
      expect(attributes).toMatchObject({ name: "王伟", division: county });
      expect(attributes.aliases).toBeUndefined();
    }
  });

  it("keys edges by type and endpoints and carries evidence into the article text", () => {
    const key = edgeKey("RUNS", nodeKey("County", "金乡县"), nodeKey("Programme", "“四个到位”"));
    const evidence = graph.getEdgeAttribute(key, "evidence");
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.sentence).toBe(a1.text.slice(evidence[0]!.start, evidence[0]!.end));
  });

  it("stores on each article how many relations cite it, a relation stated twice counted once", () => {
    const twice = extraction(a1, "金乡县", "“四个到位”");
    twice.relations.push({ ...twice.relations[2]!, sentence: 0 });
    const built = buildGraph([twice, extraction(a2, "微山县", "“四航”模式")]);
    const counted = (key: string) => (built.getNodeAttributes(key) as ArticleAttributes).evidenceRelations;
    expect(counted("Article:aaaa")).toBe(3);
    expect(counted("Article:bbbb")).toBe(3);
    // The same count from the edges' evidence, as hand-assembled graphs get it.
    (built.getNodeAttributes("Article:aaaa") as ArticleAttributes).evidenceRelations = 0;
    countEvidenceRelations(built);
    expect(counted("Article:aaaa")).toBe(3);
  });

  it("adds nothing for an article it already holds, even after others", () => {
    const once = buildGraph([extraction(a1, "金乡县", "“四个到位”"), extraction(a2, "微山县", "“四航”模式")], { builtAt: "t" });
    const again = buildGraph(
      [extraction(a1, "金乡县", "“四个到位”"), extraction(a2, "微山县", "“四航”模式"), extraction(a1, "金乡县", "“四个到位”")],
      { builtAt: "t" },
    );
    expect(again.export()).toEqual(once.export());
    expect(again.getNodeAttribute(nodeKey("Group", "离退休干部"), "articles")).toEqual(["Article:aaaa", "Article:bbbb"]);
  });

  it("rejects a relation between kinds the schema does not allow", () => {
    const bad = extraction(a1, "金乡县", "x");
    bad.relations.push({ type: "SERVES", from: { kind: "County", name: "金乡县" }, to: { kind: "Group", name: "离退休干部" }, sentence: 0 });
    expect(() => buildGraph([bad])).toThrowError(expect.objectContaining({ name: "GraphBuildError" }));
  });

  it("rejects a relation whose endpoint was never extracted", () => {
    const bad = extraction(a1, "金乡县", "x");
    bad.relations.push({ type: "SERVES", from: { kind: "Programme", name: "x" }, to: { kind: "Group", name: "快递员" }, sentence: 0 });
    expect(() => buildGraph([bad])).toThrowError(expect.objectContaining({ name: "GraphBuildError" }));
  });

  it("exports the graphology serialisation with the format version", () => {
    const exported = graph.export();
    expect(exported.attributes?.formatVersion).toBe(1);
    expect(exported.options).toMatchObject({ type: "directed", multi: true });
  });
});
