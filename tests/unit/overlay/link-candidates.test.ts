import { describe, expect, it } from 'vitest';
import {
  NotOnRosterError,
  RECORD_STORES,
  createRestoreBuilder,
  findCreatorByAccount,
  findLinkCandidates,
  openRapportDb,
  readAllData,
  replaceAllData,
  saveScrapedProfile,
} from '../../../lib/db';
import { bioLinkUrls, linkedProfileRefs, rankLinkCandidates } from '../../../lib/overlay/link-candidates';
import type { ProfileRef } from '../../../lib/platforms/types';
import { DAY, T0, scrapedProfile } from '../db/fixtures';

/** A stand-in for the registry's matcher: knows two sites' profile URLs. */
function matchProfile(url: URL): ProfileRef | null {
  const host = url.hostname.replace(/^www\./, '');
  const first = url.pathname.split('/').filter(Boolean)[0];
  if (!first) return null;
  if (host === 'instagram.com') return { platform: 'instagram', handle: first.toLowerCase(), profileUrl: `https://www.instagram.com/${first}/` };
  if (host === 'tiktok.com' && first.startsWith('@'))
    return { platform: 'tiktok', handle: first.slice(1).toLowerCase(), profileUrl: `https://www.tiktok.com/${first}` };
  return null;
}

describe('bio links', () => {
  it('accepts bare domains as bios write them and drops non-web or broken links', () => {
    expect(bioLinkUrls(['instagram.com/pluto', ' https://x.com/a ', 'mailto:a@b.c', 'javascript:alert(1)', 'not a url at all', '']).map(String)).toEqual([
      'https://instagram.com/pluto',
      'https://x.com/a',
    ]);
    expect(bioLinkUrls(undefined)).toEqual([]);
  });

  it('keeps the profiles they point at, not the profile itself, once each', () => {
    const refs = linkedProfileRefs(
      { platform: 'tiktok', handle: 'pluto' },
      ['https://www.tiktok.com/@pluto', 'instagram.com/Pluto__Travel', 'https://www.instagram.com/pluto__travel/', 'https://linktr.ee/pluto'],
      matchProfile,
    );
    expect(refs.map((r) => `${r.platform}:${r.handle}`)).toEqual(['instagram:pluto__travel']);
  });
});

