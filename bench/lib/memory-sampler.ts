/**
 * Samples this process's memory while a phase runs, so a benchmark can
 * report the peak of each phase rather than only the end state.
 */
export interface MemoryPeak {
  /** Highest resident set size seen, in MiB. */
  rssMiB: number;
  /** The kernel's peak RSS of the whole process so far (catches peaks between samples), in MiB. */
  maxRssMiB: number;
  /** Highest V8 heap in use seen, in MiB. */
  heapUsedMiB: number;
  /** Highest memory outside the V8 heap (buffers, native addons), in MiB. */
  externalMiB: number;
  samples: number;
}

export interface MemorySampler {
  /**
   * Takes a sample now. Timers never fire inside synchronous work, so a
   * long synchronous stage should call this from its progress callback.
   */
  sample(): void;
  /** Stops sampling and returns the peaks (one last sample is taken first). */
  stop(): MemoryPeak;
}

const MiB = 2 ** 20;

/**
 * @example
 * const sampler = startMemorySampler(25);
 * await work();
 * const { rssMiB } = sampler.stop();
 */
export function startMemorySampler(intervalMs = 25): MemorySampler {
  if (!(intervalMs > 0)) throw new RangeError("memory-sampler: intervalMs must be a positive number");
  const peak = { rss: 0, heapUsed: 0, external: 0, samples: 0 };
  const sample = (): void => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
    peak.external = Math.max(peak.external, usage.external + usage.arrayBuffers);
    peak.samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return {
        rssMiB: Math.round(peak.rss / MiB),
        maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
        heapUsedMiB: Math.round(peak.heapUsed / MiB),
        externalMiB: Math.round(peak.external / MiB),
        samples: peak.samples,
      };
    },
  };
}
