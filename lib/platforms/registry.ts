/**
 * All adapters, for code that needs to pick one by URL (background, popup).
 * Content scripts import their single adapter (`lib/platforms/<site>`) directly to keep
 * bundles small; adapters never import this file.
 */
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { kickAdapter } from './kick';
import { linkedinAdapter } from './linkedin';
import { pinterestAdapter } from './pinterest';
import { snapchatAdapter } from './snapchat';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';
import { twitchAdapter } from './twitch';
import type { PlatformAdapter, PlatformId, ProfileRef } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export const ADAPTERS: readonly PlatformAdapter[] = [
  instagramAdapter,
  tiktokAdapter,
  youtubeAdapter,
  xAdapter,
  twitchAdapter,
  threadsAdapter,
  blueskyAdapter,
  snapchatAdapter,
  pinterestAdapter,
  linkedinAdapter,
  facebookAdapter,
  kickAdapter,
];

/** The adapter of a platform (every platform id has exactly one). */
export function adapterFor(platform: PlatformId): PlatformAdapter {
  const adapter = ADAPTERS.find((a) => a.id === platform);
  if (!adapter) throw new Error(`No adapter for ${platform}`);
  return adapter;
}

/** Does a match pattern's host ("*.instagram.com", "x.com") cover `host`? */
function patternHostMatches(pattern: string, host: string): boolean {
  const h = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1];
  if (!h) return false;
  if (h.startsWith('*.')) return host === h.slice(2) || host.endsWith(h.slice(1));
  return host === h;
}

/** The adapter whose content-script match patterns cover the URL's host. */
export function adapterForUrl(url: URL): PlatformAdapter | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  return ADAPTERS.find((a) => a.matches.some((p) => patternHostMatches(p, host))) ?? null;
}

/** The profile a URL points at, on any supported site. */
export function matchProfile(url: URL): ProfileRef | null {
  return adapterForUrl(url)?.matchProfileUrl(url) ?? null;
}
