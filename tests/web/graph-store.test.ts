import { mkdtemp, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFileGraphStore } from "../../web/server/graph-store.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

async function graphFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-store-"));
  return path.join(dir, "graph.json");
}

/** Writes the file and pins its modification time, so a test decides whether the store sees a change. */
async function writeAt(file: string, text: string, seconds: number): Promise<void> {
  await writeFile(file, text);
  await utimes(file, seconds, seconds);
}

describe("file graph store", () => {
  it("reads the file once for callers that ask at the same time", async () => {
    const file = await graphFile();
    await writeAt(file, JSON.stringify(createSampleGraph().export()), 1_700_000_000);
    const store = createFileGraphStore(file);
    // A second read would parse its own graph: the snapshots would differ.
    const [first, second] = await Promise.all([store.current(), store.current()]);
    expect(second).toBe(first);
    expect(await store.current()).toBe(first);
  });

  it("reads the file again once it changes", async () => {
    const file = await graphFile();
    const graph = createSampleGraph();
    await writeAt(file, JSON.stringify(graph.export()), 1_700_000_000);
    const store = createFileGraphStore(file);
    const before = await store.current();
    graph.dropNode("Group:离退休干部");
    await writeAt(file, JSON.stringify(graph.export()), 1_700_000_010);
    const after = await store.current();
    expect(after).not.toBe(before);
    expect(after.graph.hasNode("Group:离退休干部")).toBe(false);
  });

  it("tries a file that failed to read again, even if its time did not change", async () => {
    const file = await graphFile();
    await writeAt(file, "{ not json", 1_700_000_000);
    const store = createFileGraphStore(file);
    const attempts = await Promise.allSettled([store.current(), store.current()]);
    for (const attempt of attempts) {
      expect(attempt.status).toBe("rejected");
      expect((attempt as PromiseRejectedResult).reason).toHaveProperty("name", "GraphFileError");
    }
    await writeAt(file, JSON.stringify(createSampleGraph().export()), 1_700_000_000);
    expect((await store.current()).graph.hasNode("Group:离退休干部")).toBe(true);
  });
});
