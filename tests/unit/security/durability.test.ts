/**
 * Nothing logged is lost and nothing half-written is kept: two tabs saving one
 * creator at once, a write refused by a full disk, and every earlier database
 * version upgraded with its data intact.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import {
  DB_VERSION,
  countCreators,
  findCreatorByAccount,
  getAccountsOfCreator,
  getCreator,
  listInteractions,
  openRapportDb,
  readAllData,
  saveScrapedProfile,
} from '../../../lib/db';
import { logTouch } from '../../../lib/use-cases/touches';
import { openAtVersion } from '../db/migrations/open-at-version';
import { T0, scrapedProfile } from '../db/fixtures';

const noRecount = async () => undefined;
afterEach(() => vi.restoreAllMocks());

describe('two tabs at once', () => {
  it('saving the same creator from two tabs makes one creator with one account', async () => {
    const profile = scrapedProfile();
    const results = await Promise.all([saveScrapedProfile(profile, { now: T0 }), saveScrapedProfile(profile, { now: T0 + 1 })]);
    expect(await countCreators()).toBe(1);
    expect(results.map((r) => r.creator.id)).toEqual([results[0]?.creator.id, results[0]?.creator.id]);
    expect(results.filter((r) => r.createdCreator)).toHaveLength(1);
    expect((await getAccountsOfCreator(results[0]!.creator.id)).records).toHaveLength(1);
  });

  it('two touches logged at once are both kept', async () => {
    const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    const touch = (summary: string) =>
      logTouch({ creatorId: creator.id, channel: 'email', direction: 'outbound', kind: 'check-in', summary, occurredAt: Date.now() }, noRecount);
    await Promise.all([touch('From the panel'), touch('From the card')]);
    expect((await listInteractions(creator.id)).records.map((t) => t.summary).sort()).toEqual(['From the card', 'From the panel']);
  });
});

describe('a write the disk refuses', () => {
  it('surfaces the error and leaves every record as it was', async () => {
    const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    const before = await readAllData();
    const put = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'interactions') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(logTouch({ creatorId: creator.id, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 + 1 }, noRecount)).rejects.toThrow(
      /quota/i,
    );
    vi.restoreAllMocks();
    expect(await readAllData()).toEqual(before);
    // The creator's derived contact times did not move either: the touch's transaction was rolled back whole.
    expect((await getCreator(creator.id))?.lastContactAt).toBeUndefined();
  });
});

describe('upgrading from every earlier version', () => {
  // A creator and an account as version 1 stored them (later versions add indexes and derived keys, filled in by their steps).
  const creator = {
    id: 'c1',
    displayName: 'Pluto',
    accounts: [{ accountId: 'a1', platform: 'instagram', handle: 'pluto__travel', followers: 2362 }],
    segment: 'growth-bet',
    segmentHistory: [],
    stage: 'vetting',
    stageHistory: [],
    outreachStatus: 'contacted',
    fit: { notes: 'Calm voice', rubric: {} },
    tags: ['travel'],
    niches: [],
    preferences: { topicsToAvoid: [], doNotContact: false, doNotStoreMessageText: false },
    milestones: [],
    lastContactAt: T0,
    health: { score: 70, label: 'steady', computedAt: T0 },
    createdAt: T0,
    updatedAt: T0,
    nameKey: 'pluto',
  };
  const account = {
    id: 'a1',
    creatorId: 'c1',
    platform: 'instagram',
    handle: 'pluto__travel',
    profileUrl: 'https://www.instagram.com/pluto__travel/',
    links: ['https://www.youtube.com/@plutotravel'],
    followerSnapshots: [{ at: T0, raw: '2,362', value: 2362, exact: true }],
    addedAt: T0,
    updatedAt: T0,
  };

  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'from version %i to today, with the data intact and found by every index',
    async (version) => {
      const old = await openAtVersion(version);
      // From version 4 on, every write of a creator also stored the age of its health score.
      await old.put('creators', (version >= 4 ? { ...creator, healthCheckedAt: T0 } : creator) as never);
      // From version 3 on, every write of an account also stored the profiles its links point at.
      await old.put('accounts', (version >= 3 ? { ...account, linkedProfiles: ['youtube:plutotravel'] } : account) as never);
      old.close();

      const db = await openRapportDb();
      expect(db.version).toBe(DB_VERSION);
      const { nameKey: _derived, ...stored } = creator;
      expect(await getCreator('c1')).toEqual(stored);
      expect((await findCreatorByAccount('instagram', 'pluto__travel'))?.account).toMatchObject({ ...account });
      expect(await db.getAllKeysFromIndex('accounts', 'by-linked-profile', 'youtube:plutotravel')).toEqual(['a1']);
      expect(await db.getAllKeysFromIndex('creators', 'by-health-checked')).toEqual(['c1']);
      expect(await db.getAllKeysFromIndex('creators', 'by-segment', 'growth-bet')).toEqual(['c1']);
    },
  );
});
