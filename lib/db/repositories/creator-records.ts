/**
 * Everything Rapport holds about one creator, read in one snapshot and validated
 * like every read: their record, accounts (with follower snapshots), touches,
 * collaborations and reminders. For a person's own export of their data.
 */
import {
  AccountSchema,
  CollaborationSchema,
  CreatorSchema,
  InteractionSchema,
  ReminderSchema,
  type Account,
  type Collaboration,
  type Creator,
  type Interaction,
  type Reminder,
} from '../../domain';
import { openRapportDb } from '../open';
import { fromStore, idOf, manyFromStore } from '../records';

export interface CreatorRecords {
  creator: Creator;
  accounts: Account[];
  interactions: Interaction[];
  collaborations: Collaboration[];
  reminders: Reminder[];
}

export async function readCreatorRecords(creatorId: string): Promise<CreatorRecords | undefined> {
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'accounts', 'interactions', 'collaborations', 'reminders']);
  const raw = await tx.objectStore('creators').get(creatorId);
  if (raw === undefined) return undefined;
  const [accounts, interactions, collaborations, reminders] = await Promise.all([
    tx.objectStore('accounts').index('by-creator').getAll(creatorId),
    tx
      .objectStore('interactions')
      .index('by-creator-time')
      .getAll(IDBKeyRange.bound([creatorId, -Infinity], [creatorId, Infinity])),
    tx.objectStore('collaborations').index('by-creator').getAll(creatorId),
    tx.objectStore('reminders').index('by-creator').getAll(creatorId),
  ]);
  // Strict: a corrupt record throws (and is named) rather than leave a person's export silently short.
  const strict = <T>(read: { records: T[]; errors: Error[] }): T[] => {
    if (read.errors[0]) throw read.errors[0];
    return read.records;
  };
  return {
    creator: fromStore(CreatorSchema, 'creators', creatorId, raw),
    accounts: strict(manyFromStore(AccountSchema, 'accounts', accounts, idOf)),
    interactions: strict(manyFromStore(InteractionSchema, 'interactions', interactions, idOf)),
    collaborations: strict(manyFromStore(CollaborationSchema, 'collaborations', collaborations, idOf)),
    reminders: strict(manyFromStore(ReminderSchema, 'reminders', reminders, idOf)),
  };
}
