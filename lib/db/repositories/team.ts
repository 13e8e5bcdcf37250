/**
 * This browser's team membership and its outbox of unsent changes. The outbox is
 * filled by lib/db/sync/capture.ts inside each write's own transaction; the sync
 * engine reads it in order, pushes it, and drops what the server acknowledged.
 */
import { TeamStateSchema, type OutboxEntry, type TeamState } from '../../team/state';
import type { Mutation } from '../../team/protocol';
import { openRapportDb } from '../open';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import { invalidateRosterRows, rebuildRosterRows } from '../roster-rows';
import { newRecordEntries, withLocalAuthor } from '../sync/capture';
import type { SyncedStore } from '../../team/rules';
import { ownerKeyOf } from '../../team/attribution';

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

/** A profile on this browser's roster that the team has already (same platform and handle). */
export interface SharedDuplicate {
  localCreatorId: string;
  localAccountId: string;
  teamCreatorId: string;
  teamAccountId: string;
}

/** Records that join an existing team record contribute only what merges without overwriting: sets, keyed lists, text. */
function onlyMergeableChanges(entry: OutboxEntry): OutboxEntry | undefined {
  const changes = Object.fromEntries(Object.entries(entry.changes).filter(([, change]) => change.op !== 'set'));
  return Object.keys(changes).length ? { ...entry, changes } : undefined;
}

function remapId(map: ReadonlyMap<string, string>, id: unknown): unknown {
  return typeof id === 'string' ? (map.get(id) ?? id) : id;
}

/**
 * Starts a membership. With `shareRoster`, everything already on this browser's
 * roster is queued in the outbox in the same transaction, as if just created, so
 * the first push shares it. Profiles the team has already (`duplicates`) join the
 * team's creator instead: their touches and collaborations move to it, and their
 * tags, notes and histories merge into it; the team's single values stay.
 */
export async function beginTeamMembership(
  state: TeamState,
  shareRoster: boolean,
  now = Date.now(),
  duplicates: readonly SharedDuplicate[] = [],
): Promise<{ queued: number }> {
  const valid = TeamStateSchema.parse(state);
  const creatorMap = new Map<string, string>();
  const accountMap = new Map<string, string>();
  const teamCreatorsTaken = new Set<string>();
  for (const d of duplicates) {
    // Two of my creators matching one team creator: the first joins it, the second is shared as itself.
    if (creatorMap.has(d.localCreatorId) || teamCreatorsTaken.has(d.teamCreatorId)) continue;
    creatorMap.set(d.localCreatorId, d.teamCreatorId);
    accountMap.set(d.localAccountId, d.teamAccountId);
    teamCreatorsTaken.add(d.teamCreatorId);
  }
  const db = await openRapportDb();
  const tx = db.transaction(['team', 'outbox', 'creators', 'accounts', 'interactions', 'collaborations', 'campaigns', 'reminders', 'rosterRows'], 'readwrite');
  const queued = await allOrNothing(tx, async () => {
    await tx.objectStore('outbox').clear();
    // Every creator may be rewritten: the roster rows are set aside here and rebuilt after.
    if (shareRoster) await invalidateRosterRows(tx);
    // Membership and the shared roster land together: a crash keeps both or neither.
    await tx.objectStore('team').put(valid, TEAM_KEY);
    if (!shareRoster) return 0;
    // Creators first: the server then holds the creator before its touches arrive.
    for (const store of ['creators', 'accounts', 'campaigns', 'collaborations', 'interactions'] as const satisfies readonly SyncedStore[]) {
      for (const original of (await tx.objectStore(store).getAll()) as Record<string, unknown>[]) {
        let record: Record<string, unknown> = original;
        let joinsTeamRecord = false;
        if (store === 'creators' && creatorMap.has(String(original.id))) {
          joinsTeamRecord = true;
          const accounts = Array.isArray(original.accounts) ? (original.accounts as Record<string, unknown>[]) : [];
          record = {
            ...original,
            id: creatorMap.get(String(original.id)),
            accounts: accounts.map((a) => ({ ...a, accountId: remapId(accountMap, a.accountId) })),
          };
        } else if (store === 'accounts') {
          joinsTeamRecord = accountMap.has(String(original.id));
          record = { ...original, id: remapId(accountMap, original.id), creatorId: remapId(creatorMap, original.creatorId) };
        } else if (store === 'collaborations' || store === 'interactions') {
          record = { ...original, creatorId: remapId(creatorMap, original.creatorId) };
        }
        // The person sharing becomes the owner of their creators and the author of their touches.
        const stamped = withLocalAuthor(valid, store, joinsTeamRecord ? record : undefined, record) as Record<string, unknown>;
        // The owner-and-due index key, as toStoredCreator keeps it.
        if (store === 'creators') stamped.ownerKey = ownerKeyOf(typeof stamped.ownerId === 'string' ? stamped.ownerId : undefined);
        if (stamped.id !== original.id) await tx.objectStore(store).delete(String(original.id));
        if (stamped !== original) await tx.objectStore(store).put(stamped as never);
        const [entry] = newRecordEntries(store, [stamped], now);
        const queued = entry && joinsTeamRecord ? onlyMergeableChanges(entry) : entry;
        if (queued) await tx.objectStore('outbox').add(queued);
      }
    }
    // Reminders of creators that joined a team creator are derived again from the records that arrive.
    for (const localId of creatorMap.keys()) {
      for (const key of await tx.objectStore('reminders').index('by-creator').getAllKeys(localId)) await tx.objectStore('reminders').delete(key);
    }
    return tx.objectStore('outbox').count();
  });
  if (shareRoster) await rebuildRosterRows();
  publishChanges([{ store: 'settings' }, { store: 'creators' }, { store: 'interactions' }, { store: 'accounts' }, { store: 'collaborations' }]);
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

/** What sharing would send: the roster's size and each account's profile (for the duplicate preview). */
export async function describeLocalRoster(): Promise<{
  creators: number;
  accounts: { id: string; creatorId: string; platform: string; handle: string }[];
  names: Map<string, string>;
}> {
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'accounts']);
  const [creators, accounts] = await Promise.all([tx.objectStore('creators').getAll(), tx.objectStore('accounts').getAll()]);
  return {
    creators: creators.length,
    accounts: accounts.map((a) => ({ id: a.id, creatorId: a.creatorId, platform: a.platform, handle: a.handle })),
    names: new Map(creators.map((c) => [c.id, c.displayName])),
  };
}
