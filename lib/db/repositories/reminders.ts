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
