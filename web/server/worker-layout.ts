/**
 * Runs one topology layout in its own worker thread, so the API's event loop
 * keeps answering while ForceAtlas2 runs. The thread is stopped when the
 * layout is back, when it takes longer than a time limit, or on cancel: a
 * crashed or stuck layout ends in a LayoutWorkerError, never in a promise
 * that stays pending or a thread left running.
 */
import { spawnWorker, workerModuleUrl } from "../../pipeline/parallel/spawn-worker.js";
import type { LayoutJob, TopologyLayout } from "./topology-layout.js";

export class LayoutWorkerError extends Error {
  override name = "LayoutWorkerError";
}

export interface RunningLayout {
  result: Promise<TopologyLayout>;
  /** Resolves once the worker thread has exited (after the result settled). */
  stopped: Promise<void>;
  /** Stops the worker; `result` rejects with `reason` unless it already settled. */
  cancel(reason: string): Promise<void>;
}

const LAYOUT_WORKER_URL = workerModuleUrl("layout-worker", import.meta.url);

/**
 * Starts a worker thread laying out `job`.
 *
 * @example const layout = await layOutInWorker({ topology, options: DEFAULT_PAYLOAD_LAYOUT_OPTIONS }, 120_000).result;
 */
export function layOutInWorker(job: LayoutJob, timeoutMs: number): RunningLayout {
  const worker = spawnWorker(LAYOUT_WORKER_URL, { workerData: job });
  const stopped = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  let settle: (outcome: TopologyLayout | LayoutWorkerError) => void = () => {};
  const result = new Promise<TopologyLayout>((resolve, reject) => {
    let done = false;
    settle = (outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // The thread has nothing left to do either way (tsx's loader can keep an idle one alive).
      void worker.terminate();
      if (outcome instanceof LayoutWorkerError) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => settle(new LayoutWorkerError(`the layout took longer than ${timeoutMs} ms and was stopped`)), timeoutMs);
    worker.once("message", (layout: TopologyLayout) => settle(layout));
    worker.once("error", (error) => settle(new LayoutWorkerError(`the layout worker failed: ${error.name}: ${error.message}`)));
    worker.once("exit", (code) => settle(new LayoutWorkerError(`the layout worker exited with code ${code} before answering`)));
  });
  return {
    result,
    stopped,
    async cancel(reason) {
      settle(new LayoutWorkerError(reason));
      await stopped;
    },
  };
}
