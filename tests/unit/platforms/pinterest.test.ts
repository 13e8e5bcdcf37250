// @vitest-environment happy-dom
// Pinterest: no saved real page exists. Every document below is SYNTHETIC, hand-written
// from the structure described in social-profile-pages.md (unverified against the site).
import { describe, expect, it } from 'vitest';
import { pinterestAdapter as pin } from '../../../lib/platforms/pinterest';
import { docFrom, okProfile } from './helpers';

describe('pinterest.matchProfileUrl', () => {
  it.each<[string, string]>([
    ['https://www.pinterest.com/pinterest_creator/', 'pinterest_creator'],
    ['https://pinterest.com/Pinterest_Creator', 'pinterest_creator'],
    ['https://www.pinterest.co.uk/jane_doe/_created/', 'jane_doe'],
    ['https://www.pinterest.de/jane_doe/_saved/', 'jane_doe'],
    ['https://br.pinterest.com/jane_doe/pins/', 'jane_doe'],
    ['https://www.pinterest.com.mx/jane_doe/?invite_code=x', 'jane_doe'],
    ['https://www.pinterest.jp/jane_doe/', 'jane_doe'],
    ['https://www.pinterest.com.au/jane_doe/', 'jane_doe'],
  ])('%s -> %s', (u, handle) => {
    expect(pin.matchProfileUrl(new URL(u))).toEqual({ platform: 'pinterest', handle, profileUrl: `https://www.pinterest.com/${handle}/` });
  });

  it.each([
    'https://www.pinterest.com/',
    'https://www.pinterest.com/pin/123456789012345678/',
    'https://www.pinterest.com/search/pins/?q=cats',
    'https://www.pinterest.com/ideas/',
    'https://www.pinterest.com/today/',
    'https://www.pinterest.com/settings/',
    'https://www.pinterest.com/business/hub/',
    'https://www.pinterest.com/jane_doe/recipes/', // a board
    'https://www.pinterest.com/jane_doe/recipes/desserts/', // a board section
    'https://pin.it/abc123',
    'https://www.pinterest.example.com/jane_doe/',
  ])('%s is not a profile', (u) => {
    expect(pin.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('pinterest.parse (synthetic pages)', () => {
  const page = (user: string, profileUrl = `https://www.pinterest.com/${user}/`) =>
    docFrom(`<html lang="en"><head>
      <meta property="og:url" content="${profileUrl}">
      <meta property="og:title" content="Jane Doe (jane_doe) - Profile | Pinterest">
      <meta property="og:description" content="Recipes and travel boards.">
      <meta property="og:image" content="https://i.pinimg.com/280x280_RS/ab/cd/ef/abcdef.jpg">
      <meta property="pinterestapp:followers" content="12345">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Jane Doe","alternateName":"${user}","url":"${profileUrl}","image":{"@type":"ImageObject","contentUrl":"https://i.pinimg.com/original/ab/cd/ef/abcdef.jpg"}}}</script>
    </head><body></body></html>`);

  it('JSON-LD name and avatar (mainEntity.image.contentUrl), exact count from pinterestapp:followers', () => {
    const p = okProfile(pin.parse(page('jane_doe'), new URL('https://www.pinterest.co.uk/jane_doe/_created/')));
    expect(p).toMatchObject({ handle: 'jane_doe', displayName: 'Jane Doe', bio: 'Recipes and travel boards.' });
    expect(p.avatarUrl).toBe('https://i.pinimg.com/original/ab/cd/ef/abcdef.jpg');
    expect(p.followers).toEqual({ raw: '12345', value: 12345, exact: true, source: 'meta:pinterestapp:followers' });
  });

  it('meta only: name from og:title without the "(username) - Profile | Pinterest" tail', () => {
    const doc = page('jane_doe');
    doc.querySelector('script')?.remove();
    const p = okProfile(pin.parse(doc, new URL('https://www.pinterest.com/jane_doe/')));
    expect(p.displayName).toBe('Jane Doe');
    expect(p.avatarUrl).toBe('https://i.pinimg.com/280x280_RS/ab/cd/ef/abcdef.jpg');
  });

  it('a page describing another user is not trusted', () => {
    const r = pin.parse(page('someone_else'), new URL('https://www.pinterest.com/jane_doe/'));
    expect(r).toEqual({
      ok: false,
      ref: { platform: 'pinterest', handle: 'jane_doe', profileUrl: 'https://www.pinterest.com/jane_doe/' },
      reason: 'no profile data for @jane_doe on this page yet',
    });
  });
});
