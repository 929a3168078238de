/** Every benchmark, in the order `npm run bench` runs them (query-latency reuses the graph neo4j-load leaves loaded). */
import type { Benchmark } from "../lib/bench.js";
import { neo4jLoad } from "./neo4j-load.js";
import { pipelineThroughput } from "./pipeline-throughput.js";

export const BENCHMARKS: readonly Benchmark[] = [pipelineThroughput, neo4jLoad];
