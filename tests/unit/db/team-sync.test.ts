/**
 * Team sync on one browser's side: change capture in the write's own transaction,
 * sharing a roster (with duplicates joining the team's creators), applying pulled
 * pages on top of unsent changes, and reminders that stay personal.
 */
import { describe, expect, it } from 'vitest';
import {
  acknowledgeOutbox,
  applyPulledPage,
  beginTeamMembership,
  countOutbox,
  getCreator,
  getTeamState,
  importCreators,
  listInteractions,
  logInteraction,
  openRapportDb,
  readOutbox,
  recomputeAllDerived,
  saveScrapedProfile,
  summariseDue,
  updateCreator,
} from '../../../lib/db';
import { deleteEverything, restoreBackup } from '../../../lib/use-cases/data';
import type { TeamState } from '../../../lib/team/state';
import { AccountSchema, CreatorSchema } from '../../../lib/domain';

const ME = '11111111-1111-4111-8111-111111111111';
const SAM = '22222222-2222-4222-8222-222222222222';
const T0 = Date.UTC(2026, 10, 1);
const noRecount = async () => undefined;

const team: TeamState = {
  serverUrl: 'https://team.example.com',
  token: 'tok_abcdefghijklmnopqrstuvwxyz',
  clientId: 'client-0001',
  teamId: '44444444-4444-4444-8444-444444444444',
  teamName: 'Scouts',
  memberId: ME,
  memberName: 'Ana',
  role: 'member',
  checkpoint: 0,
  members: [
    { id: ME, name: 'Ana', role: 'member', revoked: false },
    { id: SAM, name: 'Sam', role: 'admin', revoked: false },
  ],
  joinedAt: T0,
  recentContactDays: 14,
  remindUnowned: true,
};

const profile = (handle: string) => ({ platform: 'instagram' as const, handle, profileUrl: `https://www.instagram.com/${handle}/`, displayName: handle });

describe('change capture', () => {
  it('records nothing solo', async () => {
    const { creator } = await saveScrapedProfile(profile('solo.one'), { now: T0 });
    await logInteraction({ creatorId: creator.id, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 + 1 }, T0 + 1);
    expect(await countOutbox()).toBe(0);
  });

  it('in a team, records each write in the outbox with the write, stamped with me as owner and author', async () => {
    await beginTeamMembership(team, false, T0);
    const { creator } = await saveScrapedProfile(profile('team.one'), { now: T0 });
    expect(creator.ownerId).toBe(ME);
    await logInteraction({ creatorId: creator.id, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 + 1 }, T0 + 1);
    const touch = (await listInteractions(creator.id)).records[0];
    expect(touch?.authorId).toBe(ME);
    const outbox = await readOutbox(100);
    expect(outbox.map((m) => m.store)).toEqual(['accounts', 'creators', 'interactions', 'creators']);
    expect(outbox.map((m) => m.id)).toEqual([...outbox.map((m) => m.id)].sort((a, b) => a - b));
    // Local-only fields (contact times, due times) never travel.
    expect(Object.keys(outbox[3]!.changes).sort()).toEqual(['outreachStatus', 'updatedAt']);
  });
});

describe('an import in a team', () => {
  it('queues the new creators and accounts with the import, owned by the person importing', async () => {
    await beginTeamMembership(team, false, T0);
    const creator = CreatorSchema.parse({
      id: 'imported-1',
      displayName: 'Imported',
      createdAt: T0,
      updatedAt: T0,
      accounts: [{ accountId: 'acc-1', platform: 'youtube', handle: 'imported' }],
    });
    const account = AccountSchema.parse({
      id: 'acc-1',
      creatorId: 'imported-1',
      platform: 'youtube',
      handle: 'imported',
      profileUrl: 'https://www.youtube.com/@imported',
      addedAt: T0,
      updatedAt: T0,
    });
    await importCreators({ creators: [creator], accounts: [account], updates: [] }, { now: T0 + 1 });
    expect((await getCreator('imported-1'))?.ownerId).toBe(ME);
    const outbox = await readOutbox(10);
    expect(outbox.map((m) => `${m.store}/${m.recordId}`)).toEqual(['creators/imported-1', 'accounts/acc-1']);
    expect(outbox[0]!.changes.ownerId).toEqual({ op: 'set', value: ME });
  });
});

