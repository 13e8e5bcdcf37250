// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.instagram.com/alice/" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Chromium has the Navigation API; the context's location watcher uses it.
vi.hoisted(() => {
  (globalThis as unknown as { navigation: EventTarget }).navigation = new EventTarget();
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../lib/content/content-script-context';
import { runProfileContentScript, startProfileScript } from '../../../lib/content/profile-content-script';
import { OVERLAY_PORT_PREFIX } from '../../../lib/messaging/content-protocol';
import { FakePort, firePreCommitNavigate, showProfileDom, testAdapter } from './fake-extension';

let ports: FakePort[];
let frames: HTMLIFrameElement[];
let ctx: ContentScriptContext;
/** Reads of runtime.id: in Chromium the first one makes the browser build the runtime API object. */
let runtimeReads: number;

beforeEach(() => {
  ports = [];
  frames = [];
  history.replaceState(null, '', '/alice/');
  showProfileDom('alice', 'Alice A.');
  const connect = (info: { name: string }) => {
    const port = new FakePort(info.name);
    ports.push(port);
    return port;
  };
  // fakeBrowser.reset() does not undo assignments to fakeBrowser.runtime, so set both each time.
  Object.assign(fakeBrowser.runtime, { connect });
  runtimeReads = 0;
  let id: string | undefined = 'test-extension-id';
  Object.defineProperty(fakeBrowser.runtime, 'id', {
    configurable: true,
    get: () => {
      runtimeReads += 1;
      return id;
    },
    set: (value: string | undefined) => {
      id = value;
    },
  });
  // The shadow root is closed: keep a handle on the frame the way only the test can.
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    const observer = new MutationObserver(() => {
      const frame = root.querySelector('iframe');
      if (frame && !frames.includes(frame)) frames.push(frame);
    });
    observer.observe(root, { childList: true });
    return root;
  });
  ctx = new ContentScriptContext('instagram', { noScriptStartedPostMessage: true });
});

afterEach(() => {
  ctx.abort();
  document.querySelectorAll('rapport-overlay').forEach((e) => e.remove());
});

/** The frame loads and answers on its port, as overlay.html does. */
async function frameAnswers(): Promise<FakePort> {
  await vi.waitFor(() => expect(frames.length).toBeGreaterThan(0));
  const frame = frames.at(-1)!;
  frame.dispatchEvent(new Event('load'));
  const port = ports.at(-1)!;
  port.fromFrame({ type: 'overlay:layout', collapsed: false, width: 328, height: 300 });
  return port;
}

const overlays = () => document.querySelectorAll('rapport-overlay');

