import { describe, expect, it } from 'vitest';
import { channelForTabUrl, isFreshFocus, platformOfUrl } from '../../../lib/roster/tab-context';

describe('current tab context', () => {
  it('prefills the DM channel of the platform the tab is on', () => {
    expect(channelForTabUrl('https://www.instagram.com/direct/t/1234567890/')).toBe('instagram-dm');
    expect(channelForTabUrl('https://x.com/messages/123-456')).toBe('x-dm');
    expect(channelForTabUrl('https://www.tiktok.com/@illojuan')).toBe('tiktok-dm');
    expect(channelForTabUrl('https://www.youtube.com/@ONEMedia')).toBe('other-dm');
    expect(channelForTabUrl('https://example.org/')).toBeUndefined();
    expect(channelForTabUrl('chrome://extensions')).toBeUndefined();
    expect(channelForTabUrl(undefined)).toBeUndefined();
    expect(platformOfUrl('not a url')).toBeNull();
  });

  it('follows only recent focus requests', () => {
    expect(isFreshFocus({ at: 1000 }, 1000 + 59_000)).toBe(true);
    expect(isFreshFocus({ at: 1000 }, 1000 + 61_000)).toBe(false);
    expect(isFreshFocus(null, 0)).toBe(false);
  });
});
