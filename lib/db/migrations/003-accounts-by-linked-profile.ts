/**
 * Version 3: accounts by the profiles their bios link to.
 * A scout visiting @ana on Instagram should learn that the YouTube channel
 * already on the roster links to @ana. Each account now keeps the keys of the
 * profiles its links point at (`linkedProfiles`, "platform:handle"), in a
 * multi-entry index; this step creates the index and fills the keys in for the
 * accounts already stored. Records it cannot read are left as they are.
 */
import { unwrap, type IDBPDatabase } from 'idb';
import { linkedProfileKeys } from '../../platforms/linked-profiles';
import { PLATFORM_IDS, type PlatformId } from '../../platforms/types';
import type { RapportDB } from '../schema';
import type { UpgradeTransaction } from './types';

interface StoredAccountLinks {
  platform: PlatformId;
  handle: string;
  links: string[];
}

function readableLinks(value: unknown): StoredAccountLinks | null {
  if (typeof value !== 'object' || value === null) return null;
  const { platform, handle, links } = value as Record<string, unknown>;
  if (!PLATFORM_IDS.some((p) => p === platform) || typeof handle !== 'string' || !Array.isArray(links)) return null;
  return { platform: platform as PlatformId, handle, links: links.filter((l): l is string => typeof l === 'string') };
}

export function migrateTo3(_db: IDBPDatabase<RapportDB>, tx: UpgradeTransaction): void {
  const accounts = tx.objectStore('accounts');
  accounts.createIndex('by-linked-profile', 'linkedProfiles', { multiEntry: true });
  // Raw cursor requests only: the upgrade transaction must not wait on anything else.
  const request = unwrap(accounts).openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const account = readableLinks(cursor.value);
    const keys = account ? linkedProfileKeys(account, account.links) : [];
    if (keys.length) cursor.update({ ...(cursor.value as object), linkedProfiles: keys });
    cursor.continue();
  };
}
