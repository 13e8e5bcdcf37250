/**
 * Version 7: the persisted roster rows (see ../roster-rows.ts). The store starts
 * empty, without the record that vouches for it, so the first reader builds the
 * rows from the creators; the upgrade itself stays quick at any roster size.
 */
import type { IDBPDatabase } from 'idb';
import type { RapportDB } from '../schema';

export function migrateTo7(db: IDBPDatabase<RapportDB>): void {
  db.createObjectStore('rosterRows', { keyPath: 'key' });
}
