import { describe, expect, it } from 'vitest';
import {
  CorruptRecordError,
  InvalidRecordError,
  deleteCreators,
  findCreatorByAccount,
  findCreatorsByName,
  getAccountsOfCreator,
  getCreator,
  getCreatorsByIds,
  openRapportDb,
  restoreDeletedCreators,
  saveScrapedProfile,
  subscribeToChanges,
  updateCreator,
  updateCreators,
  type DbChange,
} from '../../../lib/db';
import { DAY, T0, scrapedProfile } from './fixtures';

describe('saving a scraped profile', () => {
  it('creates a new creator at stage "discovered" with the account and a follower snapshot', async () => {
    const saved = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    expect(saved.createdCreator).toBe(true);
    expect(saved.creator).toMatchObject({
      displayName: 'Pluto',
      stage: 'discovered',
      stageHistory: [{ stage: 'discovered', at: T0 }],
      segment: 'unassigned',
      outreachStatus: 'not-contacted',
      accounts: [{ accountId: saved.account.id, platform: 'instagram', handle: 'pluto__travel', followers: 2362 }],
    });
    expect(saved.account.followerSnapshots).toEqual([{ at: T0, raw: '2,362 Followers', value: 2362, exact: true }]);

    const found = await findCreatorByAccount('instagram', 'pluto__travel');
    expect(found?.creator.id).toBe(saved.creator.id);
    expect(found?.account.bio).toBe('Home of travel');
  });

  it('keeps at most one follower snapshot a day and shows growth', async () => {
    await saveScrapedProfile(scrapedProfile(), { now: T0 });
    await saveScrapedProfile(scrapedProfile({ followers: { raw: '2,400', value: 2400, exact: true, source: 'x' } }), { now: T0 + 1000 });
    const later = await saveScrapedProfile(scrapedProfile({ followers: { raw: '2.5K', value: 2500, exact: false, source: 'x' } }), { now: T0 + 2 * DAY });
    expect(later.createdCreator).toBe(false);
    expect(later.account.followerSnapshots.map((s) => s.value)).toEqual([2362, 2500]);
    expect(later.creator.accounts[0]).toMatchObject({ followers: 2500, followersBaseline: 2362 });
  });

  it('adds a second platform account to an existing creator instead of duplicating them', async () => {
    const first = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    const second = await saveScrapedProfile(scrapedProfile({ platform: 'tiktok', handle: 'pluto', profileUrl: 'https://www.tiktok.com/@pluto' }), {
      now: T0,
      linkToCreatorId: first.creator.id,
    });
    expect(second.createdCreator).toBe(false);
    expect(second.creator.id).toBe(first.creator.id);
    expect(second.creator.accounts.map((a) => a.platform)).toEqual(['instagram', 'tiktok']);
    expect((await getAccountsOfCreator(first.creator.id)).records).toHaveLength(2);
  });

  it('recognises one account reached by its id and by its handle (YouTube UC id, Bluesky DID)', async () => {
    const ucId = 'UCzcRQ3vRNr6fJ1A9rqFn7QA';
    const byLink = scrapedProfile({ platform: 'youtube', handle: ucId, profileUrl: `https://www.youtube.com/channel/${ucId}`, displayName: 'ONE Media' });
    const byPage = scrapedProfile({
      platform: 'youtube',
      handle: 'onemedia.',
      profileUrl: 'https://www.youtube.com/@onemedia.',
      platformUserId: ucId,
      displayName: 'ONE Media',
    });

    // Saved first from a link (id only), then visited: one creator, now known by the handle.
    const first = await saveScrapedProfile(byLink, { now: T0 });
    const visit = await saveScrapedProfile(byPage, { now: T0 + DAY });
    expect(visit.createdCreator).toBe(false);
    expect(visit.account.id).toBe(first.account.id);
    expect(visit.account).toMatchObject({ handle: 'onemedia.', platformUserId: ucId });
    expect((await findCreatorByAccount('youtube', 'onemedia.', ucId))?.creator.id).toBe(first.creator.id);

    // And a later save by the id alone keeps the human handle.
    const again = await saveScrapedProfile(byLink, { now: T0 + 2 * DAY });
    expect(again.account).toMatchObject({ id: first.account.id, handle: 'onemedia.', profileUrl: 'https://www.youtube.com/@onemedia.' });
    expect((await findCreatorByAccount('youtube', ucId))?.creator.id).toBe(first.creator.id);
  });

  it('refuses to link to a creator that does not exist and writes nothing', async () => {
    await expect(saveScrapedProfile(scrapedProfile(), { now: T0, linkToCreatorId: 'missing' })).rejects.toThrow(/not on the roster/);
    expect(await findCreatorByAccount('instagram', 'pluto__travel')).toBeUndefined();
  });

  it('finds possible duplicates by name, ignoring case', async () => {
    const saved = await saveScrapedProfile(scrapedProfile({ displayName: 'Kiko Beats' }), { now: T0 });
    expect((await findCreatorsByName('  kiko beats ')).map((c) => c.id)).toEqual([saved.creator.id]);
    expect(await findCreatorsByName('Someone Else')).toEqual([]);
  });

  it('tells every listener what changed', async () => {
    const heard: DbChange[] = [];
    const stop = subscribeToChanges((c) => heard.push(c));
    const saved = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    stop();
    expect(heard).toContainEqual({ store: 'creators', ids: [saved.creator.id] });
  });
});

