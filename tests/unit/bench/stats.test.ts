import { describe, expect, it } from 'vitest';
import { median, pairedDifferences, pairedRatios, percentile } from '../../bench/stats';

describe('benchmark statistics', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('reports an observed value for a percentile (nearest rank)', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile([3, 1, 2], 95)).toBe(3);
  });

  it('differences A/B samples pair by pair, and refuses unpaired ones', () => {
    expect(pairedDifferences([10, 12, 11], [15, 14, 30])).toEqual([5, 2, 19]);
    expect(median(pairedDifferences([10, 12, 11], [15, 14, 30]))).toBe(5);
    expect(() => pairedDifferences([1, 2], [1])).toThrow(/Unpaired/);
  });

  it('divides paired samples and refuses unpaired or zero baselines', () => {
    expect(pairedRatios([2, 4], [3, 2])).toEqual([1.5, 0.5]);
    expect(() => pairedRatios([1], [1, 2])).toThrow(/Unpaired/);
    expect(() => pairedRatios([0], [1])).toThrow(/non-positive/);
  });

  it('refuses empty or non-finite samples instead of reporting a made-up figure', () => {
    expect(() => median([])).toThrow(/No samples/);
    expect(() => percentile([1, Number.NaN], 95)).toThrow(/Non-finite/);
  });
});
