/**
 * Opens the Rapport database: the one the pointer names (database-pointer.ts).
 * The service worker, the side panel and every overlay frame each hold a
 * connection. A connection closes itself when another context needs it gone
 * (a newer version's upgrade, or a restore that replaced the database and now
 * deletes the old one), and the next call follows the pointer again.
 */
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import type { RapportDB } from './schema';
import { DB_VERSION, runMigrations } from './migrations';
import { readCurrentDatabaseName } from './database-pointer';

export type RapportDatabase = IDBPDatabase<RapportDB>;

let connection: Promise<RapportDatabase> | null = null;
/** What `connection` resolved to, so that an old connection's events never drop a newer one. */
let opened: RapportDatabase | null = null;

/** Opening again and again would mean restores keep replacing the database under us. */
const MAX_OPEN_ATTEMPTS = 3;

/**
 * The pointer, read as soon as this module loads, for the first open only: read on the open's path, it added
 * about 100 ms to the overlay (overlay_ready_ms 396.7 against 294.0 ms with the name built in); read here, it
 * runs while the page boots. A switch in between is caught as any late open is (see openCurrentDatabase).
 */
let earlyPointerRead: Promise<string | null> | null = readCurrentDatabaseName().catch(() => null);

/** The early read if it is still unused (null if it failed: the open then reads again). */
async function takeEarlyPointerRead(): Promise<string | null> {
  const early = earlyPointerRead;
  earlyPointerRead = null;
  return early;
}

export function openRapportDb(): Promise<RapportDatabase> {
  connection ??= openCurrentDatabase().catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

async function openCurrentDatabase(): Promise<RapportDatabase> {
  for (let attempt = 1; ; attempt++) {
    const name = (await takeEarlyPointerRead()) ?? (await readCurrentDatabaseName());
    const { db, created } = await openDatabaseNamed(name);
    // A database created under the name just read is either a first start, or a restore that switched to
    // a successor and deleted this one between the read and the open. The pointer, read again, tells which.
    if (!created || (await readCurrentDatabaseName()) === name) {
      opened = db;
      return db;
    }
    db.close();
    await deleteDB(name);
    if (attempt === MAX_OPEN_ATTEMPTS) throw new Error('Rapport could not open its database: it was replaced while opening, three times in a row.');
  }
}

/**
 * Opens (creating it, at the current version, when it does not exist) one
 * database by name: the current one, or a successor that a restore fills.
 * `created` says whether it did not exist before.
 */
export async function openDatabaseNamed(name: string): Promise<{ db: RapportDatabase; created: boolean }> {
  let created = false;
  // The callbacks below fire only once the connection is open, when `db` is set.
  const db: RapportDatabase = await openDB<RapportDB>(name, DB_VERSION, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      created = oldVersion === 0;
      runMigrations(upgrading, tx, oldVersion);
    },
    blocking() {
      // Another context upgrades or deletes this database: step aside rather than deadlock it.
      release(db);
    },
    terminated() {
      if (opened === db) forgetConnection();
    },
  });
  return { db, created };
}

/** Closes a connection; if it is this context's current one, the next openRapportDb opens afresh. */
export function release(db: RapportDatabase): void {
  db.close();
  if (opened === db) forgetConnection();
}

function forgetConnection(): void {
  opened = null;
  connection = null;
}

/**
 * Another context announced that `name` is now the current database (changes.ts
 * calls this before any listener runs, so a view that refreshes on the news
 * reads the new database, even if this connection has not yet been asked to close).
 */
export function followAnnouncedDatabase(name: string): void {
  if (opened && opened.name !== name) release(opened);
}

/** Closes this context's connection (tests, and the database swap). */
export async function closeRapportDb(): Promise<void> {
  // A read made before this close may be out of date by the next open (the unit tests reset storage between tests).
  earlyPointerRead = null;
  const current = connection;
  forgetConnection();
  if (current) (await current.catch(() => null))?.close();
}

/** Whether this context holds a connection (the unit tests' after-each checks skip tests that never opened one). */
export function isRapportDbOpen(): boolean {
  return connection !== null;
}
