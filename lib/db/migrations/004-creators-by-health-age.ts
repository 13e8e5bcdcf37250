/**
 * Version 4: creators by the age of their stored health score.
 * Relationship health is derived data with one owner: lib/db recomputes it after
 * each write to a creator's touches or collaborations, and the worker's sweep
 * refreshes the scores that aged (a "losing touch" signal grows by the day). To
 * find the stalest without reading the roster, each stored creator carries
 * `healthCheckedAt` (lib/db/health-key.ts) in an index.
 * This step creates the index and fills the key in for the creators already
 * stored. Records it cannot read are left as they are.
 */
import { unwrap, type IDBPDatabase } from 'idb';
import type { RapportDB } from '../schema';
import type { UpgradeTransaction } from './types';
import { healthCheckKey } from '../health-key';

/** The key for a stored value, or null when the record cannot be read (left as it is). */
function keyOf(value: unknown): { key: number | undefined } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { health, lastContactAt } = value as { health?: unknown; lastContactAt?: unknown };
  const at = typeof health === 'object' && health !== null ? (health as { computedAt?: unknown }).computedAt : undefined;
  if (health !== undefined && typeof at !== 'number') return null;
  return { key: healthCheckKey(typeof at === 'number' ? { computedAt: at } : undefined, typeof lastContactAt === 'number' ? lastContactAt : undefined) };
}

export function migrateTo4(_db: IDBPDatabase<RapportDB>, tx: UpgradeTransaction): void {
  const creators = tx.objectStore('creators');
  creators.createIndex('by-health-checked', 'healthCheckedAt');
  // Raw cursor requests only: the upgrade transaction must not wait on anything else.
  const request = unwrap(creators).openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const read = keyOf(cursor.value);
    if (read?.key !== undefined) cursor.update({ ...(cursor.value as object), healthCheckedAt: read.key });
    cursor.continue();
  };
}
