/**
 * Keeps the URL hash in step with the shareable view (debounced), so a copied
 * address or the Share button restores filters, selection, camera and query.
 */
import type { ExplorerSigma } from "../graph/display-graph.js";
import { encodeViewState } from "../../shared/view-state.js";
import { readCamera } from "../graph/camera.js";
import { setCamera } from "../state/producers.js";
import type { Store } from "../state/store.js";

const DEBOUNCE_MS = 250;

export function connectUrl(sigma: ExplorerSigma, store: Store, win: Window): void {
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on("updated", () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => store.update(setCamera(readCamera(sigma))), DEBOUNCE_MS);
  });
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const url = new URL(win.location.href);
      url.hash = encodeViewState(state.view);
      win.history.replaceState(null, "", url);
    }, DEBOUNCE_MS);
  });
}

/** The address restoring the current view (camera read now, not when it last settled). */
export function shareUrl(sigma: ExplorerSigma, store: Store, win: Window): string {
  const url = new URL(win.location.href);
  url.hash = encodeViewState({ ...store.get().view, camera: readCamera(sigma) });
  return url.toString();
}
