import { describe, expect, it } from 'vitest';
import {
  compactRosterRows,
  deleteCreators,
  getLatestRosterRows,
  getRosterRows,
  openRapportDb,
  patchCreators,
  rebuildRosterRows,
  saveScrapedProfile,
  updateCreator,
} from '../../../lib/db';
import { COMPACT_RECENT_AT, ROSTER_CHUNKS } from '../../../lib/db/roster-rows';
import { makeCreator } from '../roster/fixtures';
import { DEFAULT_SORT, compareRows, sortRows } from '../../../lib/roster/query';
import type { RosterRow } from '../../../lib/roster/rows';
import { T0, scrapedProfile } from './fixtures';

async function storedKeys(): Promise<string[]> {
  const db = await openRapportDb();
  return (await db.getAllKeys('rosterRows')).map(String);
}

const recentKeys = async () => (await storedKeys()).filter((k) => k.startsWith('recent:'));
const chunkKeys = async () => (await storedKeys()).filter((k) => k.startsWith('chunk:'));

/** Creators stored directly (no rows kept in step), then the rows built once: a roster as an older version left it. */
async function storeCreators(count: number) {
  const creators = Array.from({ length: count }, (_, i) => makeCreator({ displayName: `Bulk ${i}` }));
  const db = await openRapportDb();
  const tx = db.transaction('creators', 'readwrite');
  await Promise.all([...creators.map((c) => tx.store.put(c as never)), tx.done]);
  await rebuildRosterRows();
  return creators;
}

