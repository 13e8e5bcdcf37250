/**
 * What the active tab tells the panel: the platform it is on (for the DM
 * channel) and, through the adapters, whether it shows a creator's profile.
 */
import { dmChannelFor, type Channel } from '../domain';
import { adapterForUrl } from '../platforms/registry';
import type { PlatformId } from '../platforms/types';

export function platformOfUrl(url: string | undefined): PlatformId | null {
  if (!url) return null;
  try {
    return adapterForUrl(new URL(url))?.id ?? null;
  } catch {
    return null;
  }
}

/**
 * The channel to prefill for a touch logged while this tab is open: the
 * platform's DM channel when the tab is on a supported site (a profile or a DM
 * thread), nothing otherwise.
 */
export function channelForTabUrl(url: string | undefined): Channel | undefined {
  const platform = platformOfUrl(url);
  return platform ? dmChannelFor(platform) : undefined;
}

/** A panel focus request is only followed when it is recent: an old one must not hijack a later opening. */
export const FOCUS_FRESH_MS = 60_000;

export function isFreshFocus(focus: { at: number } | null, now: number): boolean {
  return focus !== null && now - focus.at <= FOCUS_FRESH_MS;
}
