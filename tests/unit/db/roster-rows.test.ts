import { describe, expect, it } from 'vitest';
import { deleteCreators, getRosterRows, openRapportDb, saveScrapedProfile, updateCreator } from '../../../lib/db';
import { makeCreator } from '../roster/fixtures';
import { T0, scrapedProfile } from './fixtures';

async function storedKeys(): Promise<string[]> {
  const db = await openRapportDb();
  return (await db.getAllKeys('rosterRows')).map(String);
}

describe('the persisted roster rows', () => {
  it('follow each write in its own transaction, without a rebuild', async () => {
    const first = await getRosterRows();
    expect(first.rows).toEqual([]);
    const saved = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    await updateCreator(saved.creator.id, { segment: 'growth-bet', tags: ['travel'] }, T0 + 1);
    const after = await getRosterRows();
    expect(after.rows).toEqual([
      expect.objectContaining({ id: saved.creator.id, displayName: 'Pluto', segment: 'growth-bet', tags: ['travel'], handles: ['pluto__travel'] }),
    ]);
    await deleteCreators([saved.creator.id]);
    expect((await getRosterRows()).rows).toEqual([]);
    // A write rewrites the one shard its creator hashes to; the meta record stays.
    expect(await storedKeys()).toContain('meta');
  });

  it('are rebuilt from the creators when the record that vouches for them is gone, or a shard is unreadable', async () => {
    const saved = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    const db = await openRapportDb();
    await db.delete('rosterRows', 'meta');
    expect((await getRosterRows()).rows.map((r) => r.id)).toEqual([saved.creator.id]);

    const shards = (await storedKeys()).filter((k) => k.startsWith('shard:'));
    for (const key of shards) await db.put('rosterRows', { key, count: 1, texts: 'garbage', numbers: new Float64Array(1) } as never);
    expect((await getRosterRows()).rows.map((r) => r.id)).toEqual([saved.creator.id]);
  });

  it('name stored creators that fail validation, until a write replaces them', async () => {
    const db = await openRapportDb();
    const good = makeCreator({ displayName: 'Ana' });
    await db.put('creators', good as never);
    await db.put('creators', { ...makeCreator({ displayName: 'Bo' }), segment: 'nonsense' } as never);
    await db.delete('rosterRows', 'meta');
    const read = await getRosterRows();
    expect(read.rows.map((r) => r.displayName)).toEqual(['Ana']);
    expect(read.corruptIds).toHaveLength(1);
    await deleteCreators(read.corruptIds);
    expect((await getRosterRows()).corruptIds).toEqual([]);
  });
});
