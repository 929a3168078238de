/**
 * How query result values read in the table and the CSV. Nodes and
 * relationships arrive as plain objects from the Neo4j layer
 * (`{ key, kind, name, labels, properties }`, `{ key, type, source, target, properties }`);
 * the table shows them compactly, the CSV by key, everything else as JSON.
 */

interface PlainNodeLike {
  key: string;
  labels: unknown[];
  name?: string;
  kind?: string;
}

interface PlainRelationshipLike {
  type: string;
  source: string;
  target: string;
}

function isNode(value: unknown): value is PlainNodeLike {
  return typeof value === "object" && value !== null && typeof (value as PlainNodeLike).key === "string" && Array.isArray((value as PlainNodeLike).labels);
}

function isRelationship(value: unknown): value is PlainRelationshipLike {
  const v = value as PlainRelationshipLike;
  return typeof value === "object" && value !== null && typeof v.type === "string" && typeof v.source === "string" && typeof v.target === "string";
}

/**
 * @example formatCell({ key: "County:金乡县", kind: "County", name: "金乡县", labels: ["County"], properties: {} }) // "(金乡县:County)"
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (isNode(value)) return `(${value.name ?? value.key}:${value.kind ?? value.labels.join(":")})`;
  if (isRelationship(value)) return `[:${value.type}]`;
  if (Array.isArray(value)) return value.every((v) => typeof v !== "object" || v === null) ? value.join("、") : `[${value.map(formatCell).join(", ")}]`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The CSV value: nodes and relationships by key, lists and maps as JSON. */
export function csvValue(value: unknown): unknown {
  if (isNode(value)) return value.key;
  if (isRelationship(value)) return (value as { key?: string }).key ?? `${value.type}|${value.source}|${value.target}`;
  if (Array.isArray(value)) return JSON.stringify(value.map(csvValue));
  return value;
}
