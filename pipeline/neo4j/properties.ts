/**
 * Graph attributes ⇄ Neo4j properties, in both directions. Used by the loader
 * (graph → Neo4j) and by the web API / query runner (Neo4j → graph shapes).
 *
 * Rules:
 * - Every node stores `key` (the graph key) and `kind` (also its label).
 * - Strings and string lists stay as they are; nested objects are refused.
 * - Node numbers (e.g. Metric `value`) are stored as Float, deliberately: a
 *   figure can be 1.5 as well as 310000000, one type keeps range queries
 *   uniform, and every JS number round-trips exactly through a 64-bit float.
 * - Relationship evidence (a list of maps, which Neo4j cannot store) becomes
 *   parallel lists, one entry per evidence sentence: `evidenceArticles`,
 *   `evidenceSentences`, `evidenceStarts` and `evidenceEnds` (Integer), and
 *   `evidenceMatched` (each entry the JSON text of the matched surface forms, "[]" when none).
 * - Every relationship stores `key` = edgeKey(type, source, target).
 */
import neo4j, { type Integer } from "neo4j-driver";
import {
  isNodeKind,
  isRelationType,
  type EdgeAttributes,
  type Evidence,
  type NodeAttributes,
  type NodeKind,
  type RelationType,
} from "../schema/index.js";
import { PropertyMappingError } from "./errors.js";

/** A value Neo4j can store as a property. */
export type Neo4jPropertyValue = string | number | boolean | Integer | string[] | number[] | boolean[] | Integer[];
export type Neo4jProperties = Record<string, Neo4jPropertyValue>;

/** The parallel evidence lists on a relationship. */
export const EVIDENCE_PROPERTIES = [
  "evidenceArticles",
  "evidenceSentences",
  "evidenceStarts",
  "evidenceEnds",
  "evidenceMatched",
] as const;

/**
 * Node attributes → Neo4j properties (`key` and `kind` included).
 *
 * @example
 * toNeo4jProperties("Metric:310000000元", { kind: "Metric", name: "3.1亿元", value: 310000000, ... })
 * // { key: "Metric:310000000元", kind: "Metric", name: "3.1亿元", value: 310000000, ... }
 */
export function toNeo4jProperties(key: string, attributes: NodeAttributes): Neo4jProperties {
  if (!isNodeKind(attributes.kind)) {
    throw new PropertyMappingError(`properties: node ${key} has unknown kind ${JSON.stringify(attributes.kind)}`);
  }
  const properties: Neo4jProperties = { key };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (name === "key") continue;
    properties[name] = toPropertyValue(value, `node ${key} attribute ${name}`);
  }
  return properties;
}

/**
 * Neo4j node properties → graph key and attributes (Integers become numbers).
 *
 * @example
 * const { key, attributes } = fromNeo4jProperties(record.get("n").properties);
 */
export function fromNeo4jProperties(properties: Record<string, unknown>, labels: readonly string[] = []): {
  key: string;
  attributes: NodeAttributes;
} {
  const key = properties.key;
  if (typeof key !== "string") throw new PropertyMappingError("properties: node has no string `key` property");
  const kind = isNodeKind(properties.kind) ? properties.kind : labels.find(isNodeKind);
  if (!kind) throw new PropertyMappingError(`properties: node ${key} has no known kind (labels ${labels.join(",")})`);
  const attributes: Record<string, unknown> = { kind };
  for (const [name, value] of Object.entries(properties)) {
    if (name === "key" || name === "kind") continue;
    attributes[name] = fromPropertyValue(value);
  }
  attributes.articles ??= [];
  attributes.name ??= key;
  return { key, attributes: attributes as unknown as NodeAttributes };
}

/**
 * Relationship attributes → Neo4j properties (evidence as parallel lists).
 *
 * @example
 * toNeo4jRelationshipProperties("SERVES|Programme:x|Group:y", { type: "SERVES", evidence: [...] })
 * // { key, evidenceArticles: [...], evidenceSentences: [...], evidenceStarts: [Integer], ... }
 */
