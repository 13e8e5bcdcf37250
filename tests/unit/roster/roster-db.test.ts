import { describe, expect, it, vi } from 'vitest';
import {
  collaborations,
  deleteInteraction,
  getCreator,
  logInteraction,
  patchCreators,
  recomputeHealth,
  saveScrapedProfile,
  scanCreators,
  getCreatorsByIds,
  updateCreator,
  updateInteraction,
} from '../../../lib/db';
import { RosterIndex } from '../../../lib/roster/roster-index';
import { DAY, T0, scrapedProfile } from '../db/fixtures';

async function saveMany(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const handle = `person${i}`;
    const saved = await saveScrapedProfile(scrapedProfile({ handle, displayName: `Person ${i}`, profileUrl: `https://www.instagram.com/${handle}/` }), {
      now: T0 + i,
    });
    ids.push(saved.creator.id);
  }
  return ids;
}

describe('building the in-memory roster', () => {
  it('reads every creator in chunks, reporting progress, into slim rows', async () => {
    const ids = await saveMany(7);
    const index = new RosterIndex();
    const progress: number[] = [];
    const result = await scanCreators({
      chunkSize: 3,
      onChunk: (chunk, p) => {
        index.upsert(chunk.records);
        progress.push(p.loaded);
      },
    });
    expect(result).toEqual({ loaded: 7, total: 7 });
    expect(progress).toEqual([3, 6, 7]);
    expect(index.size).toBe(7);
    expect(
      index
        .rows()
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(index.get(ids[0]!)?.handle).toBe('person0');
  });

  it('stops when aborted, and keeps rows in step with edits and deletions', async () => {
    const ids = await saveMany(4);
    const controller = new AbortController();
    const seen: number[] = [];
    await scanCreators({
      chunkSize: 2,
      signal: controller.signal,
      onChunk: (c) => {
        seen.push(c.records.length);
        controller.abort();
      },
    });
    expect(seen).toEqual([2]);

    const index = new RosterIndex();
    index.upsert((await getCreatorsByIds(ids)).records);
    const v = index.version;
    await updateCreator(ids[1]!, { owner: 'Dana' });
    index.upsert((await getCreatorsByIds([ids[1]!, 'missing'])).records);
    expect(index.get(ids[1]!)?.owner).toBe('Dana');
    index.remove([ids[0]!]);
    expect(index.size).toBe(3);
    expect(index.version).toBeGreaterThan(v);
  });
});

describe('bulk edits', () => {
  it('applies a per-creator patch in one transaction and records history', async () => {
    const ids = await saveMany(3);
    await updateCreator(ids[0]!, { tags: ['eu'] }, T0);
    const progress: [number, number][] = [];
    const changed = await patchCreators(ids, (c) => ({ tags: [...new Set([...c.tags, 'summer'])], segment: 'growth-bet' }), {
      now: T0 + DAY,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(changed).toBe(3);
    expect(progress.at(-1)).toEqual([3, 3]);
    const first = await getCreator(ids[0]!);
    expect(first?.tags).toEqual(['eu', 'summer']);
    expect(first?.segmentHistory).toEqual([{ segment: 'growth-bet', at: T0 + DAY }]);
  });

  it('changes nothing when one creator of the selection is gone', async () => {
    const ids = await saveMany(2);
    await expect(patchCreators([...ids, 'gone'], () => ({ owner: 'Sam' }))).rejects.toThrow(/gone/);
    expect((await getCreator(ids[0]!))?.owner).toBeUndefined();
  });
});

describe('health and due times', () => {
  it('stores a health summary computed from touches and collaborations', async () => {
    const [id] = await saveMany(1);
    await updateCreator(id!, { segment: 'strategic-partner' }, T0);
    await logInteraction({ creatorId: id!, channel: 'instagram-dm', direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0);
    await logInteraction({ creatorId: id!, channel: 'instagram-dm', direction: 'inbound', kind: 'other', occurredAt: T0 + 3_600_000 }, T0 + 3_600_000);
    await collaborations.put({
      id: 'k1',
      creatorId: id!,
      title: 'Launch',
      status: 'completed',
      deliverables: [],
      compensation: {},
      disclosure: { required: true, confirmed: true },
      briefAdherence: 5,
      performance: {},
      createdAt: T0,
      updatedAt: T0,
    });
    const [updated] = await recomputeHealth([id!], T0 + DAY);
    expect(updated?.health).toMatchObject({ label: 'thriving', computedAt: T0 + DAY });
    expect((await getCreator(id!))?.health?.label).toBe('thriving');
    // Unchanged and fresh: nothing is written again.
    expect(await recomputeHealth([id!], T0 + DAY + 1)).toEqual([]);
  });

  it('keeps the stored health in step after every touch and collaboration write, whichever screen makes it', async () => {
    // The overlay and the worker log touches through the same functions as the panel, so lib/db must do this itself.
    const [id] = await saveMany(1);
    await updateCreator(id!, { segment: 'strategic-partner' }, T0);
    const before = (await getCreator(id!))?.health;
    const logged = await logInteraction({ creatorId: id!, channel: 'instagram-dm', direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0 + 1);
    const reply = await logInteraction(
      { creatorId: id!, channel: 'instagram-dm', direction: 'inbound', kind: 'other', occurredAt: T0 + 3_600_000 },
      T0 + 3_600_000,
    );
    const stored = await getCreator(id!);
    expect(before).toBeUndefined();
    expect(stored?.health?.computedAt).toBe(T0 + 3_600_000);
    // What logInteraction returns is the stored creator, health included.
    expect(reply.creator.health).toEqual(stored?.health);
    // In step: recomputing at the same moment finds nothing to change.
    expect(await recomputeHealth([id!], T0 + 3_600_000)).toEqual([]);

    await updateInteraction(logged.interaction.id, { kind: 'brief' }, T0 + 2 * 3_600_000);
    expect(await recomputeHealth([id!], T0 + 2 * 3_600_000)).toEqual([]);
    await deleteInteraction(reply.interaction.id, T0 + 3 * 3_600_000);
    expect(await recomputeHealth([id!], T0 + 3 * 3_600_000)).toEqual([]);

    // Collaborations feed health too (repeat work, brief adherence); their writes read the clock.
    const at = T0 + 4 * 3_600_000;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
    try {
      await collaborations.put({
        id: 'k2',
        creatorId: id!,
        title: 'Launch',
        status: 'completed',
        deliverables: [],
        compensation: {},
        disclosure: { required: true, confirmed: true },
        briefAdherence: 5,
        performance: {},
        createdAt: T0,
        updatedAt: T0,
      });
      expect((await getCreator(id!))?.health?.computedAt).toBe(at);
      expect(await recomputeHealth([id!], at)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
