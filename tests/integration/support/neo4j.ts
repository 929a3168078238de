/**
 * Helpers for the integration tests: the test server's settings (from the
 * global setup), a wiped database, whole-database snapshots to compare loads
 * exactly, and running the CLI as a child process.
 */
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { connect } from "../../../pipeline/neo4j/connection.js";
import { fromPropertyValue } from "../../../pipeline/neo4j/properties.js";
import type { Neo4jSettings } from "../../../pipeline/neo4j/settings.js";
import type { SerializedPolicyGraph } from "../../../pipeline/schema/index.js";

export function testSettings(): Neo4jSettings {
  const { uri, username, password, database } = inject("neo4jSettings");
  return { uri, username, password, database };
}

export async function openTestDriver(): Promise<Driver> {
  return connect(testSettings(), { attempts: 5 });
}

/** Empties the test database (data only; the schema stays). */
export async function wipeDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), not a managed one.
  const session = driver.session(testSettings().database ? { database: testSettings().database } : {});
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}

export interface Snapshot {
  nodes: string[];
  relationships: string[];
}

/** Every node and relationship with labels/type and properties, as sorted canonical strings. */
export async function snapshot(driver: Driver): Promise<Snapshot> {
  const database = testSettings().database;
  const nodes = await driver.executeQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p", {}, { database });
  const rels = await driver.executeQuery(
    "MATCH (s)-[r]->(t) RETURN type(r) AS type, s.key AS source, t.key AS target, properties(r) AS p",
    {},
    { database },
  );
  return {
    nodes: nodes.records.map((r) => canonical({ labels: [...(r.get("labels") as string[])].sort(), ...plain(r.get("p")) })).sort(),
    relationships: rels.records
      .map((r) => canonical({ type: r.get("type"), source: r.get("source"), target: r.get("target"), ...plain(r.get("p")) }))
      .sort(),
  };
}

export async function countNodesAndRelationships(driver: Driver): Promise<{ nodes: number; relationships: number; distinctNodeKeys: number }> {
  const result = await driver.executeQuery(
    "MATCH (n) WITH count(n) AS nodes, count(DISTINCT [labels(n), n.key]) AS distinctNodeKeys OPTIONAL MATCH ()-[r]->() RETURN nodes, distinctNodeKeys, count(r) AS relationships",
    {},
    { database: testSettings().database },
  );
  const record = result.records[0]!;
  return { nodes: Number(record.get("nodes")), relationships: Number(record.get("relationships")), distinctNodeKeys: Number(record.get("distinctNodeKeys")) };
}

function plain(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, fromPropertyValue(v)]));
}

/** JSON with sorted object keys (list order kept: it is meaningful for evidence). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

export async function writeGraphToTempFile(graph: SerializedPolicyGraph, name = "graph.json"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-graph-"));
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(graph));
  return file;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Runs `policy-kg` (tsx pipeline/cli/main.ts) in a child process: the test server's NEO4J_* settings, then `env`. */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliRun> {
  const started = Date.now();
  const { uri, username, password, database } = testSettings();
  const neo4jEnv: Record<string, string> = { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, ...(database ? { NEO4J_DATABASE: database } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "pipeline/cli/main.ts", ...args], {
      env: { ...process.env, ...neo4jEnv, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 110_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, elapsedMs: Date.now() - started });
    });
    child.stdin.end(input ?? "");
  });
}
