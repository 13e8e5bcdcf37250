// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { instagramAdapter as ig } from '../../../lib/platforms/instagram';
import { fixtureDoc, host, okProfile, without } from './helpers';

const PLUTO = 'https://www.instagram.com/pluto__travel/';

describe('instagram.matchProfileUrl', () => {
  it.each<[string, string, string]>([
    ['https://www.instagram.com/pluto__travel/', 'pluto__travel', PLUTO],
    ['https://www.instagram.com/pluto__travel', 'pluto__travel', PLUTO],
    ['https://instagram.com/Pluto__Travel/?hl=fr', 'pluto__travel', PLUTO],
    ['https://m.instagram.com/pluto__travel/#top', 'pluto__travel', PLUTO],
    ['https://www.instagram.com/_u/pluto__travel/', 'pluto__travel', PLUTO], // app link
    ['https://www.instagram.com/pluto__travel/reels/', 'pluto__travel', PLUTO],
    ['https://www.instagram.com/pluto__travel/tagged/', 'pluto__travel', PLUTO],
    ['https://www.instagram.com/pluto__travel/followers/', 'pluto__travel', PLUTO],
    ['https://www.instagram.com/pluto__travel/following/', 'pluto__travel', PLUTO],
    ['https://www.instagram.com/pluto__travel/saved/', 'pluto__travel', PLUTO],
    ['https://www.instagram.com/pluto__travel/guide/best-places/17890000000000000/', 'pluto__travel', PLUTO],
    ['https://www.instagram.com/homegate.ch/', 'homegate.ch', 'https://www.instagram.com/homegate.ch/'],
    ['https://www.instagram.com/_tanshio_/', '_tanshio_', 'https://www.instagram.com/_tanshio_/'],
  ])('%s -> %s', (u, handle, profileUrl) => {
    expect(ig.matchProfileUrl(new URL(u))).toEqual({ platform: 'instagram', handle, profileUrl });
  });

  it.each([
    'https://www.instagram.com/',
    'https://www.instagram.com/p/C1a2b3c4d5/',
    'https://www.instagram.com/reel/C1a2b3c4d5/',
    'https://www.instagram.com/reels/C1a2b3c4d5/',
    'https://www.instagram.com/tv/C1a2b3c4d5/',
    'https://www.instagram.com/pluto__travel/p/C1a2b3c4d5/',
    'https://www.instagram.com/pluto__travel/reel/C1a2b3c4d5/',
    'https://www.instagram.com/pluto__travel/tv/C1a2b3c4d5/',
    'https://www.instagram.com/pluto__travel/embed',
    'https://www.instagram.com/pluto__travel/qr',
    'https://www.instagram.com/stories/pluto__travel/3123456789012345678/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/explore/tags/travel/',
    'https://www.instagram.com/explore/locations/123/paris/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/direct/t/340282366841710300949128/',
    'https://www.instagram.com/accounts/edit/',
    'https://www.instagram.com/accounts/login/',
    'https://www.instagram.com/settings/',
    'https://www.instagram.com/about/',
    'https://www.instagram.com/legal/privacy/',
    'https://www.instagram.com/developer/',
    'https://www.instagram.com/web/search/topsearch/',
    'https://www.instagram.com/challenge/',
    'https://www.instagram.com/_u/',
    'https://www.instagram.com/_u/explore/',
    'https://www.instagram.com/has space/',
    'https://www.instagram.com/way_too_long_username_over_30_chars/',
    'https://help.instagram.com/pluto__travel',
    'https://www.instagram.com.evil.example/pluto__travel/',
    'ftp://www.instagram.com/pluto__travel/',
  ])('%s is not a profile', (u) => {
    expect(ig.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('instagram.parse on real pages', () => {
  it('2025 served HTML: name/count/bio/avatar from meta tags', () => {
    const p = okProfile(ig.parse(fixtureDoc('instagram/metascraper-pluto__travel-2025.html'), new URL(PLUTO)));
    expect(p).toMatchObject({ platform: 'instagram', handle: 'pluto__travel', profileUrl: PLUTO, displayName: 'Pluto' });
    expect(p.followers).toEqual({ raw: '2,362 Followers', value: 2362, exact: true, source: 'meta:og:description' });
    expect(p.bio).toBe('Home of travel \u2014 Plan a trip and find the best things to do in one simple, fun and beautiful app.');
    expect(host(p.avatarUrl)).toBe('scontent-mad2-1.cdninstagram.com');
    expect(p.avatarUrl).toContain('&oe='); // entities in the attribute decoded by the DOM
  });

  it('2021 logged-in page: exact count from the rendered header span[title]', () => {
    const p = okProfile(ig.parse(fixtureDoc('instagram/metascraper-pluto__travel-2021.html'), new URL(PLUTO)));
    expect(p.displayName).toBe('Pluto');
    expect(p.followers).toEqual({ raw: '2,187', value: 2187, exact: true, source: 'dom:title' });
    expect(p.bio?.startsWith('Where travel lovers go to escape.\nOur mobile app helps you organise a trip')).toBe(true);
    expect(host(p.avatarUrl)).toBe('scontent-mad1-1.cdninstagram.com');
    expect(p.avatarUrl).toContain('/s320x320/');
    expect(p.links).toEqual(['https://linkin.bio/pluto__travel']);
  });

  it('2021 page without the header: exact count from JSON-LD (alternateName "@pluto__travel")', () => {
    const doc = without(fixtureDoc('instagram/metascraper-pluto__travel-2021.html'), 'header');
    const p = okProfile(ig.parse(doc, new URL(PLUTO)));
    expect(p.followers).toEqual({ raw: '2187', value: 2187, exact: true, source: 'json-ld' });
    expect(p.displayName).toBe('Pluto');
    expect(p.avatarUrl).toContain('/s150x150/'); // og:image; the JSON-LD image is a favicon and is ignored
  });

  it('2021 page with only window._sharedData left: the legacy fallback reads the profile, not the logged-in viewer', () => {
    const doc = without(fixtureDoc('instagram/metascraper-pluto__travel-2021.html'), 'header, meta, script[type="application/ld+json"]');
    const p = okProfile(ig.parse(doc, new URL(PLUTO)));
    expect(p.followers).toEqual({ raw: '2187', value: 2187, exact: true, source: 'json:_sharedData' });
    expect(p.displayName).toBe('Pluto'); // config.viewer is "Kiko Beats"
    expect(p.platformUserId).toBe('3640900328');
    expect(p.bio?.startsWith('Where travel lovers go to escape.')).toBe(true);
    expect(host(p.avatarUrl)).toBe('scontent-mad1-1.cdninstagram.com');
  });

  it("does not trust another profile's page (stale data after client-side navigation)", () => {
    for (const f of ['instagram/metascraper-pluto__travel-2025.html', 'instagram/metascraper-pluto__travel-2021.html']) {
      const r = ig.parse(fixtureDoc(f), new URL('https://www.instagram.com/someoneelse/'));
      expect(r).toEqual({
        ok: false,
        ref: { platform: 'instagram', handle: 'someoneelse', profileUrl: 'https://www.instagram.com/someoneelse/' },
        reason: 'no profile data for @someoneelse on this page yet',
      });
      expect(JSON.stringify(r)).not.toMatch(/pluto/i);
    }
  });

  it('after client-side navigation: the updated <title> gives the new name, the stale og tags are ignored', () => {
    const doc = fixtureDoc('instagram/metascraper-pluto__travel-2025.html');
    doc.title = 'Joy Qiu (@joyqiuu) \u2022 Instagram photos and videos'; // what the SPA does on navigation
    const r = ig.parse(doc, new URL('https://www.instagram.com/joyqiuu/'));
    expect(r).toEqual({
      ok: true,
      profile: { platform: 'instagram', handle: 'joyqiuu', profileUrl: 'https://www.instagram.com/joyqiuu/', displayName: 'Joy Qiu' },
    });
  });

  it('a non-profile URL is reported as such', () => {
    const r = ig.parse(fixtureDoc('instagram/metascraper-pluto__travel-2025.html'), new URL('https://www.instagram.com/p/abc/'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('this page is not a profile');
  });
});