describe('sharing a roster', () => {
  it('queues every record, and a duplicate joins the team creator: its touches move there and only mergeable fields travel', async () => {
    const kept = await saveScrapedProfile(profile('kept'), { now: T0 });
    const dup = await saveScrapedProfile(profile('dup'), { now: T0 });
    await updateCreator(dup.creator.id, { tags: ['travel'], stage: 'vetting' }, T0 + 5);
    await logInteraction({ creatorId: dup.creator.id, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 + 6 }, T0 + 6);
    const teamCreatorId = 'team-creator-1';
    const { queued } = await beginTeamMembership(team, true, T0 + 10, [
      { localCreatorId: dup.creator.id, localAccountId: dup.account.id, teamCreatorId, teamAccountId: 'team-account-1' },
    ]);
    const outbox = await readOutbox(100);
    expect(queued).toBe(outbox.length);
    // My other creator, its account and the touch go up whole; the duplicate's account (nothing mergeable) does not.
    expect(outbox.map((m) => `${m.store}/${m.recordId}`).sort()).toEqual(
      [
        `accounts/${kept.account.id}`,
        `creators/${kept.creator.id}`,
        `creators/${teamCreatorId}`,
        `interactions/${outbox.find((m) => m.store === 'interactions')?.recordId}`,
      ].sort(),
    );
    expect(await getCreator(dup.creator.id)).toBeUndefined();
    const moved = await getCreator(teamCreatorId);
    expect(moved?.accounts.map((a) => a.accountId)).toEqual(['team-account-1']);
    expect((await listInteractions(teamCreatorId)).records).toHaveLength(1);
    expect((await getCreator(kept.creator.id))?.ownerId).toBe(ME);
    const joined = outbox.find((m) => m.store === 'creators' && m.recordId === teamCreatorId);
    // Tags and histories merge into the team's creator; its single values (name, stage, owner) stay the team's.
    expect(Object.values(joined!.changes).every((c) => c.op !== 'set')).toBe(true);
    expect(joined!.changes.tags).toEqual({ op: 'set-delta', add: ['travel'], remove: [] });
    expect(outbox.find((m) => m.store === 'interactions')?.changes.creatorId).toEqual({ op: 'set', value: teamCreatorId });
  });
});

describe('applying a pulled page', () => {
  it('applies the team version under my unsent changes, refuses an invalid record in words, and stores the checkpoint', async () => {
    await beginTeamMembership(team, false, T0);
    const { creator } = await saveScrapedProfile(profile('rebased'), { now: T0 });
    // The creation was pushed; the stage edit is not yet.
    await acknowledgeOutbox(Math.max(...(await readOutbox(100)).map((m) => m.id)));
    await updateCreator(creator.id, { stage: 'vetting' }, T0 + 1);
    const fromServer = { ...creator, displayName: 'Renamed by Sam', stage: 'discovered', ownerId: SAM };
    const result = await applyPulledPage({
      records: [
        { store: 'creators', id: creator.id, seq: 7, deleted: false, data: JSON.parse(JSON.stringify(fromServer)) },
        { store: 'creators', id: 'broken', seq: 8, deleted: false, data: { id: 'broken', displayName: 42 } },
      ],
      checkpoint: 8,
      members: team.members,
    });
    expect(result.applied).toBe(1);
    expect(result.refused).toEqual([expect.stringMatching(/^creators\/broken: .*displayName/)]);
    const merged = await getCreator(creator.id);
    expect(merged).toMatchObject({ displayName: 'Renamed by Sam', stage: 'vetting', ownerId: SAM });
    expect((await getTeamState())?.checkpoint).toBe(8);
  });

  it('deletes a record the team deleted, with its reminders', async () => {
    await beginTeamMembership(team, false, T0);
    const { creator } = await saveScrapedProfile(profile('gone'), { now: T0 });
    await logInteraction({ creatorId: creator.id, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 + 1 }, T0 + 1);
    await acknowledgeOutbox(Math.max(...(await readOutbox(100)).map((m) => m.id)));
    const db = await openRapportDb();
    // The follow-up and the fit review.
    expect(await db.countFromIndex('reminders', 'by-creator', creator.id)).toBe(2);
    await applyPulledPage({ records: [{ store: 'creators', id: creator.id, seq: 3, deleted: true, data: {} }], checkpoint: 3, members: team.members });
    expect(await getCreator(creator.id)).toBeUndefined();
    expect(await db.countFromIndex('reminders', 'by-creator', creator.id)).toBe(0);
  });

  it('recomputes contact times from touches other people logged', async () => {
    await beginTeamMembership(team, false, T0);
    const { creator } = await saveScrapedProfile(profile('contacted'), { now: T0 });
    const touch = {
      id: 'touch-by-sam',
      creatorId: creator.id,
      channel: 'email',
      direction: 'outbound',
      kind: 'outreach',
      summary: '',
      occurredAt: T0 + 50,
      authorId: SAM,
      createdAt: T0 + 50,
      updatedAt: T0 + 50,
    };
    await applyPulledPage({ records: [{ store: 'interactions', id: touch.id, seq: 1, deleted: false, data: touch }], checkpoint: 1, members: team.members });
    expect(await getCreator(creator.id)).toMatchObject({ lastContactAt: T0 + 50, lastOutboundAt: T0 + 50, lastOutboundById: SAM });
  });
});

