/**
 * Opens the one Rapport database. The service worker, the side panel and every
 * overlay frame each hold a connection, so a connection that blocks a newer
 * version closes itself and the next call reopens (at the new version).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type RapportDB } from './schema';
import { DB_VERSION, runMigrations } from './migrations';

export type RapportDatabase = IDBPDatabase<RapportDB>;

let connection: Promise<RapportDatabase> | null = null;

export function openRapportDb(): Promise<RapportDatabase> {
  connection ??= openDB<RapportDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      runMigrations(db, tx, oldVersion);
    },
    blocking() {
      // Another context wants a newer version: step aside rather than deadlock its upgrade.
      void closeRapportDb();
    },
    terminated() {
      connection = null;
    },
  }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

/** Closes this context's connection (tests, and the `blocking` handler above). */
export async function closeRapportDb(): Promise<void> {
  const current = connection;
  connection = null;
  if (current) (await current.catch(() => null))?.close();
}

/** Whether this context holds a connection (the unit tests' after-each checks skip tests that never opened one). */
export function isRapportDbOpen(): boolean {
  return connection !== null;
}
