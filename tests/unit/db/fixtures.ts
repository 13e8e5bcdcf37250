import type { ScrapedProfile } from '../../../lib/platforms/types';

export function scrapedProfile(overrides: Partial<ScrapedProfile> = {}): ScrapedProfile {
  return {
    platform: 'instagram',
    handle: 'pluto__travel',
    profileUrl: 'https://www.instagram.com/pluto__travel/',
    displayName: 'Pluto',
    followers: { raw: '2,362 Followers', value: 2362, exact: true, source: 'meta:og:description' },
    bio: 'Home of travel',
    ...overrides,
  };
}

export const DAY = 86_400_000;
/** A fixed, readable clock for tests: 2026-03-01T12:00:00Z. */
export const T0 = Date.UTC(2026, 2, 1, 12);
