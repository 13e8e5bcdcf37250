/** What the overlay warns about at a glance: exclusivity in force and follow-ups still open. */
import type { Collaboration, Reminder } from '../domain';

export interface ActiveExclusivity {
  collaborationId: string;
  title: string;
  category: string;
  endsAt?: number;
}

/**
 * An exclusivity is in force between its start and end dates. Without an end
 * date it lasts while the collaboration is contracted or in progress. A
 * cancelled collaboration binds nobody.
 */
export function activeExclusivities(collaborations: readonly Collaboration[], now: number): ActiveExclusivity[] {
  const active: ActiveExclusivity[] = [];
  for (const c of collaborations) {
    const ex = c.exclusivity;
    if (!ex || c.status === 'cancelled') continue;
    if (ex.startsAt !== undefined && ex.startsAt > now) continue;
    const inForce = ex.endsAt !== undefined ? ex.endsAt >= now : c.status === 'contracted' || c.status === 'in-progress';
    if (!inForce) continue;
    active.push({
      collaborationId: c.id,
      title: c.title,
      category: ex.category,
      ...(ex.endsAt !== undefined ? { endsAt: ex.endsAt } : {}),
    });
  }
  return active.sort((a, b) => (a.endsAt ?? Infinity) - (b.endsAt ?? Infinity));
}

export interface OpenFollowUp {
  id: string;
  title: string;
  dueAt: number;
  overdue: boolean;
}

/** Open reminders (and snoozed ones whose snooze ran out), soonest first. */
export function openFollowUps(reminders: readonly Reminder[], now: number, limit = 5): OpenFollowUp[] {
  return reminders
    .filter((r) => r.status === 'open' || (r.status === 'snoozed' && (r.snoozedUntil ?? 0) <= now))
    .sort((a, b) => a.dueAt - b.dueAt)
    .slice(0, limit)
    .map((r) => ({ id: r.id, title: r.title, dueAt: r.dueAt, overdue: r.dueAt < now }));
}
