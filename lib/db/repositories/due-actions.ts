/**
 * Acting on due items: snooze them, or mark them done (a contact reminder logs
 * the touch it asked for, which moves the due time on).
 */
import { CreatorSchema, ReminderSchema, touchForDone, type Creator, type ReminderKind } from '../../domain';
import { openRapportDb } from '../open';
import { forWrite, fromStore } from '../records';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import { updateCreator, updateCreators } from './creators';
import { recomputeHealth } from './bulk';
import { listInteractions, logInteraction } from './interactions';
import { reminders } from './reminders';
import type { DueRef } from './due-list';

/** Snoozes due items until `until`: a creator's cadence through creator.snoozedUntil, reminders per record. */
export async function snoozeDueItems(refs: readonly DueRef[], until: number, now = Date.now()): Promise<void> {
  const creatorIds = refs.flatMap((r) => (r.type === 'cadence' ? [r.creatorId] : []));
  const reminderIds = refs.flatMap((r) => (r.type === 'reminder' ? [r.reminderId] : []));
  if (creatorIds.length) await updateCreators(creatorIds, { snoozedUntil: until }, now);
  if (!reminderIds.length) return;
  const db = await openRapportDb();
  const tx = db.transaction('reminders', 'readwrite');
  await allOrNothing(tx, async () => {
    for (const id of reminderIds) {
      const raw = await tx.store.get(id);
      if (raw === undefined) continue;
      const current = fromStore(ReminderSchema, 'reminders', id, raw);
      await tx.store.put(forWrite(ReminderSchema, 'reminders', { ...current, status: 'snoozed', snoozedUntil: until, updatedAt: now }));
    }
  });
  publishChanges([{ store: 'reminders', ids: reminderIds }]);
}

export interface DoneResult {
  /** The touch logged for a contact reminder (cadence, follow-up), which resets its clock. */
  loggedTouchId?: string;
}

/**
 * Marks a due item done. Contact reminders (cadence, follow-up, feedback, celebration)
 * log the touch they asked for, which moves the due time on or settles them; a fit
 * review records the review (the next one comes months later); other reminders are removed.
 */
export async function completeDueItem(ref: DueRef, now = Date.now()): Promise<DoneResult> {
  if (ref.type === 'cadence') return logTouchFor('cadence', ref.creatorId, now);
  const reminder = await reminders.get(ref.reminderId);
  if (!reminder) return {};
  if (reminder.kind === 'cadence' || reminder.kind === 'follow-up') {
    const result = await logTouchFor(reminder.kind, reminder.creatorId, now);
    // The touch re-derived the follow-up; a custom cadence record has no source, so it goes.
    if (reminder.kind === 'cadence') await reminders.delete(reminder.id);
    return result;
  }
  // Logging the touch settles these (lib/db marks them done in the touch's transaction).
  if (reminder.kind === 'feedback' || reminder.kind === 'celebration') return logTouchFor(reminder.kind, reminder.creatorId, now);
  if (reminder.kind === 'fit-review') {
    await recordFitReview(reminder.creatorId, now);
    return {};
  }
  await reminders.delete(reminder.id);
  return {};
}

/** The fit was reviewed at `now`: the next review falls due `fitReviewMonths` later (health's refresh re-arms the reminder). */
export async function recordFitReview(creatorId: string, now = Date.now()): Promise<Creator> {
  const updated = await updateCreator(creatorId, { fitReviewedAt: now }, now);
  await recomputeHealth([creatorId], now);
  return updated;
}

async function logTouchFor(kind: ReminderKind, creatorId: string, now: number): Promise<DoneResult> {
  const db = await openRapportDb();
  const raw = await db.get('creators', creatorId);
  if (raw === undefined) throw new Error(`Creator ${creatorId} is not on the roster`);
  const creator = fromStore(CreatorSchema, 'creators', creatorId, raw);
  const last = (await listInteractions(creatorId, { limit: 1 })).records[0];
  const touch = touchForDone(kind, creator, last, now);
  if (!touch) return {};
  const { interaction } = await logInteraction(touch, now);
  return { loggedTouchId: interaction.id };
}
