import { Command, Option } from "commander";
import type { Driver } from "neo4j-driver";
import { connect } from "../../neo4j/connection.js";
import { Neo4jLayerError } from "../../neo4j/errors.js";
import { readGraphFile } from "../../neo4j/graph-file.js";
import { DEFAULT_LOAD_OPTIONS, loadGraph, type LoadSummary } from "../../neo4j/loader.js";
import { describeUri, resolveNeo4jSettings, type Neo4jSettings } from "../../neo4j/settings.js";
import { EXIT, UserFacingError } from "../exit-codes.js";
import { createProgressReporter } from "../progress.js";

export interface LoadGraphFileOptions {
  quiet?: boolean;
  batchSize?: number;
  replaceArticle?: boolean;
  /** Overrides the NEO4J_* settings (tests). */
  settings?: Partial<Neo4jSettings>;
  /** Stops between batches (Ctrl-C); re-running the load finishes it. */
  signal?: AbortSignal;
}

export function registerLoadCommand(program: Command): void {
  program
    .command("load")
    .description("Load graph.json into Neo4j (idempotent, batched; replaces what the file's articles said before)")
    .argument("<graph-file>", "graph.json written by `build`")
    .addOption(
      new Option("--batch-size <rows>", "rows per transaction")
        .default(DEFAULT_LOAD_OPTIONS.batchSize)
        .argParser((value) => parsePositiveInteger(value, "--batch-size")),
    )
    .option("--replace-article", "the graph replaces everything its articles (and their source files) said before (default)")
    .option("--no-replace-article", "merge evidence into what is already there and remove nothing")
    .option("-q, --quiet", "no progress bar and no summary")
    .addHelpText(
      "after",
      `
Connection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (environment or .env);
default bolt://127.0.0.1:7687 as started by \`npm run neo4j\`. See docs/neo4j.md.`,
    )
    .action(async (graphFile: string, options: { batchSize: number; replaceArticle: boolean; quiet?: boolean }) => {
      const controller = new AbortController();
      const onSigint = () => controller.abort();
      process.once("SIGINT", onSigint);
      try {
        await loadGraphFile(graphFile, {
          quiet: options.quiet,
          batchSize: options.batchSize,
          replaceArticle: options.replaceArticle,
          signal: controller.signal,
        });
      } finally {
        process.off("SIGINT", onSigint);
      }
    });
}

/** Loads a graph.json file into Neo4j (used by `load` and `build --load`); prints a summary unless quiet. */
export async function loadGraphFile(graphFile: string, options: LoadGraphFileOptions = {}): Promise<LoadSummary> {
  const settings = withUserFacingErrors(() => resolveNeo4jSettings(options.settings ?? {}));
  const serialized = await withUserFacingErrorsAsync(() => readGraphFile(graphFile));
  const driver: Driver = await withUserFacingErrorsAsync(() => connect(settings));
  const progress = createProgressReporter({ quiet: options.quiet });
  try {
    const summary = await withUserFacingErrorsAsync(() =>
      loadGraph(driver, serialized, {
        database: settings.database,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        ...(options.replaceArticle === undefined ? {} : { replaceArticle: options.replaceArticle }),
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: ({ label, done, total }) => progress.update(label.padEnd(20), done, total),
      }),
    );
    progress.stop();
    if (!options.quiet) process.stdout.write(formatLoadSummary(summary, describeUri(settings), graphFile));
    return summary;
  } finally {
    progress.stop();
    await driver.close();
  }
}

export function formatLoadSummary(summary: LoadSummary, uri: string, graphFile: string): string {
  const lines = [`Loaded ${graphFile} into ${uri} in ${(summary.elapsedMs / 1000).toFixed(1)} s (${summary.batches} batches)`, "Nodes:"];
  for (const [kind, count] of Object.entries(summary.nodesByKind)) if (count > 0) lines.push(`  ${kind.padEnd(14)} ${count}`);
  lines.push("Relations:");
  for (const [type, count] of Object.entries(summary.relationsByType)) if (count > 0) lines.push(`  ${type.padEnd(14)} ${count}`);
  lines.push(`Evidence sentences: ${summary.evidence}`);
  if (summary.supersededArticles.length > 0) lines.push(`Replaced articles: ${summary.supersededArticles.length} (${summary.supersededArticles.join(", ")})`);
  const { relationships, trimmedRelationships, nodes } = summary.removed;
  if (relationships + trimmedRelationships + nodes > 0) {
    lines.push(`Removed stale: ${relationships} relation(s), ${nodes} node(s); trimmed evidence of ${trimmedRelationships} relation(s)`);
  }
  if (summary.reconcile) lines.push(summary.reconcile.ok ? "Reconciliation: OK (Neo4j holds exactly this graph's nodes, relations and evidence)" : "Reconciliation: FAILED");
  return lines.join("\n") + "\n";
}

function parsePositiveInteger(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UserFacingError(`${flag}: expecting a positive integer, got "${value}"`, EXIT.usage);
  return number;
}

/** Errors of the Neo4j layer are meant for the user: show their message, no stack. */
function withUserFacingErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw toUserFacing(error);
  }
}

async function withUserFacingErrorsAsync<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toUserFacing(error);
  }
}

export function toUserFacing(error: unknown): unknown {
  if (error instanceof Neo4jLayerError) return Object.assign(new UserFacingError(error.message), { cause: error, layerError: error.name });
  if (error instanceof RangeError) return new UserFacingError(error.message, EXIT.usage);
  return error;
}
