/**
 * This browser's team membership and its outbox of unsent changes. The outbox is
 * filled by lib/db/sync/capture.ts inside each write's own transaction; the sync
 * engine reads it in order, pushes it, and drops what the server acknowledged.
 */
import { TeamStateSchema, type OutboxEntry, type TeamState } from '../../team/state';
import type { Mutation } from '../../team/protocol';
import { openRapportDb } from '../open';
import { publishChanges } from '../changes';
import { newRecordEntries, withLocalAuthor } from '../sync/capture';
import type { SyncedStore } from '../../team/rules';

const TEAM_KEY = 'team';

/** The membership, or undefined when solo (an unreadable record counts as solo: nothing is synced). */
export async function getTeamState(): Promise<TeamState | undefined> {
  const db = await openRapportDb();
  const parsed = TeamStateSchema.safeParse(await db.get('team', TEAM_KEY));
  return parsed.success ? parsed.data : undefined;
}

/** Changes part of the membership (read and written in one transaction). Does nothing when solo. */
export async function updateTeamState(patch: (state: TeamState) => Partial<TeamState> & { lastError?: string | undefined }): Promise<TeamState | undefined> {
  const db = await openRapportDb();
  const tx = db.transaction('team', 'readwrite');
  const parsed = TeamStateSchema.safeParse(await tx.store.get(TEAM_KEY));
  if (!parsed.success) {
    await tx.done;
    return undefined;
  }
  const next: Record<string, unknown> = { ...parsed.data, ...patch(parsed.data) };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  const valid = TeamStateSchema.parse(next);
  await tx.store.put(valid, TEAM_KEY);
  await tx.done;
  publishChanges([{ store: 'settings' }]);
  return valid;
}

/**
 * Starts a membership. With `shareRoster`, everything already on this browser's
 * roster is queued in the outbox in the same transaction, as if just created, so
 * the first push shares it (the team server merges it field by field).
 */
export async function beginTeamMembership(state: TeamState, shareRoster: boolean, now = Date.now()): Promise<{ queued: number }> {
  const valid = TeamStateSchema.parse(state);
  const db = await openRapportDb();
  const tx = db.transaction(['team', 'outbox', 'creators', 'accounts', 'interactions', 'collaborations'], 'readwrite');
  await tx.objectStore('outbox').clear();
  let queued = 0;
  if (shareRoster) {
    // Creators first: the server accepts a touch for a creator it already holds.
    for (const store of ['creators', 'accounts', 'collaborations', 'interactions'] as const satisfies readonly SyncedStore[]) {
      const records: object[] = [];
      // The person sharing becomes the owner of their creators and the author of their touches.
      for (const record of (await tx.objectStore(store).getAll()) as object[]) {
        const stamped = withLocalAuthor(valid, store, undefined, record);
        if (stamped !== record) await tx.objectStore(store).put(stamped as never);
        records.push(stamped);
      }
      const entries = newRecordEntries(store, records, now);
      for (const entry of entries) await tx.objectStore('outbox').add(entry);
      queued += entries.length;
    }
  }
  await tx.objectStore('team').put(valid, TEAM_KEY);
  await tx.done;
  publishChanges([{ store: 'settings' }]);
  return { queued };
}

/** Leaves the team on this browser: the roster stays here as a solo roster; unsent changes are dropped. */
export async function endTeamMembership(): Promise<{ unsent: number }> {
  const db = await openRapportDb();
  const tx = db.transaction(['team', 'outbox'], 'readwrite');
  const unsent = await tx.objectStore('outbox').count();
  await tx.objectStore('outbox').clear();
  await tx.objectStore('team').delete(TEAM_KEY);
  await tx.done;
  publishChanges([{ store: 'settings' }]);
  return { unsent };
}

/** The oldest unsent changes, as mutations whose ids are their outbox keys (increasing, so the server applies each once). */
export async function readOutbox(limit: number): Promise<Mutation[]> {
  const db = await openRapportDb();
  const mutations: Mutation[] = [];
  let cursor = await db.transaction('outbox').store.openCursor();
  while (cursor && mutations.length < limit) {
    const { seq: _seq, ...entry } = cursor.value as OutboxEntry;
    mutations.push({ ...entry, id: cursor.key });
    cursor = await cursor.continue();
  }
  return mutations;
}

export async function countOutbox(): Promise<number> {
  const db = await openRapportDb();
  return db.count('outbox');
}

/** Drops every change the server has (its last applied mutation id for this client). */
export async function acknowledgeOutbox(lastMutationId: number): Promise<void> {
  if (lastMutationId < 1) return;
  const db = await openRapportDb();
  await db.delete('outbox', IDBKeyRange.upperBound(lastMutationId));
}
