import { CollaborationSchema, type Collaboration } from '../../domain';
import { openRapportDb } from '../open';
import { forWrite } from '../records';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import { creatorRecordRepository, type CreatorRecordRepository } from './records-by-creator';
import { getSettings } from './settings';
import { syncCollaborationReminders } from './derived-reminders';
import { refreshHealthAfterWrite } from './bulk';
import { SYNC_STORES, deleteShared, putShared } from '../sync/capture';

const base = creatorRecordRepository('collaborations', CollaborationSchema);

/**
 * Writes go through one transaction with the reminders store, so deliverable,
 * usage-rights, exclusivity, contract-end and renewal reminders follow every change;
 * the creator's stored health follows right after.
 */
export const collaborations: CreatorRecordRepository<Collaboration> = {
  ...base,
  put: async (record) => {
    const valid = forWrite(CollaborationSchema, 'collaborations', record);
    await writeCollaboration(valid.id, valid);
    return valid;
  },
  delete: (id) => writeCollaboration(id, undefined),
};

/** Puts (or, with `valid` undefined, deletes) a collaboration and re-derives its reminders. */
async function writeCollaboration(id: string, valid: Collaboration | undefined, now = Date.now()): Promise<void> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['collaborations', 'reminders', ...SYNC_STORES], 'readwrite');
  const oldCreatorId = await allOrNothing(tx, async () => {
    // An unreadable old record implied no reminders we can trust; overwriting it repairs it.
    const old = CollaborationSchema.safeParse(await tx.objectStore('collaborations').get(id));
    const before = old.success ? old.data : undefined;
    if (valid) await putShared(tx, 'collaborations', before, valid, now);
    else if (before) await deleteShared(tx, 'collaborations', before, now);
    else await tx.objectStore('collaborations').delete(id);
    await syncCollaborationReminders(tx.objectStore('reminders'), old.success ? old.data : undefined, valid, settings, now);
    return old.success ? old.data.creatorId : undefined;
  });
  publishChanges([{ store: 'collaborations', ids: [id] }, { store: 'reminders' }]);
  // Repeat collaborations and brief adherence feed health.
  const creatorId = valid?.creatorId ?? oldCreatorId;
  if (creatorId) await refreshHealthAfterWrite(creatorId, now);
}

/** One creator's collaborations (a read for views, which never get the repository itself). */
export function listCollaborationsOf(creatorId: string) {
  return collaborations.listForCreator(creatorId);
}