export function toNeo4jRelationshipProperties(key: string, attributes: EdgeAttributes): Neo4jProperties {
  if (!isRelationType(attributes.type)) {
    throw new PropertyMappingError(`properties: relation ${key} has unknown type ${JSON.stringify(attributes.type)}`);
  }
  const evidence = attributes.evidence ?? [];
  for (const item of evidence) {
    if (typeof item?.article !== "string" || typeof item.sentence !== "string" || !Number.isInteger(item.start) || !Number.isInteger(item.end)) {
      throw new PropertyMappingError(`properties: relation ${key} has malformed evidence ${JSON.stringify(item)}`);
    }
  }
  const properties: Neo4jProperties = {
    key,
    evidenceArticles: evidence.map((e) => e.article),
    evidenceSentences: evidence.map((e) => e.sentence),
    evidenceStarts: evidence.map((e) => neo4j.int(e.start)),
    evidenceEnds: evidence.map((e) => neo4j.int(e.end)),
    evidenceMatched: evidence.map((e) => JSON.stringify(e.matched ?? [])),
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "type" || name === "evidence" || name === "key" || value === undefined || value === null) continue;
    properties[name] = toPropertyValue(value, `relation ${key} attribute ${name}`);
  }
  return properties;
}

/**
 * Neo4j relationship properties → edge attributes (evidence rebuilt from the parallel lists).
 *
 * @example
 * fromNeo4jRelationshipProperties("SERVES", rel.properties).evidence[0].sentence
 */
export function fromNeo4jRelationshipProperties(type: string, properties: Record<string, unknown>): EdgeAttributes & {
  key?: string;
} {
  if (!isRelationType(type)) throw new PropertyMappingError(`properties: unknown relationship type ${type}`);
  const list = (name: string): unknown[] => (Array.isArray(properties[name]) ? (properties[name] as unknown[]) : []);
  const articles = list("evidenceArticles");
  const sentences = list("evidenceSentences");
  const starts = list("evidenceStarts");
  const ends = list("evidenceEnds");
  const matched = list("evidenceMatched");
  const evidence: Evidence[] = articles.map((article, i) => {
    const matchedForms = parseMatched(matched[i]);
    return {
      article: String(article),
      sentence: String(sentences[i] ?? ""),
      start: toNumber(starts[i]),
      end: toNumber(ends[i]),
      ...(matchedForms.length > 0 ? { matched: matchedForms } : {}),
    };
  });
  const attributes: Record<string, unknown> = { type: type as RelationType, evidence };
  for (const [name, value] of Object.entries(properties)) {
    if ((EVIDENCE_PROPERTIES as readonly string[]).includes(name)) continue;
    attributes[name] = fromPropertyValue(value);
  }
  return attributes as unknown as EdgeAttributes & { key?: string };
}

/** Label of a node kind, validated against the schema (labels are never taken from data). */
export function labelOf(kind: string): NodeKind {
  if (!isNodeKind(kind)) throw new PropertyMappingError(`properties: ${JSON.stringify(kind)} is not a schema node kind`);
  return kind;
}

/** Relationship type, validated against the schema. */
export function relationshipTypeOf(type: string): RelationType {
  if (!isRelationType(type)) throw new PropertyMappingError(`properties: ${JSON.stringify(type)} is not a schema relation type`);
  return type;
}

/** Neo4j value → plain JS: safe Integers → number, unsafe → string, lists mapped. */
export function fromPropertyValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return toNumber(value);
  if (Array.isArray(value)) return value.map(fromPropertyValue);
  return value;
}

function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) {
    const integer = value as Integer;
    if (!neo4j.integer.inSafeRange(integer)) throw new PropertyMappingError(`properties: integer ${integer.toString()} is outside the safe JS range`);
    return integer.toNumber();
  }
  return typeof value === "number" ? value : Number(value);
}

function parseMatched(value: unknown): string[] {
  if (typeof value !== "string" || value === "") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

function toPropertyValue(value: unknown, where: string): Neo4jPropertyValue {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new PropertyMappingError(`properties: ${where} is not a finite number (${value})`);
    return value;
  }
  if (Array.isArray(value)) {
    const types = new Set(value.map((item) => typeof item));
    if (value.length === 0) return [] as string[];
    if (types.size !== 1 || !["string", "number", "boolean"].includes([...types][0]!)) {
      throw new PropertyMappingError(`properties: ${where} must be a list of strings, numbers or booleans of one type`);
    }
    return value as string[] | number[] | boolean[];
  }
  throw new PropertyMappingError(`properties: ${where} has a value Neo4j cannot store (${typeof value})`);
}
