import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS } from '../../../lib/platforms/registry';

// Pages of each site that are not a creator profile: what the content script's loader sees most.
const NOT_PROFILES: Record<string, string[]> = {
  instagram: ['https://www.instagram.com/', 'https://www.instagram.com/explore/', 'https://www.instagram.com/p/Cabc123/', 'https://www.instagram.com/reels/'],
  tiktok: ['https://www.tiktok.com/', 'https://www.tiktok.com/foryou', 'https://www.tiktok.com/@someone/video/123', 'https://www.tiktok.com/search?q=x'],
  youtube: [
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=abc',
    'https://www.youtube.com/results?search_query=x',
    'https://www.youtube.com/feed/subscriptions',
  ],
  x: ['https://x.com/home', 'https://x.com/explore', 'https://x.com/someone/status/123', 'https://x.com/i/bookmarks'],
  twitch: ['https://www.twitch.tv/', 'https://www.twitch.tv/directory', 'https://www.twitch.tv/someone/clip/Abc', 'https://www.twitch.tv/videos/123'],
  threads: ['https://www.threads.com/', 'https://www.threads.com/search', 'https://www.threads.com/@someone/post/abc'],
  bluesky: ['https://bsky.app/', 'https://bsky.app/search?q=x', 'https://bsky.app/notifications'],
  snapchat: ['https://www.snapchat.com/', 'https://www.snapchat.com/spotlight'],
  pinterest: ['https://www.pinterest.com/', 'https://www.pinterest.com/pin/123/', 'https://www.pinterest.com/search/pins/?q=x'],
  linkedin: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/jobs/', 'https://www.linkedin.com/posts/someone_activity-123'],
  facebook: ['https://www.facebook.com/', 'https://www.facebook.com/watch/', 'https://www.facebook.com/groups/123/'],
  kick: ['https://kick.com/', 'https://kick.com/browse', 'https://kick.com/someone/videos/abc/extra'],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('profile URL matchers off profiles', () => {
  it('cover every platform', () => {
    expect(Object.keys(NOT_PROFILES).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });

  // The first regular expression a content script's world runs costs about 1.5 ms of the page's main thread (measured).
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s: answer "not a profile" without running a regular expression', (id, adapter) => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    for (const href of NOT_PROFILES[id] ?? []) expect(adapter.matchProfileUrl(new URL(href)), href).toBeNull();
    expect(exec).not.toHaveBeenCalled();
  });

  it('still run them on profiles (the spy sees a regular expression when one runs)', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const instagram = ADAPTERS.find((a) => a.id === 'instagram');
    expect(instagram?.matchProfileUrl(new URL('https://www.instagram.com/pluto__travel/'))).not.toBeNull();
    expect(exec).toHaveBeenCalled();
  });
});
