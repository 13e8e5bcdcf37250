/**
 * Version 5: team sync. `outbox` holds changes waiting for the team server (an
 * auto-incremented key, which is also the mutation's id, and an index by record so
 * a pulled record can be replayed with this browser's unsent changes on top);
 * `team` holds the membership while there is one. Creators gain `ownerKey` (the
 * owner's member id, '' for nobody) and an index by owner and due time, so the
 * badge of a team member counts what is due for them without reading the roster.
 */
import type { IDBPDatabase } from 'idb';
import type { RapportDB } from '../schema';
import type { UpgradeTransaction } from './types';

export function migrateTo5(db: IDBPDatabase<RapportDB>, tx: UpgradeTransaction): void {
  const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
  outbox.createIndex('by-record', ['store', 'recordId']);
  db.createObjectStore('team');
  // Only teams read this index, and joining a team rewrites every creator (with its key), so existing
  // records are not rewritten here (a second cursor over creators would race step 4's).
  tx.objectStore('creators').createIndex('by-owner-due', ['ownerKey', 'nextDueAt']);
}
