/** The side panel's own state outside React: URL parameters, the roster view kept per session, focus requests already followed, a ticking clock. */
import { MINUTE_MS } from '../../lib/domain/time';
import { useEffect, useState } from 'react';
import { type PanelFocus } from '../../lib/background/panel-focus';
import { DEFAULT_VIEW_STATE, type RosterViewState } from '../../lib/roster/views';

export const VIEW_KEY = 'rapport:roster-view';
/** The last focus request this browser's panels followed: a request is followed once, never again on a later opening. */
export const FOCUS_DONE_KEY = 'rapport:focus-applied-at';

export function focusAlreadyApplied(focus: PanelFocus): boolean {
  return Number(localStorage.getItem(FOCUS_DONE_KEY) ?? 0) >= focus.at;
}

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function readParams(): { creator?: string; tab?: number } {
  const params = new URLSearchParams(location.search);
  const creator = params.get('creator') ?? undefined;
  const tab = Number(params.get('tab'));
  return { ...(creator ? { creator } : {}), ...(params.has('tab') && Number.isInteger(tab) ? { tab } : {}) };
}

/** The roster view state survives closing the panel (per browser session). */
export function loadViewState(): RosterViewState {
  try {
    const raw = sessionStorage.getItem(VIEW_KEY);
    return raw ? { ...DEFAULT_VIEW_STATE, ...(JSON.parse(raw) as Partial<RosterViewState>), search: '' } : DEFAULT_VIEW_STATE;
  } catch {
    return DEFAULT_VIEW_STATE;
  }
}
