/**
 * The content script's whole job, for one platform: decide on every navigation
 * whether the page is a creator profile, keep exactly one overlay mounted while
 * it is, tell the overlay which profile it shows, and answer "what profile is
 * this tab on?" for the side panel and the worker.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter, ProfileRef } from '../platforms/types';
import type { PageProfileState } from '../messaging/profile-schemas';
import { ContentRequestSchema } from '../messaging/content-protocol';
import { browser } from './extension-api';
import { mountOverlayHost, type OverlayHost } from './overlay-host';
import { waitForProfile } from './wait-for-profile';

function sameProfile(a: ProfileRef, b: ProfileRef): boolean {
  return a.platform === b.platform && a.handle === b.handle;
}

export function runProfileContentScript(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  let state: PageProfileState = { kind: 'none' };
  let overlay: { host: OverlayHost; controller: AbortController } | null = null;
  // One controller per profile view: aborted when the user navigates to another page.
  let view: AbortController | null = null;

  function show(next: PageProfileState): void {
    state = next;
    overlay?.host.show(next);
  }

  function removeOverlay(): void {
    overlay?.controller.abort();
    overlay = null;
  }

  function ensureOverlay(): void {
    if (overlay) return;
    const controller = new AbortController();
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
    overlay = { host: mountOverlayHost(controller.signal), controller };
  }

  async function onUrl(href: string): Promise<void> {
    const url = new URL(href);
    const ref = adapter.matchProfileUrl(url);
    const current = state.kind === 'profile' ? state.profile : state.kind === 'none' ? null : state.ref;
    if (ref && current && sameProfile(ref, current) && state.kind === 'profile') return;

    view?.abort();
    if (!ref) {
      view = null;
      removeOverlay();
      show({ kind: 'none' });
      return;
    }
    const thisView = new AbortController();
    view = thisView;
    ensureOverlay();
    show({ kind: 'loading', ref });
    const result = await waitForProfile(adapter, ref, url, thisView.signal);
    if (thisView.signal.aborted || ctx.isInvalid) return;
    show(result.ok ? { kind: 'profile', profile: result.profile } : { kind: 'unreadable', ref: result.ref, reason: result.reason });
  }

  const onMessage = (message: unknown): Promise<PageProfileState> | undefined =>
    ContentRequestSchema.safeParse(message).success ? Promise.resolve(state) : undefined;
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    // The extension was reloaded or updated: leave the page exactly as we found it.
    view?.abort();
    removeOverlay();
    browser.runtime.onMessage.removeListener(onMessage);
  });

  // wxt:locationchange fires before the new page commits: use its newUrl and wait for the DOM.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => void onUrl(event.newUrl.href));
  void onUrl(location.href);
}
