/** Campaign records and "run again". */
import { describe, expect, it } from 'vitest';
import { CampaignSchema, isLiveCampaign, newCampaign, runAgainCopy, type Campaign } from '../../../lib/domain';
import { DAY, T0 } from '../db/fixtures';

const base = (o: Partial<Campaign> = {}): Campaign => ({ ...newCampaign({ name: 'Summer seeding 2025', type: 'seasonal' }, T0), ...o });

describe('a campaign record', () => {
  it('needs a name, an end on or after its start, and a budget in a three-letter currency', () => {
    expect(CampaignSchema.safeParse(base()).success).toBe(true);
    expect(CampaignSchema.safeParse(base({ name: '   ' })).error?.issues[0]?.message).toMatch(/needs a name/);
    expect(CampaignSchema.safeParse(base({ startsAt: T0, endsAt: T0 - DAY })).error?.issues[0]?.path).toEqual(['endsAt']);
    expect(CampaignSchema.safeParse(base({ budget: { amount: 5000, currency: 'eur' } })).success).toBe(false);
    expect(CampaignSchema.safeParse(base({ budget: { amount: -1, currency: 'EUR' } })).success).toBe(false);
    expect(CampaignSchema.parse(base({ budget: { amount: 5000, currency: 'EUR' } })).budget).toEqual({ amount: 5000, currency: 'EUR' });
  });

  it('starts in planning, and counts as live from briefing to wrapping up', () => {
    expect(base().status).toBe('planning');
    expect(['planning', 'briefing', 'live', 'wrapping-up', 'done'].map((status) => isLiveCampaign({ status: status as Campaign['status'] }))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('run again', () => {
  const june2025 = Date.UTC(2025, 5, 1);
  const done = base({
    status: 'done',
    startsAt: june2025,
    endsAt: Date.UTC(2025, 7, 31),
    budget: { amount: 8000, currency: 'EUR' },
    brief: { text: 'Light, sunny, no filters', url: 'https://example.com/brief' },
    targetSegments: ['community-advocate'],
    objective: 'Summer awareness',
    owner: 'Sam',
  });

  it('copies the brief, budget and segments into a new campaign in planning, a year on, and remembers where it came from', () => {
    const now = Date.UTC(2026, 2, 1);
    const copy = runAgainCopy(done, now);
    expect(copy.id).not.toBe(done.id);
    expect(copy).toMatchObject({
      name: 'Summer seeding 2026',
      status: 'planning',
      type: 'seasonal',
      objective: 'Summer awareness',
      startsAt: Date.UTC(2026, 5, 1),
      endsAt: Date.UTC(2026, 7, 31),
      budget: { amount: 8000, currency: 'EUR' },
      brief: { text: 'Light, sunny, no filters', url: 'https://example.com/brief' },
      targetSegments: ['community-advocate'],
      owner: 'Sam',
      previousCampaignId: done.id,
      createdAt: now,
    });
    expect(CampaignSchema.safeParse(copy).success).toBe(true);
    // The copy's lists are its own.
    copy.targetSegments.push('growth-bet');
    expect(done.targetSegments).toEqual(['community-advocate']);
  });

  it('moves on as many whole years as it takes to be in the future', () => {
    const copy = runAgainCopy(done, Date.UTC(2027, 6, 1));
    expect(copy.startsAt).toBe(Date.UTC(2028, 5, 1));
    expect(copy.name).toBe('Summer seeding 2028');
  });

  it('without dates or a year in the name: one year on, and the name says it is a repeat', () => {
    const undated = base({ name: 'Always-on seeding', status: 'done' });
    const copy = runAgainCopy(undated, T0);
    expect(copy.name).toBe('Always-on seeding (again)');
    expect(copy.startsAt).toBeUndefined();
  });
});
