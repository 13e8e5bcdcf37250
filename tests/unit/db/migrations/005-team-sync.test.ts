import { describe, expect, it } from 'vitest';
import { openAtVersion } from './open-at-version';

const creator = {
  id: 'c1',
  displayName: 'Kept',
  segment: 'unassigned',
  stage: 'discovered',
  accounts: [],
  createdAt: 1,
  updatedAt: 1,
  nameKey: 'kept',
  nextDueAt: 50,
};
const owned = { ...creator, id: 'c2', nameKey: 'owned', ownerId: 'member-1', nextDueAt: 60 };

describe('migration 005: team sync stores', () => {
  it('adds an empty outbox (auto-numbered, by record), an empty team store, and an index of creators by owner and due time', async () => {
    const v4 = await openAtVersion(4);
    await v4.put('creators', creator as never);
    await v4.put('creators', owned as never);
    v4.close();

    const db = await openAtVersion(5);
    expect(db.version).toBe(5);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['outbox', 'team']));
    const outbox = db.transaction('outbox').store;
    expect(outbox.keyPath).toBe('seq');
    expect(outbox.autoIncrement).toBe(true);
    expect(outbox.index('by-record').keyPath).toEqual(['store', 'recordId']);
    expect(await db.count('outbox')).toBe(0);
    expect(await db.count('team')).toBe(0);
    const key = await db.add('outbox', { store: 'creators', recordId: 'c1', at: 1, changes: {} });
    expect(key).toBe(1);
    // The data is as it was; a creator is keyed by owner when next written (joining a team rewrites them all).
    expect(await db.getAll('creators')).toEqual([creator, owned]);
    const byOwner = db.transaction('creators').store.index('by-owner-due');
    expect(byOwner.keyPath).toEqual(['ownerKey', 'nextDueAt']);
    expect(await byOwner.count()).toBe(0);
    await db.put('creators', { ...owned, ownerKey: 'member-1' } as never);
    expect(
      await db
        .transaction('creators')
        .store.index('by-owner-due')
        .getAllKeys(IDBKeyRange.bound(['member-1', 0], ['member-1', 100])),
    ).toEqual(['c2']);
    db.close();
  });
});
