/**
 * The same measurements on any Sigma page (explorer or bare baseline), using
 * the in-page probe from frame-probe.ts: pan/zoom gestures on Sigma's mouse
 * layer for a bounded time, idle frames while a layout runs, first render.
 */
import type { Page } from "playwright-core";
import type { FirstRender, FrameStats } from "./frame-probe.js";

export type Gesture = "pan" | "zoom";

/** Slack for one slow software-rendered frame after a gesture's time is up. */
const GESTURE_TIMEOUT_SLACK_MS = 120_000;

/**
 * @example const stats = await measureGesture(page, "pan", 3000);
 */
export async function measureGesture(page: Page, gesture: Gesture, durationMs: number): Promise<FrameStats> {
  const run = page.evaluate(
    ([g, ms]) => (window as unknown as ProbeWindow).__kgProbe.runGesture(g as Gesture, ms as number),
    [gesture, durationMs] as const,
  );
  const stats = await withTimeout(run, durationMs + GESTURE_TIMEOUT_SLACK_MS, `${gesture} gesture`);
  if (!stats) throw new Error("interactions: no Sigma mouse layer (.sigma-mouse) on the page");
  return stats;
}

/** Frames while nothing but the page's own work (e.g. a layout) runs. */
export async function measureIdle(page: Page, durationMs: number): Promise<FrameStats> {
  await page.evaluate(() => (window as unknown as ProbeWindow).__kgProbe.startFrames());
  await page.waitForTimeout(durationMs);
  return (await page.evaluate(() => (window as unknown as ProbeWindow).__kgProbe.stopFrames())) as FrameStats;
}

/** Waits for the first render and returns its timings relative to navigation start. */
export async function waitForFirstRender(page: Page, timeoutMs: number): Promise<FirstRender> {
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__kgProbe.firstRenderDone !== null, undefined, {
    timeout: timeoutMs,
    polling: 100,
  });
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__kgProbe;
    return { firstDrawMs: probe.firstDraw ?? NaN, firstRenderMs: probe.firstRenderDone ?? NaN, largestBatch: probe.largestBatch };
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`interactions: ${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface ProbeWindow {
  __kgProbe: {
    firstDraw: number | null;
    firstRenderDone: number | null;
    largestBatch: number;
    startFrames(): void;
    stopFrames(): FrameStats | null;
    runGesture(gesture: Gesture, durationMs: number): Promise<FrameStats | null>;
  };
}
