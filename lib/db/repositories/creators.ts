/**
 * Creators and their accounts: saving scraped profiles, lookups by platform and
 * handle, edits with history, paging through the roster, deletion with undo.
 */
import {
  AccountSchema,
  CollaborationSchema,
  CreatorSchema,
  InteractionSchema,
  ReminderSchema,
  accountFromProfile,
  applyCreatorPatch,
  newCreator,
  newId,
  withAccountSummary,
  type Account,
  type Creator,
  type CreatorPatch,
  type Segment,
} from '../../domain';
import type { PlatformId, ScrapedProfile } from '../../platforms/types';
import { openRapportDb, type RapportDatabase } from '../open';
import { fromStore, idOf, manyFromStore, type ReadResult } from '../records';
import { creatorFromStore, toStoredAccount, toStoredCreator } from '../codecs';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import { updateRosterRows } from '../roster-rows';
import { getSettings } from './settings';
import { SYNC_STORES, deleteShared, putShared } from '../sync/capture';

export async function getCreator(id: string): Promise<Creator | undefined> {
  const db = await openRapportDb();
  const raw = await db.get('creators', id);
  return raw === undefined ? undefined : creatorFromStore(id, raw);
}

export async function getAccountsOfCreator(creatorId: string): Promise<ReadResult<Account>> {
  const db = await openRapportDb();
  const raw = await db.getAllFromIndex('accounts', 'by-creator', creatorId);
  return manyFromStore(AccountSchema, 'accounts', raw, idOf);
}

/** Anything that can look an account up by index: a whole-database read or a store inside a transaction. */
interface AccountIndexes {
  index(name: 'by-platform-handle' | 'by-platform-user-id'): { get(key: [PlatformId, string]): Promise<unknown> };
}

/**
 * Finds the saved account a profile refers to. A platform may know one account
 * by two names (YouTube: @handle and UC… id; Bluesky: handle and DID), and a
 * profile may arrive by either, so both names are tried against both indexes.
 */
async function lookupAccount(accounts: AccountIndexes, platform: PlatformId, handle: string, platformUserId?: string): Promise<Account | undefined> {
  const names = platformUserId && platformUserId !== handle ? [handle, platformUserId] : [handle];
  for (const index of ['by-platform-handle', 'by-platform-user-id'] as const) {
    for (const name of names) {
      const raw = await accounts.index(index).get([platform, name]);
      if (raw !== undefined) return fromStore(AccountSchema, 'accounts', idOf(raw), raw);
    }
  }
  return undefined;
}

export async function findAccount(platform: PlatformId, handle: string, platformUserId?: string): Promise<Account | undefined> {
  const db = await openRapportDb();
  return lookupAccount(db.transaction('accounts').store, platform, handle, platformUserId);
}

/** "Is this profile on the roster?" — one unique-index lookup plus one get. */
export async function findCreatorByAccount(
  platform: PlatformId,
  handle: string,
  platformUserId?: string,
): Promise<{ creator: Creator; account: Account } | undefined> {
  const account = await findAccount(platform, handle, platformUserId);
  if (!account) return undefined;
  const creator = await getCreator(account.creatorId);
  return creator ? { creator, account } : undefined;
}

/** Creators whose display name equals `name` (case-insensitive): possible duplicates. */
export async function findCreatorsByName(name: string): Promise<Creator[]> {
  const key = name.trim().toLowerCase();
  if (!key) return [];
  const db = await openRapportDb();
  const raw = await db.getAllFromIndex('creators', 'by-name', key, 10);
  return manyFromStore(CreatorSchema, 'creators', raw, idOf).records;
}

/** saveScrapedProfile({ onlyIfSaved }) found no such account: nothing was written. */
export class NotOnRosterError extends Error {
  override name = 'NotOnRosterError';
  constructor(platform: PlatformId, handle: string) {
    super(`${platform}/${handle} is not on the roster`);
  }
}

export interface SaveProfileResult {
  creator: Creator;
  account: Account;
  /** True when a new creator was created (not an existing one updated or extended). */
  createdCreator: boolean;
}

