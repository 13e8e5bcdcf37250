// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as yt } from '../../../lib/platforms/youtube';
import { docFrom, fixtureDoc, host, okProfile, youtubeBrowsePage } from './helpers';

const ONE_2024 = 'youtube/metascraper-ONEMedia-channel-2024.html';
const ONE_2018 = 'youtube/metascraper-ONEMedia-channel-2018.html';
const ONE_ID = 'UCzcRQ3vRNr6fJ1A9rqFn7QA';
const KURZ = 'youtube/newpipe-kurzgesagt-browse-enGB.json';
const GRONKH = 'youtube/newpipe-gronkh-browse-enGB.json';
const SHEMP = 'youtube/newpipe-ShempOfficial-pronouns-browse-enGB.json';

describe('youtube.matchProfileUrl', () => {
  it.each<[string, string, string]>([
    ['https://www.youtube.com/@OneMedia.', 'onemedia.', 'https://www.youtube.com/@onemedia.'], // handle ending in a dot
    ['https://www.youtube.com/@kurzgesagt/videos', 'kurzgesagt', 'https://www.youtube.com/@kurzgesagt'],
    ['https://m.youtube.com/@kurzgesagt/shorts?app=m', 'kurzgesagt', 'https://www.youtube.com/@kurzgesagt'],
    ['https://youtube.com/@kurzgesagt/featured#x', 'kurzgesagt', 'https://www.youtube.com/@kurzgesagt'],
    ['https://www.youtube.com/@kurzgesagt/about', 'kurzgesagt', 'https://www.youtube.com/@kurzgesagt'],
    ['https://www.youtube.com/@kurzgesagt/streams', 'kurzgesagt', 'https://www.youtube.com/@kurzgesagt'],
    ['https://www.youtube.com/@kurzgesagt/playlists', 'kurzgesagt', 'https://www.youtube.com/@kurzgesagt'],
    ['https://www.youtube.com/@kurzgesagt/community', 'kurzgesagt', 'https://www.youtube.com/@kurzgesagt'],
    ['https://www.youtube.com/@Shemp-Official_1', 'shemp-official_1', 'https://www.youtube.com/@shemp-official_1'],
    ['https://www.youtube.com/@%E3%81%AF%E3%81%98%E3%82%81', 'はじめ', 'https://www.youtube.com/@%E3%81%AF%E3%81%98%E3%82%81'], // percent-encoded Unicode handle
    [`https://www.youtube.com/channel/${ONE_ID}`, ONE_ID, `https://www.youtube.com/channel/${ONE_ID}`],
    [`https://www.youtube.com/channel/${ONE_ID}/videos?view=0`, ONE_ID, `https://www.youtube.com/channel/${ONE_ID}`],
    ['https://www.youtube.com/c/OneMediaTrailers', 'c/onemediatrailers', 'https://www.youtube.com/c/OneMediaTrailers'],
    ['https://www.youtube.com/user/movietrailers/videos', 'user/movietrailers', 'https://www.youtube.com/user/movietrailers'],
    ['https://www.youtube.com/movietrailers', 'c/movietrailers', 'https://www.youtube.com/movietrailers'], // bare legacy custom URL
  ])('%s -> %s', (u, handle, profileUrl) => {
    expect(yt.matchProfileUrl(new URL(u))).toEqual({ platform: 'youtube', handle, profileUrl });
  });

  it.each([
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/shorts/abcdefghijk',
    'https://www.youtube.com/playlist?list=PL123',
    'https://www.youtube.com/results?search_query=kurzgesagt',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/feed/trending',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube.com/live/dQw4w9WgXcQ',
    'https://www.youtube.com/post/UgkxAbCdEf',
    'https://www.youtube.com/hashtag/science',
    'https://www.youtube.com/account',
    'https://www.youtube.com/upload',
    'https://www.youtube.com/signin',
    'https://www.youtube.com/gaming',
    'https://www.youtube.com/premium',
    'https://www.youtube.com/t/terms',
    'https://www.youtube.com/about/press',
    'https://www.youtube.com/redirect?q=https://example.com',
    'https://www.youtube.com/channel/',
    'https://www.youtube.com/channel/not-a-channel-id',
    'https://www.youtube.com/@kurzgesagt/live', // redirects to the live video
    'https://www.youtube.com/@kurzgesagt/videos/extra',
    'https://www.youtube.com/@ab', // handles are 3-30 chars
    'https://www.youtube.com/sw.js',
    'https://music.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA',
    'https://studio.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA',
    'https://consent.youtube.com/m?continue=x',
    'https://youtu.be/dQw4w9WgXcQ',
  ])('%s is not a profile', (u) => {
    expect(yt.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('youtube.parse on real pages', () => {
  it.each(['https://www.youtube.com/@OneMedia.', 'https://www.youtube.com/@onemedia./videos', `https://www.youtube.com/channel/${ONE_ID}`])(
    '2024 es-ES page via %s: ytInitialData, Spanish count, ref upgraded to the @handle',
    (u) => {
      const p = okProfile(yt.parse(fixtureDoc(ONE_2024), new URL(u)));
      expect(p).toMatchObject({
        platform: 'youtube',
        handle: 'onemedia.',
        profileUrl: 'https://www.youtube.com/@onemedia.',
        displayName: 'ONE Media',
        platformUserId: ONE_ID,
      });
      expect(p.followers).toEqual({ raw: '4,69 M de suscriptores', value: 4_690_000, exact: false, source: 'json:ytInitialData' });
      expect(p.bio?.startsWith('ALL the Must See Movie Trailers, Film Clips & Videos are here!\nBlockbusters')).toBe(true);
      expect(host(p.avatarUrl)).toBe('yt3.googleusercontent.com');
    },
  );

  it.each([`https://www.youtube.com/channel/${ONE_ID}`, 'https://www.youtube.com/user/movietrailers', 'https://www.youtube.com/movietrailers'])(
    "2018 page via %s: name, bio, avatar, id; no count (the only counts on it are other channels')",
    (u) => {
      const r = yt.parse(fixtureDoc(ONE_2018), new URL(u));
      const p = okProfile(r);
      expect(p.displayName).toBe('ONE Media');
      expect(p.followers).toBeUndefined();
      expect(p.platformUserId).toBe(ONE_ID);
      expect(p.bio?.startsWith('Thor 3, Star Wars, Valerian')).toBe(true);
      expect(host(p.avatarUrl)).toBe('yt3.ggpht.com');
      expect(p.links).toEqual([
        'https://plus.google.com/117241521619860032933',
        'https://twitter.com/Fresh_Trailers',
        'http://www.facebook.com/FreshMovieTrailers',
      ]);
      expect(p.handle).toBe(new URL(u).pathname.startsWith('/channel/') ? ONE_ID : yt.matchProfileUrl(new URL(u))?.handle);
    },
  );

  // SYNTHETIC PAGES: real innertube browse JSON (NewPipe mocks, hl=en-GB) wrapped as `var ytInitialData = …;`.
  describe('2026 pageHeaderViewModel JSON in a synthetic page', () => {
    it('kurzgesagt: "25m subscribers"', () => {
      const p = okProfile(yt.parse(youtubeBrowsePage(KURZ), new URL('https://www.youtube.com/@kurzgesagt')));
      expect(p).toMatchObject({ handle: 'kurzgesagt', displayName: 'Kurzgesagt \u2013 In a Nutshell', platformUserId: 'UCsXVk37bltHxD1rDPwtNM8Q' });
      expect(p.followers).toEqual({ raw: '25m subscribers', value: 25_000_000, exact: false, source: 'json:ytInitialData' });
      expect(p.bio?.startsWith('Animation videos explaining things with optimistic nihilism since 12,013.')).toBe(true);
      expect(host(p.avatarUrl)).toBe('yt3.googleusercontent.com');
      expect(p.links).toEqual(['https://shop.kgs.link/cool']);
    });

    it('gronkh: "5.04m subscribers", German bio', () => {
      const p = okProfile(yt.parse(youtubeBrowsePage(GRONKH), new URL('https://www.youtube.com/@gronkh/videos')));
      expect(p).toMatchObject({ handle: 'gronkh', displayName: 'Gronkh', platformUserId: 'UCYJ61XIK64sp6ZFFS8sctxw' });
      expect(p.followers).toEqual({ raw: '5.04m subscribers', value: 5_040_000, exact: false, source: 'json:ytInitialData' });
      expect(p.bio?.startsWith('\u2605 \u2605 \u2605 KLICK MICH HART, DU SAU! :D')).toBe(true);
      expect(host(p.avatarUrl)).toBe('yt3.googleusercontent.com');
    });

    it('ShempOfficial: pronouns between handle and count; channel URL upgraded to the @handle', () => {
      const p = okProfile(yt.parse(youtubeBrowsePage(SHEMP), new URL('https://www.youtube.com/channel/UCEAXWzgcuF6XEiJcszhikQA/videos')));
      expect(p).toMatchObject({ handle: 'shempofficial', profileUrl: 'https://www.youtube.com/@shempofficial', displayName: 'Shemp' });
      expect(p.followers).toEqual({ raw: '7.78k subscribers', value: 7_780, exact: false, source: 'json:ytInitialData' });
      expect(p.bio?.startsWith('HEY! HEY YOU!')).toBe(true);
    });
  });

  describe('stale ytInitialData (client-side navigation) is not trusted', () => {
    it.each<[string, string]>([
      [ONE_2024, 'https://www.youtube.com/@kurzgesagt'],
      [ONE_2024, 'https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q'],
      [ONE_2024, 'https://www.youtube.com/c/somethingelse'],
      [ONE_2018, 'https://www.youtube.com/user/someoneelse'],
    ])('%s under %s', (f, u) => {
      const r = yt.parse(fixtureDoc(f), new URL(u));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toMatch(/^no channel data for .+ on this page yet$/);
      expect(JSON.stringify(r)).not.toMatch(/ONE Media|UCzc/);
    });

    it('kurzgesagt JSON under the gronkh URL', () => {
      const r = yt.parse(youtubeBrowsePage(KURZ), new URL('https://www.youtube.com/@gronkh'));
      expect(r).toEqual({
        ok: false,
        ref: { platform: 'youtube', handle: 'gronkh', profileUrl: 'https://www.youtube.com/@gronkh' },
        reason: 'no channel data for @gronkh on this page yet',
      });
    });
  });
});

// SYNTHETIC: the 2024+ rendered header has no saved capture; this checks the unverified
// DOM fallback (used after client-side navigation, when ytInitialData is stale) and its guard.
describe('youtube.parse on a synthetic rendered header (unverified structure)', () => {
  const header = (handle: string) =>
    docFrom(`<html lang="en"><body><ytd-browse><yt-page-header-renderer>
      <yt-decorated-avatar-view-model><img src="https://yt3.googleusercontent.com/abc=s160-c-k"></yt-decorated-avatar-view-model>
      <h1><span>Kurzgesagt – In a Nutshell</span></h1>
      <yt-content-metadata-view-model>
        <div class="yt-content-metadata-view-model__metadata-row"><span>${handle}</span></div>
        <div class="yt-content-metadata-view-model__metadata-row"><span>\u200e\u206825.1M subscribers\u2069</span><span> • </span><span>337 videos</span></div>
      </yt-content-metadata-view-model>
    </yt-page-header-renderer></ytd-browse></body></html>`);

  it("reads name, rounded count and avatar when a row shows the URL's @handle", () => {
    const p = okProfile(yt.parse(header('@kurzgesagt'), new URL('https://www.youtube.com/@Kurzgesagt')));
    expect(p.displayName).toBe('Kurzgesagt – In a Nutshell');
    expect(p.followers).toEqual({ raw: '25.1M subscribers', value: 25_100_000, exact: false, source: 'dom' });
    expect(host(p.avatarUrl)).toBe('yt3.googleusercontent.com');
  });

  it('ignores a header showing another handle', () => {
    expect(yt.parse(header('@gronkh'), new URL('https://www.youtube.com/@kurzgesagt')).ok).toBe(false);
  });
});
