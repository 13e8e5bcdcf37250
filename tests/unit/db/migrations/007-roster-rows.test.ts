import { describe, expect, it } from 'vitest';
import { openAtVersion } from './open-at-version';
import { closeRapportDb, getRosterRows } from '../../../../lib/db';
import { makeCreator } from '../../roster/fixtures';

describe('migration 007: roster rows', () => {
  it('adds an empty rosterRows store, which the first read builds from the creators already stored', async () => {
    const v6 = await openAtVersion(6);
    await v6.put('creators', makeCreator({ id: 'c1', displayName: 'Ana' }) as never);
    await v6.put('creators', { id: 'broken', displayName: 42 } as never);
    v6.close();

    const db = await openAtVersion(7);
    expect([...db.objectStoreNames]).toContain('rosterRows');
    expect(db.transaction('rosterRows').store.keyPath).toBe('key');
    expect(await db.count('rosterRows')).toBe(0);
    expect(await db.count('creators')).toBe(2);
    db.close();

    const read = await getRosterRows();
    expect(read.rows.map((r) => [r.id, r.displayName])).toEqual([['c1', 'Ana']]);
    expect(read.corruptIds).toEqual(['broken']);
    await closeRapportDb();
  });
});
