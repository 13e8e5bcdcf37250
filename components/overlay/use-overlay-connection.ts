/**
 * The overlay frame's side of the port opened by the content script that
 * framed it. The frame only accepts the port whose name carries the token in
 * its own URL fragment, so another page cannot feed it a profile.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { OVERLAY_PORT_PREFIX, type OverlayLayout } from '../../lib/messaging/content-protocol';
import { OverlayStateMessageSchema } from '../../lib/messaging/overlay-protocol';
import type { PageProfileState } from '../../lib/messaging/profile-schemas';

export function useOverlayConnection(): {
  state: PageProfileState | null;
  site: string;
  requestLayout(layout: Omit<OverlayLayout, 'type'>): void;
} {
  const [state, setState] = useState<PageProfileState | null>(null);
  const [site, setSite] = useState('');
  const portRef = useRef<Browser.runtime.Port | null>(null);
  const layoutRef = useRef<Omit<OverlayLayout, 'type'>>({ collapsed: false, width: 340, height: 48 });

  useEffect(() => {
    const token = location.hash.slice(1);
    const onConnect = (port: Browser.runtime.Port) => {
      if (!token || port.name !== OVERLAY_PORT_PREFIX + token) {
        if (port.name.startsWith(OVERLAY_PORT_PREFIX)) port.disconnect();
        return;
      }
      portRef.current = port;
      port.postMessage({ type: 'overlay:layout', ...layoutRef.current });
      port.onMessage.addListener((message: unknown) => {
        const parsed = OverlayStateMessageSchema.safeParse(message);
        if (!parsed.success) return;
        setState(parsed.data.state);
        setSite(parsed.data.site);
      });
      port.onDisconnect.addListener(() => {
        if (portRef.current === port) portRef.current = null;
      });
    };
    browser.runtime.onConnect.addListener(onConnect);
    return () => browser.runtime.onConnect.removeListener(onConnect);
  }, []);

  const requestLayout = useCallback((layout: Omit<OverlayLayout, 'type'>) => {
    layoutRef.current = layout;
    portRef.current?.postMessage({ type: 'overlay:layout', ...layout });
  }, []);

  return { state, site, requestLayout };
}