describe('finding creators this profile may already belong to', () => {
  it('finds owners of linked accounts, of the same handle elsewhere, and of the same name', async () => {
    const linked = await saveScrapedProfile(scrapedProfile({ displayName: 'Someone Else' }), { now: T0 });
    const sameHandle = await saveScrapedProfile(
      scrapedProfile({ platform: 'x', handle: 'plutotravels', profileUrl: 'https://x.com/plutotravels', displayName: 'PT' }),
      { now: T0 + 1 },
    );
    const sameName = await saveScrapedProfile(
      scrapedProfile({ platform: 'youtube', handle: 'plutochannel', profileUrl: 'https://www.youtube.com/@plutochannel', displayName: 'Pluto Travels' }),
      { now: T0 + 2 },
    );
    await saveScrapedProfile(scrapedProfile({ platform: 'twitch', handle: 'unrelated', profileUrl: 'https://www.twitch.tv/unrelated', displayName: 'Nope' }));

    const hits = await findLinkCandidates({
      platform: 'tiktok',
      handle: 'plutotravels',
      displayName: '  pluto travels ',
      linked: [{ platform: 'instagram', handle: 'pluto__travel' }],
    });
    expect(hits.byLink.map((c) => c.id)).toEqual([linked.creator.id]);
    expect(hits.bySameHandle.map((c) => c.id)).toEqual([sameHandle.creator.id]);
    expect(hits.byName.map((c) => c.id)).toEqual([sameName.creator.id]);

    const ranked = rankLinkCandidates({ ...hits, platform: 'tiktok' });
    expect(ranked.map((c) => [c.creator.id, c.reasons])).toEqual([
      [linked.creator.id, ['bio-link']],
      [sameHandle.creator.id, ['same-handle']],
      [sameName.creator.id, ['same-name']],
    ]);
  });

  it('ranks a creator with several kinds of evidence once, above single hits, and one already on that platform last', async () => {
    const both = (await saveScrapedProfile(scrapedProfile({ displayName: 'Pluto' }), { now: T0 })).creator;
    const nameOnly = (
      await saveScrapedProfile(scrapedProfile({ platform: 'x', handle: 'p2', profileUrl: 'https://x.com/p2', displayName: 'Pluto' }), { now: T0 + 5 * DAY })
    ).creator;
    const onTikTokAlready = (
      await saveScrapedProfile(scrapedProfile({ platform: 'tiktok', handle: 'other', profileUrl: 'https://www.tiktok.com/@other', displayName: 'Pluto' }), {
        now: T0 + 9 * DAY,
      })
    ).creator;
    const ranked = rankLinkCandidates({ byLink: [both], linkedFrom: [], bySameHandle: [], byName: [onTikTokAlready, nameOnly, both], platform: 'tiktok' });
    expect(ranked.map((c) => c.creator.id)).toEqual([both.id, nameOnly.id, onTikTokAlready.id]);
    expect(ranked[0]?.reasons).toEqual(['bio-link', 'same-name']);
  });

  it('finds nothing on an empty roster', async () => {
    await expect(findLinkCandidates({ platform: 'x', handle: 'a', displayName: 'A', linked: [] })).resolves.toEqual({
      byLink: [],
      linkedFrom: [],
      bySameHandle: [],
      byName: [],
    });
  });

  it("finds the creator whose saved account's bio links to this profile, and ranks it with bio links", async () => {
    // A YouTube channel on the roster whose bio links to an Instagram profile not saved yet.
    const channel = await saveScrapedProfile(
      scrapedProfile({
        platform: 'youtube',
        handle: 'anatravels',
        profileUrl: 'https://www.youtube.com/@anatravels',
        displayName: 'Ana T',
        links: ['instagram.com/ana.travels', 'https://x.com/ana_t', 'https://ana.example/shop'],
      }),
      { now: T0 },
    );
    expect(channel.account.linkedProfiles).toEqual(['instagram:ana.travels', 'x:ana_t']);
    const unrelated = await saveScrapedProfile(scrapedProfile({ platform: 'x', handle: 'zed', profileUrl: 'https://x.com/zed', displayName: 'Ana T' }), {
      now: T0 + DAY,
    });

    const hits = await findLinkCandidates({ platform: 'instagram', handle: 'ana.travels', displayName: 'Ana T', linked: [] });
    expect(hits.linkedFrom.map((c) => c.id)).toEqual([channel.creator.id]);
    const ranked = rankLinkCandidates({ ...hits, platform: 'instagram' });
    expect(ranked.map((c) => [c.creator.id, c.reasons])).toEqual([
      [channel.creator.id, ['linked-from', 'same-name']],
      [unrelated.creator.id, ['same-name']],
    ]);
    // Another profile nobody links to finds nothing that way.
    expect((await findLinkCandidates({ platform: 'instagram', handle: 'someone.else', linked: [] })).linkedFrom).toEqual([]);
  });

  it('derives the link keys again when a backup is restored, never taking them from the file', async () => {
    const channel = await saveScrapedProfile(
      scrapedProfile({ platform: 'youtube', handle: 'anatravels', profileUrl: 'https://www.youtube.com/@anatravels', links: ['instagram.com/ana.travels'] }),
      { now: T0 },
    );
    const { data } = await readAllData();
    // A hand-edited backup: forged keys on the account, which its links do not support.
    const forged = { ...data, accounts: data.accounts.map((a) => ({ ...a, linkedProfiles: ['instagram:someone.else'] })) };
    const builder = createRestoreBuilder();
    for (const store of RECORD_STORES) for (const record of forged[store]) expect(builder.add(store, record)).toBeNull();
    await replaceAllData(builder.finish());
    const linkedTo = async (handle: string) => (await findLinkCandidates({ platform: 'instagram', handle, linked: [] })).linkedFrom.map((c) => c.id);
    expect(await linkedTo('ana.travels')).toEqual([channel.creator.id]);
    expect(await linkedTo('someone.else')).toEqual([]);
    // Data that did not come through the builder is checked the same way.
    await replaceAllData(forged);
    expect(await linkedTo('ana.travels')).toEqual([channel.creator.id]);
    expect(await linkedTo('someone.else')).toEqual([]);
  });
});

describe('the snapshot a visit stores', () => {
  it('refreshes a saved account (one snapshot a day) but never creates a creator', async () => {
    await expect(saveScrapedProfile(scrapedProfile(), { onlyIfSaved: true, now: T0 })).rejects.toBeInstanceOf(NotOnRosterError);
    const db = await openRapportDb();
    expect(await db.count('creators')).toBe(0);
    expect(await db.count('accounts')).toBe(0);

    await saveScrapedProfile(scrapedProfile(), { now: T0 });
    const visit = (value: number, now: number) =>
      saveScrapedProfile(scrapedProfile({ followers: { raw: String(value), value, exact: true, source: 'dom' } }), { onlyIfSaved: true, now });
    await visit(2400, T0 + 1000);
    await visit(2500, T0 + DAY);
    const found = await findCreatorByAccount('instagram', 'pluto__travel');
    expect(found?.account.followerSnapshots.map((s) => s.value)).toEqual([2362, 2500]);
    expect(await db.count('creators')).toBe(1);
  });
});
