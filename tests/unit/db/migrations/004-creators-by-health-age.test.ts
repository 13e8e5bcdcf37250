import { describe, expect, it } from 'vitest';
import { openAtVersion } from './open-at-version';

const base = { segment: 'unassigned', stage: 'discovered', accounts: [], createdAt: 1, updatedAt: 1, nameKey: 'x' };
const scored = { ...base, id: 'c1', displayName: 'Scored', lastContactAt: 5, health: { score: 70, label: 'steady', computedAt: 40 } };
const neverScored = { ...base, id: 'c2', displayName: 'Touched, never scored', lastContactAt: 7 };
const nothingYet = { ...base, id: 'c3', displayName: 'Never contacted' };
// Unreadable by this step (health without a time): left exactly as it was.
const odd = { ...base, id: 'c4', displayName: 'Odd', health: { score: 'high' } };

describe('migration 004: creators by the age of their health score', () => {
  it('indexes each creator by when its score was computed (0 = never, but something to score), leaving the rest as they were', async () => {
    // Before: a version-3 database.
    const v3 = await openAtVersion(3);
    for (const creator of [scored, neverScored, nothingYet, odd]) await v3.put('creators', creator as never);
    v3.close();

    const db = await openAtVersion(4);
    expect(db.version).toBe(4);
    const index = db.transaction('creators').store.index('by-health-checked');
    expect(index.keyPath).toBe('healthCheckedAt');
    expect(index.unique).toBe(false);
    expect(await db.getAllKeysFromIndex('creators', 'by-health-checked')).toEqual(['c2', 'c1']);
    expect(await db.getAll('creators')).toEqual([{ ...scored, healthCheckedAt: 40 }, { ...neverScored, healthCheckedAt: 0 }, nothingYet, odd]);
    db.close();
  });
});
