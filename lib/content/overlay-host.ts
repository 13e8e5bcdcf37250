/**
 * Places the overlay on the page: a <rapport-overlay> element with a CLOSED
 * shadow root holding an iframe of the extension's overlay.html. The page's
 * scripts cannot reach into the closed root, cannot read the cross-origin
 * frame, and page CSS cannot style either; the frame reads IndexedDB itself.
 * Facts travel to the frame over an extension port, never window.postMessage.
 */
import { extensionApi, type ExtensionApi } from './extension-api';
import { OVERLAY_PORT_PREFIX, parseOverlayLayout } from '../messaging/content-guards';
import type { PageProfileState } from '../messaging/profile-schemas';

export const HOST_TAG = 'rapport-overlay';
const INITIAL = { width: 340, height: 48 };
const CONNECT_RETRIES = 20;
const CONNECT_RETRY_MS = 50;
/** A page that keeps removing the overlay wins after this many re-attachments. */
const MAX_REATTACH = 5;

// !important inline styles so page rules such as `* { all: unset }` cannot move or hide the host.
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'right: 16px',
  'bottom: 16px',
  'z-index: 2147483647',
  'display: block',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
]
  .map((rule) => `${rule} !important`)
  .join(';');

// color-scheme matches the overlay page's, so Chromium keeps the frame transparent in dark mode too.
const FRAME_STYLE = 'border:0;display:block;background:transparent;color-scheme:light dark;width:0;height:0';

type Port = ReturnType<ExtensionApi['runtime']['connect']>;

export interface OverlayHost {
  show(state: PageProfileState): void;
  remove(): void;
}

export interface OverlayHostOptions {
  /** Called when the frame's port closes after it was live (the extension may have been reloaded). */
  onPortLost?(): void;
}

export function mountOverlayHost(signal: AbortSignal, options: OverlayHostOptions = {}): OverlayHost {
  const browser = extensionApi();
  const token = crypto.randomUUID();
  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = `${browser.runtime.getURL('/overlay.html')}#${token}`;
  frame.title = 'Rapport';
  frame.setAttribute('style', FRAME_STYLE);
  frame.setAttribute('allowtransparency', 'true');
  root.append(frame);

  let latest: PageProfileState | null = null;
  let port: Port | null = null;
  let live = false;
  const site = location.hostname;

  function resize(width: number, height: number): void {
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
  }

  function send(): void {
    if (port && live && latest) port.postMessage({ type: 'overlay:state', state: latest, site });
  }

  // The frame listens for onConnect as soon as its script runs; retry briefly in case it is not ready yet.
  function connect(attempt: number): void {
    if (signal.aborted) return;
    let next: Port;
    try {
      next = browser.runtime.connect({ name: OVERLAY_PORT_PREFIX + token });
    } catch {
      // "Extension context invalidated": the extension was reloaded under this page.
      options.onPortLost?.();
      return;
    }
    let answered = false;
    next.onMessage.addListener((message: unknown) => {
      if (!answered) {
        // The frame answers first thing: from now on it receives what we send.
        answered = true;
        live = true;
        port = next;
        send();
      }
      const layout = parseOverlayLayout(message);
      if (layout) resize(layout.width, layout.height);
    });
    next.onDisconnect.addListener(() => {
      if (port === next) {
        port = null;
        live = false;
      }
      if (signal.aborted) return;
      if (answered) options.onPortLost?.();
      else if (attempt < CONNECT_RETRIES) setTimeout(() => connect(attempt + 1), CONNECT_RETRY_MS);
    });
  }

  frame.addEventListener('load', () => connect(0), { signal });
  resize(INITIAL.width, INITIAL.height);
  document.documentElement.append(host);

  // Some sites re-render <html>'s children; put the overlay back (a few times, never in a loop).
  let reattached = 0;
  const keeper = new MutationObserver(() => {
    if (host.isConnected || signal.aborted || reattached >= MAX_REATTACH) return;
    reattached += 1;
    document.documentElement.append(host);
  });
  keeper.observe(document.documentElement, { childList: true });

  const remove = () => {
    keeper.disconnect();
    try {
      port?.disconnect();
    } catch {
      // The extension context may already be gone; the port is dead either way.
    }
    port = null;
    host.remove();
  };
  signal.addEventListener('abort', remove, { once: true });

  return {
    show(state) {
      latest = state;
      send();
    },
    remove,
  };
}
