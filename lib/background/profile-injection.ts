/**
 * Single-page sites go from a feed to a profile without loading a page. The
 * content script's loader looks only at the URL a page loaded with (watching
 * navigations from every page would cost each page about half a millisecond),
 * so the worker watches those in-page navigations on supported sites instead,
 * and injects the site's profile script into the tab when one lands on a profile.
 * The profile script does nothing if a copy already runs in the tab
 * (startProfileScript), so injecting on every such navigation is safe.
 *
 * The worker wakes only for supported sites: the listener's URL filter is checked
 * by the browser before the worker runs.
 */
import { browser } from 'wxt/browser';
import { profileScriptFile } from '../content/profile-loader';
import type { ProfileUrls } from '../platforms/types';
import { profileFromUrl, type MatchProfile } from './tab-profile';

/** What the browser reports of an in-page (history API) navigation. */
export interface InPageNavigation {
  tabId: number;
  frameId: number;
  url: string;
}

/** The profile script to inject after an in-page navigation, or null when it does not land on a profile. */
export function profileScriptFor(navigation: InPageNavigation, matchProfile: MatchProfile): ReturnType<typeof profileScriptFile> | null {
  // Content scripts run in the top frame only (no all_frames), and so does the overlay.
  if (navigation.frameId !== 0) return null;
  const profile = profileFromUrl(navigation.url, matchProfile);
  return profile ? profileScriptFile(profile.platform) : null;
}

/** webNavigation URL filters for the sites' hosts and their subdomains; the matchers decide which hosts count. */
export function hostFilters(sites: readonly ProfileUrls[]): { hostEquals?: string; hostSuffix?: string }[] {
  return sites.flatMap((s) => s.hosts.flatMap((host) => [{ hostEquals: host }, { hostSuffix: `.${host}` }]));
}

/** `sites` name the hosts to watch; `matchProfile` (the registry's) says which of their URLs are profiles. */
export function injectProfileScriptOnInPageNavigation(sites: readonly ProfileUrls[], matchProfile: MatchProfile): void {
  browser.webNavigation.onHistoryStateUpdated.addListener(
    (navigation) => {
      const file = profileScriptFor(navigation, matchProfile);
      if (!file) return;
      browser.scripting.executeScript({ target: { tabId: navigation.tabId, frameIds: [0] }, files: [file] }).catch((error: unknown) => {
        // The tab closed or moved on meanwhile, or the browser refused the page: nothing to show there.
        console.warn('Rapport: could not inject the profile script', error);
      });
    },
    { url: hostFilters(sites) },
  );
}
