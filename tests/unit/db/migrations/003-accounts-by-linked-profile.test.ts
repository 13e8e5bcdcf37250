import { describe, expect, it } from 'vitest';
import { openAtVersion } from './open-at-version';

const base = { followerSnapshots: [], addedAt: 1, updatedAt: 1 };
const linking = {
  ...base,
  id: 'a1',
  creatorId: 'c1',
  platform: 'youtube',
  handle: 'anatravels',
  profileUrl: 'https://www.youtube.com/@anatravels',
  links: ['instagram.com/ana.travels', 'https://www.youtube.com/@anatravels', 'https://ana.example/shop', 'https://x.com/ana_t'],
};
const noLinks = {
  ...base,
  id: 'a2',
  creatorId: 'c2',
  platform: 'instagram',
  handle: 'pluto__travel',
  profileUrl: 'https://www.instagram.com/pluto__travel/',
  links: [],
};
// Unreadable by this step (no links array): left exactly as it was.
const odd = { ...base, id: 'a3', creatorId: 'c3', platform: 'x', handle: 'odd', profileUrl: 'https://x.com/odd' };

describe('migration 003: accounts by the profiles they link to', () => {
  it('indexes existing accounts by their linked profiles, adding the keys only where a link is a profile', async () => {
    // Before: a version-2 database.
    const v2 = await openAtVersion(2);
    for (const account of [linking, noLinks, odd]) await v2.put('accounts', account as never);
    v2.close();

    const db = await openAtVersion(3);
    expect(db.version).toBe(3);
    const index = db.transaction('accounts').store.index('by-linked-profile');
    expect(index.keyPath).toBe('linkedProfiles');
    expect(index.multiEntry).toBe(true);
    expect(index.unique).toBe(false);
    // The channel's own URL and the shop are not other profiles.
    const migrated = { ...linking, linkedProfiles: ['instagram:ana.travels', 'x:ana_t'] };
    expect(await db.getAllFromIndex('accounts', 'by-linked-profile', 'instagram:ana.travels')).toEqual([migrated]);
    expect(await db.getAllFromIndex('accounts', 'by-linked-profile', 'x:ana_t')).toEqual([migrated]);
    expect(await db.getAll('accounts')).toEqual([migrated, noLinks, odd]);
  });
});
