/** Temporary folders that a benchmark removes when it is done, even after a failure. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * @example await withTempDir("corpus", async (dir) => generateCorpus({ articles: 10, outDir: dir }));
 */
export async function withTempDir<T>(label: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `policy-kg-bench-${label}-`));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
