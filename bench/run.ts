/**
 * `npm run bench [-- <name>...] [--quick]`: runs the benchmarks one after
 * another, prints each one's table and writes bench/results/<name>.json.
 * A benchmark that fails is reported and the others still run.
 */
import { writeResults } from "./lib/results.js";
import { removeWorkspace } from "./lib/workspace.js";
import type { Benchmark } from "./lib/bench.js";
import { BENCHMARKS } from "./benches/index.js";

function parseArgs(argv: string[]): { names: string[]; quick: boolean } {
  const quick = argv.includes("--quick");
  const names = argv.filter((arg) => !arg.startsWith("--"));
  const known = new Set(BENCHMARKS.map((b) => b.name));
  const unknown = names.filter((name) => !known.has(name));
  if (argv.includes("--help") || unknown.length > 0) {
    if (unknown.length > 0) process.stderr.write(`bench: unknown benchmark ${unknown.join(", ")}\n`);
    process.stderr.write(
      `usage: npm run bench [-- <name>...] [--quick]\n\n${BENCHMARKS.map((b) => `  ${b.name.padEnd(22)} ${b.description}`).join("\n")}\n`,
    );
    process.exit(unknown.length > 0 ? 2 : 0);
  }
  return { names, quick };
}

async function runOne(benchmark: Benchmark, quick: boolean): Promise<boolean> {
  const started = performance.now();
  process.stderr.write(`\n== ${benchmark.name}${quick ? " (quick)" : ""}: ${benchmark.description}\n`);
  try {
    const outcome = await benchmark.run({ quick, log: (message) => process.stderr.write(`   ${message}\n`) });
    const seconds = (performance.now() - started) / 1000;
    const file = await writeResults(benchmark.name, outcome.results, { quick, durationSeconds: seconds });
    process.stdout.write(`\n## ${benchmark.name} (${seconds.toFixed(0)} s) → ${file}\n${outcome.table}\n`);
    return true;
  } catch (error) {
    process.stdout.write(`\n## ${benchmark.name}: FAILED\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return false;
  }
}

const { names, quick } = parseArgs(process.argv.slice(2));
const selected = names.length > 0 ? BENCHMARKS.filter((b) => names.includes(b.name)) : BENCHMARKS;
let failed = 0;
try {
  for (const benchmark of selected) if (!(await runOne(benchmark, quick))) failed++;
} finally {
  await removeWorkspace();
}
process.stdout.write(`\n${selected.length - failed}/${selected.length} benchmarks done${failed ? `, ${failed} failed` : ""}\n`);
process.exitCode = failed ? 1 : 0;
