/** Portfolio figures across campaigns: per segment and campaign, repeat rate, attention share. */
import { describe, expect, it } from 'vitest';
import {
  CollaborationSchema,
  DEFAULT_SETTINGS,
  attentionShare,
  figuresByCampaign,
  figuresBySegment,
  keepWarmQueue,
  repeatRateBySegment,
  type CollaborationInput,
  type Creator,
  type Segment,
} from '../../../lib/domain';
import { DAY, T0 } from '../db/fixtures';

const collab = (id: string, creatorId: string, o: Partial<CollaborationInput> = {}) =>
  CollaborationSchema.parse({ id, creatorId, title: 'Launch', status: 'completed', createdAt: T0, updatedAt: T0, ...o });
const creators: Pick<Creator, 'id' | 'segment' | 'stage'>[] = [
  { id: 'sp1', segment: 'strategic-partner', stage: 'active-partner' },
  { id: 'sp2', segment: 'strategic-partner', stage: 'active-partner' },
  { id: 'ca1', segment: 'community-advocate', stage: 'active-partner' },
  { id: 'ca2', segment: 'community-advocate', stage: 'not-a-fit' },
];

describe('spend and results per segment and per campaign', () => {
  const collabs = [
    collab('a', 'sp1', {
      campaignId: 'spring',
      compensation: { cash: { amount: 3000, currency: 'EUR' } },
      performance: { engagements: 6000, conversions: 30 },
    }),
    collab('b', 'sp1', { campaignId: 'summer', compensation: { cash: { amount: 1000, currency: 'EUR' } }, performance: { engagements: 2000 } }),
    collab('c', 'sp2', { campaignId: 'spring', compensation: { cash: { amount: 700, currency: 'USD' } }, performance: { engagements: 7000 } }),
    collab('d', 'ca1', { campaignId: 'spring', compensation: { product: 'Kit' }, performance: { engagements: 900 } }),
    collab('e', 'ca1', { status: 'cancelled', compensation: { cash: { amount: 999, currency: 'EUR' } } }),
  ];

  it('per segment: spend by currency, results, and cost per result in the main currency only', () => {
    const by = figuresBySegment(creators, collabs);
    expect(by['strategic-partner']).toEqual({
      collaborations: 3,
      spend: { EUR: 4000, USD: 700 },
      engagements: 15_000,
      conversions: 30,
      currency: 'EUR',
      // 4000 EUR over the 8000 engagements of the EUR-paid collaborations (the USD one is not mixed in).
      costPerEngagement: 0.5,
      costPerConversion: 4000 / 30,
    });
    // Paid in product only: results, but no cost per result (nothing to divide).
    expect(by['community-advocate']).toMatchObject({ collaborations: 1, spend: {}, engagements: 900, costPerEngagement: undefined, currency: undefined });
    expect(by['growth-bet']).toMatchObject({ collaborations: 0, engagements: undefined });
  });

  it('per campaign, in the order given', () => {
    const by = figuresByCampaign(
      [
        { id: 'summer', name: 'Summer' },
        { id: 'spring', name: 'Spring' },
      ],
      collabs,
    );
    expect(by.map((c) => [c.name, c.figures.collaborations, c.figures.spend])).toEqual([
      ['Summer', 1, { EUR: 1000 }],
      ['Spring', 3, { EUR: 3000, USD: 700 }],
    ]);
  });

  it('repeat-collaboration rate: creators with two or more agreed collaborations among those with one', () => {
    const rate = repeatRateBySegment(creators, collabs);
    expect(rate['strategic-partner']).toEqual({ collaborated: 2, repeated: 1, rate: 0.5 });
    expect(rate['community-advocate']).toEqual({ collaborated: 1, repeated: 0, rate: 0 });
    expect(rate['growth-bet']).toEqual({ collaborated: 0, repeated: 0, rate: undefined });
  });
});

describe('attention share', () => {
  it("compares touches per segment in the last 90 days with the share each segment's cadence intends", () => {
    const touches = [
      { creatorId: 'sp1', occurredAt: T0 - DAY },
      { creatorId: 'ca1', occurredAt: T0 - 10 * DAY },
      { creatorId: 'ca1', occurredAt: T0 - 20 * DAY },
      { creatorId: 'ca1', occurredAt: T0 - 30 * DAY },
      { creatorId: 'sp2', occurredAt: T0 - 91 * DAY },
      { creatorId: 'gone', occurredAt: T0 - DAY },
    ];
    const share = attentionShare(creators, touches, DEFAULT_SETTINGS, T0);
    const of = (s: Segment) => share.find((a) => a.segment === s);
    expect(of('strategic-partner')).toMatchObject({ creators: 2, touches: 1, actual: 0.25 });
    expect(of('community-advocate')).toMatchObject({ creators: 2, touches: 3, actual: 0.75 });
    // Strategic partners every 30 days (2 × 3 = 6 touches), community advocates every 60 (1 × 1.5; the not-a-fit one is not meant to get any).
    expect(of('strategic-partner')?.intended).toBeCloseTo(6 / 7.5);
    expect(of('community-advocate')?.intended).toBeCloseTo(1.5 / 7.5);
    expect(of('growth-bet')).toMatchObject({ creators: 0, touches: 0, actual: 0, intended: 0 });
    expect(attentionShare([], [], DEFAULT_SETTINGS, T0).every((a) => a.actual === undefined && a.intended === undefined)).toBe(true);
  });
});

describe('the keep-warm queue', () => {
  const base = { preferences: { topicsToAvoid: [], doNotContact: false, doNotStoreMessageText: false }, createdAt: T0 - 100 * DAY };
  it("takes the segment's creators with no live campaign who may be contacted, longest silent first", () => {
    const queue = keepWarmQueue(
      [
        { ...base, id: 'recent', segment: 'community-advocate', stage: 'active-partner', lastContactAt: T0 - DAY },
        { ...base, id: 'never', segment: 'community-advocate', stage: 'vetting' },
        { ...base, id: 'old', segment: 'community-advocate', stage: 'active-partner', lastContactAt: T0 - 50 * DAY },
        { ...base, id: 'busy', segment: 'community-advocate', stage: 'active-partner' },
        { ...base, id: 'dnc', segment: 'community-advocate', stage: 'active-partner', preferences: { ...base.preferences, doNotContact: true } },
        { ...base, id: 'done', segment: 'community-advocate', stage: 'wound-down' },
        { ...base, id: 'other', segment: 'growth-bet', stage: 'active-partner' },
      ],
      'community-advocate',
      new Set(['busy']),
    );
    expect(queue.map((c) => c.id)).toEqual(['never', 'old', 'recent']);
  });
});
