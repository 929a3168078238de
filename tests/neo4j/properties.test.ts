import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  fromNeo4jProperties,
  fromNeo4jRelationshipProperties,
  labelOf,
  toNeo4jProperties,
  toNeo4jRelationshipProperties,
} from "../../pipeline/neo4j/properties.js";
import { fixtureGraph } from "../fixtures/graphs/fixture-graph.js";

describe("node properties", () => {
  it("round-trip every fixture node exactly, numbers and lists included", () => {
    const graph = fixtureGraph("base");
    graph.forEachNode((key, attributes) => {
      const properties = toNeo4jProperties(key, attributes);
      expect(properties.key).toBe(key);
      expect(properties.kind).toBe(attributes.kind);
      expect(fromNeo4jProperties(properties, [attributes.kind])).toEqual({ key, attributes });
    });
    const metric = toNeo4jProperties("Metric:x", { kind: "Metric", name: "x", articles: [], value: 310000000, unit: "元", counted: "资金", raw: "3.1亿元" });
    expect(metric.value).toBe(310000000);
  });

  it("reads Integer properties back as numbers", () => {
    const { attributes } = fromNeo4jProperties({ key: "Metric:x", kind: "Metric", name: "x", articles: [], value: neo4j.int(310000000) });
    expect((attributes as { value: number }).value).toBe(310000000);
  });

  it("refuses values Neo4j cannot store", () => {
    const bad = (value: unknown) => () => toNeo4jProperties("Group:x", { kind: "Group", name: "x", articles: [], extra: value } as never);
    expect(bad({ nested: 1 })).toThrow(expect.objectContaining({ name: "PropertyMappingError" }));
    expect(bad([1, "a"])).toThrow(expect.objectContaining({ name: "PropertyMappingError" }));
    expect(bad([{ a: 1 }])).toThrow(expect.objectContaining({ name: "PropertyMappingError" }));
    expect(bad(Number.NaN)).toThrow(expect.objectContaining({ name: "PropertyMappingError" }));
    expect(() => toNeo4jProperties("Robot:x", { kind: "Robot", name: "x", articles: [] } as never)).toThrow(expect.objectContaining({ name: "PropertyMappingError" }));
  });
});

describe("relationship properties", () => {
  it("store evidence as parallel typed lists and read it back", () => {
    const graph = fixtureGraph("base");
    graph.forEachEdge((key, attributes) => {
      const properties = toNeo4jRelationshipProperties(key, attributes);
      expect(properties.evidenceArticles).toHaveLength(attributes.evidence.length);
      expect((properties.evidenceStarts as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
      expect(fromNeo4jRelationshipProperties(attributes.type, properties)).toEqual({ key, ...attributes });
    });
  });

  it("keeps matched surface forms", () => {
    const attributes = { type: "SERVES" as const, evidence: [{ article: "Article:a", sentence: "s", start: 0, end: 1, matched: ["老干部", "活动"] }] };
    const properties = toNeo4jRelationshipProperties("k", attributes);
    expect(fromNeo4jRelationshipProperties("SERVES", properties).evidence).toEqual(attributes.evidence);
  });

  it("validates labels and types against the schema", () => {
    expect(labelOf("County")).toBe("County");
    expect(() => labelOf("County`) DETACH DELETE (n")).toThrow(expect.objectContaining({ name: "PropertyMappingError" }));
    expect(() => fromNeo4jRelationshipProperties("HACKS", {})).toThrow(expect.objectContaining({ name: "PropertyMappingError" }));
  });
});
