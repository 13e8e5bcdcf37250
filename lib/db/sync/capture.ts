/**
 * Change capture for team sync. Every write to a shared store (creators, accounts,
 * touches, collaborations) passes its before and after through here, inside the
 * same transaction: in a team, the difference lands in the outbox atomically with
 * the write, so a crash can never keep one without the other. Solo, nothing is
 * recorded (one read of the `team` store per transaction).
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { diffRecord } from '../../team/merge';
import { STORE_RULES, type SyncedStore } from '../../team/rules';
import { TeamStateSchema, type OutboxEntry, type TeamState } from '../../team/state';
import type { RapportDB } from '../schema';

/** Add these to any readwrite transaction that writes a shared store. */
export const SYNC_STORES = ['outbox', 'team'] as const;

type SyncTx = IDBPTransaction<RapportDB, (typeof SYNC_STORES)[number][], 'readwrite'>;
/** Any readwrite transaction that includes SYNC_STORES (checked at run time by IndexedDB itself). */
export type WriteTx = IDBPTransaction<RapportDB, StoreNames<RapportDB>[], 'readwrite'>;

const membershipByTx = new WeakMap<object, Promise<TeamState | undefined>>();

/** This browser's team membership, read once per transaction. */
export function membershipIn(tx: object): Promise<TeamState | undefined> {
  let read = membershipByTx.get(tx);
  if (!read) {
    read = (tx as SyncTx)
      .objectStore('team')
      .get('team')
      .then((raw) => {
        const parsed = TeamStateSchema.safeParse(raw);
        return parsed.success ? parsed.data : undefined;
      });
    membershipByTx.set(tx, read);
  }
  return read;
}

/** Records what changed in a shared record, when this browser is in a team. */
export async function recordChange(tx: object, store: SyncedStore, before: object | undefined, after: object | undefined, now: number): Promise<void> {
  if (!(await membershipIn(tx))) return;
  const diff = diffRecord(STORE_RULES[store], before as Record<string, unknown> | undefined, after as Record<string, unknown> | undefined);
  if (!diff) return;
  const recordId = String((after as { id?: unknown } | undefined)?.id ?? (before as { id?: unknown } | undefined)?.id);
  const entry: OutboxEntry = { store, recordId, at: now, ...diff };
  await (tx as SyncTx).objectStore('outbox').add(entry);
}

/** Outbox entries for a bulk write of new records (an import): queued with the records themselves. */
export function newRecordEntries(store: SyncedStore, records: readonly object[], now: number): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (const record of records) {
    const diff = diffRecord(STORE_RULES[store], undefined, record as Record<string, unknown>);
    if (diff) entries.push({ store, recordId: String((record as { id?: unknown }).id), at: now, ...diff });
  }
  return entries;
}

/**
 * Marks a new or changed record with who did it, locally, so the person sees their
 * own name at once; the team server sets the same from their token (and overrides
 * anything else). Solo, records are unchanged.
 */
export function withLocalAuthor<T extends object>(team: TeamState | undefined, store: SyncedStore, before: T | undefined, after: T): T {
  if (!team) return after;
  const record = after as Record<string, unknown>;
  if (store === 'interactions' && before === undefined && record.authorId === undefined) return { ...after, authorId: team.memberId };
  if (store === 'collaborations' || store === 'campaigns') return { ...after, updatedById: team.memberId };
  if (store === 'creators') {
    const next: Record<string, unknown> = { ...record, updatedById: team.memberId };
    // Whoever first saves a creator owns the relationship, unless someone already does.
    if (before === undefined && next.ownerId === undefined) next.ownerId = team.memberId;
    if (Array.isArray(next.stageHistory)) {
      next.stageHistory = (next.stageHistory as Record<string, unknown>[]).map((e) => (e.byId === undefined ? { ...e, byId: team.memberId } : e));
    }
    return next as T;
  }
  return after;
}

/** Puts a shared record and records the change (stamping the local author in a team). Returns what was stored. */
export async function putShared<T extends object>(tx: object, store: SyncedStore, before: object | undefined, after: T, now: number): Promise<T> {
  const team = await membershipIn(tx);
  const value = withLocalAuthor(team, store, before as T | undefined, after);
  await (tx as WriteTx).objectStore(store).put(value as never);
  if (team) await recordChange(tx, store, before, value, now);
  return value;
}

/** Deletes a shared record and records the delete. */
export async function deleteShared(tx: object, store: SyncedStore, before: object & { id: string }, now: number): Promise<void> {
  await (tx as WriteTx).objectStore(store).delete(before.id);
  await recordChange(tx, store, before, undefined, now);
}
