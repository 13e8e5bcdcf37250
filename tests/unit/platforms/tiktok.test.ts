// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { tiktokAdapter as tt } from '../../../lib/platforms/tiktok';
import { docFrom, fixtureDoc, host, okProfile, without } from './helpers';

const ILLO = 'tiktok/metascraper-illojuan-2025.html';
const CARLOS = 'tiktok/unavatar-carlosazaustre-2025.html';
const LD = 'script[type="application/ld+json"]';

describe('tiktok.matchProfileUrl', () => {
  it.each<[string, string]>([
    ['https://www.tiktok.com/@illojuan', 'illojuan'],
    ['https://www.tiktok.com/@IlloJuan/', 'illojuan'],
    ['https://www.tiktok.com/@carlosazaustre?lang=en', 'carlosazaustre'],
    ['https://tiktok.com/@carlos.azaustre_', 'carlos.azaustre_'],
    ['https://m.tiktok.com/@illojuan#x', 'illojuan'],
    ['https://www.tiktok.com/@illojuan/live', 'illojuan'], // the user's live room
  ])('%s -> %s', (u, handle) => {
    expect(tt.matchProfileUrl(new URL(u))).toEqual({ platform: 'tiktok', handle, profileUrl: `https://www.tiktok.com/@${handle}` });
  });

  it.each([
    'https://www.tiktok.com/',
    'https://www.tiktok.com/@illojuan/video/7301234567890123456',
    'https://www.tiktok.com/@illojuan/photo/7301234567890123456',
    'https://www.tiktok.com/@illojuan/collection/Best-7301234567890123456',
    'https://www.tiktok.com/tag/fyp',
    'https://www.tiktok.com/music/original-sound-7301234567890123456',
    'https://www.tiktok.com/sticker/x-123',
    'https://www.tiktok.com/embed/v2/7301234567890123456',
    'https://www.tiktok.com/share/video/7301234567890123456',
    'https://www.tiktok.com/following',
    'https://www.tiktok.com/foryou',
    'https://www.tiktok.com/explore',
    'https://www.tiktok.com/live',
    'https://www.tiktok.com/search?q=illojuan',
    'https://www.tiktok.com/search/user?q=illojuan',
    'https://www.tiktok.com/messages',
    'https://www.tiktok.com/upload',
    'https://www.tiktok.com/@',
    'https://www.tiktok.com/@a',
    'https://www.tiktok.com/illojuan',
    'https://vm.tiktok.com/ZMabcdef/',
    'https://www.tiktok.com.example.org/@illojuan',
  ])('%s is not a profile', (u) => {
    expect(tt.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('tiktok.parse on real pages', () => {
  it('illojuan: exact count, bio and stable avatar from JSON-LD', () => {
    const p = okProfile(tt.parse(fixtureDoc(ILLO), new URL('https://www.tiktok.com/@illojuan')));
    expect(p).toMatchObject({ platform: 'tiktok', handle: 'illojuan', profileUrl: 'https://www.tiktok.com/@illojuan', displayName: 'IlloJuan' });
    expect(p.followers).toEqual({ raw: '783427', value: 783427, exact: true, source: 'json-ld' });
    expect(p.bio).toBe('Timing, saludos desde Almería');
    expect(host(p.avatarUrl)).toBe('www.tiktok.com'); // /api/img/?userId=…: does not expire like the signed CDN URLs
    expect(p.platformUserId).toBe('6781206617314018309');
    expect(p.links).toEqual(['https://twitch.tv/illojuan']);
  });

  it('carlosazaustre (?lang=en URL): multi-line bio kept, exact 115303 (not the rounded 115300)', () => {
    const p = okProfile(tt.parse(fixtureDoc(CARLOS), new URL('https://www.tiktok.com/@carlosazaustre?lang=en')));
    expect(p.displayName).toBe('Carlos Azaustre');
    expect(p.followers).toEqual({ raw: '115303', value: 115303, exact: true, source: 'json-ld' });
    expect(p.bio).toBe('Programación y JavaScript\nGoogle GDE & Microsoft MVP\n\u2014\n\u2193 Todos mis enlaces \u2193');
    expect(p.links).toEqual(['http://cazaustre.link/bio']);
  });

  it('without JSON-LD: the rendered header, then the exact statsV2 count from the rehydration JSON', () => {
    const p = okProfile(tt.parse(without(fixtureDoc(ILLO), LD), new URL('https://www.tiktok.com/@illojuan')));
    expect(p.displayName).toBe('IlloJuan');
    expect(p.followers).toEqual({ raw: '783427', value: 783427, exact: true, source: 'json:statsV2' });
    expect(p.bio).toBe('Timing, saludos desde Almería');
    expect(host(p.avatarUrl)).toBe('p16-common-sign.tiktokcdn-eu.com'); // header <img>
    expect(p.platformUserId).toBe('6781206617314018309');
    expect(p.links).toEqual(['https://twitch.tv/illojuan']); // unwrapped from /link/v2?…&target=
  });

  it('rendered header only: the rounded count is kept as approximate', () => {
    const doc = without(fixtureDoc(ILLO), `${LD}, #__UNIVERSAL_DATA_FOR_REHYDRATION__, meta`);
    const p = okProfile(tt.parse(doc, new URL('https://www.tiktok.com/@illojuan')));
    expect(p.followers).toEqual({ raw: '783.4K', value: 783400, exact: false, source: 'dom' });
    expect(p.displayName).toBe('IlloJuan');
  });

  it('rehydration JSON only (carlosazaustre): statsV2 exact, name, multi-line bio', () => {
    const doc = without(fixtureDoc(CARLOS), `${LD}, [data-e2e], meta`);
    const p = okProfile(tt.parse(doc, new URL('https://www.tiktok.com/@carlosazaustre')));
    expect(p.followers).toEqual({ raw: '115303', value: 115303, exact: true, source: 'json:statsV2' });
    expect(p.displayName).toBe('Carlos Azaustre');
    expect(p.bio?.split('\n')).toHaveLength(4);
    expect(host(p.avatarUrl)).toBe('p16-pu-sign-no.tiktokcdn-eu.com');
  });

  it('meta only: og:title name and "783.4K Followers" from og:description', () => {
    const doc = without(fixtureDoc(ILLO), `${LD}, #__UNIVERSAL_DATA_FOR_REHYDRATION__, [data-e2e]`);
    const p = okProfile(tt.parse(doc, new URL('https://www.tiktok.com/@illojuan')));
    expect(p.displayName).toBe('IlloJuan');
    expect(p.followers).toEqual({ raw: '783.4K Followers', value: 783400, exact: false, source: 'meta:og:description' });
    expect(p.bio).toBeUndefined(); // og:description runs the bio into other text; not parsed
    expect(host(p.avatarUrl)).toBe('p16-common-sign.tiktokcdn-eu.com');
  });

  it.each(['https://www.tiktok.com/@someoneelse', 'https://www.tiktok.com/@carlosazaustre'])(
    'embedded data for another handle is not trusted: illojuan page under %s',
    (u) => {
      const r = tt.parse(fixtureDoc(ILLO), new URL(u));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toMatch(/^no name or follower count for @\w+ on this page \(looked in the page header, the embedded data and the meta tags\)$/);
      expect(JSON.stringify(r)).not.toMatch(/illo|783/i);
    },
  );
});

/**
 * SYNTHETIC PAGES (made here, not saved from TikTok): a profile rendered in a plain
 * layout without the follower count block, as a user reported for @kai.cooks.
 */
describe('tiktok.parse on a plain layout without a follower count', () => {
  const url = new URL('https://www.tiktok.com/@kai.cooks');
  const page = (header: string, title = 'TikTok - Make Your Day') =>
    docFrom(`<!doctype html><html lang="en"><head><title>${title}</title></head><body><main>${header}</main></body></html>`);

  it('still reads the name and bio when the header shows the handle', () => {
    const p = okProfile(
      tt.parse(
        page('<h1 data-e2e="user-title">kai.cooks</h1><h2 data-e2e="user-subtitle">Kai Cooks</h2><h2 data-e2e="user-bio">Home cooking, 15 minutes a dish</h2>'),
        url,
      ),
    );
    expect(p).toEqual({
      platform: 'tiktok',
      handle: 'kai.cooks',
      profileUrl: 'https://www.tiktok.com/@kai.cooks',
      displayName: 'Kai Cooks',
      bio: 'Home cooking, 15 minutes a dish',
    });
  });

  it('gives a card with the handle alone when the header shows nothing but the handle', () => {
    const p = okProfile(tt.parse(page('<h1 data-e2e="user-title">kai.cooks</h1>'), url));
    expect(p).toEqual({ platform: 'tiktok', handle: 'kai.cooks', profileUrl: 'https://www.tiktok.com/@kai.cooks' });
  });

  it('says what it looked for when nothing on the page names the profile', () => {
    const r = tt.parse(page('<p>Something went wrong</p>'), url);
    expect(r).toEqual({
      ok: false,
      ref: { platform: 'tiktok', handle: 'kai.cooks', profileUrl: 'https://www.tiktok.com/@kai.cooks' },
      reason: 'no name or follower count for @kai.cooks on this page (looked in the page header, the embedded data and the meta tags)',
    });
  });

  it('does not take a header that shows another handle', () => {
    const r = tt.parse(page('<h1 data-e2e="user-title">someone.else</h1><h2 data-e2e="user-subtitle">Someone</h2>'), url);
    expect(r.ok).toBe(false);
  });
});
