/**
 * Places the overlay on the page: a <rapport-overlay> element with a CLOSED
 * shadow root holding an iframe of the extension's overlay.html. The page's
 * scripts cannot reach into the closed root, cannot read the cross-origin
 * frame, and page CSS cannot style either; the frame reads IndexedDB itself.
 * Facts travel to the frame over an extension port, never window.postMessage.
 */
import { browser } from './extension-api';
import { OVERLAY_PORT_PREFIX, OverlayLayoutSchema } from '../messaging/content-protocol';
import type { PageProfileState } from '../messaging/profile-schemas';

const HOST_TAG = 'rapport-overlay';
const EXPANDED = { width: 340, height: 420 };
const CONNECT_RETRIES = 20;

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

export interface OverlayHost {
  show(state: PageProfileState): void;
  remove(): void;
}

export function mountOverlayHost(signal: AbortSignal): OverlayHost {
  const token = crypto.randomUUID();
  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = `${browser.runtime.getURL('/overlay.html')}#${token}`;
  frame.title = 'Rapport';
  frame.setAttribute('style', 'border:0;display:block;background:transparent;color-scheme:normal;width:0;height:0');
  frame.setAttribute('allowtransparency', 'true');
  root.append(frame);

  let latest: PageProfileState | null = null;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const site = location.hostname;

  function resize(width: number, height: number): void {
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
  }

  function send(): void {
    if (port && latest) port.postMessage({ type: 'overlay:state', state: latest, site });
  }

  // The frame listens for onConnect as soon as its script runs; retry briefly in case it is not ready yet.
  function connect(attempt: number): void {
    if (signal.aborted) return;
    const next = browser.runtime.connect({ name: OVERLAY_PORT_PREFIX + token });
    let delivered = false;
    next.onMessage.addListener((message: unknown) => {
      delivered = true;
      const layout = OverlayLayoutSchema.safeParse(message);
      if (layout.success) resize(layout.data.width, layout.data.height);
    });
    next.onDisconnect.addListener(() => {
      if (port === next) port = null;
      if (!delivered && attempt < CONNECT_RETRIES && !signal.aborted) setTimeout(() => connect(attempt + 1), 100);
    });
    port = next;
    send();
  }

  frame.addEventListener('load', () => connect(0), { signal });
  resize(EXPANDED.width, 48);
  document.documentElement.append(host);

  const remove = () => {
    port?.disconnect();
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
