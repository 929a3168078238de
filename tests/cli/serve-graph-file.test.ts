/**
 * `serve` builds out/graph.json from the bundled corpus when it is missing, and
 * again when an earlier pipeline built it from that corpus; a graph an earlier
 * pipeline built from other articles is kept, with a word on how to rebuild it.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureGraphFile } from "../../pipeline/cli/commands/serve.js";
import { graphFileAttributes } from "../../pipeline/graph/graph-file-attributes.js";
import { pipelineVersion } from "../../pipeline/graph/pipeline-version.js";

const SAMPLE = path.resolve("corpus/jining-daily-page.txt");

/** A graph.json as `build` writes one, with the given build attributes and no nodes. */
const oldGraph = (attributes: Record<string, unknown>) =>
  JSON.stringify({ options: { type: "directed", multi: true, allowSelfLoops: true }, attributes: { formatVersion: 1, builtAt: "2025-01-01T00:00:00.000Z", generator: "policy-kg", ...attributes }, nodes: [], edges: [] });

describe("ensureGraphFile", () => {
  let dir: string;
  let corpus: string;
  let graphFile: string;
  let lines: string[];
  const log = (line: string) => lines.push(line);

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-serve-"));
    corpus = path.join(dir, "corpus");
    await mkdir(corpus);
    await copyFile(SAMPLE, path.join(corpus, "page.txt"));
    graphFile = path.join(dir, "out", "graph.json");
    lines = [];
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("builds a missing graph from the corpus and records the pipeline and inputs that built it", async () => {
    await ensureGraphFile(graphFile, corpus, log);
    expect(await graphFileAttributes(graphFile)).toMatchObject({ pipelineVersion: pipelineVersion(), inputs: [corpus] });
    expect(JSON.parse(await readFile(graphFile, "utf8")).nodes.length).toBeGreaterThan(50);
  });

  it("builds again a graph an earlier pipeline built from the same corpus", async () => {
    await mkdir(path.dirname(graphFile));
    await writeFile(graphFile, oldGraph({ pipelineVersion: "0000000000000000", inputs: [corpus] }));
    await ensureGraphFile(graphFile, corpus, log);
    expect((await graphFileAttributes(graphFile))?.pipelineVersion).toBe(pipelineVersion());
    expect(lines.join("\n")).toContain("earlier version of the pipeline: building it again");
  });

  it("keeps a graph this pipeline built, and one an earlier pipeline built from other articles, saying how to rebuild the latter", async () => {
    await mkdir(path.dirname(graphFile));
    const current = oldGraph({ pipelineVersion: pipelineVersion(), inputs: [corpus] });
    await writeFile(graphFile, current);
    await ensureGraphFile(graphFile, corpus, log);
    expect(await readFile(graphFile, "utf8")).toBe(current);

    const theirs = oldGraph({ pipelineVersion: "0000000000000000", inputs: ["/data/my-prefecture"] });
    await writeFile(graphFile, theirs);
    await ensureGraphFile(graphFile, corpus, log);
    expect(await readFile(graphFile, "utf8")).toBe(theirs);
    expect(lines).toEqual([expect.stringContaining(`Rebuild it with \`npm run kg -- build /data/my-prefecture --out ${path.dirname(graphFile)}\``)]);
  });

  it("keeps a graph that records no pipeline (hand-made, or built before graphs recorded one)", async () => {
    await mkdir(path.dirname(graphFile));
    const handMade = oldGraph({});
    await writeFile(graphFile, handMade);
    await ensureGraphFile(graphFile, corpus, log);
    expect(await readFile(graphFile, "utf8")).toBe(handMade);
    expect(lines).toEqual([]);
  });
});
