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

/**
 * Rates of several tasks compared with each other: after a warm-up of each, they take turns in short
 * rounds and each keeps its best round. Measured one after the other, a burst of load from elsewhere on
 * the machine during one task's window skewed their ratio either way by 30% and more; taking turns, every
 * task sees the same conditions, and the best round is the one least disturbed.
 */
export function bestRates<K extends string>(
  tasks: Record<K, () => number>,
  rounds = 12,
  roundMs = 150,
  warmMs = 1_000,
): Record<K, number> {
  const names = Object.keys(tasks) as K[];
  const best = {} as Record<K, number>;
  for (const name of names) {
    best[name] = 0;
    const warmUntil = performance.now() + warmMs;
    do tasks[name]();
    while (performance.now() < warmUntil);
  }
  for (let round = 0; round < rounds; round++) {
    for (const name of names) best[name] = Math.max(best[name], opsPerSecond(tasks[name], roundMs, 0));
  }
  return best;
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
