/**
 * Writes that touch many creators at once: bulk edits from the roster, CSV
 * imports, health recomputation, and saving settings with the re-timing of due
 * times it implies. Each is one transaction (all or nothing; the re-time runs in
 * short idempotent batches), with every record validated before the transaction
 * starts where possible, and progress reported as the writes complete.
 */
import { unwrap } from 'idb';
import {
  AccountSchema,
  CollaborationSchema,
  CreatorSchema,
  InteractionSchema,
  computeHealth,
  healthChanged,
  healthIsStale,
  importedFactsPatch,
  applyCreatorPatch,
  changedCadenceSegments,
  computeNextDueAt,
  type CreatorPatch,
  type Segment,
  type Settings,
  type Account,
  type Creator,
  type ImportedFacts,
} from '../../domain';
import type { PlatformId } from '../../platforms/types';
import { openRapportDb } from '../open';
import { fromStore, idOf, manyFromStore } from '../records';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import { queueBulkWrites } from '../bulk-writes';
import { invalidateRosterRows, rebuildRosterRows, updateRosterRows } from '../roster-rows';
import { toStoredAccount, toStoredCreator } from '../codecs';
import { getSettings, writeSettings } from './settings';
import { syncFitReviewReminder } from './derived-reminders';
import { SYNC_STORES, membershipIn, newRecordEntries, putShared, withLocalAuthor } from '../sync/capture';

export type ProgressListener = (done: number, total: number) => void;

/** Calls `listener` at most every `every` steps, and always at the end. */
function progressCounter(total: number, listener: ProgressListener | undefined, every = 500): () => void {
  let done = 0;
  return () => {
    done++;
    if (listener && (done % every === 0 || done === total)) listener(done, total);
  };
}

/**
 * Applies a per-creator patch to many creators in one transaction. `patchOf`
 * returns null to leave a creator as it is. Stage and segment changes are
 * recorded as history and due times recomputed (applyCreatorPatch).
 */
export async function patchCreators(
  ids: readonly string[],
  patchOf: (creator: Creator) => CreatorPatch | null,
  options: { now?: number; onProgress?: ProgressListener } = {},
): Promise<number> {
  const now = options.now ?? Date.now();
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'rosterRows', ...SYNC_STORES], 'readwrite');
  const tick = progressCounter(ids.length, options.onProgress);
  const written: Creator[] = [];
  await allOrNothing(tx, async () => {
    await Promise.all(
      ids.map(async (id) => {
        const raw = await tx.objectStore('creators').get(id);
        if (raw === undefined) throw new Error(`Creator ${id} is not on the roster`);
        const creator = fromStore(CreatorSchema, 'creators', id, raw);
        const patch = patchOf(creator);
        if (patch) written.push(await putShared(tx, 'creators', raw, toStoredCreator(applyCreatorPatch(creator, patch, settings, now)), now));
        tick();
      }),
    );
    await updateRosterRows(tx, written);
  });
  const changed = written.length;
  publishChanges([{ store: 'creators', ids: [...ids] }]);
  return changed;
}

/**
 * Recomputes relationship health for some creators from their touches and
 * collaborations, and stores it when it changed. Health is derived data, so it
 * does not bump `updatedAt` (that would reorder the roster for no user action).
 */
export async function recomputeHealth(ids: readonly string[], now = Date.now()): Promise<Creator[]> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'interactions', 'collaborations', 'reminders', 'rosterRows'], 'readwrite');
  const updated: Creator[] = [];
  let remindersChanged = false;
  await allOrNothing(tx, async () => {
    await Promise.all(
      ids.map(async (id) => {
        const raw = await tx.objectStore('creators').get(id);
        if (raw === undefined) return;
        const creator = fromStore(CreatorSchema, 'creators', id, raw);
        const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
        const touches = manyFromStore(
          InteractionSchema,
          'interactions',
          await tx.objectStore('interactions').index('by-creator-time').getAll(range),
          idOf,
        ).records;
        const collaborations = manyFromStore(
          CollaborationSchema,
          'collaborations',
          await tx.objectStore('collaborations').index('by-creator').getAll(id),
          idOf,
        ).records;
        // The fit review follows here: this runs after each touch or collaboration write and in the worker's daily sweep.
        if (await syncFitReviewReminder(tx.objectStore('reminders'), creator, settings, now)) remindersChanged = true;
        const { summary } = computeHealth(creator, touches, collaborations, settings, now);
        // Unchanged and not stale: nothing to write. (A day-old score that did not move is re-dated, so it stops counting as stale.)
        if (!healthChanged(creator.health, summary) && creator.health && !healthIsStale(creator, now)) return;
        const next = { ...creator, health: summary };
        await tx.objectStore('creators').put(toStoredCreator(next));
        updated.push(next);
      }),
    );
    await updateRosterRows(tx, updated);
  });
  if (updated.length) publishChanges([{ store: 'creators', ids: updated.map((c) => c.id) }]);
  if (remindersChanged) publishChanges([{ store: 'reminders' }]);
  return updated;
}

