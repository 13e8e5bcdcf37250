/**
 * Version 5: team sync. `outbox` holds changes waiting for the team server (an
 * auto-incremented key, which is also the mutation's id, and an index by record so
 * a pulled record can be replayed with this browser's unsent changes on top);
 * `team` holds the membership while there is one. Nothing existing changes.
 */
import type { IDBPDatabase } from 'idb';
import type { RapportDB } from '../schema';

export function migrateTo5(db: IDBPDatabase<RapportDB>): void {
  const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
  outbox.createIndex('by-record', ['store', 'recordId']);
  db.createObjectStore('team');
}