describe('touches pulled later', () => {
  it('recomputes contact times when a colleague moves a touch to another creator or deletes one', async () => {
    await beginTeamMembership(team, false, T0);
    const a = (await saveScrapedProfile(profile('moved.from'), { now: T0 })).creator;
    const b = (await saveScrapedProfile(profile('moved.to'), { now: T0 })).creator;
    const touch = (id: string, creatorId: string, at: number) => ({
      id,
      creatorId,
      channel: 'email',
      direction: 'outbound',
      kind: 'outreach',
      summary: '',
      occurredAt: at,
      createdAt: at,
      updatedAt: at,
      authorId: SAM,
    });
    const page = (records: { store: 'interactions'; id: string; seq: number; deleted: boolean; data: Record<string, unknown> }[], seq: number) =>
      applyPulledPage({ records, checkpoint: seq, members: team.members });
    await page(
      [
        { store: 'interactions', id: 't-move', seq: 1, deleted: false, data: touch('t-move', a.id, T0 + 50) },
        { store: 'interactions', id: 't-gone', seq: 2, deleted: false, data: touch('t-gone', a.id, T0 + 40) },
      ],
      2,
    );
    expect((await getCreator(a.id))?.lastContactAt).toBe(T0 + 50);
    await page(
      [
        { store: 'interactions', id: 't-move', seq: 3, deleted: false, data: touch('t-move', b.id, T0 + 50) },
        { store: 'interactions', id: 't-gone', seq: 4, deleted: true, data: {} },
      ],
      4,
    );
    expect((await getCreator(a.id))?.lastContactAt).toBeUndefined();
    expect((await getCreator(b.id))?.lastContactAt).toBe(T0 + 50);
  });
});

describe('a first sync', () => {
  it('writes pages without derived fields, then derives them all in one pass, as a per-page recompute would', async () => {
    await beginTeamMembership(team, false, T0);
    const creator = CreatorSchema.parse({ id: 'first-1', displayName: 'First', segment: 'growth-bet', createdAt: T0, updatedAt: T0 });
    const touch = (id: string, at: number, direction: 'outbound' | 'inbound') => ({
      id,
      creatorId: 'first-1',
      channel: 'email',
      direction,
      kind: 'outreach',
      summary: '',
      occurredAt: at,
      createdAt: at,
      updatedAt: at,
      authorId: SAM,
    });
    const records = [
      { store: 'creators' as const, id: 'first-1', seq: 1, deleted: false, data: JSON.parse(JSON.stringify(creator)) },
      { store: 'interactions' as const, id: 't1', seq: 2, deleted: false, data: touch('t1', T0 + 10, 'inbound') },
      { store: 'interactions' as const, id: 't2', seq: 3, deleted: false, data: touch('t2', T0 + 20, 'outbound') },
    ];
    await applyPulledPage({ records, checkpoint: 3, members: team.members, progress: { done: 3, total: 3 } }, T0 + 30, { deferDerived: true });
    expect(await getCreator('first-1')).not.toHaveProperty('lastContactAt');
    expect((await getTeamState())?.derivedPending).toBe(true);
    expect(await recomputeAllDerived(undefined, T0 + 30)).toBe(1);
    const derived = await getCreator('first-1');
    expect(derived).toMatchObject({ lastContactAt: T0 + 20, lastOutboundAt: T0 + 20, lastInboundAt: T0 + 10, lastOutboundById: SAM });
    expect(derived?.nextDueAt).toBeGreaterThan(T0 + 20);
    expect(derived?.followUpDueAt).toBeGreaterThan(T0 + 20);
    const db = await openRapportDb();
    expect(await db.get('reminders', 'follow-up:first-1')).toMatchObject({ kind: 'follow-up', status: 'open', dueAt: derived?.followUpDueAt });
  });
});

describe('personal reminders in a team', () => {
  it('counts what is due for my creators and unowned ones, not a colleague’s', async () => {
    const mine = await saveScrapedProfile(profile('due.mine'), { now: T0 });
    const theirs = await saveScrapedProfile(profile('due.theirs'), { now: T0 });
    const nobody = await saveScrapedProfile(profile('due.nobody'), { now: T0 });
    for (const saved of [mine, theirs, nobody]) await updateCreator(saved.creator.id, { segment: 'growth-bet' }, T0);
    const later = T0 + 400 * 86_400_000;
    expect((await summariseDue(later, 0)).byKind.cadence).toBe(3);
    await beginTeamMembership(team, false, T0);
    await updateCreator(mine.creator.id, { ownerId: ME }, T0 + 1);
    await updateCreator(theirs.creator.id, { ownerId: SAM }, T0 + 1);
    expect((await getCreator(nobody.creator.id))?.ownerId).toBeUndefined();
    expect((await summariseDue(later, 0)).byKind.cadence).toBe(2);
  });
});

describe('wholesale changes in a team', () => {
  it('refuses restore and delete-all, saying why', async () => {
    await beginTeamMembership(team, false, T0);
    await expect(deleteEverything(noRecount)).rejects.toThrow(/You are in the team "Scouts": leave it in settings to delete everything/);
    await expect(
      restoreBackup(
        { creators: [], accounts: [], interactions: [], collaborations: [], campaigns: [], reminders: [], templates: [], settings: undefined },
        undefined,
        noRecount,
      ),
    ).rejects.toThrow(/leave it in settings to restore a backup/);
  });
});
