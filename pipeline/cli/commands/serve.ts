/**
 * `serve` (also `npm start`): the web explorer and its API on localhost.
 * Builds the sample corpus and the explorer when they are missing; uses Neo4j
 * when it is reachable, graph.json otherwise (Cypher then explains how to connect).
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { buildFromPaths } from "../../build.js";
import { graphFileAttributes } from "../../graph/graph-file-attributes.js";
import { pipelineVersion } from "../../graph/pipeline-version.js";
import { EXIT, UserFacingError } from "../exit-codes.js";
import { ensureExplorerBuilt } from "../../../web/server/build-explorer.js";
import { createServer } from "../../../web/server/create-server.js";
import { createFileGraphStore, type GraphStore } from "../../../web/server/graph-store.js";
import { DEFAULT_SERVER_OPTIONS } from "../../../web/server/options.js";
import { openNeo4jSource, type Neo4jSource } from "../../../web/server/neo4j-source.js";

export const DEFAULT_PORT = 5178;

export interface ServeOptions {
  port: number;
  host: string;
  graph: string;
  corpus: string;
  neo4j: boolean;
  queryTimeout: number;
  maxRows: number;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expecting a positive integer");
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("expecting a port number 0-65535");
  return n;
}

/**
 * Builds graph.json from the corpus when it does not exist yet, or when an
 * earlier pipeline built it from that same corpus (it was built here, so
 * building it again loses nothing). A graph an earlier pipeline built from
 * other articles is served as it is, with a word on how to rebuild it.
 */
export async function ensureGraphFile(graphFile: string, corpus: string, log: (line: string) => void): Promise<void> {
  if (existsSync(graphFile)) {
    const built = await graphFileAttributes(graphFile);
    if (!built?.pipelineVersion || built.pipelineVersion === pipelineVersion()) return;
    const inputs = built.inputs ?? [];
    const fromCorpus = inputs.length === 1 && path.resolve(inputs[0]!) === path.resolve(corpus);
    if (!fromCorpus || !existsSync(corpus)) {
      log(`${graphFile} was built by an earlier version of the pipeline from ${inputs.join(", ") || "unrecorded inputs"}; serving it as it is. Rebuild it with \`npm run kg -- build ${inputs.join(" ") || "<articles>"} --out ${path.dirname(graphFile)}\`.`);
      return;
    }
    log(`${graphFile} was built from ${corpus} by an earlier version of the pipeline: building it again…`);
  } else if (!existsSync(corpus)) {
    throw new UserFacingError(`${graphFile} does not exist and there is no ${corpus} folder to build it from; run \`npm run kg -- build <articles>\``);
  } else {
    log(`${graphFile} missing: building it from ${corpus}…`);
  }
  const result = await buildFromPaths([corpus]);
  if (result.summary.articles === 0) throw new UserFacingError(`no article found in ${corpus}; nothing to serve`);
  await mkdir(path.dirname(graphFile), { recursive: true });
  await writeFile(graphFile, JSON.stringify(result.graph.export()));
  log(`Wrote ${graphFile} (${result.graph.order} nodes, ${result.graph.size} relations)`);
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("Serve the web explorer and its API (builds the sample corpus when its graph is missing or an earlier pipeline built it, and the explorer when missing)")
    .option("-p, --port <port>", "port to listen on (0 = any free port)", port, DEFAULT_PORT)
    .option("--host <host>", "interface to bind; keep 127.0.0.1 unless you mean to share it", "127.0.0.1")
    .option("--graph <file>", "graph.json served when Neo4j is not reachable or empty", "out/graph.json")
    .option("--corpus <dir>", "articles built into --graph when that file is missing or an earlier pipeline built it from them", "corpus")
    .option("--no-neo4j", "do not use Neo4j even when it is reachable (graph.json only, Cypher off)")
    .option("--query-timeout <ms>", "server-side limit for one Cypher query", positiveInteger, DEFAULT_SERVER_OPTIONS.queryTimeoutMs)
    .option("--max-rows <n>", "rows returned at most by one Cypher query", positiveInteger, DEFAULT_SERVER_OPTIONS.maxRows)
    .action(async (options: ServeOptions) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      await ensureGraphFile(options.graph, options.corpus, log);
      const staticDir = await ensureExplorerBuilt({ log }).catch((error: Error) => {
        log(`Could not build the explorer (${error.message}); serving the API only. Run \`npm run build:web\`.`);
        return null;
      });

      let neo4j: Neo4jSource | null = null;
      if (options.neo4j) {
        neo4j = await openNeo4jSource().catch((error: Error) => {
          log(`Neo4j not used: ${error.message}`);
          log(`Serving ${options.graph}; the Cypher panel explains how to connect Neo4j.`);
          return null;
        });
        if (neo4j && neo4j.nodeCount === 0) {
          log(`Neo4j at ${neo4j.graphStore.location} is empty: showing ${options.graph}. Load it with \`npm run kg -- load ${options.graph}\`.`);
        }
      }
      const graphStore: GraphStore = neo4j && neo4j.nodeCount > 0 ? neo4j.graphStore : createFileGraphStore(options.graph);
      const app = await createServer({
        graphStore,
        cypher: neo4j?.cypher ?? null,
        staticDir,
        queryTimeoutMs: options.queryTimeout,
        maxRows: options.maxRows,
      });
      try {
        await app.listen({ port: options.port, host: options.host });
      } catch (error) {
        await neo4j?.close();
        throw new UserFacingError(`cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`, EXIT.failure);
      }
      const address = app.server.address();
      const boundPort = typeof address === "object" && address ? address.port : options.port;
      const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
      process.stdout.write(`policy-kg explorer: http://${shownHost}:${boundPort}/\n`);
      log(`graph: ${graphStore.source} (${graphStore.location}); Cypher: ${neo4j ? "on" : "off"}. Ctrl-C stops.`);

      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await app.close();
      await neo4j?.close();
    });
}
