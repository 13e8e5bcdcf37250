import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, checkSettings } from '../../../lib/domain';

describe('settings problems in plain words', () => {
  const d = DEFAULT_SETTINGS;

  it('passes valid settings through', () => {
    expect(checkSettings(d)).toEqual({ ok: true, settings: d });
  });

  it('names the field and the rule, never a schema path', () => {
    const result = checkSettings({
      ...d,
      followUpDelayDays: Number.NaN,
      deliverableLeadDays: 1.5,
      endDateLeadDays: 999,
      cadence: { ...d.cadence, 'growth-bet': { idealDays: 40, maxDays: 10 }, 'strategic-partner': { idealDays: 0, maxDays: 30 } },
      quietHours: { ...d.quietHours, start: '25:00' },
      wellbeing: { ...d.wellbeing, windowDays: 0 },
    });
    expect(result).toEqual({
      ok: false,
      problems: {
        'cadence.strategic-partner': 'Strategic Partner: the ideal must be at least 1.',
        'cadence.growth-bet': 'Growth Bet: the maximum must be at least the ideal number of days.',
        followUpDelayDays: 'Follow-up delay is empty or not a number.',
        deliverableLeadDays: 'Deliverable reminder must be a whole number.',
        endDateLeadDays: 'End-date reminder can be at most 180.',
        'quietHours.start': 'Quiet hours start: use a time such as 08:00.',
        'wellbeing.windowDays': 'Warning window must be at least 1.',
      },
    });
    if (!result.ok) for (const words of Object.values(result.problems)) expect(words).not.toMatch(/›|maxDays|idealDays|expected/);
  });

  it('puts every owner problem on the owners field', () => {
    const result = checkSettings({ ...d, owners: ['x'.repeat(121)] });
    expect(result).toEqual({ ok: false, problems: { owners: "An owner's name is longer than 120 characters." } });
  });
});
