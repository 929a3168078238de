/** Camera moves: centre on a node, frame a set of nodes, read and restore the camera. */
import type { ExplorerSigma } from "./display-graph.js";
import type { CameraView } from "../../shared/view-state.js";

const ANIMATION = { duration: 450 };

/** Centres on a node, zooming in only as far as `maxRatio` (a small graph stays whole on screen). */
export function focusNode(sigma: ExplorerSigma, key: string, maxRatio = 0.75): void {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return;
  const ratio = Math.min(sigma.getCamera().getState().ratio, maxRatio);
  void sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, ANIMATION);
}

/** Frames the given nodes (in framed-graph coordinates, where the whole graph spans 0..1). */
export function fitNodes(sigma: ExplorerSigma, keys: Iterable<string>): void {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let count = 0;
  for (const key of keys) {
    const data = sigma.getNodeDisplayData(key);
    if (!data) continue;
    count++;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (count === 0) return;
  const ratio = Math.min(1.2, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.4));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, ANIMATION);
}

export function readCamera(sigma: ExplorerSigma): CameraView {
  const { x, y, ratio, angle } = sigma.getCamera().getState();
  return { x, y, ratio, angle };
}

export function restoreCamera(sigma: ExplorerSigma, camera: CameraView): void {
  sigma.getCamera().setState(camera);
}

/** Frames a node with its neighbours, so their labels (forced on while it is selected) spread apart. */
export function focusNeighbourhood(sigma: ExplorerSigma, key: string): void {
  const graph = sigma.getGraph();
  if (!graph.hasNode(key)) return;
  const neighbours = graph.neighbors(key);
  if (neighbours.length === 0) return focusNode(sigma, key);
  fitNodes(sigma, [key, ...neighbours]);
}
