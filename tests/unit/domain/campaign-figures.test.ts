/** A campaign's board, due-this-week list, spend against budget and results. */
import { describe, expect, it } from 'vitest';
import { CollaborationSchema, budgetUse, costPer, deliverableBoard, dueThisWeek, sumResults, type CollaborationInput } from '../../../lib/domain';
import { DAY, T0 } from '../db/fixtures';

const collab = (id: string, o: Partial<CollaborationInput> = {}) =>
  CollaborationSchema.parse({ id, creatorId: `c-${id}`, title: 'Launch', status: 'in-progress', campaignId: 'camp', createdAt: T0, updatedAt: T0, ...o });

describe('the deliverables board', () => {
  it('puts each deliverable in its status column, soonest due first, and leaves cancelled collaborations out', () => {
    const board = deliverableBoard([
      collab('a', {
        deliverables: [
          { id: 'a1', description: 'Reel', status: 'briefed', dueAt: T0 + 9 * DAY },
          { id: 'a2', description: 'Story', status: 'published' },
        ],
      }),
      collab('b', { deliverables: [{ id: 'b1', description: 'TikTok', status: 'briefed', dueAt: T0 + 2 * DAY }] }),
      collab('c', { status: 'cancelled', deliverables: [{ id: 'c1', description: 'Post', status: 'briefed' }] }),
      collab('d', { deliverables: [{ id: 'd1', description: 'Undated', status: 'briefed' }] }),
    ]);
    expect(board.briefed.map((c) => c.deliverable.id)).toEqual(['b1', 'a1', 'd1']);
    expect(board.published.map((c) => [c.collaborationId, c.creatorId])).toEqual([['a', 'c-a']]);
    expect(board.drafted).toEqual([]);
    expect(Object.keys(board)).toEqual(['briefed', 'drafted', 'in-review', 'revision-requested', 'approved', 'published', 'cancelled']);
  });

  it('reads deliverables stored before campaigns under their new names', () => {
    const old = collab('e', {
      deliverables: [
        { id: 'e1', description: 'Reel', status: 'planned' as never },
        { id: 'e2', description: 'Post', status: 'submitted' as never },
      ],
    });
    expect(old.deliverables.map((d) => d.status)).toEqual(['briefed', 'in-review']);
  });
});

describe('due this week', () => {
  it('lists open deliverables due within 7 days, and late ones, but not approved or published work', () => {
    const due = dueThisWeek(
      [
        collab('a', {
          deliverables: [
            { id: 'late', description: 'Reel', status: 'drafted', dueAt: T0 - DAY },
            { id: 'soon', description: 'Story', status: 'in-review', dueAt: T0 + 3 * DAY },
            { id: 'fix', description: 'Post', status: 'revision-requested', dueAt: T0 + 7 * DAY },
            { id: 'later', description: 'Blog', status: 'briefed', dueAt: T0 + 8 * DAY },
            { id: 'ok', description: 'Live', status: 'approved', dueAt: T0 + DAY },
            { id: 'out', description: 'TikTok', status: 'published', dueAt: T0 + DAY },
            { id: 'undated', description: 'Pin', status: 'briefed' },
          ],
        }),
      ],
      T0,
    );
    expect(due.map((d) => [d.deliverable.id, d.late])).toEqual([
      ['late', true],
      ['soon', false],
      ['fix', false],
    ]);
  });
});

describe('spend and results', () => {
  const paid = [
    collab('a', { compensation: { cash: { amount: 1200, currency: 'EUR' } }, performance: { engagements: 3000, conversions: 40 } }),
    collab('b', { compensation: { cash: { amount: 800, currency: 'EUR' } }, performance: { engagements: 1000, reach: 20_000 } }),
    collab('c', { compensation: { cash: { amount: 500, currency: 'USD' } } }),
    collab('d', { status: 'cancelled', compensation: { cash: { amount: 9999, currency: 'EUR' } }, performance: { engagements: 99 } }),
  ];

  it('adds spend in the budget currency only, lists other currencies apart, and never counts cancelled work', () => {
    expect(budgetUse({ budget: { amount: 4000, currency: 'EUR' } }, paid)).toEqual({
      currency: 'EUR',
      budget: 4000,
      spent: 2000,
      share: 0.5,
      otherCurrencies: { USD: 500 },
    });
  });

  it('without a budget: spend in the currency most was spent in, and no share', () => {
    expect(budgetUse({}, paid)).toMatchObject({ currency: 'EUR', spent: 2000, budget: undefined, share: undefined });
    expect(budgetUse({}, [])).toMatchObject({ currency: 'USD', spent: 0 });
  });

  it('sums each result over the collaborations that report it', () => {
    expect(sumResults(paid)).toEqual({ totals: { engagements: 4000, conversions: 40, reach: 20_000 }, reporting: 2 });
  });

  it('gives a cost per result only when something was spent and measured', () => {
    expect(costPer(2000, 4000)).toBe(0.5);
    expect(costPer(2000, 40)).toBe(50);
    expect(costPer(2000, undefined)).toBeUndefined();
    expect(costPer(2000, 0)).toBeUndefined();
    expect(costPer(0, 100)).toBeUndefined();
  });
});
