import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/domain';
import { toRosterRow } from '../../../lib/roster/rows';
import { fastestGrowing, healthDistribution, losingTouch, pipeline, segmentStageMatrix, upcomingDates } from '../../../lib/roster/portfolio';
import { DAY, T0, makeCreator } from './fixtures';

const settings = DEFAULT_SETTINGS;

describe('portfolio figures', () => {
  const rows = [
    makeCreator({
      displayName: 'Lapsed',
      segment: 'strategic-partner',
      stage: 'active-partner',
      lastContactAt: T0 - 50 * DAY,
      health: { score: 30, label: 'at-risk', computedAt: T0 },
    }),
    makeCreator({
      displayName: 'Fresh',
      segment: 'strategic-partner',
      stage: 'active-partner',
      lastContactAt: T0 - 5 * DAY,
      health: { score: 90, label: 'thriving', computedAt: T0 },
    }),
    makeCreator({ displayName: 'Prospect', segment: 'unassigned', stage: 'discovered', createdAt: T0 - 400 * DAY }),
    makeCreator({ displayName: 'Paused', segment: 'growth-bet', stage: 'wound-down', lastContactAt: T0 - 300 * DAY }),
    makeCreator({ displayName: 'Grower', accounts: [{ accountId: 'g', platform: 'tiktok', handle: 'grower', followers: 1500, followersBaseline: 1000 }] }),
  ].map(toRosterRow);

  it('counts creators by segment and stage', () => {
    const m = segmentStageMatrix(rows);
    expect(m['strategic-partner']['active-partner']).toBe(2);
    expect(m.unassigned.discovered).toBe(2);
    expect(m['growth-bet']['wound-down']).toBe(1);
  });

  it('lists who is past the maximum contact interval, excluding wound-down and unplaced prospects', () => {
    const lost = losingTouch(rows, settings, T0);
    expect(lost.map((l) => l.row.displayName)).toEqual(['Lapsed']);
    expect(lost[0]).toMatchObject({ daysSilent: 50, maxDays: 45 });
    // In a live campaign, deliverable talk is going on: not losing touch.
    const lapsed = rows.find((r) => r.displayName === 'Lapsed');
    expect(losingTouch(rows, settings, T0, 50, new Set([lapsed!.id]))).toEqual([]);
  });

  it('buckets health and finds the fastest growing', () => {
    expect(healthDistribution(rows)).toEqual({ thriving: 1, steady: 0, 'at-risk': 1, unknown: 3 });
    expect(fastestGrowing(rows).map((r) => r.displayName)).toEqual(['Grower']);
  });

  it('lists renewals and end dates in the window, soonest first, ignoring cancelled deals', () => {
    const dates = upcomingDates(
      [
        {
          id: 'k1',
          creatorId: 'c',
          title: 'Ambassador 2026',
          status: 'contracted',
          renewalReviewAt: T0 + 20 * DAY,
          contractEndsAt: T0 + 40 * DAY,
          usageRights: { scope: 'paid social', endsAt: T0 + 10 * DAY },
        },
        { id: 'k2', creatorId: 'c', title: 'Old', status: 'cancelled', contractEndsAt: T0 + 5 * DAY },
        { id: 'k3', creatorId: 'c', title: 'Far', status: 'completed', contractEndsAt: T0 + 200 * DAY },
      ],
      T0,
      60,
    );
    expect(dates.map((d) => [d.kind, d.title])).toEqual([
      ['usage-rights-end', 'Ambassador 2026'],
      ['renewal', 'Ambassador 2026'],
      ['contract-end', 'Ambassador 2026'],
    ]);
  });
});

describe('outreach pipeline', () => {
  it('groups by status and puts due follow-ups first', () => {
    const rows = [
      // Follow-up due times as lib/db stores them from the touches (see tests/unit/domain/follow-up.test.ts).
      makeCreator({ displayName: 'Waiting', outreachStatus: 'contacted', lastOutboundAt: T0 - 2 * DAY, followUpDueAt: T0 + 3 * DAY }),
      makeCreator({ displayName: 'Silent', outreachStatus: 'contacted', lastOutboundAt: T0 - 9 * DAY, followUpDueAt: T0 - 4 * DAY }),
      makeCreator({ displayName: 'Answered', outreachStatus: 'replied', lastOutboundAt: T0 - 9 * DAY, lastInboundAt: T0 - 8 * DAY }),
      makeCreator({ displayName: 'New' }),
    ].map(toRosterRow);
    const groups = pipeline(rows, T0);
    expect(groups.contacted.map((c) => [c.row.displayName, c.followUpDue])).toEqual([
      ['Silent', true],
      ['Waiting', false],
    ]);
    expect(groups.replied[0]?.followUpDue).toBe(false);
    expect(groups['not-contacted'].map((c) => c.row.displayName)).toEqual(['New']);
    expect(groups.agreed).toEqual([]);
  });
});
