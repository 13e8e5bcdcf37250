/**
 * A campaign's figures from its collaborations: the deliverables board, what is due
 * this week, spend against budget and results summed from the performance figures.
 * Money is never added across currencies: other currencies are listed beside.
 */
import type { Campaign } from './campaign';
import type { Collaboration, Deliverable, Performance } from './collaboration';
import { DELIVERABLE_STATUSES, isOpenDeliverable } from './collaboration-edits';
import { DAY_MS } from './time';

type CollabFacts = Pick<Collaboration, 'id' | 'creatorId' | 'title' | 'status' | 'deliverables' | 'compensation' | 'performance'>;

export interface BoardCard {
  collaborationId: string;
  creatorId: string;
  deliverable: Deliverable;
}

/** Deliverables grouped by status, in the board's column order; each column soonest due first. */
export function deliverableBoard(collaborations: readonly CollabFacts[]): Record<Deliverable['status'], BoardCard[]> {
  const board = Object.fromEntries(DELIVERABLE_STATUSES.map((s) => [s, [] as BoardCard[]])) as Record<Deliverable['status'], BoardCard[]>;
  for (const c of collaborations) {
    if (c.status === 'cancelled') continue;
    for (const d of c.deliverables) board[d.status].push({ collaborationId: c.id, creatorId: c.creatorId, deliverable: d });
  }
  for (const cards of Object.values(board)) cards.sort((a, b) => (a.deliverable.dueAt ?? Infinity) - (b.deliverable.dueAt ?? Infinity));
  return board;
}

/** Open deliverables due within the next 7 days, and those already late, soonest first. */
export function dueThisWeek(collaborations: readonly CollabFacts[], now: number): (BoardCard & { late: boolean })[] {
  const until = now + 7 * DAY_MS;
  const out: (BoardCard & { late: boolean })[] = [];
  for (const c of collaborations) {
    if (c.status === 'cancelled') continue;
    for (const d of c.deliverables) {
      if (!isOpenDeliverable(d) && d.status !== 'in-review') continue;
      if (d.dueAt === undefined || d.dueAt > until) continue;
      out.push({ collaborationId: c.id, creatorId: c.creatorId, deliverable: d, late: d.dueAt < now });
    }
  }
  return out.sort((a, b) => (a.deliverable.dueAt ?? 0) - (b.deliverable.dueAt ?? 0));
}

/** Cash committed, by currency (cancelled collaborations cost nothing). */
export function spendByCurrency(collaborations: readonly Pick<Collaboration, 'status' | 'compensation'>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of collaborations) {
    const cash = c.compensation.cash;
    if (c.status === 'cancelled' || !cash) continue;
    out[cash.currency] = (out[cash.currency] ?? 0) + cash.amount;
  }
  return out;
}

/** The currency most was spent in, if any was. */
export function mainCurrency(spend: Readonly<Record<string, number>>): string | undefined {
  return Object.keys(spend).sort((a, b) => (spend[b] ?? 0) - (spend[a] ?? 0))[0];
}

export interface BudgetUse {
  currency: string;
  budget: number | undefined;
  spent: number;
  /** spent / budget, or undefined without a budget. */
  share: number | undefined;
  /** Spend in currencies other than the budget's, which cannot be added to it. */
  otherCurrencies: Record<string, number>;
}

export function budgetUse(campaign: Pick<Campaign, 'budget'>, collaborations: readonly Pick<Collaboration, 'status' | 'compensation'>[]): BudgetUse {
  const spend = spendByCurrency(collaborations);
  const currency = campaign.budget?.currency ?? mainCurrency(spend) ?? 'USD';
  const { [currency]: spent = 0, ...otherCurrencies } = spend;
  const budget = campaign.budget?.amount;
  return { currency, budget, spent, share: budget ? spent / budget : undefined, otherCurrencies };
}

export const RESULT_KEYS = ['reach', 'impressions', 'engagements', 'clicks', 'conversions', 'revenue'] as const satisfies readonly (keyof Performance)[];

/** Each performance figure summed over the collaborations that report it, with how many do. */
export function sumResults(collaborations: readonly Pick<Collaboration, 'status' | 'performance'>[]): { totals: Performance; reporting: number } {
  const totals: Performance = {};
  let reporting = 0;
  for (const c of collaborations) {
    if (c.status === 'cancelled') continue;
    let reported = false;
    for (const key of RESULT_KEYS) {
      const value = c.performance[key];
      if (value === undefined) continue;
      totals[key] = (totals[key] ?? 0) + value;
      reported = true;
    }
    if (reported) reporting++;
  }
  return { totals, reporting };
}

/** Cost per unit, or undefined when nothing was spent or nothing was measured (never a made-up number). */
export function costPer(spent: number, units: number | undefined): number | undefined {
  if (!units || spent <= 0) return undefined;
  return spent / units;
}
