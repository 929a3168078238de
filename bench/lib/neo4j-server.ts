/**
 * A Neo4j server of the benchmark's or test's own, started with the
 * project's `scripts/neo4j/run.sh` on a free loopback port and a temporary
 * data folder, so it can be measured, killed and restarted freely without
 * touching anyone else's server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.js";

const RUN_SH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "scripts", "neo4j", "run.sh");
const READY = /Neo4j ready at (bolt:\/\/\S+)/;

export interface StartNeo4jOptions {
  /** Data folder; a new temporary one when omitted (removed by `dispose`). */
  dataDir?: string;
  port?: number;
  password?: string;
  /** JVM flags (NEO4J_JAVA_OPTS). */
  javaOpts?: string;
  /** Give up waiting for "Neo4j ready" after this long (first runs resolve jars with Maven). */
  startTimeoutMs?: number;
}

export interface Neo4jServer {
  uri: string;
  port: number;
  password: string;
  username: "neo4j";
  dataDir: string;
  /** Process id of the JVM (run.sh execs java). */
  pid: number;
  /** Output so far (for error messages). */
  log(): string;
  /** SIGTERM: clean shutdown. Resolves once the process has exited. */
  stop(): Promise<void>;
  /** SIGKILL: a crash. Resolves once the process has exited. */
  kill(): Promise<void>;
  /** Stops the server and removes a temporary data folder it created. */
  dispose(): Promise<void>;
}

export const DEFAULT_NEO4J_START = { password: "bench-password", startTimeoutMs: 600_000 } as const;

export class Neo4jStartError extends Error {
  override name = "Neo4jStartError";
}

/**
 * @example
 * const server = await startNeo4j();
 * try { const driver = neo4j.driver(server.uri, neo4j.auth.basic("neo4j", server.password)); } finally { await server.dispose(); }
 */
export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "policy-kg-neo4j-")));
  const port = options.port ?? (await freePort());
  const password = options.password ?? DEFAULT_NEO4J_START.password;
  const child = spawn("bash", [RUN_SH, "--port", String(port), "--data", dataDir, "--password", password], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...(options.javaOpts ? { NEO4J_JAVA_OPTS: options.javaOpts } : {}) },
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Neo4jStartError(`neo4j-server: not ready after ${options.startTimeoutMs ?? DEFAULT_NEO4J_START.startTimeoutMs} ms\n${output.slice(-3000)}`));
    }, options.startTimeoutMs ?? DEFAULT_NEO4J_START.startTimeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Neo4jStartError(`neo4j-server: run.sh exited (${code ?? signal}) before it was ready\n${output.slice(-3000)}`));
    });
  });
  const signalAndWait = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    uri,
    port,
    password,
    username: "neo4j",
    dataDir,
    pid: child.pid ?? -1,
    log: () => output,
    stop: () => signalAndWait("SIGTERM"),
    kill: () => signalAndWait("SIGKILL"),
    async dispose() {
      await signalAndWait("SIGTERM");
      if (ownDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** For callers that must make sure a child they hold is gone. */
export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}
