/**
 * In-page instruments, installed before any page script runs, identical on
 * the explorer and on the bare Sigma page:
 * - the first WebGL draw call with something to draw marks the first render
 *   (its end is the microtask after that render's synchronous JavaScript);
 * - a requestAnimationFrame loop counts frames (main-thread responsiveness)
 *   and frames with draw calls (renders) while the driver pans, zooms or
 *   runs a layout;
 * - pan and zoom gestures are synthetic mouse/wheel events on Sigma's mouse
 *   layer, dispatched from a page timer.
 */

export interface FirstRender {
  /** ms from navigation start to the first non-empty WebGL draw call. */
  firstDrawMs: number;
  /** ms from navigation start to the end of that render's JavaScript. */
  firstRenderMs: number;
  /** Largest instance/vertex count drawn in that render (≈ edges or nodes on screen). */
  largestBatch: number;
}

export interface FrameStats {
  frames: number;
  durationMs: number;
  fps: number;
  /** Frames in which the page issued WebGL draw calls (Sigma re-rendered). */
  renders: number;
  rendersPerSecond: number;
  /** 95th percentile of the time between two frames. */
  p95FrameMs: number;
  maxFrameMs: number;
}

/** Source of the init script (runs in the page, so it is plain JavaScript). */
export const FRAME_PROBE_SCRIPT = `(() => {
  const probe = { firstDraw: null, firstRenderDone: null, largestBatch: 0, frames: null, draws: 0 };
  window.__kgProbe = probe;
  const wrap = (proto, name, countOf) => {
    const original = proto && proto[name];
    if (!original) return;
    proto[name] = function (...args) {
      probe.draws++;
      if (probe.firstRenderDone === null) {
        const count = countOf(args);
        if (count > 0) {
          if (probe.firstDraw === null) {
            probe.firstDraw = performance.now();
            queueMicrotask(() => { probe.firstRenderDone = performance.now(); });
          }
          probe.largestBatch = Math.max(probe.largestBatch, count);
        }
      }
      return original.apply(this, args);
    };
  };
  for (const proto of [window.WebGLRenderingContext && WebGLRenderingContext.prototype, window.WebGL2RenderingContext && WebGL2RenderingContext.prototype]) {
    wrap(proto, "drawArrays", (a) => a[2]);
    wrap(proto, "drawElements", (a) => a[1]);
    wrap(proto, "drawArraysInstanced", (a) => Math.min(a[2], a[3]) > 0 ? a[3] : 0);
    wrap(proto, "drawElementsInstanced", (a) => Math.min(a[1], a[4]) > 0 ? a[4] : 0);
  }
  probe.startFrames = () => {
    const times = [];
    const state = { times, running: true, rendered: 0, lastDraws: probe.draws };
    probe.frames = state;
    const loop = (t) => {
      times.push(t);
      if (probe.draws !== state.lastDraws) { state.rendered++; state.lastDraws = probe.draws; }
      if (state.running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  probe.stopFrames = () => {
    const state = probe.frames;
    if (!state) return null;
    state.running = false;
    const t = state.times;
    const gaps = [];
    for (let i = 1; i < t.length; i++) gaps.push(t[i] - t[i - 1]);
    gaps.sort((a, b) => a - b);
    const duration = t.length > 1 ? t[t.length - 1] - t[0] : 0;
    return {
      frames: t.length,
      durationMs: duration,
      fps: duration > 0 ? ((t.length - 1) * 1000) / duration : 0,
      renders: state.rendered,
      rendersPerSecond: duration > 0 ? (state.rendered * 1000) / duration : 0,
      p95FrameMs: gaps.length ? gaps[Math.max(0, Math.ceil(gaps.length * 0.95) - 1)] : 0,
      maxFrameMs: gaps.length ? gaps[gaps.length - 1] : 0,
    };
  };
  // Gestures dispatched in the page on a timer, so a slow render delays them
  // but cannot stretch the measurement much past its duration.
  probe.runGesture = (gesture, durationMs) => new Promise((resolve) => {
    const target = document.querySelector(".sigma-mouse");
    if (!target) { resolve(null); return; }
    const box = target.getBoundingClientRect();
    const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
    const mouse = (type, x, y, on) => on.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: type === "mouseup" ? 0 : 1 }));
    probe.startFrames();
    const end = performance.now() + durationMs;
    let step = 0;
    if (gesture === "pan") mouse("mousedown", cx, cy, target);
    const tick = () => {
      if (performance.now() >= end) {
        if (gesture === "pan") mouse("mouseup", cx, cy, document);
        resolve(probe.stopFrames());
        return;
      }
      step++;
      if (gesture === "pan") {
        const angle = (step * Math.PI) / 12;
        mouse("mousemove", cx + Math.cos(angle) * 150, cy + Math.sin(angle) * 100, document);
      } else {
        const deltaY = Math.floor(step / 10) % 2 === 0 ? -120 : 120;
        target.dispatchEvent(new WheelEvent("wheel", { clientX: cx, clientY: cy, deltaY, bubbles: true, cancelable: true }));
      }
      setTimeout(tick, 16);
    };
    setTimeout(tick, 16);
  });
})();`;
