// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { blueskyAdapter as bs } from '../../../lib/platforms/bluesky';
import { fixtureDoc, host, okProfile, without } from './helpers';

const KING = 'bluesky/metascraper-stephenking-2026.html';
const DID = 'did:plc:h7obn4tkp47wn7gqh4oe5eij';
const KING_URL = 'https://bsky.app/profile/stephenking.bsky.social';

describe('bluesky.matchProfileUrl', () => {
  it.each<[string, string]>([
    [KING_URL, 'stephenking.bsky.social'],
    ['https://bsky.app/profile/StephenKing.bsky.social/', 'stephenking.bsky.social'],
    ['https://bsky.app/profile/stephenking.bsky.social/replies', 'stephenking.bsky.social'],
    ['https://bsky.app/profile/stephenking.bsky.social/media', 'stephenking.bsky.social'],
    ['https://bsky.app/profile/stephenking.bsky.social/likes', 'stephenking.bsky.social'],
    ['https://bsky.app/profile/stephenking.bsky.social/video', 'stephenking.bsky.social'],
    ['https://bsky.app/profile/jay.bsky.team?x=1', 'jay.bsky.team'],
    ['https://bsky.app/profile/example.com', 'example.com'], // custom-domain handle
    [`https://bsky.app/profile/${DID}`, DID],
    ['https://main.bsky.dev/profile/stephenking.bsky.social', 'stephenking.bsky.social'],
  ])('%s -> %s', (u, handle) => {
    expect(bs.matchProfileUrl(new URL(u))).toEqual({ platform: 'bluesky', handle, profileUrl: `https://bsky.app/profile/${handle}` });
  });

  it.each([
    'https://bsky.app/',
    'https://bsky.app/profile/stephenking.bsky.social/post/3kabc123',
    'https://bsky.app/profile/stephenking.bsky.social/feed/aaabbb',
    'https://bsky.app/profile/stephenking.bsky.social/lists/3kabc',
    'https://bsky.app/profile/stephenking.bsky.social/followers',
    'https://bsky.app/profile/stephenking.bsky.social/follows',
    'https://bsky.app/search?q=king',
    'https://bsky.app/hashtag/books',
    'https://bsky.app/saved',
    'https://bsky.app/notifications',
    'https://bsky.app/settings',
    'https://bsky.app/profile/',
    'https://bsky.app/profile/not_a_domain',
    'https://cbsky.app/profile/stephenking.bsky.social',
  ])('%s is not a profile', (u) => {
    expect(bs.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('bluesky.parse on the real rendered page', () => {
  it('DOM first: exact count from the followers button aria-label; DID and avatar from JSON-LD', () => {
    const p = okProfile(bs.parse(fixtureDoc(KING), new URL(KING_URL)));
    expect(p).toMatchObject({ platform: 'bluesky', handle: 'stephenking.bsky.social', profileUrl: KING_URL, displayName: 'Stephen King' });
    expect(p.followers).toEqual({ raw: '1101177 followers', value: 1101177, exact: true, source: 'dom:aria-label' });
    expect(p.bio).toBe('Writer');
    expect(host(p.avatarUrl)).toBe('cdn.bsky.app');
    expect(p.platformUserId).toBe(DID);
  });

  it('DID URL: matched through JSON-LD identifier and upgraded to the handle', () => {
    const p = okProfile(bs.parse(fixtureDoc(KING), new URL(`https://bsky.app/profile/${DID}`)));
    expect(p).toMatchObject({ handle: 'stephenking.bsky.social', profileUrl: KING_URL, platformUserId: DID, displayName: 'Stephen King' });
    expect(p.followers).toEqual({ raw: '1101177', value: 1101177, exact: true, source: 'json-ld' });
  });

  it('without the aria-label: the visible "1.1M followers" is rounded, then JSON-LD supplies the exact count', () => {
    const doc = fixtureDoc(KING);
    doc.querySelector('[data-testid="profileHeaderFollowersButton"]')?.removeAttribute('aria-label');
    const p = okProfile(bs.parse(doc, new URL(KING_URL)));
    expect(p.followers).toEqual({ raw: '1101177', value: 1101177, exact: true, source: 'json-ld' });
    const domOnly = okProfile(bs.parse(without(doc, 'script[type="application/ld+json"]'), new URL(KING_URL)));
    expect(domOnly.followers).toEqual({ raw: '1.1M followers', value: 1_100_000, exact: false, source: 'dom' });
  });

  it('meta only: name from og:title, bio, DID from twitter:value1', () => {
    const doc = without(fixtureDoc(KING), 'body, script[type="application/ld+json"]');
    const p = okProfile(bs.parse(doc, new URL(KING_URL)));
    expect(p).toMatchObject({ displayName: 'Stephen King', bio: 'Writer', platformUserId: DID });
    expect(p.followers).toBeUndefined();
  });

  it("another profile's page is not trusted", () => {
    const r = bs.parse(fixtureDoc(KING), new URL('https://bsky.app/profile/someone.bsky.social'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('no profile data for @someone.bsky.social on this page yet');
    expect(JSON.stringify(r)).not.toMatch(/king|1101177/i);
  });
});