/**
 * Saves a scraped profile. If the account is already on the roster its facts are
 * refreshed (and a follower snapshot taken, at most one a day). Otherwise the
 * account is added to `linkToCreatorId`, or to a new creator at stage "discovered".
 */
export async function saveScrapedProfile(
  profile: ScrapedProfile,
  options: {
    linkToCreatorId?: string;
    now?: number;
    /** Only refresh an account already on the roster (a visit's snapshot); never create a creator. */
    onlyIfSaved?: boolean;
  } = {},
): Promise<SaveProfileResult> {
  const now = options.now ?? Date.now();
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'accounts', 'rosterRows', ...SYNC_STORES], 'readwrite');
  const accounts = tx.objectStore('accounts');
  const creators = tx.objectStore('creators');

  const result = await allOrNothing(tx, async () => {
    const existing = await lookupAccount(accounts, profile.platform, profile.handle, profile.platformUserId);
    if (options.onlyIfSaved && !existing) throw new NotOnRosterError(profile.platform, profile.handle);
    const creatorId = existing?.creatorId ?? options.linkToCreatorId ?? newId();
    const creatorRaw = await creators.get(creatorId);
    if (options.linkToCreatorId && !existing && creatorRaw === undefined) {
      throw new Error(`Cannot link to creator ${options.linkToCreatorId}: it is not on the roster`);
    }
    const account = toStoredAccount(accountFromProfile(profile, creatorId, now, existing));
    const base: Creator =
      creatorRaw === undefined ? newCreator(creatorId, profile.displayName?.trim() || profile.handle, now, settings) : creatorFromStore(creatorId, creatorRaw);
    const creator = withAccountSummary({ ...base, updatedAt: now }, account, now);
    await putShared(tx, 'accounts', existing, account, now);
    const stored = await putShared(tx, 'creators', creatorRaw, toStoredCreator(creator), now);
    await updateRosterRows(tx, [stored]);
    return { creator: creatorFromStore(creatorId, stored), account, createdCreator: creatorRaw === undefined };
  });
  const { creator, account } = result;
  publishChanges([
    { store: 'accounts', ids: [account.id] },
    { store: 'creators', ids: [creator.id] },
  ]);
  return result;
}

export async function updateCreator(id: string, patch: CreatorPatch, now = Date.now()): Promise<Creator> {
  return (await updateCreators([id], patch, now))[0] as Creator;
}

/** Applies one patch to many creators in one transaction (bulk actions). */
export async function updateCreators(ids: readonly string[], patch: CreatorPatch, now = Date.now()): Promise<Creator[]> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'rosterRows', ...SYNC_STORES], 'readwrite');
  const updated = await allOrNothing(tx, async () => {
    const done: Creator[] = [];
    for (const id of ids) {
      const raw = await tx.objectStore('creators').get(id);
      if (raw === undefined) throw new Error(`Creator ${id} is not on the roster`);
      const next = applyCreatorPatch(creatorFromStore(id, raw), patch, settings, now);
      done.push(creatorFromStore(id, await putShared(tx, 'creators', raw, toStoredCreator(next), now)));
    }
    await updateRosterRows(tx, done);
    return done;
  });
  publishChanges([{ store: 'creators', ids: [...ids] }]);
  return updated;
}

export async function countCreators(): Promise<number> {
  const db = await openRapportDb();
  return db.count('creators');
}

/** Everything that belongs to some creators, kept so a delete can be undone. */
export interface DeletedCreators {
  creators: unknown[];
  accounts: unknown[];
  interactions: unknown[];
  collaborations: unknown[];
  reminders: unknown[];
}

