// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.instagram.com/explore/" }
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext, type LocationChange } from '../../../lib/content/content-script-context';
import { firePreCommitNavigate } from './fake-extension';

const scope = globalThis as unknown as { navigation?: EventTarget };

afterEach(() => {
  delete scope.navigation;
});

describe("Rapport's content-script context", () => {
  it('reports client-side navigations from the Navigation API, before the URL commits', () => {
    scope.navigation = new EventTarget();
    const ctx = new ContentScriptContext('instagram');
    const seen: LocationChange[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (change) => seen.push(change));
    firePreCommitNavigate('https://www.instagram.com/alice/');
    firePreCommitNavigate('https://www.instagram.com/alice/'); // the same URL again: no change
    firePreCommitNavigate('https://www.instagram.com/bob/');
    expect(seen.map((c) => [c.oldUrl.pathname, c.newUrl.pathname])).toEqual([
      ['/explore/', '/alice/'],
      ['/alice/', '/bob/'],
    ]);
    ctx.abort();
  });

  it('keeps its events off window, where page scripts could listen', () => {
    scope.navigation = new EventTarget();
    const ctx = new ContentScriptContext('instagram');
    const onWindow = vi.fn();
    window.addEventListener('wxt:locationchange', onWindow);
    ctx.addEventListener(window, 'wxt:locationchange', () => undefined);
    firePreCommitNavigate('https://www.instagram.com/alice/');
    expect(onWindow).not.toHaveBeenCalled();
    window.removeEventListener('wxt:locationchange', onWindow);
    ctx.abort();
  });

  it('polls the URL where there is no Navigation API', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const ctx = new ContentScriptContext('instagram');
      const seen: string[] = [];
      ctx.addEventListener(window, 'wxt:locationchange', (change) => seen.push(change.newUrl.pathname));
      history.pushState(null, '', '/alice/');
      vi.advanceTimersByTime(1_000);
      expect(seen).toEqual(['/alice/']);
      ctx.abort();
      history.pushState(null, '', '/bob/');
      vi.advanceTimersByTime(3_000);
      expect(seen).toEqual(['/alice/']);
    } finally {
      vi.useRealTimers();
      history.replaceState(null, '', '/explore/');
    }
  });

  it('stops every listener when the extension is reloaded under the page', () => {
    scope.navigation = new EventTarget();
    Object.assign(fakeBrowser.runtime, { id: 'test-extension-id' });
    const ctx = new ContentScriptContext('instagram');
    const onInvalidated = vi.fn();
    ctx.onInvalidated(onInvalidated);
    const seen = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', seen);
    expect(ctx.isInvalid).toBe(false);
    Object.assign(fakeBrowser.runtime, { id: undefined });
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
    expect(onInvalidated).toHaveBeenCalledTimes(1);
    firePreCommitNavigate('https://www.instagram.com/alice/');
    expect(seen).not.toHaveBeenCalled();
  });

  it("offers WXT's API, except WXT's DOM-event hand-over internals", () => {
    const members = (proto: object) => Object.getOwnPropertyNames(proto).filter((name) => name !== 'constructor');
    const internals = ['stopOldScripts', 'verifyScriptStartedEvent', 'listenForNewerScripts'];
    const missing = members(WxtContentScriptContext.prototype).filter(
      (name) => !internals.includes(name) && !members(ContentScriptContext.prototype).includes(name),
    );
    expect(missing).toEqual([]);
  });

  it('ties timers and plain listeners to the context, like WXT', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      Object.assign(fakeBrowser.runtime, { id: 'test-extension-id' });
      const ctx = new ContentScriptContext('instagram');
      const timeout = vi.fn();
      const interval = vi.fn();
      const click = vi.fn();
      ctx.setTimeout(timeout, 100);
      ctx.setInterval(interval, 100);
      ctx.addEventListener(document, 'click', click);
      vi.advanceTimersByTime(250);
      document.dispatchEvent(new Event('click'));
      expect([timeout.mock.calls.length, interval.mock.calls.length, click.mock.calls.length]).toEqual([1, 2, 1]);
      ctx.abort();
      vi.advanceTimersByTime(250);
      document.dispatchEvent(new Event('click'));
      expect([timeout.mock.calls.length, interval.mock.calls.length, click.mock.calls.length]).toEqual([1, 2, 1]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands over to a newer copy of the same script in the page', () => {
    const older = new ContentScriptContext('instagram');
    const other = new ContentScriptContext('youtube');
    const newer = new ContentScriptContext('instagram');
    expect(older.signal.aborted).toBe(true);
    expect(other.signal.aborted).toBe(false);
    expect(newer.signal.aborted).toBe(false);
    other.abort();
    newer.abort();
  });

  it('tells whether a valid copy of a script already runs in this world (the profile script then does not start again)', () => {
    Object.assign(fakeBrowser.runtime, { id: 'test-extension-id' });
    expect(ContentScriptContext.running('tiktok')).toBeUndefined();
    const first = new ContentScriptContext('tiktok');
    expect(ContentScriptContext.running('tiktok')).toBe(first);
    expect(ContentScriptContext.running('twitch')).toBeUndefined();
    // Once the extension is gone under the page, the old copy no longer counts: a new one may start.
    Object.assign(fakeBrowser.runtime, { id: undefined });
    expect(ContentScriptContext.running('tiktok')).toBeUndefined();
    expect(first.signal.aborted).toBe(true);
    Object.assign(fakeBrowser.runtime, { id: 'test-extension-id' });
  });
});
