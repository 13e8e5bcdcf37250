/** Small statistics for the benchmark: medians, percentiles, paired A/B comparisons. */

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('No samples');
  if (values.some((v) => !Number.isFinite(v))) throw new Error(`Non-finite sample in ${values.join(', ')}`);
  return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0..100): a value that was actually observed. */
export function percentile(values: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new Error(`Percentile out of range: ${p}`);
  const s = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

/**
 * Per-pair differences b[i] - a[i], for A/B samples taken back to back (the
 * alternation is what lets a noisy machine slow both sides of a pair alike).
 */
export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`Unpaired samples: ${a.length} vs ${b.length}`);
  return b.map((x, i) => x - (a[i] as number));
}

/** Per-pair ratios b[i] / a[i], for A/B pairs run back to back. */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`Unpaired samples: ${a.length} vs ${b.length}`);
  return a.map((x, i) => {
    if (x <= 0) throw new Error(`Cannot divide by a non-positive baseline (${x})`);
    return (b[i] as number) / x;
  });
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
