/** Progress bars on stderr, silent when stderr is not a terminal or when asked to be quiet. */
import cliProgress from "cli-progress";

export interface ProgressReporter {
  /** `detail` is shown after the count, e.g. "12034 articles" while a large file is read. */
  update(label: string, done: number, total: number, detail?: string): void;
  stop(): void;
}

export function createProgressReporter(options: { quiet?: boolean } = {}): ProgressReporter {
  if (options.quiet || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: "{label} [{bar}] {value}/{total} {detail}", stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let currentTotal = 0;
  return {
    update(label, done, total, detail = "") {
      if (!started) {
        bar.start(total, done, { label, detail });
        started = true;
      } else if (total !== currentTotal) {
        bar.setTotal(total);
      }
      currentTotal = total;
      bar.update(done, { label, detail });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
