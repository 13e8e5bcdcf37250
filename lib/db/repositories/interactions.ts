/**
 * The contact log. Logging, editing or deleting a touch updates the creator's
 * last-contact times, outreach status and next due time in the same transaction,
 * so the roster and the reminders never disagree with the timeline; the stored
 * health follows right after.
 */
import {
  CreatorSchema,
  InteractionSchema,
  NewInteractionSchema,
  newId,
  outreachStatusAfter,
  storableSummary,
  withContactState,
  type Creator,
  type Interaction,
  type NewInteraction,
  type Settings,
} from '../../domain';
import { openRapportDb } from '../open';
import { forWrite, fromStore, idOf, manyFromStore, type ReadResult } from '../records';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import { toStoredCreator } from '../codecs';
import { getSettings } from './settings';
import { settleRemindersByTouch, syncFollowUpReminder } from './derived-reminders';
import { refreshHealthAfterWrite } from './bulk';
import type { RapportDB } from '../schema';
import type { IDBPTransaction } from 'idb';
import { SYNC_STORES, deleteShared, putShared } from '../sync/capture';
import { updateRosterRows } from '../roster-rows';

type LogTx = IDBPTransaction<RapportDB, ('creators' | 'interactions' | 'reminders' | 'rosterRows' | (typeof SYNC_STORES)[number])[], 'readwrite'>;

/** One creator's touches in the by-creator-time index. */
export function creatorRange(creatorId: string): IDBKeyRange {
  return IDBKeyRange.bound([creatorId, -Infinity], [creatorId, Infinity]);
}

/**
 * Recomputes the creator's contact times and due time from all of their touches,
 * and their follow-up reminder from the touch that changed (`change`).
 */
async function refreshCreatorContact(
  tx: LogTx,
  creator: Creator,
  settings: Settings,
  now: number,
  change: { before?: Interaction; after?: Interaction },
  outreachStatus = creator.outreachStatus,
): Promise<Creator> {
  const touches = await tx.objectStore('interactions').index('by-creator-time').getAll(creatorRange(creator.id));
  const { creator: result } = withContactState({ ...creator, outreachStatus, updatedAt: now }, touches, settings);
  await updateRosterRows(tx, [await putShared(tx, 'creators', creator, toStoredCreator(result), now)]);
  const changedId = change.after?.id ?? change.before?.id;
  const touchesBefore = [...touches.filter((t) => t.id !== changedId), ...(change.before ? [change.before] : [])];
  await syncFollowUpReminder(tx.objectStore('reminders'), { creator, touches: touchesBefore }, { creator: result, touches }, settings, now);
  return result;
}

async function loadCreator(tx: LogTx, creatorId: string): Promise<Creator> {
  const raw = await tx.objectStore('creators').get(creatorId);
  if (raw === undefined) throw new Error(`Creator ${creatorId} is not on the roster`);
  return fromStore(CreatorSchema, 'creators', creatorId, raw);
}

/** Logs a touch. Honours the creator's "do not store message text" preference. */
export async function logInteraction(input: NewInteraction, now = Date.now()): Promise<{ interaction: Interaction; creator: Creator }> {
  const draft = forWrite(NewInteractionSchema, 'interactions', input);
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'interactions', 'reminders', 'rosterRows', ...SYNC_STORES], 'readwrite');
  const result = await allOrNothing(tx, async () => {
    const creator = await loadCreator(tx, draft.creatorId);
    const interaction = forWrite(InteractionSchema, 'interactions', {
      ...draft,
      summary: storableSummary(draft.summary, creator.preferences.doNotStoreMessageText),
      id: newId(),
      createdAt: now,
      updatedAt: now,
    });
    const stored = await putShared(tx, 'interactions', undefined, interaction, now);
    await settleRemindersByTouch(tx.objectStore('reminders'), stored, now);
    const updated = await refreshCreatorContact(tx, creator, settings, now, { after: stored }, outreachStatusAfter(creator.outreachStatus, stored));
    return { interaction: stored, creator: updated };
  });
  publishChanges([{ store: 'interactions', ids: [result.interaction.id] }, { store: 'creators', ids: [result.creator.id] }, { store: 'reminders' }]);
  const healthy = await refreshHealthAfterWrite(result.creator.id, now);
  return healthy ? { ...result, creator: healthy } : result;
}

export type InteractionPatch = Partial<Pick<Interaction, 'channel' | 'direction' | 'kind' | 'summary' | 'occurredAt' | 'outreachStatusChange' | 'signals'>>;

export async function updateInteraction(id: string, patch: InteractionPatch, now = Date.now()): Promise<Interaction> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'interactions', 'reminders', 'rosterRows', ...SYNC_STORES], 'readwrite');
  const updated = await allOrNothing(tx, async () => {
    const raw = await tx.objectStore('interactions').get(id);
    if (raw === undefined) throw new Error(`Touch ${id} does not exist`);
    const current = fromStore(InteractionSchema, 'interactions', id, raw);
    const creator = await loadCreator(tx, current.creatorId);
    const next = forWrite(InteractionSchema, 'interactions', {
      ...current,
      ...patch,
      summary: storableSummary(patch.summary ?? current.summary, creator.preferences.doNotStoreMessageText),
      updatedAt: now,
    });
    await putShared(tx, 'interactions', current, next, now);
    await refreshCreatorContact(tx, creator, settings, now, { before: current, after: next });
    return next;
  });
  publishChanges([{ store: 'interactions', ids: [id] }, { store: 'creators', ids: [updated.creatorId] }, { store: 'reminders' }]);
  await refreshHealthAfterWrite(updated.creatorId, now);
  return updated;
}

export async function deleteInteraction(id: string, now = Date.now()): Promise<Interaction | undefined> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'interactions', 'reminders', 'rosterRows', ...SYNC_STORES], 'readwrite');
  const removed = await allOrNothing(tx, async () => {
    const raw = await tx.objectStore('interactions').get(id);
    if (raw === undefined) return undefined;
    const current = fromStore(InteractionSchema, 'interactions', id, raw);
    await deleteShared(tx, 'interactions', current, now);
    const creator = await loadCreator(tx, current.creatorId);
    await refreshCreatorContact(tx, creator, settings, now, { before: current });
    return current;
  });
  if (removed) {
    publishChanges([{ store: 'interactions', ids: [id] }, { store: 'creators', ids: [removed.creatorId] }, { store: 'reminders' }]);
    await refreshHealthAfterWrite(removed.creatorId, now);
  }
  return removed;
}

/** A creator's touches, newest first. */
export async function listInteractions(creatorId: string, options: { limit?: number } = {}): Promise<ReadResult<Interaction>> {
  const db = await openRapportDb();
  const index = db.transaction('interactions').store.index('by-creator-time');
  const raws: unknown[] = [];
  let cursor = await index.openCursor(creatorRange(creatorId), 'prev');
  while (cursor && (options.limit === undefined || raws.length < options.limit)) {
    raws.push(cursor.value);
    cursor = await cursor.continue();
  }
  return manyFromStore(InteractionSchema, 'interactions', raws, idOf);
}

/** Every touch since `since` (by the time index), for portfolio figures such as attention share. */
export async function listTouchesSince(since: number): Promise<ReadResult<Interaction>> {
  const db = await openRapportDb();
  const raws: unknown[] = await db.getAllFromIndex('interactions', 'by-time', IDBKeyRange.lowerBound(since));
  return manyFromStore(InteractionSchema, 'interactions', raws, idOf);
}
