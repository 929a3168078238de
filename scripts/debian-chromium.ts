/**
 * How every browser test and benchmark starts Debian's chromium through
 * playwright-core (never a downloaded browser). The flags keep a root,
 * GPU-less, offline machine quiet: no sandbox (root), no background network
 * calls that the closed network would refuse, no first-run or sync work.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
