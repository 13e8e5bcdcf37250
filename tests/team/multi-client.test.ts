/**
 * Several browsers of one team, each with its own IndexedDB, syncing through the
 * real team server: offline work, overlapping edits and reconnection lose nothing
 * and end with every browser holding the same roster.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCreatorsToCampaign,
  getCampaign,
  listCampaignCollaborations,
  logInteraction,
  readAllData,
  saveCampaign,
  saveScrapedProfile,
  updateCreator,
  updateCreators,
} from '../../lib/db';
import { newCampaign } from '../../lib/domain';
import { STORE_RULES, type SyncedStore } from '../../lib/team/rules';
import type { Creator, Interaction } from '../../lib/domain';
import { newTeam, server } from './harness/server';
import { TestClient } from './harness/client';
import { TeamApi } from '../../lib/team/client/team-api';
import { previewSharing } from '../../lib/use-cases/team';

// An hour ago: every change below is in the server's past, so none is clamped to its clock.
const T0 = Date.now() - 3_600_000;

function profile(i: number) {
  return { platform: 'instagram' as const, handle: `creator.${i}`, profileUrl: `https://www.instagram.com/creator.${i}/`, displayName: `Creator ${i}` };
}

/** A record's shared fields only: what every browser of the team must agree on. */
function shared(store: SyncedStore, record: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const field of STORE_RULES[store].local) delete copy[field];
  if (Array.isArray(copy.tags)) copy.tags = [...(copy.tags as string[])].sort();
  return copy;
}

async function snapshot(client: TestClient) {
  const { data } = await client.run(() => readAllData());
  const byId = <T extends { id: string }>(store: SyncedStore, records: readonly T[]) =>
    Object.fromEntries([...records].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, shared(store, r)]));
  return {
    creators: byId('creators', data.creators as Creator[]),
    interactions: byId('interactions', data.interactions as Interaction[]),
    accounts: byId('accounts', data.accounts),
  };
}

async function serverCount(client: TestClient, store: SyncedStore): Promise<number> {
  const api = new TeamApi(server().url, client.membership.token);
  let after = 0;
  let count = 0;
  for (;;) {
    const page = await api.pull(after);
    count += page.records.filter((r) => r.store === store && !r.deleted).length;
    if (!page.hasMore) return count;
    after = page.checkpoint;
  }
}