describe('the profile content script', () => {
  it('mounts one overlay on a profile and sends it the profile read from the page', async () => {
    runProfileContentScript(ctx, testAdapter);
    expect(overlays()).toHaveLength(1);
    expect(overlays()[0]?.parentElement).toBe(document.documentElement);
    const port = await frameAnswers();
    expect(port.name.startsWith(OVERLAY_PORT_PREFIX)).toBe(true);
    expect(frames[0]?.src).toBe(`chrome-extension://test-extension-id/overlay.html#${port.name.slice(OVERLAY_PORT_PREFIX.length)}`);
    await vi.waitFor(() => expect(port.states().at(-1)).toMatchObject({ kind: 'profile', profile: { handle: 'alice', displayName: 'Alice A.' } }));
    // The frame's layout request sizes the frame.
    expect(frames[0]?.style.width).toBe('328px');
    expect(frames[0]?.style.height).toBe('300px');
  });

  it("follows a client-side navigation to B (never showing A's data for B) with still one overlay", async () => {
    runProfileContentScript(ctx, testAdapter);
    const port = await frameAnswers();
    await vi.waitFor(() => expect(port.states().at(-1)).toMatchObject({ kind: 'profile', profile: { handle: 'alice' } }));

    // `navigate` fires while the URL and DOM still show A.
    firePreCommitNavigate('https://www.instagram.com/bob/');
    await vi.waitFor(() => expect(port.states().at(-1)).toMatchObject({ kind: 'loading', ref: { handle: 'bob' } }));
    history.pushState(null, '', '/bob/');
    await new Promise((r) => setTimeout(r, 80));
    showProfileDom('bob', 'Bob B.');
    await vi.waitFor(() => expect(port.states().at(-1)).toMatchObject({ kind: 'profile', profile: { handle: 'bob', displayName: 'Bob B.' } }));

    const afterNavigation = port.states().slice(port.states().findIndex((s) => (s as { kind: string }).kind === 'loading'));
    expect(JSON.stringify(afterNavigation)).not.toContain('Alice');
    expect(overlays()).toHaveLength(1);
    expect(ports).toHaveLength(1);
  });

  it('removes the overlay on a page that is not a profile and mounts a fresh one on the next profile', async () => {
    runProfileContentScript(ctx, testAdapter);
    await frameAnswers();
    firePreCommitNavigate('https://www.instagram.com/explore/');
    await vi.waitFor(() => expect(overlays()).toHaveLength(0));
    expect(ports[0]?.disconnected).toBe(true);

    firePreCommitNavigate('https://www.instagram.com/alice/');
    await vi.waitFor(() => expect(overlays()).toHaveLength(1));
  });

  it('mounts nothing on a page that is not a profile', async () => {
    history.replaceState(null, '', '/explore/');
    runProfileContentScript(ctx, testAdapter);
    await new Promise((r) => setTimeout(r, 20));
    expect(overlays()).toHaveLength(0);
    expect(frames).toHaveLength(0);
  });

  it('does no more than match URLs until the tab shows a profile: no DOM, no listener, no extension API', async () => {
    history.replaceState(null, '', '/explore/');
    const before = document.documentElement.outerHTML;
    runProfileContentScript(ctx, testAdapter);
    firePreCommitNavigate('https://www.instagram.com/explore/tags/cats/');
    await new Promise((r) => setTimeout(r, 20));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    expect(runtimeReads).toBe(0);

    // A client-side navigation to a profile starts everything (the worker can ask from then on).
    firePreCommitNavigate('https://www.instagram.com/alice/');
    await vi.waitFor(() => expect(overlays()).toHaveLength(1));
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(runtimeReads).toBeGreaterThan(0);
  });

  it('says which profile failed and why when the page cannot be read', async () => {
    document.body.replaceChildren();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      runProfileContentScript(ctx, testAdapter);
      vi.advanceTimersByTime(9_000);
    } finally {
      vi.useRealTimers();
    }
    const port = await frameAnswers();
    await vi.waitFor(() =>
      expect(port.states().at(-1)).toEqual({
        kind: 'unreadable',
        ref: { platform: 'instagram', handle: 'alice', profileUrl: 'https://www.instagram.com/alice/' },
        reason: 'the profile header is missing',
      }),
    );
  });

  it('answers "which profile is this tab on?" and ignores other messages', async () => {
    runProfileContentScript(ctx, testAdapter);
    await vi.waitFor(async () => {
      const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'content:get-profile' }, {}, () => undefined);
      expect(await answer).toMatchObject({ kind: 'profile', profile: { handle: 'alice' } });
    });
    const [ignored] = await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else' }, {}, () => undefined);
    expect(ignored).toBeUndefined();
  });

  it('retries connecting while the frame is not listening yet', async () => {
    runProfileContentScript(ctx, testAdapter);
    await vi.waitFor(() => expect(frames.length).toBe(1));
    frames[0]!.dispatchEvent(new Event('load'));
    ports[0]!.drop();
    await vi.waitFor(() => expect(ports).toHaveLength(2));
    ports[1]!.fromFrame({ type: 'overlay:layout', collapsed: true, width: 48, height: 48 });
    await vi.waitFor(() => expect(ports[1]!.states().at(-1)).toMatchObject({ kind: 'profile' }));
    expect(frames[0]?.style.width).toBe('48px');
  });

  it('ignores a malformed layout request', async () => {
    runProfileContentScript(ctx, testAdapter);
    const port = await frameAnswers();
    port.fromFrame({ type: 'overlay:layout', collapsed: false, width: 99999, height: 10 });
    port.fromFrame('<img src=x onerror=alert(1)>');
    expect(frames[0]?.style.width).toBe('328px');
  });

  it('leaves the page clean, without errors, when the extension is reloaded under it', async () => {
    runProfileContentScript(ctx, testAdapter);
    const port = await frameAnswers();
    await vi.waitFor(() => expect(port.states()).not.toHaveLength(0));
    // A reload invalidates this script's extension context and closes the overlay frame's port.
    Object.assign(fakeBrowser.runtime, {
      id: undefined,
      connect: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    port.drop();
    expect(overlays()).toHaveLength(0);
    expect(ctx.isValid).toBe(false);
    // Later navigations do nothing (and throw nothing).
    firePreCommitNavigate('https://www.instagram.com/bob/');
    history.pushState(null, '', '/bob/');
    showProfileDom('bob', 'Bob');
    await new Promise((r) => setTimeout(r, 50));
    expect(overlays()).toHaveLength(0);
  });

  it('puts the overlay back if the page removes it', async () => {
    runProfileContentScript(ctx, testAdapter);
    overlays()[0]?.remove();
    await vi.waitFor(() => expect(overlays()).toHaveLength(1));
  });
});

describe('starting the profile script (imported by the loader, or injected by the worker on each in-page navigation)', () => {
  it('starts once per page: starting again, as a second injection does, keeps the one overlay and the one listener', async () => {
    ctx.abort(); // here the beforeEach context stands for a copy that is gone, not one that runs
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    startProfileScript(testAdapter);
    startProfileScript(testAdapter);
    expect(overlays()).toHaveLength(1);
    expect(listen).toHaveBeenCalledTimes(1);
    expect(ContentScriptContext.running(testAdapter.id)).toBeDefined();
    // The extension goes away under the page: that copy no longer counts, and asking cleaned it up.
    fakeBrowser.runtime.id = undefined as unknown as string;
    expect(ContentScriptContext.running(testAdapter.id)).toBeUndefined();
    expect(overlays()).toHaveLength(0);
  });
});

describe('an extension reload that the page is not told about', () => {
  it('removes the overlay within a few seconds even when the port stays silent', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      runProfileContentScript(ctx, testAdapter);
      expect(overlays()).toHaveLength(1);
      Object.assign(fakeBrowser.runtime, { id: undefined });
      vi.advanceTimersByTime(2_100);
      expect(overlays()).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