/**
 * Keeps one creator's stored health (what the roster sorts on and the overlay
 * shows) in step after a write to their touches or collaborations, whichever
 * screen or context made it. Health is derived data: a failure here never undoes
 * the write, and the worker's sweep of stale health repairs it later.
 */
export async function refreshHealthAfterWrite(creatorId: string, now = Date.now()): Promise<Creator | undefined> {
  try {
    return (await recomputeHealth([creatorId], now))[0];
  } catch (error) {
    console.warn('Rapport: relationship health was not refreshed after a write (the next sweep will retry)', error);
    return undefined;
  }
}

export type AccountKey = readonly [PlatformId, string];

/**
 * Which of these [platform, handle] pairs are already on the roster, and whose
 * they are. Reads index keys only (no records) when the roster is smaller than
 * the list asked about; otherwise one lookup per pair.
 */
export async function findExistingAccounts(keys: readonly AccountKey[]): Promise<Map<string, { accountId: string; creatorId: string }>> {
  const db = await openRapportDb();
  const found = new Map<string, { accountId: string; creatorId: string }>();
  const wanted = new Set(keys.map(([p, h]) => accountKeyString(p, h)));
  const existingCount = await db.count('accounts');
  if (existingCount === 0 || wanted.size === 0) return found;
  const tx = db.transaction('accounts');
  const index = tx.store.index('by-platform-handle');
  if (existingCount <= wanted.size) {
    const matches: string[] = [];
    let cursor = await index.openKeyCursor();
    while (cursor) {
      const [platform, handle] = cursor.key;
      if (wanted.has(accountKeyString(platform, handle))) matches.push(cursor.primaryKey);
      cursor = await cursor.continue();
    }
    const accounts = await Promise.all(matches.map((id) => tx.store.get(id)));
    for (const raw of accounts) {
      if (!raw) continue;
      const account = fromStore(AccountSchema, 'accounts', idOf(raw), raw);
      found.set(accountKeyString(account.platform, account.handle), { accountId: account.id, creatorId: account.creatorId });
    }
  } else {
    await Promise.all(
      [...new Map(keys.map((k) => [accountKeyString(k[0], k[1]), k])).values()].map(async ([platform, handle]) => {
        const raw = await index.get([platform, handle]);
        if (raw === undefined) return;
        const account = fromStore(AccountSchema, 'accounts', idOf(raw), raw);
        found.set(accountKeyString(platform, handle), { accountId: account.id, creatorId: account.creatorId });
      }),
    );
  }
  await tx.done;
  return found;
}

export function accountKeyString(platform: string, handle: string): string {
  return `${platform}\u0000${handle}`;
}

export interface ImportBatch {
  /** New creators with their accounts (the creator's `accounts` summaries must match). */
  creators: Creator[];
  accounts: Account[];
  /** Edits to creators already on the roster (when the user chose to update duplicates). */
  updates: { creatorId: string; patch: CreatorPatch; facts?: ImportedFacts }[];
}

/**
 * Writes an import in ONE transaction: if any write fails, nothing is kept.
 * Every record is validated before the transaction starts, so a bad row can
 * never leave half an import behind.
 */
