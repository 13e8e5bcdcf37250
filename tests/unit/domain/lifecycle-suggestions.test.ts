/** Lifecycle guidance: each suggestion, its reason, and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { UNDECIDED_AFTER_DAYS, suggestStageChanges, type Campaign, type Collaboration, type Creator, type Interaction } from '../../../lib/domain';
import { DAY, T0 } from '../db/fixtures';

type CreatorFacts = Parameters<typeof suggestStageChanges>[0];
type CollabFacts = Parameters<typeof suggestStageChanges>[1][number];
const creator = (o: Partial<Creator> = {}): CreatorFacts => ({ stage: 'test-collaboration', createdAt: T0 - 100 * DAY, ...o });
const collab = (id: string, o: Partial<Collaboration> = {}): CollabFacts => ({ id, title: `Collab ${id}`, status: 'completed', ...o });
const touch = (at: number, o: Partial<Interaction> = {}) => ({ occurredAt: at, ...o });
const campaigns = new Map<string, Pick<Campaign, 'type' | 'name'>>([
  ['spring', { type: 'seasonal', name: 'Spring' }],
  ['summer', { type: 'launch', name: 'Summer' }],
  ['club', { type: 'ambassador-programme', name: 'Club' }],
]);
const suggest = (c: CreatorFacts, collabs: CollabFacts[] = [], touches: Pick<Interaction, 'occurredAt' | 'outreachStatusChange'>[] = []) =>
  suggestStageChanges(c, collabs, touches, campaigns, T0);

describe('lifecycle suggestions', () => {
  it('a test collaboration rated 4/5 or better suggests an active partnership, with the reason', () => {
    const [s] = suggest(creator(), [collab('k1', { briefAdherence: 4, title: 'Spring test' })]);
    expect(s).toMatchObject({ key: 'active-partner:k1', stage: 'active-partner' });
    expect(s?.reason).toBe('"Spring test" was completed with brief adherence 4/5: a successful test, worth expanding');
  });

  it('stays quiet for a 3/5 rating, an unrated or unfinished test, or a creator past the test stage', () => {
    expect(suggest(creator(), [collab('k1', { briefAdherence: 3 })])).toEqual([]);
    expect(suggest(creator(), [collab('k1')])).toEqual([]);
    expect(suggest(creator(), [collab('k1', { status: 'in-progress', briefAdherence: 5 })])).toEqual([]);
    expect(suggest(creator({ stage: 'optimizing' }), [collab('k1', { briefAdherence: 5 })])).toEqual([]);
  });

  it('a second campaign together suggests a recurring partnership, or an ambassadorship after an ambassador programme', () => {
    const two = [collab('a', { campaignId: 'spring' }), collab('b', { campaignId: 'summer', status: 'contracted' })];
    expect(suggest(creator({ stage: 'active-partner' }), two)).toEqual([
      expect.objectContaining({
        stage: 'active-partner',
        partnershipKind: 'recurring',
        reason: '2 campaigns together (Spring, Summer): make it a recurring partnership',
      }),
    ]);
    const withClub = [collab('a', { campaignId: 'spring' }), collab('b', { campaignId: 'club' })];
    expect(suggest(creator({ stage: 'active-partner' }), withClub)[0]).toMatchObject({ partnershipKind: 'ambassador' });
    // Already that kind of partner: nothing to suggest. One campaign, or two collaborations in one: nothing either.
    expect(suggest(creator({ stage: 'active-partner', partnershipKind: 'recurring' }), two)).toEqual([]);
    expect(suggest(creator({ stage: 'active-partner' }), [collab('a', { campaignId: 'spring' }), collab('b', { campaignId: 'spring' })])).toEqual([]);
    // Proposed or cancelled work is not a campaign together.
    expect(
      suggest(creator({ stage: 'active-partner' }), [collab('a', { campaignId: 'spring' }), collab('b', { campaignId: 'summer', status: 'proposed' })]),
    ).toEqual([]);
  });

  it('two declined asks suggest a graceful wind-down (renewal review as the alternative)', () => {
    const declines = [touch(T0 - 20 * DAY, { outreachStatusChange: 'declined' }), touch(T0 - 5 * DAY, { outreachStatusChange: 'declined' })];
    expect(suggest(creator({ stage: 'active-partner' }), [], declines)).toEqual([
      {
        key: `wind-down:declines:${T0 - 5 * DAY}`,
        stage: 'wound-down',
        alternative: 'renewal',
        reason: '2 asks declined: wind down gracefully and leave the door open',
      },
    ]);
    expect(suggest(creator({ stage: 'active-partner' }), [], declines.slice(1))).toEqual([]);
    expect(suggest(creator({ stage: 'wound-down' }), [], declines)).toEqual([]);
  });

  it('a contract that ended while health is at risk suggests a renewal review, or a wind-down', () => {
    const ended = [collab('k1', { title: 'Year one', contractEndsAt: T0 - DAY })];
    const atRisk = { score: 30, label: 'at-risk' as const, computedAt: T0 };
    expect(suggest(creator({ stage: 'active-partner', health: atRisk }), ended)[0]).toMatchObject({
      stage: 'renewal',
      alternative: 'wound-down',
      reason: 'The contract for "Year one" has ended and relationship health is at risk (30/100): review renewal, or wind down gracefully',
    });
    // Healthy, still running elsewhere, or not ended yet: nothing.
    expect(suggest(creator({ stage: 'active-partner', health: { ...atRisk, score: 80, label: 'thriving' } }), ended)).toEqual([]);
    expect(suggest(creator({ stage: 'active-partner', health: atRisk }), [...ended, collab('k2', { status: 'in-progress' })])).toEqual([]);
    expect(suggest(creator({ stage: 'active-partner', health: atRisk }), [collab('k1', { contractEndsAt: T0 + DAY })])).toEqual([]);
  });

  it(`discovered ${UNDECIDED_AFTER_DAYS} days ago without a touch: decide (vet, or not a fit)`, () => {
    const old = creator({ stage: 'discovered', createdAt: T0 - UNDECIDED_AFTER_DAYS * DAY });
    expect(suggest(old)).toEqual([
      {
        key: 'decide:discovered',
        stage: 'vetting',
        alternative: 'not-a-fit',
        reason: `Discovered ${UNDECIDED_AFTER_DAYS} days ago and never contacted: vet them, or mark them not a fit`,
      },
    ]);
    expect(suggest(creator({ stage: 'discovered', createdAt: T0 - (UNDECIDED_AFTER_DAYS - 1) * DAY }))).toEqual([]);
    expect(suggest(old, [], [touch(T0 - DAY)])).toEqual([]);
  });

  it('a dismissed suggestion is not proposed again, until the facts behind it change', () => {
    const old = creator({ stage: 'discovered', createdAt: T0 - 90 * DAY, dismissedSuggestions: ['decide:discovered'] });
    expect(suggest(old)).toEqual([]);
    const rated = creator({ dismissedSuggestions: ['active-partner:k1'] });
    expect(suggest(rated, [collab('k1', { briefAdherence: 5 })])).toEqual([]);
    // A later success is a new fact: proposed again.
    const later = [collab('k1', { briefAdherence: 5, completedAt: T0 - 30 * DAY }), collab('k2', { briefAdherence: 4, completedAt: T0 - DAY })];
    expect(suggest(rated, later)[0]?.key).toBe('active-partner:k2');
  });
});