/** Deletes creators and everything that hangs off them; returns what was removed, for undo. */
export async function deleteCreators(ids: readonly string[], now = Date.now()): Promise<DeletedCreators> {
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'accounts', 'interactions', 'collaborations', 'reminders', 'rosterRows', ...SYNC_STORES], 'readwrite');
  const removed: DeletedCreators = { creators: [], accounts: [], interactions: [], collaborations: [], reminders: [] };
  await allOrNothing(tx, async () => {
    for (const id of ids) {
      const creator = await tx.objectStore('creators').get(id);
      if (creator === undefined) continue;
      removed.creators.push(creator);
      await deleteShared(tx, 'creators', creator, now);
      for (const store of ['accounts', 'collaborations'] as const) {
        for (const record of await tx.objectStore(store).index('by-creator').getAll(id)) {
          removed[store].push(record);
          await deleteShared(tx, store, record, now);
        }
      }
      for (const record of await tx.objectStore('reminders').index('by-creator').getAll(id)) {
        removed.reminders.push(record);
        await tx.objectStore('reminders').delete(record.id);
      }
      const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
      for (const record of await tx.objectStore('interactions').index('by-creator-time').getAll(range)) {
        removed.interactions.push(record);
        await deleteShared(tx, 'interactions', record, now);
      }
    }
    await updateRosterRows(tx, [], ids);
  });
  publishChanges([{ store: 'creators', ids: [...ids] }, { store: 'accounts' }, { store: 'interactions' }, { store: 'collaborations' }, { store: 'reminders' }]);
  return removed;
}

/** Puts back what deleteCreators removed (the undo of a delete). */
export async function restoreDeletedCreators(removed: DeletedCreators): Promise<void> {
  // Validate everything first: the undo buffer came from the store, but the rule is the same for every write.
  const creators = removed.creators.map((raw) => toStoredCreator(creatorFromStore(idOf(raw), raw)));
  const accounts = removed.accounts.map((raw) => fromStore(AccountSchema, 'accounts', idOf(raw), raw));
  const interactions = removed.interactions.map((raw) => fromStore(InteractionSchema, 'interactions', idOf(raw), raw));
  const collaborations = removed.collaborations.map((raw) => fromStore(CollaborationSchema, 'collaborations', idOf(raw), raw));
  const reminders = removed.reminders.map((raw) => fromStore(ReminderSchema, 'reminders', idOf(raw), raw));
  const db: RapportDatabase = await openRapportDb();
  const tx = db.transaction(['creators', 'accounts', 'interactions', 'collaborations', 'reminders', 'rosterRows', ...SYNC_STORES], 'readwrite');
  const now = Date.now();
  await allOrNothing(tx, async () => {
    // In a team the undo is a change like any other: the records come back for everyone.
    const stored: Creator[] = [];
    for (const r of creators) stored.push(await putShared(tx, 'creators', undefined, r, now));
    await updateRosterRows(tx, stored);
    for (const r of accounts) await putShared(tx, 'accounts', undefined, r, now);
    for (const r of interactions) await putShared(tx, 'interactions', undefined, r, now);
    for (const r of collaborations) await putShared(tx, 'collaborations', undefined, r, now);
    for (const r of reminders) await tx.objectStore('reminders').put(r);
  });
  publishChanges([{ store: 'creators' }, { store: 'accounts' }, { store: 'interactions' }, { store: 'collaborations' }, { store: 'reminders' }]);
}

/** Creators due for contact by `until`, via the due-time index: cost grows with what is due, not the roster. */
export async function listCreatorsDueBy(until: number, limit?: number): Promise<ReadResult<Creator>> {
  const db = await openRapportDb();
  const raws: unknown[] = await db.getAllFromIndex('creators', 'by-next-due', IDBKeyRange.upperBound(until), limit);
  return manyFromStore(CreatorSchema, 'creators', raws, idOf);
}

/**
 * Ids of creators whose health score was computed before `before` (or who have
 * something to score and never were), stalest first, through the health-age index.
 */
export async function listCreatorIdsByHealthAge(before: number, limit: number): Promise<string[]> {
  const db = await openRapportDb();
  return db.getAllKeysFromIndex('creators', 'by-health-checked', IDBKeyRange.upperBound(before, true), limit);
}

/** The creators of one segment (through the segment index), for the keep-warm queue. */
export async function listCreatorsInSegment(segment: Segment): Promise<ReadResult<Creator>> {
  const db = await openRapportDb();
  const raws: unknown[] = await db.getAllFromIndex('creators', 'by-segment', segment);
  return manyFromStore(CreatorSchema, 'creators', raws, idOf);
}
