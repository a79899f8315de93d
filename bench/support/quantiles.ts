/** The benches' one way of summarising timings: quantiles by the nearest rank below, of sorted numbers. */

/** Quantile `p` (0–1) of numbers sorted ascending. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Median, p95, p99 and max of unsorted numbers. */
export function summary(xs: readonly number[]): { median: number; p95: number; p99: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95), p99: quantile(s, 0.99), max: s[s.length - 1] };
}
