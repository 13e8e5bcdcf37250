// @vitest-environment happy-dom
// Kick: no saved real page exists. Every document below is SYNTHETIC, hand-written
// from the structure described in social-profile-pages.md (unverified against the site).
import { describe, expect, it } from 'vitest';
import { kickAdapter as kick } from '../../../lib/platforms/kick';
import { docFrom, okProfile } from './helpers';

describe('kick.matchProfileUrl', () => {
  it.each<[string, string]>([
    ['https://kick.com/xqc', 'xqc'],
    ['https://www.kick.com/Adin-Ross/', 'adin-ross'],
    ['https://kick.com/trainwreckstv/about', 'trainwreckstv'],
    ['https://kick.com/trainwreckstv/videos', 'trainwreckstv'],
    ['https://kick.com/trainwreckstv/clips', 'trainwreckstv'],
  ])('%s -> %s', (u, handle) => {
    expect(kick.matchProfileUrl(new URL(u))).toEqual({ platform: 'kick', handle, profileUrl: `https://kick.com/${handle}` });
  });

  it.each([
    'https://kick.com/',
    'https://kick.com/video/0b1c2d3e-aaaa-bbbb-cccc-123456789abc',
    'https://kick.com/xqc/videos/0b1c2d3e-aaaa-bbbb-cccc-123456789abc', // VOD
    'https://kick.com/xqc/clips/clip_01HABCDEF', // clip
    'https://kick.com/xqc?clip=clip_01HABCDEF',
    'https://kick.com/categories/just-chatting',
    'https://kick.com/category/games',
    'https://kick.com/search?query=xqc',
    'https://kick.com/auth/login',
    'https://kick.com/following',
    'https://kick.com/browse',
    'https://kick.com/dashboard/stream',
    'https://kick.com/terms-of-service',
    'https://kick.com/popout/xqc/chat',
    'https://kick.com/xqc/chatroom',
    'https://kick.com.example.net/xqc',
  ])('%s is not a profile', (u) => {
    expect(kick.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('kick.parse (synthetic pages)', () => {
  const page = (slug: string) =>
    docFrom(`<html lang="en"><head>
      <meta property="og:url" content="https://kick.com/${slug}">
      <meta property="og:title" content="xQc | Kick">
      <meta property="og:description" content="Streaming daily. 1.1M followers">
      <meta property="og:image" content="https://files.kick.com/images/user/676/profile_image/conversion/abc-fullsize.webp">
    </head></html>`);

  it('meta: name, rounded count, avatar', () => {
    const p = okProfile(kick.parse(page('xqc'), new URL('https://kick.com/xqc/videos')));
    expect(p).toMatchObject({
      handle: 'xqc',
      displayName: 'xQc',
      avatarUrl: 'https://files.kick.com/images/user/676/profile_image/conversion/abc-fullsize.webp',
    });
    expect(p.followers).toEqual({ raw: '1.1M followers', value: 1_100_000, exact: false, source: 'meta:og:description' });
  });

  it("another channel's meta is not trusted", () => {
    const r = kick.parse(page('xqc'), new URL('https://kick.com/adin-ross'));
    expect(r).toEqual({
      ok: false,
      ref: { platform: 'kick', handle: 'adin-ross', profileUrl: 'https://kick.com/adin-ross' },
      reason: 'no profile data for @adin-ross on this page yet',
    });
  });
});