export async function importCreators(
  batch: ImportBatch,
  options: { now?: number; onProgress?: ProgressListener } = {},
): Promise<{ created: number; updated: number }> {
  const now = options.now ?? Date.now();
  const creators = batch.creators.map(toStoredCreator);
  const accounts = batch.accounts.map(toStoredAccount);
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'accounts', 'rosterRows', ...SYNC_STORES], 'readwrite');
  const total = creators.length + accounts.length + batch.updates.length;
  // New records and updates complete interleaved: report their sum.
  let written = 0;
  let updated = 0;
  const report = () => options.onProgress?.(written + updated, total);
  const tickUpdate = () => {
    updated++;
    if (updated % 500 === 0 || updated === batch.updates.length) report();
  };
  await allOrNothing(tx, async () => {
    // In a team, the new records' outbox entries are queued with them, in the same transaction.
    const team = await membershipIn(tx);
    // The person importing owns the creators they bring in, as when they save one.
    const newCreators = team ? creators.map((c) => withLocalAuthor(team, 'creators', undefined, c)) : creators;
    const outbox = team ? [...newRecordEntries('creators', newCreators, now), ...newRecordEntries('accounts', accounts, now)] : [];
    queueBulkWrites(
      unwrap(tx),
      [
        { store: 'creators', mode: 'put', records: newCreators },
        { store: 'accounts', mode: 'add', records: accounts },
        { store: 'outbox', mode: 'add', records: outbox },
      ],
      (done) => {
        // The outbox entries queue last and are not part of what the person sees counted.
        written = Math.min(done, creators.length + accounts.length);
        report();
      },
    );
    const creatorStore = tx.objectStore('creators');
    const edited = await Promise.all(
      batch.updates.map(async (u) => {
        const raw = await creatorStore.get(u.creatorId);
        if (raw === undefined) throw new Error(`Creator ${u.creatorId} is no longer on the roster`);
        const current = fromStore(CreatorSchema, 'creators', u.creatorId, raw);
        const patch = u.facts ? { ...u.patch, ...importedFactsPatch(current, u.facts) } : u.patch;
        const stored = await putShared(tx, 'creators', raw, toStoredCreator(applyCreatorPatch(current, patch, settings, now)), now);
        tickUpdate();
        return stored;
      }),
    );
    await updateRosterRows(tx, [...newCreators, ...edited]);
  });
  publishChanges([{ store: 'creators' }, { store: 'accounts' }]);
  return { created: creators.length, updated: batch.updates.length };
}

/** Creators re-timed per transaction when a segment's cadence changes: short transactions keep the UI responsive. */
const RECOMPUTE_BATCH = 500;

/**
 * Saves the settings. When a segment's cadence changed, the due times of that
 * segment's creators are recomputed (creators with their own override keep theirs).
 */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const { before, saved } = await writeSettings(settings);
  const segments = changedCadenceSegments(before, saved);
  if (segments.length) await recomputeCadenceDueTimes(segments);
  return saved;
}

/**
 * Recomputes nextDueAt for the creators of some segments, through the segment
 * index, in batches of short transactions. Idempotent: running it again after an
 * interruption finishes the job. Unreadable records are left for the roster to report.
 * Returns how many creators got a new due time.
 */
export async function recomputeCadenceDueTimes(segments: readonly Segment[]): Promise<number> {
  const settings = await getSettings();
  const db = await openRapportDb();
  let changed = 0;
  // Many short transactions: the roster rows are set aside in the first and rebuilt after the last.
  let rowsInvalidated = false;
  for (const segment of segments) {
    const ids = await db.getAllKeysFromIndex('creators', 'by-segment', segment);
    for (let i = 0; i < ids.length; i += RECOMPUTE_BATCH) {
      const batch = ids.slice(i, i + RECOMPUTE_BATCH);
      const tx = db.transaction(['creators', 'rosterRows'], 'readwrite');
      const updatedIds = await allOrNothing(tx, async () => {
        if (!rowsInvalidated) await invalidateRosterRows(tx);
        rowsInvalidated = true;
        const raws = await Promise.all(batch.map((id) => tx.objectStore('creators').get(id)));
        const writes: Promise<string>[] = [];
        raws.forEach((raw) => {
          const parsed = CreatorSchema.safeParse(raw);
          if (!parsed.success || parsed.data.segment !== segment) return;
          const creator = parsed.data;
          const due = computeNextDueAt(creator, settings);
          if (due === creator.nextDueAt) return;
          const { nextDueAt: _old, ...rest } = creator;
          writes.push(tx.objectStore('creators').put(toStoredCreator(due === undefined ? rest : { ...rest, nextDueAt: due })));
        });
        return Promise.all(writes);
      });
      changed += updatedIds.length;
      if (updatedIds.length) publishChanges([{ store: 'creators', ids: updatedIds }]);
    }
  }
  if (rowsInvalidated) await rebuildRosterRows();
  return changed;
}
