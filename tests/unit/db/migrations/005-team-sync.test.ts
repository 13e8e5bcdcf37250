import { describe, expect, it } from 'vitest';
import { openAtVersion } from './open-at-version';

const creator = { id: 'c1', displayName: 'Kept', segment: 'unassigned', stage: 'discovered', accounts: [], createdAt: 1, updatedAt: 1, nameKey: 'kept' };

describe('migration 005: team sync stores', () => {
  it('adds an empty outbox (auto-numbered, by record) and an empty team store, and leaves the data as it was', async () => {
    const v4 = await openAtVersion(4);
    await v4.put('creators', creator as never);
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
    expect(await db.getAll('creators')).toEqual([creator]);
    db.close();
  });
});
