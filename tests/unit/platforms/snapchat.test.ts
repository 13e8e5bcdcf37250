// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { snapchatAdapter as sc } from '../../../lib/platforms/snapchat';
import { fixtureDoc, host, okProfile, without } from './helpers';

const ED = 'snapchat/unavatar-teddysdaytoday-es.html';
const ED_URL = 'https://www.snapchat.com/@teddysdaytoday';

describe('snapchat.matchProfileUrl', () => {
  it.each<[string, string]>([
    [ED_URL, 'teddysdaytoday'],
    ['https://snapchat.com/@TeddysDayToday/?locale=es-ES', 'teddysdaytoday'],
    ['https://www.snapchat.com/add/teddysdaytoday', 'teddysdaytoday'], // legacy form
    ['https://www.snapchat.com/@kylie.jenner', 'kylie.jenner'],
  ])('%s -> %s', (u, handle) => {
    expect(sc.matchProfileUrl(new URL(u))).toEqual({ platform: 'snapchat', handle, profileUrl: `https://www.snapchat.com/@${handle}` });
  });

  it.each([
    'https://www.snapchat.com/',
    'https://www.snapchat.com/@teddysdaytoday/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYZmN4bHFvY2RqAZ1FV5hqAZ1FV4ZiAAAAAQ',
    'https://www.snapchat.com/@teddysdaytoday/highlight/8c3a261c-a2a9-4212-8098-a08ae0cfce24',
    'https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYZmN4bHFvY2RqAZ1FV5hqAZ1FV4ZiAAAAAQ',
    'https://www.snapchat.com/lens/abc123',
    'https://www.snapchat.com/discover/some-show/123',
    'https://www.snapchat.com/add/',
    'https://www.snapchat.com/teddysdaytoday',
    'https://accounts.snapchat.com/@teddysdaytoday',
  ])('%s is not a profile', (u) => {
    expect(sc.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('snapchat.parse on the real es-ES page', () => {
  it('JSON-LD ProfilePage: exact 1961900, name, avatar, website; empty bio left out', () => {
    const p = okProfile(sc.parse(fixtureDoc(ED), new URL(ED_URL)));
    expect(p).toMatchObject({ platform: 'snapchat', handle: 'teddysdaytoday', profileUrl: ED_URL, displayName: 'Ed Sheeran' });
    expect(p.followers).toEqual({ raw: '1961900', value: 1961900, exact: true, source: 'json-ld' });
    expect(p.bio).toBeUndefined();
    expect(host(p.avatarUrl)).toBe('cf-st.sc-cdn.net');
    expect(p.links).toEqual(['https://edsheeran.com']);
  });

  it('without JSON-LD: __NEXT_DATA__ publicProfileInfo (exact string count)', () => {
    const p = okProfile(sc.parse(without(fixtureDoc(ED), 'script[type="application/ld+json"]'), new URL(ED_URL)));
    expect(p.displayName).toBe('Ed Sheeran');
    expect(p.followers).toEqual({ raw: '1961900', value: 1961900, exact: true, source: 'json:__NEXT_DATA__' });
    expect(host(p.avatarUrl)).toBe('cf-st.sc-cdn.net');
    expect(p.links).toEqual(['https://edsheeran.com']);
  });

  it('meta only: "2.0m suscriptores" in a Spanish page is 2 million (dot decimal, lower-case m)', () => {
    const p = okProfile(sc.parse(without(fixtureDoc(ED), 'script[type="application/ld+json"], #__NEXT_DATA__'), new URL(ED_URL)));
    expect(p.displayName).toBe('Ed Sheeran');
    expect(p.followers).toEqual({ raw: '2.0m suscriptores', value: 2_000_000, exact: false, source: 'meta:description' });
    expect(p.avatarUrl).toBeUndefined(); // og:image is a page preview, not the avatar
  });

  it("another profile's page is not trusted (and the 1 MB __NEXT_DATA__ is not parsed for it)", () => {
    const r = sc.parse(fixtureDoc(ED), new URL('https://www.snapchat.com/@mileycyrus'));
    expect(r).toEqual({
      ok: false,
      ref: { platform: 'snapchat', handle: 'mileycyrus', profileUrl: 'https://www.snapchat.com/@mileycyrus' },
      reason: 'no profile data for @mileycyrus on this page yet',
    });
  });
});
