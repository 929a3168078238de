/**
 * The API's layouts: each topology laid out once, in a worker thread, while
 * the event loop keeps serving. Requests for a topology already being laid
 * out wait for that computation instead of starting another; finished
 * layouts are remembered (REMEMBERED_LAYOUTS) by topology fingerprint. A
 * failed layout is not remembered, so the next request tries again.
 */
import type { GraphLayout } from "../shared/api-types.js";
import { inPayloadOrder, remember } from "./payload-layout.js";
import {
  DEFAULT_PAYLOAD_LAYOUT_OPTIONS,
  layoutFingerprint,
  sortedTopology,
  type LayoutJob,
  type PayloadLayoutOptions,
  type SerializedTopology,
  type TopologyLayout,
} from "./topology-layout.js";
import { layOutInWorker, LayoutWorkerError, type RunningLayout } from "./worker-layout.js";

export interface PayloadLayouts {
  /** Layout of a payload's graph, positions in the order of `graph.nodes`. */
  layout(graph: SerializedTopology): Promise<GraphLayout>;
  /** Layouts being computed right now. */
  readonly running: number;
  /** Stops the layouts in progress (their requests get a LayoutWorkerError) and refuses new ones. */
  close(): Promise<void>;
}

export interface CreatePayloadLayoutsOptions {
  /** A layout still running after this long is stopped and reported as failed. */
  timeoutMs: number;
  layout: PayloadLayoutOptions;
  /** Starts one computation: in a worker thread unless a caller (a test counting computations) wraps it. */
  start: (job: LayoutJob, timeoutMs: number) => RunningLayout;
}

export const DEFAULT_LAYOUT_TIMEOUT_MS = 120_000;

/**
 * @example
 * const layouts = createPayloadLayouts();
 * const layout = await layouts.layout(payload.graph);
 * await layouts.close();
 */
export function createPayloadLayouts(options: Partial<CreatePayloadLayoutsOptions> = {}): PayloadLayouts {
  const { timeoutMs, layout: layoutOptions, start } = {
    timeoutMs: DEFAULT_LAYOUT_TIMEOUT_MS,
    layout: DEFAULT_PAYLOAD_LAYOUT_OPTIONS,
    start: layOutInWorker,
    ...options,
  };
  const remembered = new Map<string, TopologyLayout>();
  const inProgress = new Map<string, { run: RunningLayout; result: Promise<TopologyLayout> }>();
  let closed = false;

  const computation = (id: string, job: LayoutJob) => {
    let entry = inProgress.get(id);
    if (!entry) {
      const run = start(job, timeoutMs);
      const result = run.result
        .then((layout) => {
          remember(remembered, id, layout);
          return layout;
        })
        .finally(() => inProgress.delete(id));
      inProgress.set(id, (entry = { run, result }));
    }
    return entry.result;
  };

  return {
    get running() {
      return inProgress.size;
    },
    async layout(graph) {
      if (closed) throw new LayoutWorkerError("the server is closing; no new layout is started");
      const topology = sortedTopology(graph);
      const id = layoutFingerprint(topology, layoutOptions);
      const layout = remembered.get(id) ?? (await computation(id, { topology, options: layoutOptions }));
      return inPayloadOrder(graph, topology, layout, layoutOptions);
    },
    async close() {
      closed = true;
      await Promise.all([...inProgress.values()].map(({ run }) => run.cancel("the server closed while the layout was running")));
    },
  };
}
