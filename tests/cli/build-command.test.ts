import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../pipeline/cli/program.js";
import { EXIT } from "../../pipeline/cli/exit-codes.js";
import type { SerializedPolicyGraph } from "../../pipeline/schema/index.js";

const SAMPLE = path.resolve("corpus/jining-daily-page.txt");

describe("policy-kg build", () => {
  let dir: string;
  let stdout: string;
  let stderr: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-build-"));
    stdout = "";
    stderr = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
    process.exitCode = undefined;
  });

  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it("writes graph.json in graphology's format and summarises kinds and relations", async () => {
    const code = await runCli(["node", "policy-kg", "build", SAMPLE, "--out", dir, "--quiet"]);
    expect(code).toBe(EXIT.ok);
    const graph = JSON.parse(await readFile(path.join(dir, "graph.json"), "utf8")) as SerializedPolicyGraph;
    expect(graph.nodes.filter((n) => n.attributes?.kind === "Article")).toHaveLength(7);
    expect(graph.edges.every((e) => (e.attributes?.evidence.length ?? 0) > 0)).toBe(true);
    expect(stdout).toContain("Articles: 7");
    expect(stdout).toMatch(/SERVES\s+[1-9]/);
  });

  it("keeps going past bad inputs, names each with its reason and exits with the partial code", async () => {
    const inputs = path.join(dir, "inputs");
    await import("node:fs/promises").then((fs) => fs.mkdir(inputs));
    await copyFile(SAMPLE, path.join(inputs, "page.txt"));
    await copyFile(SAMPLE, path.join(inputs, "page-copy.txt"));
    await writeFile(path.join(inputs, "empty.txt"), "");
    await writeFile(path.join(inputs, "binary.txt"), Buffer.from([0x00, 0xff, 0x10, 0x00, 0x89, 0x50]));
    const code = await runCli(["node", "policy-kg", "build", inputs, "--out", path.join(dir, "out"), "--json"]);
    expect(code).toBe(EXIT.partial);
    const summary = JSON.parse(stdout) as { articles: number; diagnostics: { code: string; source: string }[] };
    expect(summary.articles).toBe(7);
    const codes = summary.diagnostics.map((d) => `${path.basename(d.source.split("#")[0]!)}:${d.code}`);
    expect(codes).toEqual(expect.arrayContaining(["empty.txt:empty-file", "binary.txt:binary-file"]));
    expect(summary.diagnostics.filter((d) => d.code === "duplicate-article")).toHaveLength(7);
  });

  it("names duplicates and counts the other notes under the table", async () => {
    const inputs = path.join(dir, "inputs");
    await import("node:fs/promises").then((fs) => fs.mkdir(inputs));
    await copyFile(SAMPLE, path.join(inputs, "a.txt"));
    await copyFile(SAMPLE, path.join(inputs, "b.txt"));
    const code = await runCli(["node", "policy-kg", "build", inputs, "--out", path.join(dir, "out"), "--quiet"]);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toMatch(/Noted, nothing lost \(\d+: [^)]*7 duplicate-article/);
    expect(stderr).toMatch(/\[info\] .*b\.txt#0: same article as .*a\.txt#0/);
    expect(stderr).not.toContain("Skipped or flagged");
  });

  it("refuses to write an empty graph when no article was found", async () => {
    await writeFile(path.join(dir, "empty.txt"), "   \n");
    const code = await runCli(["node", "policy-kg", "build", path.join(dir, "empty.txt"), "--out", path.join(dir, "o")]);
    expect(code).toBe(EXIT.failure);
    expect(stderr).toContain("no article found");
  });

  it("rejects a bad option value as a usage error", async () => {
    const code = await runCli(["node", "policy-kg", "build", SAMPLE, "--max-file-mb", "-1"]);
    expect(code).toBe(EXIT.usage);
  });
});
