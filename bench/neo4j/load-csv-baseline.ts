/**
 * The LOAD CSV baseline of the Neo4j load benchmark: the same rows the
 * project's loader sends (its own property mapping), written as CSV files
 * into the server's import folder and loaded by Neo4j's `LOAD CSV` with
 * `CALL { … } IN TRANSACTIONS`. Lists travel joined by U+001F and are split
 * back in Cypher; numbers are converted back with toFloat/toInteger.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { checkGraph } from "../../pipeline/neo4j/graph-file.js";
import { labelOf, relationshipTypeOf, toNeo4jProperties, toNeo4jRelationshipProperties, type Neo4jPropertyValue } from "../../pipeline/neo4j/properties.js";
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";

const LIST_SEPARATOR = "\u001f";

type Column = { name: string; type: "string" | "float" | "integer" | "boolean" | "string[]" | "integer[]" | "float[]" };

interface CsvFile {
  file: string;
  statement: string;
  rows: number;
  phase: "nodes" | "relations";
}

function columnType(value: Neo4jPropertyValue): Column["type"] {
  if (Array.isArray(value)) {
    const first = value[0];
    if (neo4j.isInt(first)) return "integer[]";
    return typeof first === "number" ? "float[]" : "string[]";
  }
  if (neo4j.isInt(value)) return "integer";
  if (typeof value === "number") return "float";
  if (typeof value === "boolean") return "boolean";
  return "string";
}

function cell(value: Neo4jPropertyValue | undefined): string {
  if (value === undefined) return "";
  const text = Array.isArray(value) ? value.map((v) => String(v)).join(LIST_SEPARATOR) : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/** The launcher confines LOAD CSV to its import folder: `file:///name.csv` means `<import>/name.csv`. */
function fileUrl(file: string): string {
  return `file:///${encodeURIComponent(file)}`;
}

function toCsv(columns: Column[], rows: Record<string, Neo4jPropertyValue>[]): string {
  const header = columns.map((c) => c.name).join(",");
  return [header, ...rows.map((row) => columns.map((c) => cell(row[c.name])).join(","))].join("\n") + "\n";
}

function assignments(variable: string, columns: Column[], skip: string[]): string {
  const sep = `'${LIST_SEPARATOR}'`;
  return columns
    .filter((c) => !skip.includes(c.name))
    .map((c) => {
      const field = `row.\`${c.name}\``;
      const value = {
        string: field,
        float: `toFloat(${field})`,
        integer: `toInteger(${field})`,
        boolean: `${field} = 'true'`,
        "string[]": `split(${field}, ${sep})`,
        "integer[]": `[x IN split(${field}, ${sep}) | toInteger(x)]`,
        "float[]": `[x IN split(${field}, ${sep}) | toFloat(x)]`,
      }[c.type];
      return `${variable}.\`${c.name}\` = ${value}`;
    })
    .join(", ");
}

function columnsOf(rows: Record<string, Neo4jPropertyValue>[]): Column[] {
  const columns = new Map<string, Column>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (!columns.has(name) && !(Array.isArray(value) && value.length === 0)) columns.set(name, { name, type: columnType(value) });
    }
  }
  return [...columns.values()];
}

/**
 * Writes one CSV per node kind and per (type, source kind, target kind) into
 * `importDir` (the server's import folder: `<data>/import` for the local
 * launcher) and returns the LOAD CSV statements that read them by name.
 *
 * @example const files = await writeLoadCsvFiles(graph, path.join(server.dataDir, "import"), 1000);
 */
export async function writeLoadCsvFiles(serialized: SerializedPolicyGraph, importDir: string, rowsPerTransaction: number): Promise<CsvFile[]> {
  const graph = checkGraph(serialized);
  const files: CsvFile[] = [];
  const byKind = new Map<string, Record<string, Neo4jPropertyValue>[]>();
  for (const node of graph.nodes) byKind.set(node.kind, [...(byKind.get(node.kind) ?? []), toNeo4jProperties(node.key, node.attributes)]);
  for (const [kind, rows] of byKind) {
    const columns = columnsOf(rows);
    const file = `bench-nodes-${kind}.csv`;
    await writeFile(path.join(importDir, file), toCsv(columns, rows));
    files.push({
      file,
      rows: rows.length,
      phase: "nodes",
      statement: `LOAD CSV WITH HEADERS FROM '${fileUrl(file)}' AS row
CALL (row) { MERGE (n:\`${labelOf(kind as never)}\` {key: row.key}) SET ${assignments("n", columns, ["key"])} } IN TRANSACTIONS OF ${rowsPerTransaction} ROWS`,
    });
  }
  const groups = new Map<string, Record<string, Neo4jPropertyValue>[]>();
  for (const edge of graph.edges) {
    const group = `${edge.type}|${edge.sourceKind}|${edge.targetKind}`;
    const list = groups.get(group) ?? [];
    if (list.length === 0) groups.set(group, list);
    list.push({ ...toNeo4jRelationshipProperties(edge.key, edge.attributes), source: edge.source, target: edge.target });
  }
  let index = 0;
  for (const [group, rows] of groups) {
    const [type, sourceKind, targetKind] = group.split("|") as [string, string, string];
    const columns = columnsOf(rows);
    const file = `bench-rels-${index++}.csv`;
    await writeFile(path.join(importDir, file), toCsv(columns, rows));
    files.push({
      file,
      rows: rows.length,
      phase: "relations",
      statement: `LOAD CSV WITH HEADERS FROM '${fileUrl(file)}' AS row
CALL (row) {
  MATCH (s:\`${labelOf(sourceKind as never)}\` {key: row.source})
  MATCH (t:\`${labelOf(targetKind as never)}\` {key: row.target})
  MERGE (s)-[r:\`${relationshipTypeOf(type as never)}\` {key: row.key}]->(t)
  SET ${assignments("r", columns, ["key", "source", "target"])}
} IN TRANSACTIONS OF ${rowsPerTransaction} ROWS`,
    });
  }
  return files;
}

/** Runs the LOAD CSV statements (auto-commit, as IN TRANSACTIONS requires); returns ms per phase. */
export async function runLoadCsv(driver: Driver, files: CsvFile[]): Promise<{ nodesMs: number; relationsMs: number }> {
  const session = driver.session();
  const times = { nodesMs: 0, relationsMs: 0 };
  try {
    for (const file of files) {
      const started = performance.now();
      await session.run(file.statement);
      times[file.phase === "nodes" ? "nodesMs" : "relationsMs"] += performance.now() - started;
    }
  } finally {
    await session.close();
  }
  return times;
}
