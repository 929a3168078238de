/**
 * Body of a layout worker thread: lays out the one topology it was started
 * with (workerData) and posts the positions back. One thread per layout, so a
 * layout that fails or hangs takes nothing else down with it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { layOutTopology, type LayoutJob } from "./topology-layout.js";

if (!parentPort) throw new Error("layout-worker: must run in a worker thread");
const { topology, options } = workerData as LayoutJob;
const layout = layOutTopology(topology, options);
parentPort.postMessage(layout, [layout.positions.buffer]);
