/**
 * Crash recovery of the loader against a real Neo4j of this test's own
 * (scripts/neo4j/run.sh on a free port and a temporary folder, so it can be
 * killed without disturbing the shared test server):
 * - SIGKILL the server in the middle of a load, restart it on the same data
 *   folder, run the same load again → Neo4j holds exactly the graph
 *   (the loader's reconciliation passes and the counts match);
 * - an unreachable server → bounded retries, then Neo4jUnavailableError
 *   within a bounded time.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { generatePolicyGraph } from "../../bench/graph/generate-graph.js";
import { startNeo4j, type Neo4jServer } from "../../bench/lib/neo4j-server.js";
import { connect } from "../../pipeline/neo4j/connection.js";
import { loadGraph } from "../../pipeline/neo4j/loader.js";
import type { Neo4jSettings } from "../../pipeline/neo4j/settings.js";

/** About 8k nodes and 32k relations: dozens of batches, time enough to kill the server mid-way. */
const GRAPH = generatePolicyGraph({ nodes: 8_000, seed: 11 }).export();
const PASSWORD = "kill-restart-test";
const SERVER_START_MS = 10 * 60_000;

function settingsOf(server: Neo4jServer): Neo4jSettings {
  return { uri: server.uri, username: server.username, password: server.password, database: undefined };
}

async function countAll(driver: Driver): Promise<{ nodes: number; relations: number }> {
  const session = driver.session();
  try {
    const nodes = await session.run("MATCH (n) RETURN count(n) AS c");
    const relations = await session.run("MATCH ()-[r]->() RETURN count(r) AS c");
    return { nodes: Number(nodes.records[0]?.get("c")), relations: Number(relations.records[0]?.get("c")) };
  } finally {
    await session.close();
  }
}

describe("loader survives a Neo4j crash mid-load", () => {
  const started: Neo4jServer[] = [];
  const drivers: Driver[] = [];
  let dataDir: string | undefined;

  afterAll(async () => {
    for (const driver of drivers) await driver.close().catch(() => undefined);
    for (const server of started) await server.kill().catch(() => undefined);
    if (dataDir) {
      const { rm } = await import("node:fs/promises");
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it(
    "SIGKILL during a load, restart on the same data, load again: exact counts and reconciliation",
    async () => {
      const { mkdtemp } = await import("node:fs/promises");
      const os = await import("node:os");
      const path = await import("node:path");
      dataDir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-kill-restart-"));

      const first = await startNeo4j({ dataDir, password: PASSWORD, startTimeoutMs: SERVER_START_MS });
      started.push(first);
      const driver = await connect(settingsOf(first), { attempts: 5 });
      drivers.push(driver);

      let batchesDone = 0;
      let killed = false;
      const killAfterBatches = 15;
      const load = loadGraph(driver, GRAPH, {
        onProgress: ({ phase }) => {
          if (phase === "nodes" || phase === "relations") batchesDone++;
          if (!killed && batchesDone >= killAfterBatches) {
            killed = true;
            void first.kill();
          }
        },
      });
      const outcome = await load.then(
        () => "finished" as const,
        (error: Error) => error,
      );
      expect(killed, "the server was killed during the load").toBe(true);
      expect(outcome, "a load cut off by a crash must fail, not report success").not.toBe("finished");

      const second = await startNeo4j({ dataDir, password: PASSWORD, startTimeoutMs: SERVER_START_MS });
      started.push(second);
      const driver2 = await connect(settingsOf(second), { attempts: 5 });
      drivers.push(driver2);
      const partial = await countAll(driver2);
      expect(partial.nodes + partial.relations, "the crash left a partial graph").toBeLessThan(GRAPH.nodes.length + GRAPH.edges.length);

      const summary = await loadGraph(driver2, GRAPH);
      expect(summary.reconcile?.ok).toBe(true);
      expect(await countAll(driver2)).toEqual({ nodes: GRAPH.nodes.length, relations: GRAPH.edges.length });

      // Loading once more changes nothing (idempotent after recovery).
      await loadGraph(driver2, GRAPH);
      expect(await countAll(driver2)).toEqual({ nodes: GRAPH.nodes.length, relations: GRAPH.edges.length });
      await second.stop();
    },
    30 * 60_000,
  );

  it(
    "an unreachable server: bounded retries, then Neo4jUnavailableError within a bounded time",
    async () => {
      const server = started[started.length - 1];
      const uri = server ? server.uri : "bolt://127.0.0.1:9";
      if (server) await server.kill();
      const startedAt = Date.now();
      const error = await connect(
        { uri, username: "neo4j", password: PASSWORD, database: undefined },
        { attempts: 3, initialDelayMs: 200, connectionTimeoutMs: 2_000 },
      ).then(
        () => undefined,
        (e: Error) => e,
      );
      const elapsed = Date.now() - startedAt;
      expect(error?.name).toBe("Neo4jUnavailableError");
      expect(elapsed).toBeLessThan(30_000);
    },
    120_000,
  );
});
