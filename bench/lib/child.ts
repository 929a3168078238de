/** Runs a TypeScript measurement script in a fresh Node process (so its memory peak is its own) and parses its JSON line. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const TSX_CLI = createRequire(import.meta.url).resolve("tsx/cli");

/**
 * @example const m = await runTsChild<SingleMeasurement>("bench/pipeline/measure-build.ts", ["single", dir], 600_000);
 */
export function runTsChild<T>(script: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, script, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`${script} ${args.join(" ")} exited ${code ?? signal}: ${stderr.slice(-2000)}`));
      try {
        resolve(JSON.parse(line) as T);
      } catch {
        reject(new Error(`${script}: no JSON result on stdout: ${stdout.slice(-500)} ${stderr.slice(-1000)}`));
      }
    });
  });
}
