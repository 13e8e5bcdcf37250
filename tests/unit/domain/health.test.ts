import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  computeHealth,
  healthChanged,
  performanceStabilitySignal,
  recencySignal,
  responsivenessSignal,
  type Collaboration,
} from '../../../lib/domain';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 1, 12);
const settings = DEFAULT_SETTINGS; // strategic partners: ideal 30, max 45 days; follow-up after 5 days

const partner = { segment: 'strategic-partner' as const, cadenceOverride: undefined, lastContactAt: T0 };
const out = (at: number) => ({ direction: 'outbound' as const, occurredAt: at });
const inn = (at: number) => ({ direction: 'inbound' as const, occurredAt: at });

function collab(overrides: Partial<Collaboration>): Pick<Collaboration, 'status' | 'briefAdherence' | 'performance' | 'completedAt' | 'createdAt'> {
  return { status: 'completed', performance: {}, createdAt: T0, ...overrides };
}

describe('recency against the cadence', () => {
  it('is full within the ideal interval, lower once due, and low past the maximum', () => {
    expect(recencySignal(partner, settings, T0 + 10 * DAY).score).toBe(100);
    const due = recencySignal(partner, settings, T0 + 40 * DAY);
    expect(due.score).toBeLessThan(100);
    expect(due.score).toBeGreaterThan(60);
    const lost = recencySignal(partner, settings, T0 + 80 * DAY);
    expect(lost.score).toBeLessThan(40);
    expect(lost.reason).toMatch(/past the 45-day maximum/);
    expect(recencySignal({ ...partner, lastContactAt: undefined }, settings, T0).score).toBeNull();
  });
});

describe('response time', () => {
  it('measures outbound to the next inbound touch, using the median', () => {
    const fast = responsivenessSignal([out(T0), inn(T0 + 2 * HOUR), out(T0 + DAY), inn(T0 + DAY + 5 * HOUR)], settings, T0 + 2 * DAY);
    expect(fast.score).toBe(100);
    expect(fast.reason).toMatch(/2 exchanges/);
    const slow = responsivenessSignal([out(T0), inn(T0 + 10 * DAY)], settings, T0 + 11 * DAY);
    expect(slow.score).toBe(40);
  });

  it('counts a message left unanswered past the follow-up delay as slow', () => {
    const ignored = responsivenessSignal([out(T0)], settings, T0 + 20 * DAY);
    expect(ignored.score).toBeLessThanOrEqual(15);
    expect(ignored.reason).toMatch(/unanswered after 20 days/);
    // Still within the delay: no judgement yet.
    expect(responsivenessSignal([out(T0)], settings, T0 + 2 * DAY).score).toBeNull();
  });
});

describe('collaboration signals', () => {
  it('rewards stable results and penalises erratic ones', () => {
    const stable = performanceStabilitySignal([collab({ performance: { engagements: 1000 } }), collab({ performance: { engagements: 1100 } })]);
    const erratic = performanceStabilitySignal([collab({ performance: { engagements: 100 } }), collab({ performance: { engagements: 5000 } })]);
    expect(stable.score).toBe(100);
    expect(erratic.score).toBeLessThan(40);
    expect(performanceStabilitySignal([collab({ performance: { engagements: 1 } })]).score).toBeNull();
  });
});

describe('overall health', () => {
  it('is unknown without any data, so a new creator is not shown as at risk', () => {
    const report = computeHealth({ ...partner, lastContactAt: undefined }, [], [], settings, T0);
    expect(report.summary).toEqual({ score: 0, label: 'unknown', computedAt: T0 });
    expect(report.signals.every((s) => s.score === null)).toBe(true);
  });

  it('is thriving for a responsive, recently contacted, reliable partner', () => {
    const report = computeHealth(
      partner,
      [out(T0 - 10 * DAY), inn(T0 - 10 * DAY + 3 * HOUR), out(T0), inn(T0 + HOUR)],
      [collab({ briefAdherence: 5, performance: { engagements: 900 } }), collab({ briefAdherence: 4, performance: { engagements: 1000 } })],
      settings,
      T0 + 5 * DAY,
    );
    expect(report.summary.label).toBe('thriving');
    expect(report.summary.score).toBeGreaterThanOrEqual(85);
  });

  it('is at risk when contact lapsed and messages go unanswered', () => {
    const report = computeHealth({ ...partner, lastContactAt: T0 }, [out(T0)], [], settings, T0 + 90 * DAY);
    expect(report.summary.label).toBe('at-risk');
    expect(report.signals.find((s) => s.key === 'recency')?.reason).toMatch(/losing touch/);
  });

  it('reports a change only when the score or label differs', () => {
    const a = { score: 70, label: 'thriving' as const, computedAt: 1 };
    expect(healthChanged(a, { ...a, computedAt: 2 })).toBe(false);
    expect(healthChanged(a, { ...a, score: 71 })).toBe(true);
    expect(healthChanged(undefined, a)).toBe(true);
  });
});