describe('the persisted roster rows', () => {
  it('follow each write in its own transaction, as one small record per changed creator over the chunks', async () => {
    const first = await getRosterRows();
    expect(first.rows).toEqual([]);
    expect(await chunkKeys()).toHaveLength(ROSTER_CHUNKS);
    const saved = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    await updateCreator(saved.creator.id, { segment: 'growth-bet', tags: ['travel'] }, T0 + 1);
    const after = await getRosterRows();
    expect(after.rows).toEqual([
      expect.objectContaining({ id: saved.creator.id, displayName: 'Pluto', segment: 'growth-bet', tags: ['travel'], handles: ['pluto__travel'] }),
    ]);
    // The two writes put the same recent record; the chunks were not rewritten.
    expect(await recentKeys()).toEqual([`recent:${saved.creator.id}`]);
    await deleteCreators([saved.creator.id]);
    expect((await getRosterRows()).rows).toEqual([]);
    expect(await storedKeys()).toContain('meta');
  });

  it('lay a changed or removed creator over the chunk that still holds the older row', async () => {
    const [a, b] = await storeCreators(2);
    if (!a || !b) throw new Error('two creators expected');
    await updateCreator(a.id, { displayName: 'Renamed' }, T0 + 5);
    await deleteCreators([b.id]);
    const read = await getRosterRows();
    expect(read.rows.map((r) => r.displayName)).toEqual(['Renamed']);
    expect((await recentKeys()).sort()).toEqual([`recent:${a.id}`, `recent:${b.id}`].sort());
  });

  it('say when a reader should fold the recent rows into the chunks, and fold them without changing a row', async () => {
    const creators = await storeCreators(COMPACT_RECENT_AT);
    await patchCreators(
      creators.map((c) => c.id),
      () => ({ tags: ['patched'] }),
      { now: T0 + 9 },
    );
    const before = await getRosterRows();
    expect(before.compactionDue).toBe(true);
    expect(await recentKeys()).toHaveLength(COMPACT_RECENT_AT);

    await compactRosterRows();
    expect(await recentKeys()).toEqual([]);
    const after = await getRosterRows();
    expect(after.compactionDue).toBe(false);
    expect(after.rows.map((r) => [r.id, r.tags]).sort()).toEqual(before.rows.map((r) => [r.id, r.tags]).sort());
    expect(after.rows.every((r) => r.tags.includes('patched'))).toBe(true);
  });

  it('fold a large write into the chunks in its own transaction instead of leaving thousands of small records', async () => {
    const creators = await storeCreators(5_001);
    await patchCreators(
      creators.map((c) => c.id),
      () => ({ segment: 'growth-bet' }),
      { now: T0 + 9 },
    );
    expect(await recentKeys()).toEqual([]);
    const read = await getRosterRows();
    expect(read.rows).toHaveLength(5_001);
    expect(read.rows.every((r) => r.segment === 'growth-bet')).toBe(true);
  });

  it("keep each chunk in the roster's default order, so the first sort only merges the chunks", async () => {
    const creators = Array.from({ length: 40 }, (_, i) => makeCreator({ displayName: `Bulk ${i}`, updatedAt: T0 + ((i * 7) % 40) * 1000 }));
    const db = await openRapportDb();
    const tx = db.transaction('creators', 'readwrite');
    await Promise.all([...creators.map((c) => tx.store.put(c as never)), tx.done]);
    await rebuildRosterRows();
    const { rows } = await getRosterRows();
    expect(rows).toHaveLength(40);
    let runs = 1;
    for (let i = 1; i < rows.length; i++) if (compareRows(rows[i - 1] as RosterRow, rows[i] as RosterRow, DEFAULT_SORT) > 0) runs++;
    expect(runs).toBeLessThanOrEqual(ROSTER_CHUNKS);
    expect(sortRows(rows, DEFAULT_SORT).map((r) => r.updatedAt)).toEqual(creators.map((c) => c.updatedAt).sort((a, b) => b - a));
  });

  it('are rebuilt from the creators when the record that vouches for them is gone, or a chunk or recent record is unreadable', async () => {
    const saved = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    const db = await openRapportDb();
    await db.delete('rosterRows', 'meta');
    expect((await getRosterRows()).rows.map((r) => r.id)).toEqual([saved.creator.id]);

    for (const key of await chunkKeys()) await db.put('rosterRows', { key, count: 1, texts: 'garbage', numbers: new Float64Array(1) } as never);
    expect((await getRosterRows()).rows.map((r) => r.id)).toEqual([saved.creator.id]);

    await db.put('rosterRows', { key: `recent:${saved.creator.id}`, count: 2, texts: '', numbers: new Float64Array(0) } as never);
    expect((await getRosterRows()).rows.map((r) => r.id)).toEqual([saved.creator.id]);
    expect(await recentKeys()).toEqual([]);
  });

  it('give the rows of the creators changed last, newest first, leaving out unreadable ones', async () => {
    const creators = Array.from({ length: 10 }, (_, i) => makeCreator({ displayName: `C${i}`, updatedAt: T0 + ((i * 3) % 10) * 1000 }));
    const db = await openRapportDb();
    for (const c of creators) await db.put('creators', c as never);
    await db.put('creators', { ...makeCreator({ displayName: 'Broken' }), updatedAt: T0 + 60_000, segment: 'nonsense' } as never);
    await rebuildRosterRows(); // the creators went in directly: bring the rows in step
    const latest = await getLatestRosterRows(3);
    const expected = [...creators].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 3);
    expect(latest.map((r) => r.displayName)).toEqual(expected.map((c) => c.displayName));
    expect(latest.map((r) => r.updatedAt)).toEqual([T0 + 9000, T0 + 8000, T0 + 7000]);
    expect(await getLatestRosterRows(50)).toHaveLength(10);

    // A browser whose getAll takes no direction (before Chromium 141, Firefox): a cursor gives the same rows.
    const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
    const getAllRecords = proto.getAllRecords;
    expect(getAllRecords).toBeTypeOf('function');
    delete proto.getAllRecords;
    try {
      expect((await getLatestRosterRows(3)).map((r) => r.displayName)).toEqual(expected.map((c) => c.displayName));
    } finally {
      proto.getAllRecords = getAllRecords;
    }
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
