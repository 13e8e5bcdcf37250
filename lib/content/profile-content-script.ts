/**
 * The content script's whole job, for one platform: decide on every navigation
 * whether the page is a creator profile, keep exactly one overlay mounted while
 * it is, tell the overlay which profile it shows, and answer "what profile is
 * this tab on?" for the side panel and the worker.
 */
import { ContentScriptContext, type ContentContext } from './content-script-context';
import type { PlatformAdapter, ProfileRef } from '../platforms/types';
import type { PageProfileState } from '../messaging/profile-schemas';
import { isContentRequest } from '../messaging/content-guards';
import { extensionApi } from './extension-api';
import { mountOverlayHost, type OverlayHost } from './overlay-host';
import { waitForProfile } from './wait-for-profile';

/** How often a shown overlay checks that the extension is still there (one property read). */
const INVALIDATION_CHECK_MS = 2_000;

function sameProfile(a: ProfileRef, b: ProfileRef): boolean {
  return a.platform === b.platform && a.handle === b.handle;
}

function refOf(state: PageProfileState): ProfileRef | null {
  if (state.kind === 'none') return null;
  return state.kind === 'profile' ? state.profile : state.ref;
}

/**
 * Started on a profile (by the site's loader or the worker), then kept for the tab's
 * life. Should the URL have moved on to a page that is not a profile before it starts,
 * it only matches URLs until the tab shows a profile: no DOM, no observers, no message
 * listener, and no use of the extension API (its first use makes the browser build the
 * runtime object, about 0.4 ms). Meanwhile the worker works the profile out from the
 * tab's URL instead, which gives the same answer: none.
 */
export function runProfileContentScript(ctx: ContentContext, adapter: PlatformAdapter): void {
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
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    // Reading ctx.isInvalid notices a reloaded extension and runs the cleanup below.
    const host = mountOverlayHost(controller.signal, { onPortLost: () => void ctx.isInvalid });
    overlay = { host, controller };
    // Chromium does not tell an orphaned script that its extension was reloaded (the overlay's
    // port stays silent), so while an overlay is shown, look now and then; reading
    // ctx.isInvalid notices it and runs the cleanup that removes the dead overlay.
    const watch = setInterval(() => void ctx.isInvalid, INVALIDATION_CHECK_MS);
    controller.signal.addEventListener('abort', () => clearInterval(watch), { once: true });
  }

  async function onUrl(href: string): Promise<void> {
    const url = new URL(href);
    const ref = adapter.matchProfileUrl(url);
    // Not a profile and nothing shown: nothing to do, so do not even ask isInvalid (it reads the extension API).
    if (!ref && !overlay && state.kind === 'none') return;
    if (ctx.isInvalid) return;
    const current = refOf(state);
    // Another URL of the same profile (a tab such as /replies): nothing to redo.
    if (ref && current && sameProfile(ref, current) && state.kind === 'profile') return;

    view?.abort();
    if (!ref) {
      view = null;
      removeOverlay();
      show({ kind: 'none' });
      return;
    }
    activate();
    const thisView = new AbortController();
    view = thisView;
    ensureOverlay();
    show({ kind: 'loading', ref });
    const result = await waitForProfile(adapter, ref, url, thisView.signal);
    if (thisView.signal.aborted || ctx.isInvalid) return;
    show(result.ok ? { kind: 'profile', profile: result.profile } : { kind: 'unreadable', ref: result.ref, reason: result.reason });
  }

  const onMessage = (message: unknown): Promise<PageProfileState> | undefined => (isContentRequest(message) ? Promise.resolve(state) : undefined);
  let active = false;

  /** On the first profile: from then on answer "which profile is this tab on?" and clean up on invalidation. */
  function activate(): void {
    if (active) return;
    active = true;
    const browser = extensionApi();
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      // The extension was reloaded or updated: leave the page exactly as we found it.
      view?.abort();
      removeOverlay();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // Already gone with the old extension context.
      }
    });
  }

  // wxt:locationchange fires before the new page commits: use its newUrl and wait for the DOM.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => void onUrl(event.newUrl.href));
  void onUrl(location.href);
}

/**
 * Entry of `<site>-profile.js`. The site's loader imports it when a page loads on a
 * profile (lib/content/profile-loader.ts); the worker injects it when an in-page
 * navigation lands on one (lib/background/profile-injection.ts). Both can happen in
 * one tab, and the worker injects on every such navigation: once a copy runs here it
 * follows navigations itself, so a second copy does nothing.
 */
export function startProfileScript(adapter: PlatformAdapter): void {
  if (ContentScriptContext.running(adapter.id)) return;
  runProfileContentScript(new ContentScriptContext(adapter.id), adapter);
}
