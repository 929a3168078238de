/**
 * Load test of the explorer API on loopback with autocannon: each endpoint
 * for a bounded time, sustained requests/s, p50/p95 latency (from every
 * response) and errors. Baseline in the same run: a bare Fastify answering a
 * constant JSON object, the ceiling of this machine and HTTP stack.
 */
import { readFile } from "node:fs/promises";
import autocannon from "autocannon";
import Fastify, { type FastifyInstance } from "fastify";
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";
import { createNeo4jCypherBackend } from "../../web/server/neo4j-cypher-backend.js";
import { createServer } from "../../web/server/create-server.js";
import { createFileGraphStore } from "../../web/server/graph-store.js";
import type { Benchmark, BenchContext } from "../lib/bench.js";
import { percentile, round } from "../lib/stats.js";
import { formatTable } from "../lib/table.js";
import { benchBuild, benchNeo4j, largeCorpusSize } from "../lib/workspace.js";

const CONNECTIONS = 8;

interface Target {
  name: string;
  method: "GET" | "POST";
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Bytes on the wire per response (body and headers, compressed when asked). */
  bytesPerResponse: number;
}

/** What both the single request and autocannon send: no compression (fetch would ask for gzip) unless the target asks. */
function requestHeaders(target: Target): Record<string, string> {
  return { "accept-encoding": "identity", ...target.headers, ...(target.body ? { "content-type": "application/json" } : {}) };
}

async function listen(app: FastifyInstance): Promise<string> {
  return app.listen({ host: "127.0.0.1", port: 0 });
}

function hammer(url: string, target: Target, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: url + target.path,
        method: target.method,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 60,
        headers: requestHeaders(target),
        ...(target.body ? { body: target.body } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requests: result.requests.total,
          requestsPerSecond: round(result.requests.total / seconds, 1),
          bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
          p50Ms: round(percentile(latencies, 50), 1),
          p95Ms: round(percentile(latencies, 95), 1),
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function run({ quick, log }: BenchContext) {
  const seconds = quick ? 3 : 5;
  const { graphFile } = await benchBuild(largeCorpusSize(quick));
  const graph = JSON.parse(await readFile(graphFile, "utf8")) as SerializedPolicyGraph;
  const county = graph.nodes.find((n) => n.attributes?.kind === "County")?.key ?? "County:none";

  const bare = Fastify({ logger: false });
  bare.get("/ping", async () => ({ ok: true, graph: "bare" }));
  const bareUrl = await listen(bare);

  const { server, driver } = await benchNeo4j();
  const cypher = createNeo4jCypherBackend(driver, { uri: server.uri, username: server.username, password: server.password, database: undefined });
  // No background warm-up of the default view: it would lay out and serialise during the first
  // endpoints' measurements. Each endpoint's first request (the one-request column) pays its own cold cost.
  const app = await createServer({ graphStore: createFileGraphStore(graphFile), cypher, warmDefaultView: false });
  const url = await listen(app);
  const query = JSON.stringify({ query: "MATCH (c:County)-[:RUNS]->(p:Programme) RETURN c.name AS county, count(p) AS programmes ORDER BY programmes DESC LIMIT 10", params: {} });
  const targets: Target[] = [
    { name: "GET /api/status", method: "GET", path: "/api/status" },
    { name: "GET /api/graph?limit=500", method: "GET", path: "/api/graph?limit=500" },
    { name: "GET /api/graph (default cap)", method: "GET", path: "/api/graph" },
    { name: "GET /api/graph (default cap, gzip)", method: "GET", path: "/api/graph", headers: { "accept-encoding": "gzip" } },
    { name: "GET /api/node/<county>", method: "GET", path: `/api/node/${encodeURIComponent(county)}` },
    { name: "GET /api/queries", method: "GET", path: "/api/queries" },
    { name: "POST /api/cypher (Neo4j)", method: "POST", path: "/api/cypher", body: query },
    { name: "POST /api/cypher (refused write)", method: "POST", path: "/api/cypher", body: JSON.stringify({ query: "MATCH (n) DETACH DELETE n" }) },
  ];
  try {
    // The first request reads and indexes graph.json; keep it out of the measurement.
    await app.inject({ method: "GET", url: "/api/status" });
    // The baseline runs before and after the endpoints; their mean absorbs drift in a shared machine's load.
    const bareTarget: Target = { name: "bare", method: "GET", path: "/ping" };
    log(`baseline: bare Fastify, ${seconds} s`);
    const baselineBefore = await hammer(bareUrl, bareTarget, seconds);
    const measured = [];
    for (const target of targets) {
      log(`${target.name}, ${seconds} s, ${CONNECTIONS} connections`);
      const single = performance.now();
      await fetch(url + target.path, { method: target.method, headers: requestHeaders(target), ...(target.body ? { body: target.body } : {}) }).then((r) => r.arrayBuffer());
      const singleRequestMs = round(performance.now() - single, 1);
      measured.push({ target, result: { ...(await hammer(url, target, seconds)), singleRequestMs } });
    }
    const baselineAfter = await hammer(bareUrl, bareTarget, seconds);
    const baseline = {
      ...baselineBefore,
      requestsPerSecond: round((baselineBefore.requestsPerSecond + baselineAfter.requestsPerSecond) / 2, 1),
      before: baselineBefore.requestsPerSecond,
      after: baselineAfter.requestsPerSecond,
    };
    const rows = measured.map(({ target, result }) => ({
      endpoint: target.name,
      expectedStatus: target.name.includes("refused") ? "400 (refused by the guard)" : "2xx",
      ...result,
      vsBareFastify: round(result.requestsPerSecond / baseline.requestsPerSecond, 3),
    }));
    const results = { secondsPerEndpoint: seconds, connections: CONNECTIONS, graph: { nodes: graph.nodes.length, relations: graph.edges.length }, baseline: { endpoint: "bare Fastify GET /ping", ...baseline }, endpoints: rows };
    const table = formatTable(
      ["endpoint", "req/s", "vs bare", "p50 ms", "p95 ms", "1 request ms", "KB/response", "errors", "non-2xx"],
      [
        ["bare Fastify (baseline)", baseline.requestsPerSecond, 1, baseline.p50Ms, baseline.p95Ms, "-", round(baseline.bytesPerResponse / 1024, 1), baseline.errors + baseline.timeouts, baseline.non2xx],
        ...rows.map((r) => [r.endpoint, r.requestsPerSecond, r.vsBareFastify, r.p50Ms, r.p95Ms, r.singleRequestMs, round(r.bytesPerResponse / 1024, 1), r.errors + r.timeouts, r.non2xx]),
      ],
    );
    return { table, results };
  } finally {
    await app.close();
    await bare.close();
  }
}

export const apiLoad: Benchmark = {
  name: "api-load",
  description: "explorer API under autocannon vs a bare Fastify baseline (loopback, bounded time)",
  run,
};
