/**
 * The `serve` and `export-site` commands as a user runs them: a real child
 * process on a free loopback port, and the static site written to disk.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../pipeline/cli/program.js";
import type { StatusPayload } from "../../web/shared/api-types.js";
import { createSampleGraph } from "../fixtures/web/sample-graph.js";

let dir: string;
let graphFile: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-cli-web-"));
  graphFile = path.join(dir, "graph.json");
  await writeFile(graphFile, JSON.stringify(createSampleGraph().export()));
});

describe("serve", () => {
  it("serves the API and the explorer on localhost and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "pipeline/cli/main.ts", "serve", "--port", "0", "--no-neo4j", "--graph", graphFile], {
      cwd: path.resolve("."),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = "";
        const timer = setTimeout(() => reject(new Error(`serve printed no URL in time; stderr: ${stderr}`)), 60_000);
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[0]);
          }
        });
        child.on("exit", (code) => reject(new Error(`serve exited early with ${code}; stderr: ${stderr}`)));
      });
      const status = (await (await fetch(`${url}api/status`)).json()) as StatusPayload;
      expect(status.graph).toMatchObject({ source: "file", nodes: 22 });
      expect(status.cypher.available).toBe(false);
      const page = await fetch(url);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(await page.text()).toContain('id="sigma"');
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }, 120_000);
});

describe("export-site", () => {
  it("writes index.html with the graph embedded", async () => {
    const out = path.join(dir, "site");
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const code = await runCli(["node", "policy-kg", "export-site", out, "--graph", graphFile]).finally(() => stdout.mockRestore());
    expect(code).toBe(0);
    const html = await readFile(path.join(out, "index.html"), "utf8");
    expect(html).toContain('<script id="policy-kg-data" type="application/json">');
    expect(html).toContain("离退休干部");
  }, 120_000);

  it("fails with a clear message when the graph file is missing", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const code = await runCli(["node", "policy-kg", "export-site", path.join(dir, "x"), "--graph", path.join(dir, "missing.json")]);
    const written = stderr.mock.calls.map((call) => String(call[0])).join("");
    stderr.mockRestore();
    expect(code).toBe(1);
    expect(written).toContain("missing.json does not exist");
  });
});
