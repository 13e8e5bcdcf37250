import { describe, expect, it } from 'vitest';
import { profileRefFor } from '../../../lib/platforms/profile-ref';
import type { PlatformId } from '../../../lib/platforms/types';

describe('a profile from a platform and a handle', () => {
  it.each<[PlatformId, string, string, string]>([
    ['instagram', '@Pluto__Travel', 'pluto__travel', 'https://www.instagram.com/pluto__travel/'],
    ['tiktok', 'IlloJuan', 'illojuan', 'https://www.tiktok.com/@illojuan'],
    ['youtube', '@OneMedia.', 'onemedia.', 'https://www.youtube.com/@onemedia.'],
    ['youtube', 'UCzcRQ3vRNr6fJ1A9rqFn7QA', 'UCzcRQ3vRNr6fJ1A9rqFn7QA', 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA'],
    ['x', 'Kikobeats', 'kikobeats', 'https://x.com/kikobeats'],
    ['threads', 'joyqiuu', 'joyqiuu', 'https://www.threads.com/@joyqiuu'],
    ['bluesky', 'stephenking.bsky.social', 'stephenking.bsky.social', 'https://bsky.app/profile/stephenking.bsky.social'],
    ['snapchat', 'teddysdaytoday', 'teddysdaytoday', 'https://www.snapchat.com/@teddysdaytoday'],
    ['twitch', 'Vinesauce', 'vinesauce', 'https://www.twitch.tv/vinesauce'],
  ])('%s %s → handle %s at %s (as the adapter reads the page URL)', (platform, input, handle, profileUrl) => {
    expect(profileRefFor(platform, input)).toEqual({ platform, handle, profileUrl });
  });

  it.each<[PlatformId, string]>([
    ['instagram', 'explore'],
    ['instagram', 'p'],
    ['facebook', 'groups'],
    ['x', 'home'],
    ['tiktok', ''],
    ['x', 'two words'],
  ])('refuses %s "%s": not a profile on that site', (platform, input) => {
    expect(profileRefFor(platform, input)).toBeNull();
  });
});
