import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { buildFromPaths, type BuildSummary } from "../../build.js";
import { DEFAULT_STREAM_ABOVE_BYTES } from "../../ingest/index.js";
import { EXIT, UserFacingError } from "../exit-codes.js";
import { createProgressReporter } from "../progress.js";
import { loadGraphFile } from "./load.js";

export function registerBuildCommand(program: Command): void {
  program
    .command("build")
    .description("Read articles (files or folders of .txt, saved web pages: .html, .htm, Markdown: .md, tables of articles: .csv, .tsv, .json, .jsonl, .xlsx, Word documents: .docx, and PDFs: .pdf) and write the knowledge graph as graph.json")
    .argument("<inputs...>", "article files or folders of .txt, .html, .md, .csv, .json, .xlsx, .docx and .pdf (UTF-8 with or without BOM, GB18030/GBK, Big5, UTF-16)")
    .option("-o, --out <dir>", "output folder for graph.json", "out")
    .option("--max-file-mb <mb>", `refuse (and report) files larger than this (default: no limit; files over ${DEFAULT_STREAM_ABOVE_BYTES / 2 ** 20} MB are streamed)`, parseMegabytes)
    .option("--workers <n>", 'extraction worker threads: a number, 0 for none, or "auto" (one per core, at most 8, once the corpus is big enough); with fewer workers than cores they also decode and split files', parseWorkers, "auto" as const)
    .option("--load", "load the graph into Neo4j after building (see `load`)")
    .option("-q, --quiet", "no progress bar")
    .option("--json", "print the summary as JSON instead of a table")
    .addHelpText(
      "after",
      "\nSkipped inputs (binary, empty, undecodable, too large, unreadable, no article) are listed with their reason;\nthe exit code is then 3. Duplicate articles are kept once and named; other notes (furniture set aside) are counted.",
    )
    .action(async (inputs: string[], options: BuildCommandOptions) => {
      const progress = createProgressReporter({ quiet: options.quiet || options.json });
      const result = await buildFromPaths(inputs, {
        ...(options.maxFileMb !== undefined ? { maxFileBytes: Math.round(options.maxFileMb * 2 ** 20) } : {}),
        workers: options.workers,
        keepExtractions: false,
        onProgress: ({ filesDone, files, articles }) => progress.update("Building", filesDone, files, `files, ${articles} articles`),
      });
      progress.stop();
      if (result.summary.articles === 0) {
        process.stderr.write(formatDiagnostics(result.summary));
        throw new UserFacingError(`no article found in ${inputs.join(", ")}; nothing written`);
      }
      await mkdir(options.out, { recursive: true });
      const outFile = path.join(options.out, "graph.json");
      await writeFile(outFile, JSON.stringify(result.graph.export()));
      process.stdout.write(options.json ? JSON.stringify({ ...result.summary, out: outFile }, null, 2) + "\n" : formatSummary(result.summary, outFile));
      if (!options.json) process.stderr.write(formatDiagnostics(result.summary));
      if (options.load) await loadGraphFile(outFile, { quiet: options.quiet });
      const skipped = result.summary.diagnostics.some((d) => d.severity === "error");
      if (skipped) process.exitCode = EXIT.partial;
    });
}

interface BuildCommandOptions {
  out: string;
  maxFileMb?: number;
  workers: number | "auto";
  load?: boolean;
  quiet?: boolean;
  json?: boolean;
}

function parseMegabytes(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new InvalidArgumentError("Expecting a positive number of megabytes.");
  }
  return megabytes;
}

function parseWorkers(value: string): number | "auto" {
  if (value === "auto") return "auto";
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0) throw new InvalidArgumentError('Expecting a whole number of workers (0 for none) or "auto".');
  return workers;
}

export function formatSummary(summary: BuildSummary, outFile: string): string {
  const workers = summary.workers > 0 ? `   Extraction workers: ${summary.workers}` : "";
  const lines = [`Wrote ${outFile}`, `Files: ${summary.files.length}   Articles: ${summary.articles}${workers}`, "Nodes:"];
  for (const [kind, count] of Object.entries(summary.nodesByKind)) lines.push(`  ${kind.padEnd(14)} ${count}`);
  lines.push("Relations:");
  for (const [type, count] of Object.entries(summary.relationsByType)) lines.push(`  ${type.padEnd(14)} ${count}`);
  return lines.join("\n") + "\n";
}

/**
 * Errors and warnings one by one; notes (info: furniture set aside, duplicates
 * kept once) counted by code, with each duplicate named, since it is text the
 * graph holds only once.
 */
export function formatDiagnostics(summary: BuildSummary): string {
  const reported = summary.diagnostics.filter((d) => d.severity !== "info");
  const notes = summary.diagnostics.filter((d) => d.severity === "info");
  const lines: string[] = [];
  if (reported.length > 0) {
    lines.push(`Skipped or flagged (${reported.length}):`);
    for (const d of reported) lines.push(`  [${d.severity}] ${d.source}: ${d.message} (${d.code})`);
  }
  if (notes.length > 0) {
    const byCode = new Map<string, number>();
    for (const d of notes) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
    const counts = [...byCode].map(([code, count]) => `${count} ${code}`).join(", ");
    lines.push(`Noted, nothing lost (${notes.length}: ${counts}; all with --json):`);
    const duplicates = notes.filter((d) => d.code.startsWith("duplicate-"));
    for (const d of duplicates.slice(0, MAX_LISTED_DUPLICATES)) lines.push(`  [info] ${d.source}: ${d.message} (${d.code})`);
    if (duplicates.length > MAX_LISTED_DUPLICATES) lines.push(`  … and ${duplicates.length - MAX_LISTED_DUPLICATES} more duplicates`);
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

/** Duplicates named one by one in the table; a re-run over a copied folder can have thousands. */
const MAX_LISTED_DUPLICATES = 20;
