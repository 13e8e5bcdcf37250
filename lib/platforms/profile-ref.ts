/**
 * A profile from a platform and a handle alone (CSV rows, typed input): builds
 * the site's profile URL for the handle, then lets that site's adapter read it
 * exactly as it reads a URL in the browser, so a handle typed by a person is
 * normalised the same way as one scraped from the page, and reserved paths
 * (Instagram "explore", YouTube "watch", …) are refused rather than saved.
 */
import { ADAPTERS } from './registry';
import type { PlatformId, ProfileRef } from './types';

const UC_CHANNEL_ID = /^UC[\w-]{22}$/;

/** The path a site uses for a handle (the adapter then canonicalises it). */
function pathFor(platform: PlatformId, handle: string): string {
  const h = handle.split('/').map(encodeURIComponent).join('/');
  switch (platform) {
    case 'instagram':
    case 'pinterest':
      return `/${h}/`;
    case 'tiktok':
    case 'threads':
    case 'snapchat':
      return `/@${h}`;
    case 'youtube':
      if (UC_CHANNEL_ID.test(handle)) return `/channel/${h}`;
      return /^(c|user)\//.test(handle) ? `/${h}` : `/@${h}`;
    case 'bluesky':
      return `/profile/${h}`;
    case 'linkedin':
      return handle.includes('/') ? `/${h}` : `/in/${h}`;
    case 'facebook':
      return /^\d+$/.test(handle) ? `/profile.php?id=${h}` : `/${h}`;
    case 'x':
    case 'twitch':
    case 'kick':
      return `/${h}`;
  }
}

const HOSTS: Record<PlatformId, string> = {
  instagram: 'www.instagram.com',
  tiktok: 'www.tiktok.com',
  youtube: 'www.youtube.com',
  x: 'x.com',
  twitch: 'www.twitch.tv',
  threads: 'www.threads.com',
  bluesky: 'bsky.app',
  snapchat: 'www.snapchat.com',
  pinterest: 'www.pinterest.com',
  linkedin: 'www.linkedin.com',
  facebook: 'www.facebook.com',
  kick: 'kick.com',
};

/** The profile a platform + handle names, or null when the handle cannot be a profile on that site. */
export function profileRefFor(platform: PlatformId, handle: string): ProfileRef | null {
  const cleaned = handle
    .trim()
    .replace(/^@/, '')
    .replace(/^\/+|\/+$/g, '');
  if (!cleaned || /\s/.test(cleaned)) return null;
  const adapter = ADAPTERS.find((a) => a.id === platform);
  if (!adapter) return null;
  let url: URL;
  try {
    url = new URL(`https://${HOSTS[platform]}${pathFor(platform, cleaned)}`);
  } catch {
    return null;
  }
  const ref = adapter.matchProfileUrl(url);
  return ref && ref.platform === platform ? ref : null;
}
