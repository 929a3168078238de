import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { LargeFileReport } from "./support/ingest-large-file.js";

const run = promisify(execFile);
const root = mkdtempSync(path.join(tmpdir(), "large-file-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * V8 heap cap of the child: reading a 100 MiB file whole needs its bytes and
 * a 67-million-character string at once, far above this (it dies of "heap out
 * of memory"); streamed, it fits.
 */
const HEAP_CAP_MIB = 160;

async function ingestLargeFile(mib: number, encoding: "utf8" | "gb18030"): Promise<LargeFileReport> {
  const file = path.join(root, `large-${encoding}.txt`);
  const { stdout } = await run(
    process.execPath,
    [`--max-old-space-size=${HEAP_CAP_MIB}`, "--import", "tsx", "tests/robustness/support/ingest-large-file.ts", file, String(mib), encoding],
    { maxBuffer: 1 << 20 },
  );
  rmSync(file, { force: true });
  return JSON.parse(stdout) as LargeFileReport;
}

describe("a 100 MB file", () => {
  it("is streamed within a bounded heap and every article is read or reported as a duplicate", async () => {
    const report = await ingestLargeFile(100, "utf8");
    expect(report.fileMiB).toBeGreaterThanOrEqual(100);
    expect(report.encoding).toBe("UTF-8");
    expect(report.batches).toBeGreaterThan(10);
    expect(report.articles + report.duplicates).toBe(report.articlesWritten);
    expect(report.peakHeapMiB).toBeLessThanOrEqual(HEAP_CAP_MIB);
    expect(report.peakRssMiB - report.baselineRssMiB).toBeLessThan(300);
    // Headlines are found as in page-sized files: only a handful fall to repeated-label furniture.
    expect(report.diagnostics["no-title"] ?? 0).toBeLessThan(report.articlesWritten / 200);
  }, 600_000);

  it("in GB18030 decodes across chunk boundaries without a replaced character", async () => {
    const report = await ingestLargeFile(20, "gb18030");
    expect(report.encoding).toBe("GB18030");
    expect(report.diagnostics["invalid-bytes"]).toBeUndefined();
    expect(report.articles + report.duplicates).toBe(report.articlesWritten);
  }, 300_000);
});
