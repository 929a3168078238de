/** Every benchmark, in the order `npm run bench` runs them (query-latency and api-load reuse the graph neo4j-load leaves loaded). */
import type { Benchmark } from "../lib/bench.js";
import { apiLoad } from "./api-load.js";
import { explorerScale } from "./explorer-scale.js";
import { neo4jLoad } from "./neo4j-load.js";
import { pipelineThroughput } from "./pipeline-throughput.js";
import { queryLatency } from "./query-latency.js";

export const BENCHMARKS: readonly Benchmark[] = [pipelineThroughput, neo4jLoad, queryLatency, apiLoad, explorerScale];
