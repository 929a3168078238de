/**
 * Neo4j result values → plain JSON values (for tables, JSON/CSV output, the
 * web API), and the nodes/relationships seen in a result (for drawing).
 */
import neo4j, { type Node, type Path, type Relationship } from "neo4j-driver";
import { fromPropertyValue } from "./properties.js";

export interface PlainNode {
  /** The graph key (`key` property), or the element id for nodes this project did not load. */
  key: string;
  kind: string | undefined;
  name: string | undefined;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  /** The relationship key (edgeKey) when it has one, else the element id. */
  key: string;
  type: string;
  /** Keys of the endpoints. */
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** Collects the distinct nodes and relationships of a result while values are converted. */
export class ResultGraphCollector {
  readonly nodes = new Map<string, PlainNode>();
  readonly relationships = new Map<string, PlainRelationship>();
  /** element id → key, to name relationship endpoints. */
  private readonly keyByElementId = new Map<string, string>();
  private readonly pending: Array<{ plain: PlainRelationship; startId: string; endId: string }> = [];

  /** Converts one value, remembering graph elements. */
  toPlain(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (neo4j.isInt(value)) return fromIntegerLoose(value);
    if (neo4j.isNode(value)) return this.node(value as Node);
    if (neo4j.isRelationship(value)) return this.relationship(value as Relationship);
    if (neo4j.isPath(value)) return this.path(value as Path);
    if (isTemporalOrSpatial(value)) return String(value);
    if (Array.isArray(value)) return value.map((item) => this.toPlain(item));
    if (typeof value === "object") {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.toPlain(v)]));
    }
    return value;
  }

  /** Resolves relationship endpoints seen as element ids once every node of the result is known. */
  finish(): { nodes: PlainNode[]; edges: PlainRelationship[] } {
    for (const { plain, startId, endId } of this.pending) {
      plain.source = this.keyByElementId.get(startId) ?? plain.source;
      plain.target = this.keyByElementId.get(endId) ?? plain.target;
    }
    return { nodes: [...this.nodes.values()], edges: [...this.relationships.values()] };
  }

  private node(node: Node): PlainNode {
    const properties = plainProperties(node.properties);
    const key = typeof properties.key === "string" ? properties.key : node.elementId;
    this.keyByElementId.set(node.elementId, key);
    const existing = this.nodes.get(key);
    if (existing) return existing;
    const plain: PlainNode = {
      key,
      kind: typeof properties.kind === "string" ? properties.kind : node.labels[0],
      name: typeof properties.name === "string" ? properties.name : undefined,
      labels: [...node.labels],
      properties,
    };
    this.nodes.set(key, plain);
    return plain;
  }

  private relationship(rel: Relationship): PlainRelationship {
    const properties = plainProperties(rel.properties);
    const key = typeof properties.key === "string" ? properties.key : rel.elementId;
    const existing = this.relationships.get(key);
    if (existing) return existing;
    // edgeKey = TYPE|source|target: the endpoints are known even when the nodes are not in the result.
    const parts = key.split("|");
    const plain: PlainRelationship = {
      key,
      type: rel.type,
      source: this.keyByElementId.get(rel.startNodeElementId) ?? (parts.length === 3 ? parts[1]! : rel.startNodeElementId),
      target: this.keyByElementId.get(rel.endNodeElementId) ?? (parts.length === 3 ? parts[2]! : rel.endNodeElementId),
      properties,
    };
    this.pending.push({ plain, startId: rel.startNodeElementId, endId: rel.endNodeElementId });
    this.relationships.set(key, plain);
    return plain;
  }

  private path(path: Path): PlainPath {
    const nodes = [this.node(path.start)];
    const relationships: PlainRelationship[] = [];
    for (const segment of path.segments) {
      relationships.push(this.relationship(segment.relationship));
      nodes.push(this.node(segment.end));
    }
    return { nodes, relationships };
  }
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, fromPropertyLoose(v)]));
}

function fromPropertyLoose(value: unknown): unknown {
  if (neo4j.isInt(value)) return fromIntegerLoose(value);
  if (Array.isArray(value)) return value.map(fromPropertyLoose);
  if (isTemporalOrSpatial(value)) return String(value);
  return fromPropertyValue(value);
}

/** Safe integers become numbers; larger ones their exact decimal string (never a rounded number). */
function fromIntegerLoose(value: unknown): number | string {
  const integer = value as ReturnType<typeof neo4j.int>;
  return neo4j.integer.inSafeRange(integer) ? integer.toNumber() : integer.toString();
}

function isTemporalOrSpatial(value: unknown): boolean {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isDuration(value as never) ||
    neo4j.isPoint(value as never)
  );
}
