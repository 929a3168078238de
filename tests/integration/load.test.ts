/**
 * Loading against a real Neo4j: schema, idempotence, interrupted loads,
 * replace-article updates, other corpora left alone, concurrent loads and
 * an exact round trip of every attribute.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildFromPaths } from "../../pipeline/build.js";
import { createPolicyGraph } from "../../pipeline/graph/build-graph.js";
import { checkGraph } from "../../pipeline/neo4j/graph-file.js";
import { loadGraph, type LoadProgress } from "../../pipeline/neo4j/loader.js";
import { fromNeo4jProperties, fromNeo4jRelationshipProperties } from "../../pipeline/neo4j/properties.js";
import { reconcileGraph } from "../../pipeline/neo4j/reconcile.js";
import { NODE_KINDS, RELATION_TYPES } from "../../pipeline/schema/index.js";
import { fixtureGraph } from "../fixtures/graphs/fixture-graph.js";
import { countNodesAndRelationships, openTestDriver, snapshot, testSettings, wipeDatabase } from "./support/neo4j.js";

let driver: Driver;
const database = () => testSettings().database;

beforeAll(async () => {
  driver = await openTestDriver();
});
afterAll(async () => {
  await driver?.close();
});
beforeEach(async () => {
  await wipeDatabase(driver);
});

describe("schema", () => {
  it("creates a key constraint for every node kind and relation type, and online full-text indexes", async () => {
    await loadGraph(driver, fixtureGraph("base").export(), { database: database() });
    const constraints = await driver.executeQuery("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type", {}, { database: database() });
    const covered = new Set(
      constraints.records.filter((r) => (r.get("properties") as string[]).join() === "key").map((r) => (r.get("labelsOrTypes") as string[])[0]),
    );
    for (const kind of NODE_KINDS) expect(covered, kind).toContain(kind);
    for (const type of RELATION_TYPES) expect(covered, type).toContain(type);
    const fulltext = await driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, state", {}, { database: database() });
    expect(Object.fromEntries(fulltext.records.map((r) => [r.get("name"), r.get("state")]))).toMatchObject({
      node_names: "ONLINE",
      article_text: "ONLINE",
    });
  });
});

describe("loading", () => {
  it("loads twice with identical contents (idempotent) and reconciles", async () => {
    const graph = fixtureGraph("base");
    const first = await loadGraph(driver, graph.export(), { database: database(), batchSize: 4 });
    expect(first.reconcile?.ok).toBe(true);
    const afterFirst = await snapshot(driver);
    expect(afterFirst.nodes).toHaveLength(graph.order);
    expect(afterFirst.relationships).toHaveLength(graph.size);
    const second = await loadGraph(driver, graph.export(), { database: database() });
    expect(second.reconcile?.ok).toBe(true);
    expect(second.removed).toEqual({ relationships: 0, trimmedRelationships: 0, nodes: 0 });
    expect(await snapshot(driver)).toEqual(afterFirst);
  });

  it("finishes an interrupted load on the next run with exactly the same graph", async () => {
    const graph = fixtureGraph("base").export();
    await loadGraph(driver, graph, { database: database() });
    const clean = await snapshot(driver);

    await wipeDatabase(driver);
    const controller = new AbortController();
    const seen: LoadProgress[] = [];
    const interrupted = loadGraph(driver, graph, {
      database: database(),
      batchSize: 2,
      signal: controller.signal,
      onProgress: (progress) => {
        seen.push(progress);
        if (progress.done === Math.floor(progress.total / 2)) controller.abort();
      },
    });
    await expect(interrupted).rejects.toMatchObject({ name: "LoadAbortedError" });
    const half = await countNodesAndRelationships(driver);
    expect(half.nodes).toBeGreaterThan(0);
    expect(half.nodes + half.relationships).toBeLessThan(clean.nodes.length + clean.relationships.length);

    const rerun = await loadGraph(driver, graph, { database: database() });
    expect(rerun.reconcile?.ok).toBe(true);
    expect(await snapshot(driver)).toEqual(clean);
  });

  it("an interrupted replace-article update, re-run, ends like a clean update", async () => {
    await loadGraph(driver, fixtureGraph("base").export(), { database: database() });
    await loadGraph(driver, fixtureGraph("edited").export(), { database: database() });
    const expected = await snapshot(driver);

    // Stop in the node phase, the relationship phase and the clean-up phase.
    for (const fraction of [0.3, 0.6, 0.9]) {
      await wipeDatabase(driver);
      await loadGraph(driver, fixtureGraph("base").export(), { database: database() });
      const controller = new AbortController();
      await expect(
        loadGraph(driver, fixtureGraph("edited").export(), {
          database: database(),
          batchSize: 2,
          signal: controller.signal,
          onProgress: ({ done, total }) => done === Math.floor(total * fraction) && controller.abort(),
        }),
      ).rejects.toMatchObject({ name: "LoadAbortedError" });
      await loadGraph(driver, fixtureGraph("edited").export(), { database: database() });
      expect(await snapshot(driver), `stopped at ${fraction} of the steps`).toEqual(expected);
    }
  });

  it("round-trips every node attribute and every evidence entry exactly", async () => {
    const graph = fixtureGraph("base");
    await loadGraph(driver, graph.export(), { database: database() });
    const nodes = await driver.executeQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p", {}, { database: database() });
    const read = new Map(nodes.records.map((r) => {
      const { key, attributes } = fromNeo4jProperties(r.get("p"), r.get("labels"));
      return [key, attributes];
    }));
    graph.forEachNode((key, attributes) => expect(read.get(key), key).toEqual(attributes));
    const metric = read.get("Metric:统筹资金310000000元") as { value: number } | undefined;
    expect(metric?.value).toBe(310000000);

    const rels = await driver.executeQuery("MATCH ()-[r]->() RETURN type(r) AS type, properties(r) AS p", {}, { database: database() });
    const edges = new Map(rels.records.map((r) => {
      const { key, ...attributes } = fromNeo4jRelationshipProperties(r.get("type"), r.get("p"));
      return [key, attributes];
    }));
    graph.forEachEdge((key, attributes) => expect(edges.get(key), key).toEqual(attributes));
  });
});

describe("replace-article", () => {
  it("removes what a corrected article no longer says and keeps what others still say", async () => {
    await loadGraph(driver, fixtureGraph("base").export(), { database: database() });
    const summary = await loadGraph(driver, fixtureGraph("edited").export(), { database: database() });
    expect(summary.reconcile?.ok).toBe(true);
    expect(summary.supersededArticles).toHaveLength(1);

    const involved = await driver.executeQuery(
      "MATCH (p:Programme)-[:INVOLVES]->(o:Organization {name: '县委老干部局'}) RETURN p.name AS p ORDER BY p",
      {},
      { database: database() },
    );
    // 金乡's corrected article dropped the INVOLVES sentence; 微山's still has its own.
    expect(involved.records.map((r) => r.get("p"))).toEqual(["老干部志愿服务队"]);
    const removedMetric = await driver.executeQuery("MATCH (m:Metric {value: 310000000}) RETURN count(m) AS n", {}, { database: database() });
    expect(Number(removedMetric.records[0]!.get("n"))).toBe(0);
    const articles = await driver.executeQuery("MATCH (a:Article) RETURN a.title AS t ORDER BY t", {}, { database: database() });
    expect(articles.records.map((r) => r.get("t"))).toContain("金乡县银发先锋行动走访群众（更正）");
    expect(articles.records.map((r) => r.get("t"))).not.toContain("金乡县银发先锋行动走访群众");

    // Loading the corrected graph over the old one gives exactly what loading it alone gives.
    const updated = await snapshot(driver);
    await wipeDatabase(driver);
    await loadGraph(driver, fixtureGraph("edited").export(), { database: database() });
    expect(updated).toEqual(await snapshot(driver));
  });

  it("leaves another corpus's articles, evidence and node mentions alone", async () => {
    await loadGraph(driver, fixtureGraph("other-corpus").export(), { database: database() });
    await loadGraph(driver, fixtureGraph("base").export(), { database: database() });
    await loadGraph(driver, fixtureGraph("edited").export(), { database: database() });
    const other = checkGraph(fixtureGraph("other-corpus").export());
    const report = await reconcileGraph(driver, other, { database: database() });
    expect(report.mismatches).toEqual([]);
    const group = await driver.executeQuery("MATCH (g:Group {name: '离退休干部'}) RETURN g.articles AS a, g.aliases AS aliases", {}, { database: database() });
    const otherArticle = other.nodes.find((n) => n.kind === "Article")!.key;
    expect(group.records[0]!.get("a")).toContain(otherArticle);
    expect(group.records[0]!.get("aliases")).toEqual(["老干部"]);
    const county = await driver.executeQuery(
      "MATCH (:County {name: '金乡县'})<-[r:REPORTS_ON]-(a:Article) RETURN count(r) AS n",
      {},
      { database: database() },
    );
    expect(Number(county.records[0]!.get("n"))).toBe(2);
  });

  it("with --no-replace-article merges evidence and removes nothing", async () => {
    await loadGraph(driver, fixtureGraph("base").export(), { database: database() });
    const summary = await loadGraph(driver, fixtureGraph("edited").export(), { database: database(), replaceArticle: false });
    expect(summary.removed).toEqual({ relationships: 0, trimmedRelationships: 0, nodes: 0 });
    const metric = await driver.executeQuery("MATCH (m:Metric {value: 310000000}) RETURN count(m) AS n", {}, { database: database() });
    expect(Number(metric.records[0]!.get("n"))).toBe(1);
  });
});

describe("replace-article on the sample corpus, rebuilt by the pipeline", () => {
  it("a corrected figure replaces the old one and the result equals a fresh load", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-corpus-"));
    const page = path.join(dir, "page.txt");
    const original = await readFile("corpus/jining-daily-page.txt", "utf8");
    expect(original.split("2300余名")).toHaveLength(2);
    await writeFile(page, original);
    const before = (await buildFromPaths([page])).graph;
    await loadGraph(driver, before.export(), { database: database() });
    const valueCount = async (value: number) =>
      Number((await driver.executeQuery("MATCH (m:Metric {value: $value}) RETURN count(m) AS n", { value }, { database: database() })).records[0]!.get("n"));
    expect(await valueCount(2300)).toBe(1);

    await writeFile(page, original.replace("2300余名", "2400余名"));
    const after = (await buildFromPaths([page])).graph;
    const summary = await loadGraph(driver, after.export(), { database: database() });
    expect(summary.reconcile?.ok).toBe(true);
    expect(summary.supersededArticles).toHaveLength(1);
    expect(await valueCount(2300)).toBe(0);
    expect(await valueCount(2400)).toBe(1);
    const updated = await snapshot(driver);
    expect(updated.nodes).toHaveLength(after.order);
    expect(updated.relationships).toHaveLength(after.size);

    await wipeDatabase(driver);
    await loadGraph(driver, after.export(), { database: database() });
    expect(updated).toEqual(await snapshot(driver));
  });
});

describe("concurrency", () => {
  it("two graphs sharing nodes loaded at the same time create no duplicate", async () => {
    const [a, b] = await Promise.all([
      loadGraph(driver, fixtureGraph("base").export(), { database: database(), batchSize: 1 }),
      loadGraph(driver, fixtureGraph("other-corpus").export(), { database: database(), batchSize: 1 }),
    ]);
    expect(a.reconcile?.ok && b.reconcile?.ok).toBe(true);
    const counts = await countNodesAndRelationships(driver);
    expect(counts.distinctNodeKeys).toBe(counts.nodes);
    const union = createPolicyGraph();
    union.import(fixtureGraph("base").export());
    union.import(fixtureGraph("other-corpus").export(), true);
    expect(counts.nodes).toBe(union.order);
    expect(counts.relationships).toBe(union.size);
  });
});

describe("bad input", () => {
  it("refuses a graph that breaks the schema before writing anything", async () => {
    const graph = fixtureGraph("base").export();
    graph.nodes.push({ key: "Robot:x", attributes: { kind: "Robot", name: "x", articles: [] } as never });
    await expect(loadGraph(driver, graph, { database: database() })).rejects.toMatchObject({ name: "GraphFormatError" });
    expect((await countNodesAndRelationships(driver)).nodes).toBe(0);
  });
});
