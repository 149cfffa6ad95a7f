/** Small helpers shared by the benchmarks: timing loops and aligned report lines. */

/**
 * Runs `task` repeatedly for at least `minMs` after a warm-up of `warmMs` (long enough for the JIT's
 * optimising tier, so the figure is the steady state) and returns operations per second.
 */
export function opsPerSecond(task: () => number, minMs = 1_500, warmMs = 1_000): number {
  const warmUntil = performance.now() + warmMs;
  do task();
  while (performance.now() < warmUntil);
  let operations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    operations += task();
    elapsed = performance.now() - started;
  }
  return (operations / elapsed) * 1000;
}

/** The value at quantile q (0–1) of the samples. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Prints `label ............ value  note`. */
export function report(label: string, value: string, note = ""): void {
  process.stdout.write(`  ${label.padEnd(44, ".")} ${value.padStart(14)}  ${note}\n`);
}

/** Formats a number with thousands separators. */
export function fmt(value: number, digits = 0): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Prints PASS/FAIL for a target and returns whether it passed. */
export function target(description: string, isMet: boolean): boolean {
  process.stdout.write(`  ${isMet ? "PASS" : "FAIL"} ${description}\n`);
  return isMet;
}
