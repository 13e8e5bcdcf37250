/**
 * Version 2: accounts by [platform, platformUserId].
 * Some platforms know one account by two names: YouTube by @handle and by its
 * UC… channel id, Bluesky by domain handle and by DID. A profile reached by
 * one name (a link, the context menu) and later by the other (the overlay,
 * which reads the page) must find the same account instead of creating a
 * duplicate creator. Accounts without a platformUserId are simply not indexed.
 */
import type { IDBPDatabase } from 'idb';
import type { RapportDB } from '../schema';
import type { UpgradeTransaction } from './types';

export function migrateTo2(_db: IDBPDatabase<RapportDB>, tx: UpgradeTransaction): void {
  tx.objectStore('accounts').createIndex('by-platform-user-id', ['platform', 'platformUserId']);
}