describe('editing creators', () => {
  it('records stage and segment changes as history and puts placed creators on a cadence', async () => {
    const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    expect(creator.nextDueAt).toBeUndefined();
    const updated = await updateCreator(creator.id, { stage: 'vetting', stageNote: 'looks promising', segment: 'strategic-partner' }, T0 + DAY);
    expect(updated.stageHistory).toEqual([
      { stage: 'discovered', at: T0 },
      { stage: 'vetting', at: T0 + DAY, note: 'looks promising' },
    ]);
    expect(updated.segmentHistory).toEqual([{ segment: 'strategic-partner', at: T0 + DAY }]);
    // Strategic partners: ideal 30 days, counted from when they were saved (never contacted yet).
    expect(updated.nextDueAt).toBe(T0 + 30 * DAY);
    const excluded = await updateCreator(creator.id, { stage: 'not-a-fit' }, T0 + 2 * DAY);
    expect(excluded.nextDueAt).toBeUndefined();
  });

  it('refuses an invalid edit and leaves the record unchanged', async () => {
    const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    await expect(updateCreator(creator.id, { tags: ['x'.repeat(500)] }, T0)).rejects.toBeInstanceOf(InvalidRecordError);
    expect((await getCreator(creator.id))?.tags).toEqual([]);
  });

  it('applies a bulk edit to all or none', async () => {
    const a = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    await expect(updateCreators([a.creator.id, 'missing'], { owner: 'Dana' }, T0)).rejects.toThrow(/missing/);
    expect((await getCreator(a.creator.id))?.owner).toBeUndefined();
  });
});

describe('reading a roster with a corrupt record', () => {
  it('reports the bad record and still returns the good ones', async () => {
    const good = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    const db = await openRapportDb();
    // Simulate corruption from outside lib/db's validation (an old bug, a manual edit).
    await db.put('creators', { id: 'broken', nameKey: 'x', updatedAt: T0 + 1, displayName: 42 } as never);
    const page = await getCreatorsByIds([good.creator.id, 'broken']);
    expect(page.records.map((c) => c.id)).toEqual([good.creator.id]);
    expect(page.errors).toHaveLength(1);
    expect(page.errors[0]).toBeInstanceOf(CorruptRecordError);
    expect(page.errors[0]?.message).toMatch(/creators record "broken" is invalid: displayName/);
    await expect(getCreator('broken')).rejects.toBeInstanceOf(CorruptRecordError);
  });
});

describe('deleting creators', () => {
  it('removes a creator with everything that hangs off them, and undo puts it all back', async () => {
    const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
    const removed = await deleteCreators([creator.id]);
    expect(await getCreator(creator.id)).toBeUndefined();
    expect(await findCreatorByAccount('instagram', 'pluto__travel')).toBeUndefined();
    await restoreDeletedCreators(removed);
    expect((await getCreator(creator.id))?.displayName).toBe('Pluto');
    expect((await findCreatorByAccount('instagram', 'pluto__travel'))?.creator.id).toBe(creator.id);
  });
});
