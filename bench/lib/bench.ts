/** What every benchmark provides to the `npm run bench` runner. */

export interface BenchContext {
  /** Small sizes for a fast check (`--quick`). */
  quick: boolean;
  /** Progress line on stderr (tables go to stdout). */
  log(message: string): void;
}

export interface BenchOutcome<T = unknown> {
  /** Plain-text table(s) printed after the run. */
  table: string;
  /** Written to bench/results/<name>.json. */
  results: T;
}

export interface Benchmark {
  /** File name of its results and the argument of `npm run bench -- <name>`. */
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchOutcome>;
}
