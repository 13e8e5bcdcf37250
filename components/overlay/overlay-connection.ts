/**
 * The overlay frame's side of the port opened by the content script that
 * framed it. Registered when the module loads (before React renders), so the
 * content script's first connect attempt already finds a listener. The frame
 * only accepts the port whose name carries the token in its own URL fragment,
 * so no other page or frame can feed it a profile.
 */
import { browser, type Browser } from 'wxt/browser';
import { OVERLAY_PORT_PREFIX, type OverlayLayout } from '../../lib/messaging/content-protocol';
import { OverlayStateMessageSchema } from '../../lib/messaging/overlay-protocol';
import type { PageProfileState } from '../../lib/messaging/profile-schemas';

export type LayoutRequest = Omit<OverlayLayout, 'type'>;

export interface ConnectionSnapshot {
  state: PageProfileState | null;
  site: string;
}

let snapshot: ConnectionSnapshot = { state: null, site: '' };
let port: Browser.runtime.Port | null = null;
let lastLayout: LayoutRequest | null = null;
const listeners = new Set<() => void>();

function onConnect(next: Browser.runtime.Port): void {
  const token = location.hash.slice(1);
  if (!next.name.startsWith(OVERLAY_PORT_PREFIX)) return;
  if (!token || next.name !== OVERLAY_PORT_PREFIX + token) {
    // Meant for another tab's overlay: let go so only the right frame holds it.
    next.disconnect();
    return;
  }
  port = next;
  // Answering at once tells the content script the connection is live (it retries otherwise).
  next.postMessage({ type: 'overlay:layout', ...(lastLayout ?? { collapsed: false, width: 340, height: 48 }) });
  next.onMessage.addListener((message: unknown) => {
    const parsed = OverlayStateMessageSchema.safeParse(message);
    if (!parsed.success) return;
    snapshot = { state: parsed.data.state, site: parsed.data.site };
    for (const listener of listeners) listener();
  });
  next.onDisconnect.addListener(() => {
    if (port === next) port = null;
  });
}

let started = false;
/** Starts listening; called once from the overlay entrypoint before rendering. */
export function startOverlayConnection(): void {
  if (started) return;
  started = true;
  browser.runtime.onConnect.addListener(onConnect);
}

export function subscribeToConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getConnectionSnapshot(): ConnectionSnapshot {
  return snapshot;
}

/** Tells the content script how much room the overlay needs (the host frame is resized to it). */
export function requestLayout(layout: LayoutRequest): void {
  if (lastLayout && lastLayout.collapsed === layout.collapsed && lastLayout.width === layout.width && lastLayout.height === layout.height) {
    return;
  }
  lastLayout = layout;
  port?.postMessage({ type: 'overlay:layout', ...layout });
}
