import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, askWarning, workloadFlag, type Collaboration } from '../../../lib/domain';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 12);
const ask = (daysAgo: number, kind: 'outreach' | 'follow-up' | 'check-in' = 'outreach') => ({
  direction: 'outbound' as const,
  kind,
  occurredAt: NOW - daysAgo * DAY,
});
const reply = (daysAgo: number) => ({ direction: 'inbound' as const, kind: 'other' as const, occurredAt: NOW - daysAgo * DAY });

describe('the ask warning', () => {
  it('warns when the creator already had the threshold of unanswered asks in the window', () => {
    const result = askWarning([ask(6), ask(2, 'follow-up')], DEFAULT_SETTINGS, NOW);
    expect(result).toMatchObject({ warn: true, unansweredAsks: 2 });
    expect(result.message).toMatch(/2 asks in the last 7 days/);
  });

  it('does not warn below the threshold, for answered asks, for asks outside the window, or for non-asks', () => {
    expect(askWarning([ask(2)], DEFAULT_SETTINGS, NOW).warn).toBe(false);
    expect(askWarning([ask(6), ask(4), reply(3)], DEFAULT_SETTINGS, NOW)).toMatchObject({ warn: false, unansweredAsks: 0 });
    expect(askWarning([ask(20), ask(10), ask(1)], DEFAULT_SETTINGS, NOW)).toMatchObject({ warn: false, unansweredAsks: 1 });
    expect(askWarning([ask(3, 'check-in'), ask(1, 'check-in')], DEFAULT_SETTINGS, NOW).warn).toBe(false);
  });

  it('follows the thresholds in settings', () => {
    const strict = { wellbeing: { ...DEFAULT_SETTINGS.wellbeing, maxUnansweredAsks: 1, windowDays: 30 } };
    expect(askWarning([ask(20)], strict, NOW).warn).toBe(true);
    expect(askWarning([ask(20)], DEFAULT_SETTINGS, NOW).warn).toBe(false);
  });
});

describe('the workload flag', () => {
  const collab = (dueInDays: number[], status: Collaboration['status'] = 'in-progress', deliverableStatus: 'briefed' | 'published' = 'briefed') => ({
    status,
    deliverables: dueInDays.map((d, i) => ({ id: `d${i}`, description: 'Reel', status: deliverableStatus, dueAt: NOW + d * DAY })),
  });

  it('flags more open deliverables due in the next seven days than the threshold', () => {
    const result = workloadFlag([collab([1, 2]), collab([3, 6])], DEFAULT_SETTINGS, NOW);
    expect(result).toMatchObject({ flag: true, dueThisWeek: 4 });
    expect(result.message).toMatch(/4 deliverables are due in the next 7 days/);
  });

  it('ignores deliverables already delivered, further out, overdue, or in cancelled collaborations', () => {
    expect(workloadFlag([collab([1, 2, 3])], DEFAULT_SETTINGS, NOW)).toMatchObject({ flag: false, dueThisWeek: 3 });
    expect(workloadFlag([collab([1, 2, 3, 4], 'in-progress', 'published')], DEFAULT_SETTINGS, NOW).dueThisWeek).toBe(0);
    expect(workloadFlag([collab([8, 9, 10, 11, -1])], DEFAULT_SETTINGS, NOW).dueThisWeek).toBe(0);
    expect(workloadFlag([collab([1, 2, 3, 4], 'cancelled')], DEFAULT_SETTINGS, NOW).dueThisWeek).toBe(0);
  });
});
