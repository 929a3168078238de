/** Progress bars on stderr, silent when stderr is not a terminal or when asked to be quiet. */
import cliProgress from "cli-progress";

export interface ProgressReporter {
  update(label: string, done: number, total: number): void;
  stop(): void;
}

export function createProgressReporter(options: { quiet?: boolean } = {}): ProgressReporter {
  if (options.quiet || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: "{label} [{bar}] {value}/{total}", stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let currentLabel = "";
  return {
    update(label, done, total) {
      if (!started) {
        bar.start(total, done, { label });
        started = true;
      } else if (label !== currentLabel) {
        bar.setTotal(total);
      }
      currentLabel = label;
      bar.update(done, { label });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
