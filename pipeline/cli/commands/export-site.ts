/** `export-site <dir>`: a self-contained static copy of the explorer with the graph embedded (works from file://). */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Command } from "commander";
import { UserFacingError } from "../exit-codes.js";
import { ensureExplorerBuilt } from "../../../web/server/build-explorer.js";
import { GraphFileError, parseGraphJson } from "../../../web/server/graph-store.js";
import { writeStaticSite } from "../../../web/server/static-site.js";

export function registerExportSiteCommand(program: Command): void {
  program
    .command("export-site")
    .description("Write a static copy of the explorer with the graph embedded; opens from file://, no server or database")
    .argument("<dir>", "output folder, e.g. out/site")
    .option("--graph <file>", "graph.json to embed", "out/graph.json")
    .action(async (dir: string, options: { graph: string }) => {
      if (!existsSync(options.graph)) {
        throw new UserFacingError(`${options.graph} does not exist; build it first with \`npm run kg -- build corpus\``);
      }
      let graph;
      try {
        graph = parseGraphJson(await readFile(options.graph, "utf8"), options.graph);
      } catch (error) {
        if (error instanceof GraphFileError) throw new UserFacingError(error.message);
        throw error;
      }
      const distDir = await ensureExplorerBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
      const index = await writeStaticSite({ graph, distDir, outDir: dir });
      process.stdout.write(`Wrote ${index} (${graph.order} nodes, ${graph.size} relations). Open it in a browser; no server needed.\n`);
      process.stdout.write(`file://${path.resolve(index)}\n`);
    });
}
