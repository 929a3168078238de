/**
 * Starting a worker thread on one of our own modules, from the TypeScript
 * sources (tsx, vitest) or from compiled JavaScript alike. From sources the
 * worker registers tsx's loader before importing its body: loaders are per
 * thread, so the parent's registration does not reach it.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * URL of the worker module `name` next to the module at `moduleUrl`: `.ts`
 * when that module runs from sources, `.js` when it was compiled.
 *
 * @example workerModuleUrl("extraction-worker", import.meta.url)
 */
export function workerModuleUrl(name: string, moduleUrl: string): URL {
  return new URL(`./${name}${moduleUrl.endsWith(".ts") ? ".ts" : ".js"}`, moduleUrl);
}

/**
 * A worker thread running the module at `url` (see workerModuleUrl).
 *
 * @example spawnWorker(workerModuleUrl("layout-worker", import.meta.url), { workerData: job })
 */
export function spawnWorker(url: URL, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  if (!url.pathname.endsWith(".ts")) return new Worker(url, options);
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
