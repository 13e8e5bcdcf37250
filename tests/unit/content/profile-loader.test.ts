// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.instagram.com/explore/" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Chromium has the Navigation API; the context's location watcher uses it.
vi.hoisted(() => {
  (globalThis as unknown as { navigation: EventTarget }).navigation = new EventTarget();
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../lib/content/content-script-context';
import { loadOnFirstProfile, profileScriptFile } from '../../../lib/content/profile-loader';
import { instagramProfileUrls } from '../../../lib/platforms/instagram/profile-url';
import { firePreCommitNavigate } from './fake-extension';

let ctx: ContentScriptContext;
let loads: string[];
let fail: boolean;
const load = (src: string) => {
  loads.push(src);
  return fail ? Promise.reject(new Error('refused')) : Promise.resolve({});
};
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  history.replaceState(null, '', '/explore/');
  loads = [];
  fail = false;
  Object.defineProperty(fakeBrowser.runtime, 'id', { configurable: true, value: 'test-extension-id' });
  ctx = new ContentScriptContext('instagram', {});
});

afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
});

describe('the content-script loader', () => {
  it('loads nothing on pages that are not profiles, and never touches the extension API there', () => {
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL');
    loadOnFirstProfile(ctx, instagramProfileUrls, load);
    firePreCommitNavigate('https://www.instagram.com/p/Cabc123/');
    firePreCommitNavigate('https://www.instagram.com/reels/');
    expect(loads).toEqual([]);
    expect(getURL).not.toHaveBeenCalled();
  });

  it('loads the profile half once, on the first profile, whether it is the first page or a later navigation', () => {
    loadOnFirstProfile(ctx, instagramProfileUrls, load);
    firePreCommitNavigate('https://www.instagram.com/pluto__travel/');
    firePreCommitNavigate('https://www.instagram.com/explore/');
    firePreCommitNavigate('https://www.instagram.com/other_creator/');
    expect(loads).toEqual([fakeBrowser.runtime.getURL(profileScriptFile('instagram'))]);
    expect(loads[0]).toMatch(/\/instagram-profile\.js$/);

    const onProfile = new ContentScriptContext('instagram-again', {});
    history.replaceState(null, '', '/pluto__travel/');
    const direct: string[] = [];
    loadOnFirstProfile(onProfile, instagramProfileUrls, (src) => (direct.push(src), Promise.resolve({})));
    expect(direct).toHaveLength(1);
    onProfile.abort();
  });

  it('tries again on the next profile when loading failed, and warns instead of throwing into the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fail = true;
    loadOnFirstProfile(ctx, instagramProfileUrls, load);
    firePreCommitNavigate('https://www.instagram.com/pluto__travel/');
    await flush();
    expect(warn).toHaveBeenCalledWith('[Rapport] could not load the profile script', expect.any(Error));
    fail = false;
    firePreCommitNavigate('https://www.instagram.com/other_creator/');
    expect(loads).toHaveLength(2);
  });

  it('loads nothing once the extension is gone (reloaded under the page)', () => {
    Object.defineProperty(fakeBrowser.runtime, 'id', { configurable: true, value: undefined });
    loadOnFirstProfile(ctx, instagramProfileUrls, load);
    firePreCommitNavigate('https://www.instagram.com/pluto__travel/');
    expect(loads).toEqual([]);
  });

  it('stops when the profile half takes over under the same name', () => {
    loadOnFirstProfile(ctx, instagramProfileUrls, load);
    const profileHalf = new ContentScriptContext('instagram', {});
    expect(ctx.isInvalid).toBe(true);
    firePreCommitNavigate('https://www.instagram.com/pluto__travel/');
    expect(loads).toEqual([]);
    profileHalf.abort();
  });
});
