// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.instagram.com/explore/" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadIfProfile, profileScriptFile, type ModuleLoader } from '../../../lib/content/profile-loader';
import { instagramProfileUrls } from '../../../lib/platforms/instagram/profile-url';

let loads: string[];
let fail: boolean;
const load: ModuleLoader = (src) => {
  loads.push(src);
  return fail ? Promise.reject(new Error('refused')) : Promise.resolve({});
};
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  history.replaceState(null, '', '/explore/');
  loads = [];
  fail = false;
  Object.defineProperty(fakeBrowser.runtime, 'id', { configurable: true, value: 'test-extension-id' });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the content-script loader', () => {
  it('loads nothing on pages that are not profiles, and never touches the extension API there', () => {
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL');
    for (const path of ['/explore/', '/p/Cabc123/', '/reels/', '/pluto__travel/p/Cabc123/', '/']) {
      history.replaceState(null, '', path);
      loadIfProfile(instagramProfileUrls, location, load);
    }
    expect(loads).toEqual([]);
    expect(getURL).not.toHaveBeenCalled();
  });

  it("loads the site's profile script when the page loaded on a profile, reading the page's own location", () => {
    history.replaceState(null, '', '/pluto__travel/');
    loadIfProfile(instagramProfileUrls, undefined, load);
    expect(loads).toEqual([fakeBrowser.runtime.getURL(profileScriptFile('instagram'))]);
    expect(loads[0]).toMatch(/\/instagram-profile\.js$/);
  });

  it('adds no navigation listener and no timer: in-page navigations are the worker’s (profile-injection.ts)', () => {
    const listen = vi.spyOn(window, 'addEventListener');
    const timer = vi.spyOn(window, 'setInterval');
    loadIfProfile(instagramProfileUrls, location, load);
    history.pushState(null, '', '/pluto__travel/');
    expect({ listeners: listen.mock.calls.length, timers: timer.mock.calls.length, loads }).toEqual({ listeners: 0, timers: 0, loads: [] });
  });

  it('warns instead of throwing into the page when loading fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fail = true;
    history.replaceState(null, '', '/pluto__travel/');
    loadIfProfile(instagramProfileUrls, location, load);
    await flush();
    expect(loads).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith('[Rapport] could not load the profile script', expect.any(Error));
  });

  it('loads nothing once the extension is gone (reloaded under the page)', () => {
    Object.defineProperty(fakeBrowser.runtime, 'id', { configurable: true, value: undefined });
    history.replaceState(null, '', '/pluto__travel/');
    loadIfProfile(instagramProfileUrls, location, load);
    expect(loads).toEqual([]);
  });
});
