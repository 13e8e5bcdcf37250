import { describe, expect, it } from 'vitest';
import {
  CreatorSchema,
  DEFAULT_SETTINGS,
  SettingsSchema,
  cadenceFor,
  changedCadenceSegments,
  computeNextDueAt,
  dueState,
  isExcludedFromCadence,
  overdueAt,
  type Creator,
  type CreatorInput,
} from '../../../lib/domain';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 12);

function creator(overrides: Partial<CreatorInput> = {}): Creator {
  return CreatorSchema.parse({ id: 'c1', displayName: 'Ana', createdAt: T0, updatedAt: T0, ...overrides });
}

describe('cadence policy per segment', () => {
  it('defaults follow the method: top partners about monthly, community advocates about every two months', () => {
    expect(DEFAULT_SETTINGS.cadence['strategic-partner']).toEqual({ idealDays: 30, maxDays: 45 });
    expect(DEFAULT_SETTINGS.cadence['community-advocate']).toEqual({ idealDays: 60, maxDays: 90 });
    for (const policy of Object.values(DEFAULT_SETTINGS.cadence)) expect(policy.maxDays).toBeGreaterThanOrEqual(policy.idealDays);
  });

  it('settings refuse a maximum below the ideal interval', () => {
    const bad = { ...DEFAULT_SETTINGS, cadence: { ...DEFAULT_SETTINGS.cadence, 'growth-bet': { idealDays: 40, maxDays: 20 } } };
    expect(SettingsSchema.safeParse(bad).success).toBe(false);
  });

  it("uses the segment's policy unless the creator has an override", () => {
    expect(cadenceFor(creator({ segment: 'growth-bet' }), DEFAULT_SETTINGS)).toEqual({ idealDays: 45, maxDays: 60 });
    const custom = creator({ segment: 'growth-bet', cadenceOverride: { idealDays: 10, maxDays: 20 } });
    expect(cadenceFor(custom, DEFAULT_SETTINGS)).toEqual({ idealDays: 10, maxDays: 20 });
  });

  it('excludes do-not-contact, wound-down and not-a-fit creators', () => {
    expect(isExcludedFromCadence(creator({ stage: 'wound-down' }))).toBe(true);
    expect(isExcludedFromCadence(creator({ stage: 'not-a-fit' }))).toBe(true);
    expect(isExcludedFromCadence(creator({ preferences: { doNotContact: true } }))).toBe(true);
    expect(isExcludedFromCadence(creator({ stage: 'active-partner' }))).toBe(false);
    expect(computeNextDueAt(creator({ segment: 'strategic-partner', stage: 'wound-down', lastContactAt: T0 }), DEFAULT_SETTINGS)).toBeUndefined();
  });
});

describe('due times from stored timestamps', () => {
  it('next due = last touch + ideal interval; overdue past the maximum', () => {
    const c = creator({ segment: 'strategic-partner', lastContactAt: T0 });
    const due = computeNextDueAt(c, DEFAULT_SETTINGS);
    expect(due).toBe(T0 + 30 * DAY);
    expect(overdueAt(c, DEFAULT_SETTINGS)).toBe(T0 + 45 * DAY);
    const stored = { ...c, nextDueAt: due };
    expect(dueState(stored, DEFAULT_SETTINGS, T0 + 29 * DAY)).toBe('not-due');
    expect(dueState(stored, DEFAULT_SETTINGS, T0 + 30 * DAY)).toBe('due');
    expect(dueState(stored, DEFAULT_SETTINGS, T0 + 45 * DAY)).toBe('overdue');
  });

  it('counts from when a placed creator was saved if never contacted; unplaced prospects have no cadence', () => {
    expect(computeNextDueAt(creator({ segment: 'community-advocate' }), DEFAULT_SETTINGS)).toBe(T0 + 60 * DAY);
    expect(computeNextDueAt(creator({ segment: 'unassigned' }), DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('a snooze pushes the due time out (so the index skips snoozed creators), but never pulls it in', () => {
    const c = creator({ segment: 'strategic-partner', lastContactAt: T0 });
    expect(computeNextDueAt({ ...c, snoozedUntil: T0 + 31 * DAY }, DEFAULT_SETTINGS)).toBe(T0 + 31 * DAY);
    expect(computeNextDueAt({ ...c, snoozedUntil: T0 + DAY }, DEFAULT_SETTINGS)).toBe(T0 + 30 * DAY);
    expect(dueState({ ...c, nextDueAt: T0 + 31 * DAY, snoozedUntil: T0 + 31 * DAY }, DEFAULT_SETTINGS, T0 + 30 * DAY)).toBe('not-due');
  });

  it('lists the segments whose cadence changed between two settings', () => {
    const after = SettingsSchema.parse({
      ...DEFAULT_SETTINGS,
      cadence: { ...DEFAULT_SETTINGS.cadence, 'growth-bet': { idealDays: 40, maxDays: 60 }, unassigned: { idealDays: 90, maxDays: 200 } },
    });
    expect(changedCadenceSegments(DEFAULT_SETTINGS, after)).toEqual(['growth-bet', 'unassigned']);
    expect(changedCadenceSegments(DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toEqual([]);
  });
});
