/** `export-site <dir>`: a self-contained static copy of the explorer with the graph embedded (works from file://). */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Command } from "commander";
import type { PolicyGraph } from "../../graph/build-graph.js";
import { UserFacingError } from "../exit-codes.js";
import { ensureExplorerBuilt } from "../../../web/server/build-explorer.js";
import { GraphFileError, parseGraphJson } from "../../../web/server/graph-store.js";
import { openNeo4jSource } from "../../../web/server/neo4j-source.js";
import { writeStaticSite } from "../../../web/server/static-site.js";

async function graphFromFile(file: string): Promise<PolicyGraph> {
  if (!existsSync(file)) throw new UserFacingError(`${file} does not exist; build it first with \`npm run kg -- build corpus\``);
  try {
    return parseGraphJson(await readFile(file, "utf8"), file);
  } catch (error) {
    if (error instanceof GraphFileError) throw new UserFacingError(error.message);
    throw error;
  }
}

async function graphFromNeo4j(): Promise<PolicyGraph> {
  const neo4j = await openNeo4jSource({ attempts: 2 }).catch((error: Error) => {
    throw new UserFacingError(`export-site --neo4j: ${error.message}`);
  });
  try {
    if (neo4j.nodeCount === 0) throw new UserFacingError(`Neo4j at ${neo4j.graphStore.location} holds no graph; load one with \`npm run kg -- load out/graph.json\``);
    return (await neo4j.graphStore.current()).graph;
  } finally {
    await neo4j.close();
  }
}

export function registerExportSiteCommand(program: Command): void {
  program
    .command("export-site")
    .description("Write a static copy of the explorer with the graph embedded; opens from file://, no server or database")
    .argument("<dir>", "output folder, e.g. out/site")
    .option("--graph <file>", "graph.json to embed", "out/graph.json")
    .option("--neo4j", "embed the graph held by Neo4j (NEO4J_* settings) instead of --graph")
    .action(async (dir: string, options: { graph: string; neo4j?: boolean }) => {
      const graph = options.neo4j ? await graphFromNeo4j() : await graphFromFile(options.graph);
      const distDir = await ensureExplorerBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
      const index = await writeStaticSite({ graph, distDir, outDir: dir });
      process.stdout.write(`Wrote ${index} (${graph.order} nodes, ${graph.size} relations). Open it in a browser; no server needed.\n`);
      process.stdout.write(`file://${path.resolve(index)}\n`);
    });
}
