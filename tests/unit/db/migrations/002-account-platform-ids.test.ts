import { describe, expect, it } from 'vitest';
import { openAtVersion } from './open-at-version';

const channel = {
  id: 'a1',
  creatorId: 'c1',
  platform: 'youtube',
  handle: 'onemedia.',
  profileUrl: 'https://www.youtube.com/@onemedia.',
  platformUserId: 'UCzcRQ3vRNr6fJ1A9rqFn7QA',
  links: [],
  followerSnapshots: [],
  addedAt: 1,
  updatedAt: 1,
};
const noId = {
  id: 'a2',
  creatorId: 'c2',
  platform: 'instagram',
  handle: 'pluto__travel',
  profileUrl: 'https://www.instagram.com/pluto__travel/',
  links: [],
  followerSnapshots: [],
  addedAt: 1,
  updatedAt: 1,
};

describe('migration 002: accounts by platform id', () => {
  it('indexes existing accounts by [platform, platformUserId] and leaves every record as it was', async () => {
    // Before: a version-1 database holding accounts with and without a platform id.
    const v1 = await openAtVersion(1);
    await v1.put('accounts', channel as never);
    await v1.put('accounts', noId as never);
    v1.close();

    const db = await openAtVersion(2);
    expect(db.version).toBe(2);
    const index = db.transaction('accounts').store.index('by-platform-user-id');
    expect(index.keyPath).toEqual(['platform', 'platformUserId']);
    expect(index.unique).toBe(false);
    expect(await index.getAll()).toEqual([channel]);
    expect(await db.getFromIndex('accounts', 'by-platform-user-id', ['youtube', 'UCzcRQ3vRNr6fJ1A9rqFn7QA'])).toEqual(channel);
    expect(await db.getAll('accounts')).toEqual([channel, noId]);
  });
});
