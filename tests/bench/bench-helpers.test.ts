/** Small helpers of the benchmarks: seeded randomness, percentiles, column wrapping, sample blocks, graph generation and sampling. */
import { describe, expect, it } from "vitest";
import { linearFit } from "../../bench/benches/pipeline-throughput.js";
import { wrapColumn } from "../../bench/corpus/layout.js";
import { loadSampleBlocks } from "../../bench/corpus/sample-articles.js";
import { generatePolicyGraph } from "../../bench/graph/generate-graph.js";
import { sampleByArticles } from "../../bench/graph/sample-graph.js";
import { createRng } from "../../bench/lib/rng.js";
import { percentile } from "../../bench/lib/stats.js";
import { checkGraph } from "../../pipeline/neo4j/graph-file.js";

describe("createRng", () => {
  it("repeats its sequence for a seed and differs for another", () => {
    const a = createRng(1);
    const b = createRng(1);
    const c = createRng(2);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it("keeps int() within its inclusive bounds", () => {
    const rng = createRng(9);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("linearFit", () => {
  it("recovers slope and intercept of points on a line", () => {
    const fit = linearFit([1, 2, 5].map((x) => ({ x, y: 3 * x + 100 })));
    expect(fit.slope).toBeCloseTo(3);
    expect(fit.intercept).toBeCloseTo(100);
  });
});

describe("wrapColumn", () => {
  it("never starts a line with closing punctuation and loses no character", () => {
    const text = "为帮助第一书记迅速深入基层，进入角色、融入工作。嘉祥县深入开展“以三大促三好”活动。";
    for (const width of [3, 5, 8, 13]) {
      const lines = wrapColumn(text, width);
      expect(lines.join("")).toBe(text);
      for (const line of lines.slice(1)) expect("，。、；：！？”’）》%").not.toContain(line[0]);
    }
  });
});

describe("loadSampleBlocks", () => {
  it("finds one block per dateline of the sample page, each ending before the next dateline", () => {
    const blocks = loadSampleBlocks();
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      expect(block.text.startsWith(block.dateline)).toBe(true);
      expect(block.text.slice(1)).not.toMatch(/本报\p{Script=Han}{2,4}讯（/u);
    }
  });
});

describe("generatePolicyGraph and sampleByArticles", () => {
  it("generates a schema-valid graph of the requested size with about four edges per node, the same for a seed", () => {
    const graph = generatePolicyGraph({ nodes: 500, seed: 3 });
    expect(graph.order).toBeGreaterThanOrEqual(495);
    expect(graph.order).toBeLessThanOrEqual(505);
    expect(graph.size).toBe(Math.round(graph.order * 4));
    expect(() => checkGraph(graph.export())).not.toThrow();
    expect(generatePolicyGraph({ nodes: 500, seed: 3 }).export()).toEqual(graph.export());
  });

  it("cuts a schema-valid subgraph along article lines", () => {
    const graph = generatePolicyGraph({ nodes: 800, seed: 4 }).export();
    const sample = sampleByArticles(graph, 20);
    const articles = new Set(sample.nodes.filter((n) => n.attributes?.kind === "Article").map((n) => n.key));
    expect(articles.size).toBe(20);
    expect(sample.nodes.length).toBeLessThan(graph.nodes.length);
    for (const node of sample.nodes) for (const a of node.attributes?.articles ?? []) expect(articles.has(a)).toBe(true);
    for (const edge of sample.edges) for (const e of edge.attributes?.evidence ?? []) expect(articles.has(e.article)).toBe(true);
    expect(() => checkGraph(sample)).not.toThrow();
  });
});
