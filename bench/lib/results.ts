/** Writes a benchmark's figures to bench/results/<name>.json with the machine they came from. */
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "results");

export interface MachineInfo {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  commit?: string;
}

export interface BenchResultFile<T> {
  name: string;
  date: string;
  quick: boolean;
  machine: MachineInfo;
  durationSeconds: number;
  results: T;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  let commit: string | undefined;
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    commit = undefined;
  }
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    ...(commit ? { commit } : {}),
  };
}

/**
 * @example await writeResults("query-latency", { queries: [...] }, { quick: false, durationSeconds: 42 });
 */
export async function writeResults<T>(
  name: string,
  results: T,
  options: { quick: boolean; durationSeconds: number; dir?: string },
): Promise<string> {
  const dir = options.dir ?? RESULTS_DIR;
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}${options.quick ? ".quick" : ""}.json`);
  const body: BenchResultFile<T> = {
    name,
    date: new Date().toISOString(),
    quick: options.quick,
    machine: machineInfo(),
    durationSeconds: Math.round(options.durationSeconds),
    results,
  };
  await writeFile(file, JSON.stringify(body, null, 2) + "\n");
  return file;
}
