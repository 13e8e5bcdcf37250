// @vitest-environment happy-dom
// Facebook: no saved real page exists. Every document below is SYNTHETIC, hand-written
// from the structure described in social-profile-pages.md (unverified against the site).
import { describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../../lib/platforms/facebook';
import { docFrom, okProfile } from './helpers';

describe('facebook.matchProfileUrl', () => {
  it.each<[string, string, string]>([
    ['https://www.facebook.com/zuck', 'zuck', 'https://www.facebook.com/zuck'],
    ['https://facebook.com/Zuck/', 'zuck', 'https://www.facebook.com/zuck'],
    ['https://m.facebook.com/zuck?ref=bookmarks', 'zuck', 'https://www.facebook.com/zuck'],
    ['https://web.facebook.com/natgeo', 'natgeo', 'https://www.facebook.com/natgeo'],
    ['https://www.facebook.com/jane.doe.123', 'jane.doe.123', 'https://www.facebook.com/jane.doe.123'],
    ['https://www.facebook.com/natgeo/about', 'natgeo', 'https://www.facebook.com/natgeo'],
    ['https://www.facebook.com/natgeo/about_contact_and_basic_info', 'natgeo', 'https://www.facebook.com/natgeo'],
    ['https://www.facebook.com/natgeo/photos', 'natgeo', 'https://www.facebook.com/natgeo'],
    ['https://www.facebook.com/natgeo/videos', 'natgeo', 'https://www.facebook.com/natgeo'],
    ['https://www.facebook.com/natgeo/reels', 'natgeo', 'https://www.facebook.com/natgeo'],
    ['https://www.facebook.com/profile.php?id=100012345678901', '100012345678901', 'https://www.facebook.com/profile.php?id=100012345678901'],
    ['https://www.facebook.com/profile.php?id=100012345678901&sk=photos', '100012345678901', 'https://www.facebook.com/profile.php?id=100012345678901'],
    ['https://www.facebook.com/people/Jane-Doe/100012345678901/', '100012345678901', 'https://www.facebook.com/profile.php?id=100012345678901'],
  ])('%s -> %s', (u, handle, profileUrl) => {
    expect(fb.matchProfileUrl(new URL(u))).toEqual({ platform: 'facebook', handle, profileUrl });
  });

  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/home.php',
    'https://www.facebook.com/profile.php',
    'https://www.facebook.com/profile.php?id=abc',
    'https://www.facebook.com/photo.php?fbid=123',
    'https://www.facebook.com/photo/?fbid=123',
    'https://www.facebook.com/media/set/?set=a.123',
    'https://www.facebook.com/watch/?v=123',
    'https://www.facebook.com/permalink.php?story_fbid=1&id=2',
    'https://www.facebook.com/story.php?story_fbid=1&id=2',
    'https://www.facebook.com/natgeo/videos/1234567890/',
    'https://www.facebook.com/natgeo/posts/pfbid02abc',
    'https://www.facebook.com/natgeo/photos/a.123/456/',
    'https://www.facebook.com/groups/123456/',
    'https://www.facebook.com/events/123456/',
    'https://www.facebook.com/marketplace/item/123/',
    'https://www.facebook.com/reel/123456',
    'https://www.facebook.com/share/abc123/',
    'https://www.facebook.com/messages/t/123',
    'https://www.facebook.com/settings',
    'https://www.facebook.com/login/',
    'https://www.facebook.com/hashtag/cats',
    'https://www.facebook.com/people/Jane-Doe/',
    'https://developers.facebook.com/docs/',
  ])('%s is not a profile', (u) => {
    expect(fb.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('facebook.parse (synthetic pages)', () => {
  it('page: og:title name, "N followers" count, og:image avatar, id from the app link', () => {
    const doc = docFrom(`<html lang="en"><head>
      <meta property="og:url" content="https://www.facebook.com/natgeo/">
      <meta property="og:title" content="National Geographic">
      <meta property="og:description" content="National Geographic. 57,123,456 likes · 1,234 talking about this. 58M followers.">
      <meta property="og:image" content="https://scontent-mad1-1.xx.fbcdn.net/v/t39.30808-1/abc.jpg?stp=dst-jpg&amp;oh=1">
      <meta property="al:android:url" content="fb://page/23497828950">
    </head></html>`);
    const p = okProfile(fb.parse(doc, new URL('https://www.facebook.com/natgeo')));
    expect(p).toMatchObject({ handle: 'natgeo', displayName: 'National Geographic', platformUserId: '23497828950' });
    expect(p.followers).toEqual({ raw: '58M followers', value: 58_000_000, exact: false, source: 'meta:og:description' });
    expect(p.avatarUrl).toBe('https://scontent-mad1-1.xx.fbcdn.net/v/t39.30808-1/abc.jpg?stp=dst-jpg&oh=1');
  });

  it('numeric profile: trusted through the app link id when og:url differs', () => {
    const doc = docFrom(`<html><head>
      <meta property="og:url" content="https://www.facebook.com/jane.doe.123">
      <meta property="og:title" content="Jane Doe">
      <meta property="al:android:url" content="fb://profile/100012345678901"></head></html>`);
    const p = okProfile(fb.parse(doc, new URL('https://www.facebook.com/profile.php?id=100012345678901')));
    expect(p).toMatchObject({ handle: '100012345678901', displayName: 'Jane Doe', platformUserId: '100012345678901' });
    expect(p.followers).toBeUndefined(); // "likes" are not followers
  });

  it("another profile's meta is not trusted", () => {
    const doc = docFrom(`<html><head><meta property="og:url" content="https://www.facebook.com/someoneelse">
      <meta property="og:title" content="Someone Else"></head></html>`);
    expect(fb.parse(doc, new URL('https://www.facebook.com/zuck'))).toEqual({
      ok: false,
      ref: { platform: 'facebook', handle: 'zuck', profileUrl: 'https://www.facebook.com/zuck' },
      reason: 'no profile data for @zuck on this page yet',
    });
  });
});
