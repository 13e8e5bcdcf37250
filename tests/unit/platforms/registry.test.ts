import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl, matchProfile } from '../../../lib/platforms/registry';
import { PLATFORM_IDS } from '../../../lib/platforms/types';

const LIB = path.resolve(__dirname, '../../../lib/platforms');

describe('registry', () => {
  it('has one adapter per platform id, in PLATFORM_IDS order, each with a label and match patterns', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual([...PLATFORM_IDS]);
    for (const a of ADAPTERS) {
      expect(a.label).not.toBe('');
      expect(a.matches.length).toBeGreaterThan(0);
      for (const p of a.matches) expect(p).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    }
  });

  it.each<[string, string | null]>([
    ['https://www.instagram.com/pluto__travel/', 'instagram'],
    ['https://instagram.com/explore/', 'instagram'],
    ['https://www.tiktok.com/@illojuan', 'tiktok'],
    ['https://m.youtube.com/@kurzgesagt', 'youtube'],
    ['https://twitter.com/Kikobeats', 'x'],
    ['https://mobile.x.com/Kikobeats', 'x'],
    ['https://www.twitch.tv/twit', 'twitch'],
    ['https://clips.twitch.tv/Slug', 'twitch'],
    ['https://www.threads.net/@joyqiuu', 'threads'],
    ['https://threads.com/@joyqiuu', 'threads'],
    ['https://bsky.app/profile/stephenking.bsky.social', 'bluesky'],
    ['https://www.snapchat.com/@teddysdaytoday', 'snapchat'],
    ['https://www.pinterest.co.uk/jane_doe/', 'pinterest'],
    ['https://br.pinterest.com/jane_doe/', 'pinterest'],
    ['https://ca.linkedin.com/in/jane-doe', 'linkedin'],
    ['https://m.facebook.com/zuck', 'facebook'],
    ['https://kick.com/xqc', 'kick'],
    ['https://example.com/@illojuan', null],
    ['https://notinstagram.com/pluto__travel/', null],
    ['https://instagram.com.evil.example/pluto__travel/', null],
    ['file:///work/instagram.com/x', null],
  ])('adapterForUrl(%s) = %s', (u, id) => {
    expect(adapterForUrl(new URL(u))?.id ?? null).toBe(id);
  });

  it('matchProfile dispatches by host', () => {
    expect(matchProfile(new URL('https://twitter.com/Kikobeats/media'))).toEqual({ platform: 'x', handle: 'kikobeats', profileUrl: 'https://x.com/kikobeats' });
    expect(matchProfile(new URL('https://www.youtube.com/watch?v=dQw4w9WgXcQ'))).toBeNull();
    expect(matchProfile(new URL('https://example.com/kikobeats'))).toBeNull();
  });

  it('adapters never import the registry (content scripts bundle one adapter only)', () => {
    for (const id of PLATFORM_IDS) {
      const src = readFileSync(path.join(LIB, id, 'index.ts'), 'utf8');
      expect(src).not.toMatch(/registry/);
      // Only shared helpers and types from outside the adapter's folder, plus its own URL matcher.
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.every((i) => i === '../types' || i === '../dom' || i === '../count' || i === '../define-adapter' || i === './profile-url')).toBe(true);
      // The URL matcher runs on every page of the site (the content script's loader): types and dom helpers only.
      const urlSrc = readFileSync(path.join(LIB, id, 'profile-url.ts'), 'utf8');
      const urlImports = [...urlSrc.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(urlImports.sort()).toEqual(['../dom', '../types']);
    }
  });

  it('adapters without a saved real page say so', () => {
    for (const id of ['twitch', 'pinterest', 'linkedin', 'facebook', 'kick']) {
      expect(readFileSync(path.join(LIB, id, 'index.ts'), 'utf8')).toContain(
        '// Unverified: no saved real page; built from documented structure (see social-profile-pages.md)',
      );
    }
  });

  it('platform files are kebab-case and read attributes through the DOM (no regex on outerHTML)', () => {
    const files = readdirSync(LIB, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'));
    for (const f of files) {
      expect(path.basename(f)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/);
      expect(readFileSync(path.join(LIB, f), 'utf8')).not.toMatch(/outerHTML|innerHTML/);
    }
  });
});
