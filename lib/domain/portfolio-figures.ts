/**
 * Portfolio figures across campaigns: spend and results per segment and per
 * campaign, cost per engagement and per conversion, the repeat-collaboration rate
 * by segment, and attention share (touches per segment in the last 90 days) against
 * the share the segment's cadence intends. Pure: the view reads records, this counts.
 */
import type { Campaign } from './campaign';
import type { Collaboration } from './collaboration';
import type { Creator } from './creator';
import { SEGMENTS, type Segment } from './enums';
import type { Interaction } from './interaction';
import type { Settings } from './settings';
import { costPer, mainCurrency, spendByCurrency, sumResults } from './campaign-figures';
import { isAgreedCollaboration } from './collaboration-edits';
import { DAY_MS } from './time';

export const ATTENTION_WINDOW_DAYS = 90;

type CollabFacts = Pick<Collaboration, 'creatorId' | 'campaignId' | 'status' | 'compensation' | 'performance'>;

export interface SpendAndResults {
  /** Collaborations counted (cancelled ones are not). */
  collaborations: number;
  spend: Record<string, number>;
  engagements: number | undefined;
  conversions: number | undefined;
  /** In `currency`, the one most was spent in; undefined when not measurable. */
  costPerEngagement: number | undefined;
  costPerConversion: number | undefined;
  currency: string | undefined;
}

function spendAndResults(collaborations: readonly CollabFacts[]): SpendAndResults {
  const counted = collaborations.filter((c) => c.status !== 'cancelled');
  const spend = spendByCurrency(counted);
  const currency = mainCurrency(spend);
  // Cost per unit only over collaborations paid in that currency, so the ratio compares like with like.
  const inCurrency = counted.filter((c) => c.compensation.cash?.currency === currency);
  const { totals } = sumResults(inCurrency);
  const all = sumResults(counted).totals;
  const spent = currency ? (spend[currency] ?? 0) : 0;
  return {
    collaborations: counted.length,
    spend,
    engagements: all.engagements,
    conversions: all.conversions,
    costPerEngagement: costPer(spent, totals.engagements),
    costPerConversion: costPer(spent, totals.conversions),
    currency,
  };
}

/** Spend and results per segment (by the creator's current segment). */
export function figuresBySegment(
  creators: readonly Pick<Creator, 'id' | 'segment'>[],
  collaborations: readonly CollabFacts[],
): Record<Segment, SpendAndResults> {
  const segmentOf = new Map(creators.map((c) => [c.id, c.segment]));
  const groups = Object.fromEntries(SEGMENTS.map((s) => [s, [] as CollabFacts[]])) as Record<Segment, CollabFacts[]>;
  for (const c of collaborations) groups[segmentOf.get(c.creatorId) ?? 'unassigned'].push(c);
  return Object.fromEntries(SEGMENTS.map((s) => [s, spendAndResults(groups[s])])) as Record<Segment, SpendAndResults>;
}

/** Spend and results per campaign, in the order given. */
export function figuresByCampaign(
  campaigns: readonly Pick<Campaign, 'id' | 'name'>[],
  collaborations: readonly CollabFacts[],
): { campaignId: string; name: string; figures: SpendAndResults }[] {
  return campaigns.map((campaign) => ({
    campaignId: campaign.id,
    name: campaign.name,
    figures: spendAndResults(collaborations.filter((c) => c.campaignId === campaign.id)),
  }));
}

/** Per segment: creators with an agreed collaboration, and the share of them with two or more. */
export function repeatRateBySegment(
  creators: readonly Pick<Creator, 'id' | 'segment'>[],
  collaborations: readonly Pick<Collaboration, 'creatorId' | 'status'>[],
): Record<Segment, { collaborated: number; repeated: number; rate: number | undefined }> {
  const agreedCount = new Map<string, number>();
  for (const c of collaborations) if (isAgreedCollaboration(c)) agreedCount.set(c.creatorId, (agreedCount.get(c.creatorId) ?? 0) + 1);
  const out = Object.fromEntries(SEGMENTS.map((s) => [s, { collaborated: 0, repeated: 0, rate: undefined as number | undefined }])) as Record<
    Segment,
    { collaborated: number; repeated: number; rate: number | undefined }
  >;
  for (const creator of creators) {
    const n = agreedCount.get(creator.id) ?? 0;
    if (n === 0) continue;
    const row = out[creator.segment];
    row.collaborated++;
    if (n >= 2) row.repeated++;
  }
  for (const row of Object.values(out)) row.rate = row.collaborated ? row.repeated / row.collaborated : undefined;
  return out;
}

export interface AttentionShare {
  segment: Segment;
  creators: number;
  touches: number;
  /** Share of all touches in the window (0-1); undefined when there were none. */
  actual: number | undefined;
  /** Share the cadence intends: each creator's expected touches in the window (window / ideal interval). */
  intended: number | undefined;
}

/** Touches per segment in the last 90 days against the share each segment's cadence intends. */
export function attentionShare(
  creators: readonly Pick<Creator, 'id' | 'segment' | 'stage'>[],
  touches: readonly Pick<Interaction, 'creatorId' | 'occurredAt'>[],
  settings: Pick<Settings, 'cadence'>,
  now: number,
): AttentionShare[] {
  const since = now - ATTENTION_WINDOW_DAYS * DAY_MS;
  const segmentOf = new Map(creators.map((c) => [c.id, c.segment]));
  const touchCount = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<Segment, number>;
  const creatorCount = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<Segment, number>;
  const expected = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<Segment, number>;
  for (const c of creators) {
    creatorCount[c.segment]++;
    // Creators set aside are not meant to get attention.
    if (c.stage !== 'not-a-fit' && c.stage !== 'wound-down') expected[c.segment] += ATTENTION_WINDOW_DAYS / settings.cadence[c.segment].idealDays;
  }
  let total = 0;
  for (const t of touches) {
    if (t.occurredAt < since || t.occurredAt > now) continue;
    const segment = segmentOf.get(t.creatorId);
    if (!segment) continue;
    touchCount[segment]++;
    total++;
  }
  const expectedTotal = SEGMENTS.reduce((a, s) => a + expected[s], 0);
  return SEGMENTS.map((segment) => ({
    segment,
    creators: creatorCount[segment],
    touches: touchCount[segment],
    actual: total ? touchCount[segment] / total : undefined,
    intended: expectedTotal ? expected[segment] / expectedTotal : undefined,
  }));
}
