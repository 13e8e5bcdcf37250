/**
 * The reminder records (follow-ups, deliverables, end dates, renewals, custom
 * ones). "Done" and "dismiss" delete a record (it is only re-opened if its
 * source date changes), so the due-time index never fills up with finished ones.
 * Derived reminders are written by derived-reminders.ts inside their source's
 * transaction; the due list is due-list.ts; acting on it is due-actions.ts.
 */
import { ReminderSchema, type Reminder } from '../../domain';
import { openRapportDb } from '../open';
import { idOf, manyFromStore, type ReadResult } from '../records';
import { creatorRecordRepository } from './records-by-creator';

export const reminders = creatorRecordRepository('reminders', ReminderSchema);

/** Reminders due by `until`, read through the due-time index (cost grows with what is due, not the roster). */
export async function listRemindersDueBy(until: number): Promise<ReadResult<Reminder>> {
  const db = await openRapportDb();
  const raws: unknown[] = await db.getAllFromIndex('reminders', 'by-due', IDBKeyRange.upperBound(until));
  return manyFromStore(ReminderSchema, 'reminders', raws, idOf);
}

/** Dismisses a reminder without logging anything. */
export async function dismissReminder(id: string): Promise<void> {
  await reminders.delete(id);
}

/** One creator's reminder records (a read for views, which never get the repository itself). */
export function listRemindersOf(creatorId: string) {
  return reminders.listForCreator(creatorId);
}