describe('two browsers, one team', () => {
  it('shares a roster, keeps 500 + 500 touches logged offline, and merges edits of the same creator', async () => {
    const { admin, members } = await newTeam(['Bea']);
    const ana = new TestClient(admin);
    const bea = new TestClient(members[0]!);

    const ids: string[] = [];
    await ana.run(async () => {
      for (let i = 0; i < 10; i++) ids.push((await saveScrapedProfile(profile(i), { now: T0 + i })).creator.id);
    });
    expect(await ana.join(true, T0 + 100)).toEqual({ queued: 20 });
    await ana.sync();
    await bea.join(true, T0 + 200);
    await bea.sync();
    const first = await snapshot(bea);
    expect(Object.keys(first.creators)).toHaveLength(10);
    // Whoever shared a creator owns it, on every browser.
    expect(Object.values(first.creators).every((c) => c.ownerId === admin.member.id)).toBe(true);

    ana.offline = true;
    bea.offline = true;
    const logMany = (client: TestClient, offset: number) =>
      client.run(async () => {
        for (let i = 0; i < 500; i++) {
          await logInteraction(
            {
              creatorId: ids[i % ids.length]!,
              channel: 'instagram-dm',
              direction: i % 3 ? 'outbound' : 'inbound',
              kind: 'check-in',
              summary: `#${offset + i}`,
              occurredAt: T0 + 1000 + offset + i,
            },
            T0 + 1000 + offset + i,
          );
        }
      });
    await logMany(ana, 0);
    await logMany(bea, 10_000);
    // Both edit the same creator: a later stage wins, tags merge as a set.
    await ana.run(() => updateCreator(ids[0]!, { stage: 'active-partner', tags: ['vip'] }, T0 + 50_000));
    await bea.run(() => updateCreator(ids[0]!, { stage: 'optimizing', tags: ['beauty'] }, T0 + 60_000));
    await bea.run(() => updateCreators([ids[1]!], { segment: 'growth-bet' }, T0 + 61_000));
    await expect(ana.sync()).rejects.toThrow(/cannot be reached/);
    expect((await ana.state())?.lastError).toMatch(/cannot be reached/);

    ana.offline = false;
    bea.offline = false;
    await ana.sync();
    await bea.sync();
    await ana.sync();

    const a = await snapshot(ana);
    const b = await snapshot(bea);
    expect(Object.keys(a.interactions)).toHaveLength(1000);
    expect(b).toEqual(a);
    expect(await serverCount(ana, 'interactions')).toBe(1000);
    expect(a.creators[ids[0]!]).toMatchObject({ stage: 'optimizing', tags: ['beauty', 'vip'] });
    expect(a.creators[ids[1]!]).toMatchObject({ segment: 'growth-bet' });
    // Every touch names its author: the server set it from each person's token.
    const authors = Object.values(a.interactions).map((t) => t.authorId);
    expect(authors.filter((id) => id === admin.member.id)).toHaveLength(500);
    expect(authors.filter((id) => id === members[0]!.member.id)).toHaveLength(500);
    expect((await ana.state())?.lastError).toBeUndefined();
    // Contact times are recomputed from everyone's touches.
    const { data } = await bea.run(() => readAllData());
    const c0 = data.creators.find((c) => c.id === ids[0]);
    expect(c0?.lastContactAt).toBe(T0 + 1000 + 10_000 + 490);
  });

  it('shares campaigns by their declared merge rule alone: the campaign, its creators, and target segments picked on two browsers merged as a set', async () => {
    const { admin, members } = await newTeam(['Bea']);
    const ana = new TestClient(admin);
    const bea = new TestClient(members[0]!);
    await ana.join(true, T0);
    await bea.join(true, T0);
    const creatorId = await ana.run(async () => (await saveScrapedProfile(profile(1), { now: T0 + 1 })).creator.id);
    const campaign = await ana.run(() => saveCampaign({ ...newCampaign({ name: 'Team spring', type: 'launch' }, T0 + 2), brief: { text: 'v1' } }, T0 + 2));
    await ana.run(() => addCreatorsToCampaign(campaign.id, [creatorId], T0 + 3));
    await ana.sync();
    await bea.sync();
    const seen = await bea.run(async () => ({ campaign: await getCampaign(campaign.id), held: (await listCampaignCollaborations(campaign.id)).records }));
    expect(seen.campaign).toMatchObject({ name: 'Team spring', type: 'launch', updatedById: admin.member.id });
    expect(seen.held.map((c) => c.creatorId)).toEqual([creatorId]);
    // Both edit the same campaign offline: the status change stays, and the segments each added merge as a set.
    await ana.run(async () => saveCampaign({ ...(await getCampaign(campaign.id))!, status: 'live', targetSegments: ['growth-bet'] }, T0 + 10));
    await bea.run(async () => saveCampaign({ ...(await getCampaign(campaign.id))!, targetSegments: ['community-advocate'] }, T0 + 11));
    await ana.sync();
    await bea.sync();
    await ana.sync();
    const a = await ana.run(() => getCampaign(campaign.id));
    const b = await bea.run(() => getCampaign(campaign.id));
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: 'live' });
    expect([...(a?.targetSegments ?? [])].sort()).toEqual(['community-advocate', 'growth-bet']);
  });

  it('previews a roster to share: the profiles the team has already, matched on platform and handle (any case)', async () => {
    const { admin, members } = await newTeam(['Bea']);
    const ana = new TestClient(admin);
    await ana.run(() => saveScrapedProfile(profile(1), { now: T0 }));
    await ana.join(true, T0 + 100);
    await ana.sync();
    const bea = new TestClient(members[0]!);
    const preview = await bea.run(async () => {
      await saveScrapedProfile({ ...profile(1), handle: 'Creator.1', displayName: 'Mine' }, { now: T0 });
      await saveScrapedProfile(profile(2), { now: T0 });
      return previewSharing({ serverUrl: server().url, membership: members[0]! });
    });
    expect(preview.localCreators).toBe(2);
    expect(preview.duplicates).toEqual([
      expect.objectContaining({ handle: 'creator.1', localName: 'Mine', teamName: 'Creator 1', platformLabel: 'Instagram' }),
    ]);
  });

  it('reaches the same state whatever the order of syncs (seeded random interleavings)', async () => {
    type Op = { client: number; kind: 'touch' | 'stage' | 'tag'; creator: number; syncAfter: boolean };
    const stages = ['vetting', 'test-collaboration', 'active-partner', 'optimizing', 'renewal'] as const;
    const opArb = fc.record({
      client: fc.integer({ min: 0, max: 2 }),
      kind: fc.constantFrom<Op['kind']>('touch', 'stage', 'tag'),
      creator: fc.integer({ min: 0, max: 2 }),
      syncAfter: fc.boolean(),
    });
    const finals: unknown[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 25 }), async (ops) => {
        const { admin, members } = await newTeam(['B', 'C']);
        const clients = [new TestClient(admin), new TestClient(members[0]!), new TestClient(members[1]!)];
        const ids: string[] = [];
        await clients[0]!.run(async () => {
          for (let i = 0; i < 3; i++) ids.push((await saveScrapedProfile(profile(i), { now: T0 + i })).creator.id);
        });
        for (const c of clients) await c.join(true, T0 + 100);
        for (const c of clients) await c.sync();
        let clock = T0 + 1000;
        for (const [n, op] of ops.entries()) {
          const client = clients[op.client]!;
          const at = ++clock;
          const id = ids[op.creator]!;
          await client.run(async () => {
            if (op.kind === 'touch')
              await logInteraction({ creatorId: id, channel: 'email', direction: 'outbound', kind: 'check-in', summary: `op ${n}`, occurredAt: at }, at);
            else if (op.kind === 'stage') await updateCreator(id, { stage: stages[n % stages.length]! }, at);
            else await updateCreator(id, { tags: [`tag-${op.client}-${n}`] }, at);
          });
          if (op.syncAfter) await client.sync();
        }
        // Everyone catches up: two rounds bring every change to every browser.
        for (let round = 0; round < 2; round++) for (const c of clients) await c.sync();
        const states = await Promise.all(clients.map((c) => snapshot(c)));
        expect(states[1]).toEqual(states[0]);
        expect(states[2]).toEqual(states[0]);
        expect(Object.keys(states[0]!.interactions)).toHaveLength(ops.filter((o) => o.kind === 'touch').length);
        // The last stage edit wins, whoever made it and whenever it was pushed.
        for (const [c, id] of ids.entries()) {
          const lastStage = ops
            .map((o, n) => ({ ...o, n }))
            .filter((o) => o.kind === 'stage' && o.creator === c)
            .at(-1);
          if (lastStage) expect(states[0]!.creators[id]?.stage).toBe(stages[lastStage.n % stages.length]);
        }
        finals.push(states[0]);
      }),
      { numRuns: 8, seed: 1306 },
    );
    expect(finals).toHaveLength(8);
  });
});
