/**
 * Files shared by the benchmarks of one `npm run bench` run (generated
 * corpora, the large graph built from one), kept in one temporary folder
 * that is removed when the run ends. Nothing is reused across runs, so a
 * result never comes from an older pipeline.
 */
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generateCorpus, type CorpusManifest } from "../generate-corpus.js";
import type { SingleMeasurement } from "../pipeline/measure-build.js";
import neo4j, { type Driver } from "neo4j-driver";
import { runTsChild } from "./child.js";
import { startNeo4j, type Neo4jServer } from "./neo4j-server.js";

export const BENCH_SEED = 20240601;

/**
 * Articles in the large corpus and the graph built from it. The default
 * keeps `npm run bench` within about 20 minutes on 2 shared cores;
 * BENCH_LARGE_ARTICLES=10000 runs the full-size corpus.
 */
export function largeCorpusSize(quick: boolean): number {
  const override = Number(process.env.BENCH_LARGE_ARTICLES);
  if (Number.isInteger(override) && override > 0) return override;
  return quick ? 300 : 4_000;
}

const root = path.join(os.tmpdir(), `policy-kg-bench-${process.pid}`);
const manifests = new Map<string, CorpusManifest>();
const builds = new Map<string, { graphFile: string; measurement: SingleMeasurement }>();

export function workspaceDir(): string {
  return root;
}

/** The generated corpus with this many articles (generated once per run). */
export async function benchCorpus(articles: number): Promise<CorpusManifest> {
  const outDir = path.join(root, `corpus-${articles}`);
  const known = manifests.get(outDir);
  if (known && existsSync(outDir)) return known;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const manifest = await generateCorpus({ articles, outDir, seed: BENCH_SEED });
  manifests.set(outDir, manifest);
  return manifest;
}

/**
 * Builds the corpus with `npm run kg -- build`'s code path in a child
 * process, keeping graph.json; a second call with the same size reuses it.
 */
export async function benchBuild(articles: number, timeoutMs = 30 * 60_000): Promise<{ graphFile: string; measurement: SingleMeasurement; corpus: CorpusManifest }> {
  const corpus = await benchCorpus(articles);
  const graphFile = path.join(root, `graph-${articles}.json`);
  let build = builds.get(graphFile);
  if (!build || !existsSync(graphFile)) {
    const measurement = await runTsChild<SingleMeasurement>("bench/pipeline/measure-build.ts", ["single", corpus.outDir, graphFile], timeoutMs);
    build = { graphFile, measurement };
    builds.set(graphFile, build);
  }
  return { ...build, corpus };
}

/** JVM memory of the benchmark's Neo4j (the launcher's default 1 GiB heap is for tests). */
export const BENCH_NEO4J_JAVA_OPTS = "-Xms1g -Xmx3g";

let neo4jServer: Promise<{ server: Neo4jServer; driver: Driver }> | undefined;

/** One Neo4j for every benchmark of the run (started on first use, stopped by removeWorkspace). */
export function benchNeo4j(): Promise<{ server: Neo4jServer; driver: Driver }> {
  neo4jServer ??= (async () => {
    const server = await startNeo4j({ javaOpts: BENCH_NEO4J_JAVA_OPTS });
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password), { maxTransactionRetryTime: 60_000 });
    await driver.verifyConnectivity();
    return { server, driver };
  })();
  return neo4jServer;
}

export async function removeWorkspace(): Promise<void> {
  if (neo4jServer) {
    const { server, driver } = await neo4jServer.catch(() => ({ server: undefined, driver: undefined }));
    await driver?.close();
    await server?.dispose();
    neo4jServer = undefined;
  }
  await rm(root, { recursive: true, force: true });
}
