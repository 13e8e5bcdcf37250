/**
 * In-page navigations to a profile: the worker injects the site's profile script
 * (the content script's loader only looks at the URL a page loaded with).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostFilters, injectProfileScriptOnInPageNavigation, profileScriptFor } from '../../../lib/background/profile-injection';
import { ADAPTERS, matchProfile } from '../../../lib/platforms/registry';
import type { Browser } from '@wxt-dev/browser';

type HistoryUpdate = Browser.webNavigation.WebNavigationTransitionCallbackDetails;

/** What Chromium reports for a history.pushState in tab 7. */
const nav = (url: string, frameId = 0): HistoryUpdate => ({
  tabId: 7,
  frameId,
  url,
  parentFrameId: frameId === 0 ? -1 : 0,
  frameType: frameId === 0 ? 'outermost_frame' : 'sub_frame',
  documentLifecycle: 'active',
  documentId: 'doc-1',
  processId: 1,
  timeStamp: 0,
  transitionType: 'link',
  transitionQualifiers: [],
});

afterEach(() => {
  fakeBrowser.webNavigation.onHistoryStateUpdated.removeAllListeners();
  vi.restoreAllMocks();
});

describe('which profile script an in-page navigation needs', () => {
  it("is the site's, for a profile in the top frame", () => {
    expect(profileScriptFor(nav('https://www.instagram.com/pluto__travel/'), matchProfile)).toBe('/instagram-profile.js');
    expect(profileScriptFor(nav('https://bsky.app/profile/alice.example.com'), matchProfile)).toBe('/bluesky-profile.js');
    expect(profileScriptFor(nav('https://www.youtube.com/@veritasium/videos'), matchProfile)).toBe('/youtube-profile.js');
  });

  it('is none for pages that are not profiles, other frames, unsupported sites and unparsable URLs', () => {
    const none = [
      nav('https://www.instagram.com/explore/'),
      nav('https://www.instagram.com/p/Cabc123/'),
      nav('https://www.instagram.com/pluto__travel/', 3),
      nav('https://www.example.org/pluto__travel/'),
      nav('not a url'),
    ];
    expect(none.map((n) => profileScriptFor(n, matchProfile))).toEqual([null, null, null, null, null]);
  });

  it("wakes the worker only on the sites' hosts and their subdomains", () => {
    const filters = hostFilters(ADAPTERS);
    expect(filters).toContainEqual({ hostEquals: 'instagram.com' });
    expect(filters).toContainEqual({ hostSuffix: '.instagram.com' });
    // A suffix with its dot: notinstagram.com is another site.
    expect(filters.every((f) => f.hostEquals !== undefined || f.hostSuffix?.startsWith('.'))).toBe(true);
    expect(filters).toHaveLength(ADAPTERS.reduce((n, a) => n + 2 * a.hosts.length, 0));
  });
});

describe('the worker listener', () => {
  it('injects the profile script into the top frame of the tab, and nothing off profiles', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => []);
    injectProfileScriptOnInPageNavigation(ADAPTERS, matchProfile);
    await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger(nav('https://www.instagram.com/explore/'));
    expect(execute).not.toHaveBeenCalled();
    await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger(nav('https://www.tiktok.com/@khaby.lame'));
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/tiktok-profile.js'] });
  });

  it('logs a refused injection (tab closed meanwhile) instead of failing the worker', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('No tab with id: 7'));
    injectProfileScriptOnInPageNavigation(ADAPTERS, matchProfile);
    await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger(nav('https://www.tiktok.com/@khaby.lame'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).toHaveBeenCalledWith('Rapport: could not inject the profile script', expect.any(Error));
  });
});
