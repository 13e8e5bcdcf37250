import { describe, expect, it } from 'vitest';
import { followerChangeSinceLastVisit } from '../../../lib/overlay/follower-change';
import { formatCount, formatDay, formatDelta } from '../../../components/ui/format';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 12);
const snap = (at: number, value: number, exact = true) => ({ at, raw: String(value), value, exact });

describe('follower change since the last visit', () => {
  it('compares with the latest snapshot taken before this visit began', () => {
    const snapshots = [snap(T0 - 10 * DAY, 1000), snap(T0 - 3 * DAY, 1100)];
    expect(followerChangeSinceLastVisit(snapshots, { value: 1250, exact: true }, T0)).toEqual({
      delta: 150,
      since: T0 - 3 * DAY,
      previousValue: 1100,
      approximate: false,
    });
  });

  it("ignores the snapshot this visit stored itself (the visit's own figure is no baseline)", () => {
    const snapshots = [snap(T0 - 2 * DAY, 900), snap(T0 + 50, 1000)];
    expect(followerChangeSinceLastVisit(snapshots, { value: 1000, exact: true }, T0)?.delta).toBe(100);
  });

  it('has nothing to compare on a first visit or when the page shows no count', () => {
    expect(followerChangeSinceLastVisit([snap(T0 + 5, 10)], { value: 10, exact: true }, T0)).toBeUndefined();
    expect(followerChangeSinceLastVisit([snap(T0 - DAY, 10)], undefined, T0)).toBeUndefined();
  });

  it('marks a change as approximate when either figure was rounded by the page', () => {
    const change = followerChangeSinceLastVisit([snap(T0 - DAY, 1_100_000, false)], { value: 1_200_000, exact: true }, T0);
    expect(change).toMatchObject({ delta: 100_000, approximate: true });
  });

  it('reports losses as negative deltas', () => {
    expect(followerChangeSinceLastVisit([snap(T0 - DAY, 500)], { value: 480, exact: true }, T0)?.delta).toBe(-20);
  });
});

describe('overlay formatting', () => {
  it('keeps small counts exact and compacts large ones', () => {
    expect(formatCount(2362)).toBe('2,362');
    expect(formatCount(783_427)).toBe('783.4K');
    expect(formatCount(1_101_177)).toBe('1.1M');
    expect(formatCount(Number.NaN)).toBe('?');
  });

  it('signs deltas and says when nothing changed', () => {
    expect(formatDelta(12)).toBe('+12');
    expect(formatDelta(-1500)).toBe('−1,500');
    expect(formatDelta(-25_000)).toBe('−25K');
    expect(formatDelta(0)).toBe('no change');
  });

  it('names recent days and dates older ones', () => {
    expect(formatDay(T0, T0 + 1000)).toBe('today');
    expect(formatDay(T0 - DAY, T0)).toBe('yesterday');
    expect(formatDay(T0 - 3 * DAY, T0)).toBe('3 days ago');
    expect(formatDay(T0 + 2 * DAY, T0)).toBe('in 2 days');
    expect(formatDay(Date.UTC(2025, 10, 3, 12), T0)).toBe('3 Nov 2025');
  });
});
