// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { xAdapter as x } from '../../../lib/platforms/x';
import { docFrom, fixtureDoc, fixtureText, host, okProfile, without } from './helpers';

const LD = 'script[type="application/ld+json"]';

describe('x.matchProfileUrl', () => {
  it.each<[string, string]>([
    ['https://x.com/Kikobeats', 'kikobeats'],
    ['https://x.com/kikobeats/', 'kikobeats'],
    ['https://twitter.com/Kikobeats', 'kikobeats'], // twitter.com -> x.com
    ['https://www.twitter.com/javilop?lang=es', 'javilop'],
    ['https://mobile.twitter.com/javilop', 'javilop'],
    ['https://mobile.x.com/javilop#top', 'javilop'],
    ['https://x.com/javilop/media', 'javilop'],
    ['https://x.com/javilop/with_replies', 'javilop'],
    ['https://x.com/javilop/likes', 'javilop'],
    ['https://x.com/javilop/highlights', 'javilop'],
    ['https://x.com/javilop/followers', 'javilop'],
    ['https://x.com/javilop/verified_followers', 'javilop'],
    ['https://x.com/javilop/following', 'javilop'],
    ['https://x.com/javilop/photo', 'javilop'],
    ['https://x.com/javilop/header_photo', 'javilop'],
    ['https://x.com/intent/user?screen_name=XDevelopers', 'xdevelopers'],
    ['https://twitter.com/intent/follow?screen_name=k4rliky', 'k4rliky'],
    ['https://x.com/_', '_'],
  ])('%s -> %s', (u, handle) => {
    expect(x.matchProfileUrl(new URL(u))).toEqual({ platform: 'x', handle, profileUrl: `https://x.com/${handle}` });
  });

  it.each([
    'https://x.com/',
    'https://x.com/home',
    'https://x.com/explore',
    'https://x.com/notifications',
    'https://x.com/messages',
    'https://x.com/messages/123-456',
    'https://x.com/search?q=rapport',
    'https://x.com/settings/account',
    'https://x.com/compose/post',
    'https://x.com/login',
    'https://x.com/logout',
    'https://x.com/signup',
    'https://x.com/tos',
    'https://x.com/privacy',
    'https://x.com/jobs',
    'https://x.com/download',
    'https://x.com/hashtag/AI',
    'https://x.com/i/bookmarks',
    'https://x.com/i/lists/123',
    'https://x.com/i/communities/123',
    'https://x.com/i/events/123',
    'https://x.com/i/timeline',
    'https://x.com/i/flow/login',
    'https://x.com/i/web/status/1700000000000000000',
    'https://x.com/i/user/101198215',
    'https://x.com/intent/tweet?text=hi',
    'https://x.com/intent/user',
    'https://x.com/Kikobeats/status/1700000000000000000',
    'https://x.com/Kikobeats/status/1700000000000000000/photo/1',
    'https://x.com/Kikobeats/lists',
    'https://x.com/this_handle_is_too_long',
    'https://fxtwitter.com/Kikobeats',
    'https://vxtwitter.com/Kikobeats',
    'https://x.com.evil.example/Kikobeats',
  ])('%s is not a profile', (u) => {
    expect(x.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('x.parse on real pages', () => {
  it('Kikobeats rendered 2025: JSON-LD (mainEntity) wins: exact count, id, 400x400 avatar, expanded link', () => {
    const p = okProfile(x.parse(fixtureDoc('x/metascraper-Kikobeats-rendered-2025.html'), new URL('https://x.com/Kikobeats')));
    expect(p).toMatchObject({
      platform: 'x',
      handle: 'kikobeats',
      profileUrl: 'https://x.com/kikobeats',
      displayName: 'Kiko Beats',
      platformUserId: '101198215',
    });
    expect(p.followers).toEqual({ raw: '3893', value: 3893, exact: true, source: 'json-ld' });
    expect(p.bio?.startsWith('Building web infra & open source\nRunning https://t.co/')).toBe(true);
    expect(host(p.avatarUrl)).toBe('pbs.twimg.com');
    expect(p.avatarUrl).toMatch(/_400x400\.jpg$/);
    expect(p.links).toEqual(['http://kikobeats.com']);
  });

  it('javilop rendered 2025: emoji kept in the JSON-LD name, exact 86423 despite "86.4K" on screen', () => {
    const p = okProfile(x.parse(fixtureDoc('x/metascraper-javilop-rendered-2025.html'), new URL('https://x.com/javilop')));
    expect(p.displayName).toBe('Javi López ⛩️');
    expect(p.followers).toEqual({ raw: '86423', value: 86423, exact: true, source: 'json-ld' });
    expect(p.bio?.startsWith('Comparto tutoriales, herramientas y noticias de IA.')).toBe(true);
    expect(host(p.avatarUrl)).toBe('pbs.twimg.com');
    expect(p.platformUserId).toBe('16045832');
  });

  it('javilop rendered 2025 without JSON-LD: the DOM header ("86.4K Followers", rounded)', () => {
    const p = okProfile(x.parse(without(fixtureDoc('x/metascraper-javilop-rendered-2025.html'), LD), new URL('https://x.com/javilop/media')));
    expect(p.displayName).toBe('Javi López'); // the DOM draws the emoji as an image
    expect(p.followers).toEqual({ raw: '86.4K Followers', value: 86400, exact: false, source: 'dom' });
    expect(p.bio?.startsWith('Comparto tutoriales')).toBe(true);
    expect(p.avatarUrl).toBe('https://pbs.twimg.com/profile_images/1581679886267301888/BHGZpOc6_400x400.jpg');
  });

  it('Kikobeats rendered 2025 without JSON-LD: DOM count "3,893 Followers" from /verified_followers, site link text', () => {
    const p = okProfile(x.parse(without(fixtureDoc('x/metascraper-Kikobeats-rendered-2025.html'), LD), new URL('https://x.com/kikobeats')));
    expect(p.displayName).toBe('Kiko Beats');
    expect(p.followers).toEqual({ raw: '3,893 Followers', value: 3893, exact: true, source: 'dom' });
    expect(p.links).toEqual(['https://kikobeats.com']);
  });

  it('Kikobeats twitter.com 2023: JSON-LD under "author", name from givenName', () => {
    const p = okProfile(x.parse(fixtureDoc('x/metascraper-Kikobeats-twitter-rendered-2023.html'), new URL('https://twitter.com/Kikobeats')));
    expect(p).toMatchObject({ handle: 'kikobeats', profileUrl: 'https://x.com/kikobeats', displayName: '#!/kiko/beats' });
    expect(p.followers).toEqual({ raw: '3324', value: 3324, exact: true, source: 'json-ld' });
    expect(p.bio?.startsWith('engineering ▲ @vercel; founder of\nhttps://t.co/')).toBe(true);
    expect(host(p.avatarUrl)).toBe('pbs.twimg.com');
  });

  it('k4rliky twitter.com 2023: JSON-LD "author"; DOM fallback reads /followers (not verified_followers)', () => {
    const doc = fixtureDoc('x/metascraper-k4rliky-twitter-rendered-2023.html');
    const p = okProfile(x.parse(doc, new URL('https://twitter.com/k4rliky')));
    expect(p.displayName).toBe('Brad, what are you gonna do?');
    expect(p.followers).toEqual({ raw: '1221', value: 1221, exact: true, source: 'json-ld' });
    expect(p.bio?.startsWith('Research Scientist interested in Quantum Computing')).toBe(true);
    expect(host(p.avatarUrl)).toBe('pbs.twimg.com');
    expect(p.links).toEqual(['https://karliky.com']);
    const dom = okProfile(x.parse(without(doc, LD), new URL('https://twitter.com/k4rliky')));
    expect(dom.followers).toEqual({ raw: '1,221 Followers', value: 1221, exact: true, source: 'dom' });
    expect(dom.displayName).toBe('Brad, what are you gonna do?');
  });

  it('unavatar Kikobeats capture (2026): JSON-LD with a separate WebSite block', () => {
    const p = okProfile(x.parse(fixtureDoc('x/unavatar-Kikobeats-jsonld.html'), new URL('https://x.com/Kikobeats')));
    expect(p.displayName).toBe('#!/kiko/beats');
    expect(p.followers).toEqual({ raw: '3885', value: 3885, exact: true, source: 'json-ld' });
    expect(p.bio?.startsWith('engineering ▲ @vercel; founder of')).toBe(true);
    expect(host(p.avatarUrl)).toBe('pbs.twimg.com');
  });

  it.each<[string, string, string, string]>([
    ['x/metascraper-Kikobeats-og-2025.html', 'https://x.com/Kikobeats', '#!/kiko/beats', 'engineering ▲ @vercel; founder of\nhttps://t.co/4PQvCsVNsA'],
    [
      'x/metascraper-javilop-og-2025.html',
      'https://twitter.com/javilop',
      'Javi López ⛩️',
      'Comparto tutoriales, herramientas y noticias de IA.\n\nFundador @Magnific_AI',
    ],
  ])('served to bots (%s): og tags only, no count', (f, u, name, bio) => {
    const p = okProfile(x.parse(fixtureDoc(f), new URL(u)));
    expect(p.displayName).toBe(name);
    expect(p.followers).toBeUndefined();
    expect(p.bio?.startsWith(bio)).toBe(true);
    expect(p.avatarUrl).toMatch(/^https:\/\/pbs\.twimg\.com\/profile_images\/.+_200x200\.jpg$/);
  });

  it("the rendered page's generic og:image is never used as the avatar", () => {
    const doc = without(fixtureDoc('x/metascraper-javilop-rendered-2025.html'), `${LD}, [data-testid^="UserAvatar-Container-"]`);
    const p = okProfile(x.parse(doc, new URL('https://x.com/javilop')));
    expect(p.avatarUrl).toBeUndefined();
  });

  it.each<[string, string]>([
    ['x/metascraper-Kikobeats-rendered-2025.html', 'https://x.com/javilop'],
    ['x/metascraper-javilop-rendered-2025.html', 'https://x.com/Kikobeats'],
    ['x/metascraper-Kikobeats-og-2025.html', 'https://x.com/someoneelse'],
    ['x/metascraper-k4rliky-twitter-rendered-2023.html', 'https://twitter.com/kikobeats'],
  ])("another profile's page is not trusted: %s under %s", (f, u) => {
    const r = x.parse(fixtureDoc(f), new URL(u));
    expect(r.ok).toBe(false);
    const other = f.includes('javilop') ? /javi/i : f.includes('k4rliky') ? /brad|k4rliky/i : /kiko/i;
    expect(JSON.stringify(r)).not.toMatch(other);
  });

  // The GraphQL response (twscrape mock) is API-only: X pages do not embed it, so the
  // adapter has no JSON path. SYNTHETIC PAGE: even if it appeared in a page, it is not read.
  it('does not read the X GraphQL user JSON (reference fixture, not a page)', () => {
    const json = fixtureText('x/twscrape-XDevelopers-UserByScreenName-graphql-2026.json').replace(/<\//g, '<\\/');
    expect(json).toMatch(/"screen_name": *"XDevelopers"/);
    const doc = docFrom(`<html><body><script type="application/json">${json}</script></body></html>`);
    expect(x.parse(doc, new URL('https://x.com/XDevelopers'))).toEqual({
      ok: false,
      ref: { platform: 'x', handle: 'xdevelopers', profileUrl: 'https://x.com/xdevelopers' },
      reason: 'no profile data for @xdevelopers on this page yet',
    });
  });
});

// SYNTHETIC: the DOM guard compares the whole handle.
describe('x.parse DOM guard', () => {
  it('"@kiko" does not match a header showing "@Kikobeats"', () => {
    const doc = docFrom(`<html lang="en"><body><div data-testid="UserName"><span>Kiko Beats</span><span>@Kikobeats</span></div>
      <a href="/kiko/verified_followers">5 Followers</a></body></html>`);
    expect(x.parse(doc, new URL('https://x.com/kiko')).ok).toBe(false);
    expect(okProfile(x.parse(doc, new URL('https://x.com/kikobeats'))).displayName).toBe('Kiko Beats');
  });
});
