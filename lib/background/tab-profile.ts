/**
 * Which creator profile a tab shows: asked from the tab's content script (which
 * has read the page), else worked out from the URL alone. The answer crosses a
 * context boundary, so it is validated.
 */
import { browser } from 'wxt/browser';
import { PageProfileStateSchema } from '../messaging/profile-schemas';
import type { ContentRequest } from '../messaging/content-protocol';
import type { ProfileRef, ScrapedProfile } from '../platforms/types';

export type MatchProfile = (url: URL) => ProfileRef | null;

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A profile from a URL alone (a link, or a tab without a content script). */
export function profileFromUrl(url: string | undefined, matchProfile: MatchProfile): ScrapedProfile | null {
  const parsed = parseUrl(url);
  return parsed ? matchProfile(parsed) : null;
}

export async function profileInTab(tab: { id?: number; url?: string } | undefined, matchProfile: MatchProfile): Promise<ScrapedProfile | null> {
  if (!tab) return null;
  if (tab.id !== undefined && tab.id >= 0) {
    try {
      const request: ContentRequest = { type: 'content:get-profile' };
      const raw: unknown = await browser.tabs.sendMessage(tab.id, request, { frameId: 0 });
      const state = PageProfileStateSchema.safeParse(raw);
      if (state.success) {
        if (state.data.kind === 'profile') return state.data.profile;
        if (state.data.kind === 'loading' || state.data.kind === 'unreadable') return state.data.ref;
        return null;
      }
    } catch {
      // No content script in this tab (not a supported site, or injected before install): use the URL.
    }
  }
  return profileFromUrl(tab.url, matchProfile);
}
