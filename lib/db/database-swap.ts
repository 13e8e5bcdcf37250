/**
 * Replacing all the data at once (a restore, "delete everything") by filling a
 * fresh database and switching to it. Clearing the old records inside the
 * restore's transaction cost about a third of the restore at 100,000 creators
 * (Chromium's clear() pays per record, index entries included); a database
 * deleted after the switch costs the restore nothing.
 *
 * All or nothing: the successor is filled in one transaction, committed
 * durably, and only then does the pointer move (database-pointer.ts). If the
 * fill fails, the successor is deleted and the old database was never touched.
 *
 * Writes that other contexts make while the successor is filled go to the old
 * database and are dropped with it: they are ordered before the replacement,
 * which replaces everything, as if they had been made just before it began.
 * Writes after the switch go to the successor: every connection to the old
 * database is asked to close when its deletion starts (open.ts steps aside),
 * and the change broadcast names the new database (changes.ts).
 *
 * One replacement at a time across all contexts, under a Web Lock.
 */
import { deleteDB, type IDBPTransaction } from 'idb';
import { allOrNothing } from './transaction';
import { STORE_NAMES, type RapportDB } from './schema';
import { isRapportDatabaseName, newDatabaseName, pointToDatabase, readCurrentDatabaseName } from './database-pointer';
import { openDatabaseNamed, openRapportDb, release, type RapportDatabase } from './open';

const REPLACE_LOCK = 'rapport:replace-database';

/** The stores a replacement writes: every data store and the roster rows derived from them. */
const REPLACED_STORES = [...STORE_NAMES, 'rosterRows'] as const;
export type ReplacementTx = IDBPTransaction<RapportDB, (typeof REPLACED_STORES)[number][], 'readwrite'>;

/** Stores a replacement does not carry over (team sync state): they must be empty, or the switch would drop them. */
const UNCOVERED_STORES = ['team', 'outbox'] as const;

/** Deletions of retired databases started by this context, by name (the bench waits for them; nothing else needs to). */
const retiring = new Map<string, Promise<void>>();

/**
 * Fills a new database with `fill` (one readwrite transaction over every data
 * store and the roster rows, which start empty) and makes it the current one.
 * Resolves with the new database's name once every context will use it.
 */
export function replaceDatabase(fill: (tx: ReplacementTx) => Promise<void>): Promise<string> {
  return withReplaceLock(async () => {
    await retireLeftovers();
    const name = newDatabaseName();
    const { db: successor } = await openDatabaseNamed(name);
    let current: RapportDatabase;
    try {
      // Strict: the pointer must never name a database whose data could still be lost to a crash.
      const tx = successor.transaction([...REPLACED_STORES], 'readwrite', { durability: 'strict' });
      await allOrNothing(tx, () => fill(tx));
      current = await openRapportDb();
      await refuseToDropUncoveredStores(current);
    } catch (error) {
      release(successor);
      await deleteDB(name);
      throw error;
    }
    release(successor);
    await pointToDatabase(name);
    // Our own connection first, so that the deletion is blocked only by other contexts, which step aside.
    release(current);
    retire(current.name);
    return name;
  });
}

async function refuseToDropUncoveredStores(db: RapportDatabase): Promise<void> {
  const tx = db.transaction([...UNCOVERED_STORES], 'readonly');
  const counts = await Promise.all(UNCOVERED_STORES.map((store) => tx.objectStore(store).count()));
  if (counts.some((count) => count > 0))
    throw new Error('This browser joined a team while the data was being replaced: nothing was replaced (leave the team first).');
}

/**
 * Deletes databases that a replacement left behind: the one retired by a
 * replacement whose context closed before the deletion finished, or a
 * successor half-filled when the browser stopped. The worker calls it at startup.
 */
export function deleteLeftoverDatabases(): Promise<void> {
  return withReplaceLock(retireLeftovers);
}

/** Resolves once every deletion this context started is over (the bench times them apart from the restore). */
export async function whenRetiredDatabasesDeleted(): Promise<void> {
  await Promise.all(retiring.values());
}

/** Starts deleting every Rapport database but the current one (called under the lock, so none is being filled). */
async function retireLeftovers(): Promise<void> {
  const current = await readCurrentDatabaseName();
  for (const name of await listDatabaseNames()) if (name !== current && isRapportDatabaseName(name)) retire(name);
}

/** Starts deleting a database without waiting: other contexts close their connections first, then the records go in the background. */
function retire(name: string): void {
  if (retiring.has(name)) return;
  const deletion = deleteDB(name)
    .catch((error: unknown) => console.warn(`Rapport: deleting the replaced database ${name} failed; the next start tries again`, error))
    .finally(() => retiring.delete(name));
  retiring.set(name, deletion);
}

async function listDatabaseNames(): Promise<string[]> {
  // indexedDB.databases() is in Chromium and in Firefox since 126; without it, leftovers stay until it is there.
  if (typeof indexedDB.databases !== 'function') return [];
  const infos = await indexedDB.databases();
  return infos.flatMap((info) => (info.name ? [info.name] : []));
}

let localQueue: Promise<unknown> = Promise.resolve();

async function withReplaceLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) return await navigator.locks.request(REPLACE_LOCK, work);
  // No Web Locks (Node, in the unit tests): there is a single context, so a queue in memory is the lock.
  const turn = localQueue.then(work);
  localQueue = turn.catch(() => undefined);
  return await turn;
}
