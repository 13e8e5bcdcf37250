// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { threadsAdapter as th } from '../../../lib/platforms/threads';
import { docFrom, fixtureDoc, host, okProfile } from './helpers';

const JOY = 'threads/discourse-joyqiuu-2023-head-excerpt.html';

describe('threads.matchProfileUrl', () => {
  it.each<[string, string]>([
    ['https://www.threads.net/@joyqiuu', 'joyqiuu'], // threads.net -> threads.com
    ['https://threads.net/@JoyQiuu/', 'joyqiuu'],
    ['https://www.threads.com/@joyqiuu?xmt=abc', 'joyqiuu'],
    ['https://threads.com/@joy.qiuu_', 'joy.qiuu_'],
    ['https://www.threads.com/@joyqiuu/replies', 'joyqiuu'],
    ['https://www.threads.com/@joyqiuu/reposts', 'joyqiuu'],
    ['https://www.threads.com/@joyqiuu/media', 'joyqiuu'],
  ])('%s -> %s', (u, handle) => {
    expect(th.matchProfileUrl(new URL(u))).toEqual({ platform: 'threads', handle, profileUrl: `https://www.threads.com/@${handle}` });
  });

  it.each([
    'https://www.threads.net/',
    'https://www.threads.net/t/CuZ8QuEr7Qd',
    'https://www.threads.com/@joyqiuu/post/CuZ8QuEr7Qd',
    'https://www.threads.com/@joyqiuu/post/CuZ8QuEr7Qd/media',
    'https://www.threads.com/search?q=joy',
    'https://www.threads.com/activity',
    'https://www.threads.com/login',
    'https://www.threads.com/settings',
    'https://www.threads.com/joyqiuu',
    'https://www.threads.com/@',
    'https://www.threads.com/@way_too_long_username_over_30_chars',
    'https://www.instagram.com/@joyqiuu',
  ])('%s is not a profile', (u) => {
    expect(th.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('threads.parse', () => {
  it('2023 head excerpt: og:title name, "2K Followers." count, bio after it (emoji kept whole)', () => {
    const p = okProfile(th.parse(fixtureDoc(JOY), new URL('https://www.threads.net/@joyqiuu')));
    expect(p).toMatchObject({ platform: 'threads', handle: 'joyqiuu', profileUrl: 'https://www.threads.com/@joyqiuu', displayName: 'Joy Qiu' });
    expect(p.followers).toEqual({ raw: '2K Followers', value: 2000, exact: false, source: 'meta:og:description' });
    expect(p.bio).toBe('ah shit is it time already \u{1f469}\u{1f3fb}\u200d\u{1f4bb}');
    expect(host(p.avatarUrl)).toBe('scontent.cdninstagram.com');
  });

  it("another profile's meta is not trusted", () => {
    const r = th.parse(fixtureDoc(JOY), new URL('https://www.threads.com/@someoneelse'));
    expect(r).toEqual({
      ok: false,
      ref: { platform: 'threads', handle: 'someoneelse', profileUrl: 'https://www.threads.com/@someoneelse' },
      reason: 'no profile data for @someoneelse on this page yet',
    });
  });

  // SYNTHETIC: a description without a follower count is all bio, and a number in the bio is not a count.
  it('synthetic: no follower word -> no count, whole description is the bio', () => {
    const doc = docFrom(`<html lang="en"><head>
      <meta property="og:title" content="Joy Qiu (&#064;joyqiuu) on Threads">
      <meta property="og:description" content="Ran 5 marathons. Coffee first.">
    </head></html>`);
    const p = okProfile(th.parse(doc, new URL('https://www.threads.com/@joyqiuu')));
    expect(p.followers).toBeUndefined();
    expect(p.bio).toBe('Ran 5 marathons. Coffee first.');
  });
});
