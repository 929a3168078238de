/**
 * Vitest globalSetup of the `integration` and `e2e` projects: a real Neo4j for
 * every test run.
 *
 * - NEO4J_URI set (e.g. by scripts/test.sh or a developer's server): check that
 *   it answers with the given credentials, fail fast with a clear error if not.
 * - Otherwise: start scripts/neo4j/run.sh on a free loopback port with a
 *   temporary data folder and a random password, wait for "Neo4j ready at",
 *   and stop it (and delete the folder) in teardown, also when tests fail.
 *
 * The settings reach the tests twice: `inject("neo4jSettings")` and the
 * NEO4J_* environment variables (test workers and CLI child processes start
 * after this runs and inherit them). When both projects run, they share one server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { connect } from "../../pipeline/neo4j/connection.js";
import { resolveNeo4jSettings } from "../../pipeline/neo4j/settings.js";

export interface ProvidedNeo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** True when this setup started the server (tests may then wipe it freely). */
  throwAway: boolean;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4jSettings: ProvidedNeo4jSettings;
  }
}

/** First run on a machine resolves the Neo4j jars with Maven: allow it time. */
const START_TIMEOUT_MS = 10 * 60_000;
const STOP_TIMEOUT_MS = 30_000;

interface SharedServer {
  settings: Promise<ProvidedNeo4jSettings>;
  users: number;
  stop: () => Promise<void>;
}

const SHARED_KEY = Symbol.for("policy-kg.neo4j-test-server");
type GlobalWithServer = typeof globalThis & { [SHARED_KEY]?: SharedServer };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const global = globalThis as GlobalWithServer;
  if (!global[SHARED_KEY]) global[SHARED_KEY] = process.env.NEO4J_URI ? useExistingServer() : startThrowAwayServer();
  const shared = global[SHARED_KEY]!;
  shared.users++;
  let settings: ProvidedNeo4jSettings;
  try {
    settings = await shared.settings;
  } catch (error) {
    await release(global);
    throw error;
  }
  project.provide("neo4jSettings", settings);
  return () => release(global);
}

async function release(global: GlobalWithServer): Promise<void> {
  const shared = global[SHARED_KEY];
  if (!shared) return;
  shared.users--;
  if (shared.users <= 0) {
    delete global[SHARED_KEY];
    await shared.stop();
  }
}

function useExistingServer(): SharedServer {
  const settingsPromise = (async () => {
    const settings = resolveNeo4jSettings({}, { envFile: false });
    const driver = await connect(settings, { attempts: 5 }).catch((error: Error) => {
      throw new Error(`neo4j test setup: NEO4J_URI is set but ${error.message}`, { cause: error });
    });
    await driver.close();
    return { ...settings, throwAway: false };
  })();
  return { settings: settingsPromise, users: 0, stop: async () => {} };
}

function startThrowAwayServer(): SharedServer {
  let child: ChildProcess | undefined;
  let dir: string | undefined;
  const killOnExit = () => child?.kill("SIGKILL");
  const settingsPromise = (async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-neo4j-test-"));
    const port = await freePort();
    const password = `test-${randomBytes(12).toString("hex")}`;
    // --stop-on-stdin-close: if vitest dies without teardown, the closed pipe stops Neo4j.
    const args = ["scripts/neo4j/run.sh", "--port", String(port), "--data", path.join(dir, "data"), "--password", password, "--stop-on-stdin-close"];
    child = spawn("bash", args, {
      cwd: path.resolve(import.meta.dirname, "../.."),
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, NEO4J_PASSWORD: password },
    });
    process.once("exit", killOnExit);
    const uri = await waitForReady(child, `bolt://127.0.0.1:${port}`);
    Object.assign(process.env, { NEO4J_URI: uri, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: password });
    delete process.env.NEO4J_DATABASE;
    return { uri, username: "neo4j", password, database: undefined, throwAway: true };
  })();
  const stop = async () => {
    process.off("exit", killOnExit);
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child?.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  return { settings: settingsPromise, users: 0, stop };
}

function waitForReady(child: ChildProcess, uri: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = "";
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Neo4j ready at")) {
        cleanup();
        resolve(uri);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`neo4j test setup: scripts/neo4j/run.sh exited (${code}) before Neo4j was ready:\n${log.slice(-4000)}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      child.kill("SIGKILL");
      reject(new Error(`neo4j test setup: Neo4j not ready after ${START_TIMEOUT_MS / 1000} s:\n${log.slice(-4000)}`));
    }, START_TIMEOUT_MS);
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      // keep draining output so the child never blocks on a full pipe
      child.stdout?.resume();
      child.stderr?.resume();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
