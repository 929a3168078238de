/**
 * Failure modes against a real server: unreachable server, wrong password,
 * slow queries hitting their timeout, writes refused, row caps.
 */
import net from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../pipeline/neo4j/connection.js";
import { loadGraph } from "../../pipeline/neo4j/loader.js";
import { runReadQuery } from "../../pipeline/neo4j/run-read-query.js";
import { fixtureGraph } from "../fixtures/graphs/fixture-graph.js";
import { openTestDriver, runCli, testSettings, wipeDatabase, writeGraphToTempFile } from "./support/neo4j.js";

let driver: Driver;
let graphFile: string;

beforeAll(async () => {
  driver = await openTestDriver();
  await wipeDatabase(driver);
  await loadGraph(driver, fixtureGraph("base").export(), { database: testSettings().database });
  graphFile = await writeGraphToTempFile(fixtureGraph("base").export());
});
afterAll(async () => {
  await driver?.close();
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("connection failures", () => {
  it("an unreachable server gives Neo4jUnavailableError naming the URI, after bounded retries", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const started = Date.now();
    const error = await connect({ ...testSettings(), uri }, { attempts: 3, initialDelayMs: 100 }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: "Neo4jUnavailableError" });
    expect((error as Error).message).toContain(uri);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("the CLI exits non-zero with a clear message when Neo4j is not reachable", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const run = await runCli(["load", graphFile, "--quiet"], { NEO4J_URI: uri });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot reach Neo4j at ${uri}`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.elapsedMs).toBeLessThan(60_000);
  });

  it("a wrong password gives Neo4jAuthError at once, and a non-zero CLI exit", async () => {
    const error = await connect({ ...testSettings(), password: "not-the-password" }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: "Neo4jAuthError", code: "Neo.ClientError.Security.Unauthorized" });
    const run = await runCli(["query", "cross-county-groups"], { NEO4J_PASSWORD: "not-the-password" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("refused the credentials");
  });
});

describe("read queries", () => {
  it("stops a slow query at its timeout with QueryTimeoutError", async () => {
    const started = Date.now();
    const error = await runReadQuery(driver, {
      cypher: "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n",
      timeoutMs: 500,
      database: testSettings().database,
    }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: "QueryTimeoutError" });
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("refuses writes before they reach the server", async () => {
    await expect(runReadQuery(driver, { cypher: "MATCH (n) DETACH DELETE n" })).rejects.toMatchObject({
      name: "QueryRefusedError",
      code: "PolicyKg.QueryRefused.write",
    });
    const count = await driver.executeQuery("MATCH (n) RETURN count(n) AS n");
    expect(Number(count.records[0]!.get("n"))).toBe(fixtureGraph("base").order);
  });

  it("the READ session itself makes the server refuse a write (the real protection)", async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(testSettings().database ? { database: testSettings().database } : {}) });
    try {
      const error = await session.executeRead((tx) => tx.run("CREATE (:Scratch {x: 1})")).catch((e: { code?: string }) => e);
      expect((error as { code?: string }).code).toBe("Neo.ClientError.Statement.AccessMode");
    } finally {
      await session.close();
    }
    const scratch = await driver.executeQuery("MATCH (n:Scratch) RETURN count(n) AS n");
    expect(Number(scratch.records[0]!.get("n"))).toBe(0);
  });

  it("the CLI refuses a write with a clear message and exit code 1", async () => {
    const run = await runCli(["query", "-"], {}, "MATCH (c:County) SET c.name = 'x' RETURN c");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("query refused");
    const names = await driver.executeQuery("MATCH (c:County) RETURN collect(c.name) AS names");
    expect(names.records[0]!.get("names")).not.toContain("x");
  });

  it("caps rows and says so", async () => {
    const result = await runReadQuery(driver, { cypher: "UNWIND range(1, 50) AS x RETURN x", maxRows: 10 });
    expect(result.rows).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(result.rows[9]).toEqual([10]);
  });

  it("reports Neo4j's code for a broken query", async () => {
    await expect(runReadQuery(driver, { cypher: "MATCH (n RETURN n" })).rejects.toMatchObject({
      name: "Neo4jQueryError",
      code: "Neo.ClientError.Statement.SyntaxError",
    });
  });

  it("returns nodes, relationships and paths as plain values plus the graph they form", async () => {
    const result = await runReadQuery(driver, {
      cypher: "MATCH path = (c:County {name: $county})-[:RUNS]->(p:Programme)-[s:SERVES]->(g:Group) RETURN c, s, path LIMIT $n",
      params: { county: "金乡县", n: 5 },
    });
    expect(result.columns).toEqual(["c", "s", "path"]);
    expect(result.rows[0]![0]).toMatchObject({ key: "County:金乡县", kind: "County", name: "金乡县", labels: ["County"] });
    expect(result.rows[0]![1]).toMatchObject({ type: "SERVES", source: "Programme:银发先锋行动", target: "Group:离退休干部" });
    expect(result.graph.nodes.map((n) => n.key).sort()).toEqual(["County:金乡县", "Group:离退休干部", "Programme:银发先锋行动"]);
    expect(result.graph.edges.map((e) => e.type).sort()).toEqual(["RUNS", "SERVES"]);
  });
});
