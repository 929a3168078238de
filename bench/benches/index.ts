/** Every benchmark, in the order `npm run bench` runs them. */
import type { Benchmark } from "../lib/bench.js";
import { pipelineThroughput } from "./pipeline-throughput.js";

export const BENCHMARKS: readonly Benchmark[] = [pipelineThroughput];
