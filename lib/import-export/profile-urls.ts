/**
 * A profile URL for a platform and handle, for CSV rows that give only the
 * handle. lib/platforms recognises profile URLs but has no way to build one yet;
 * when it gains one, this table should move there.
 */
import type { PlatformId } from '../platforms/types';

const BUILDERS: Record<PlatformId, (handle: string) => string> = {
  instagram: (h) => `https://www.instagram.com/${h}/`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  youtube: (h) => (/^UC[\w-]{22}$/.test(h) ? `https://www.youtube.com/channel/${h}` : `https://www.youtube.com/@${h}`),
  x: (h) => `https://x.com/${h}`,
  twitch: (h) => `https://www.twitch.tv/${h}`,
  threads: (h) => `https://www.threads.com/@${h}`,
  bluesky: (h) => `https://bsky.app/profile/${h}`,
  snapchat: (h) => `https://www.snapchat.com/add/${h}`,
  pinterest: (h) => `https://www.pinterest.com/${h}/`,
  linkedin: (h) => `https://www.linkedin.com/in/${h}/`,
  facebook: (h) => `https://www.facebook.com/${h}`,
  kick: (h) => `https://kick.com/${h}`,
};

/** Platforms whose handles are case-insensitive: stored lower-cased so duplicates are found. */
const CASE_INSENSITIVE: ReadonlySet<PlatformId> = new Set([
  'instagram', 'tiktok', 'x', 'twitch', 'threads', 'bluesky', 'snapchat', 'pinterest', 'kick',
]);

export function normaliseHandle(platform: PlatformId, handle: string): string {
  const trimmed = handle.trim().replace(/^@/, '');
  return CASE_INSENSITIVE.has(platform) ? trimmed.toLowerCase() : trimmed;
}

export function profileUrlFor(platform: PlatformId, handle: string): string {
  return BUILDERS[platform](encodeURIComponent(handle).replace(/%2E/gi, '.').replace(/%3A/gi, ':'));
}
