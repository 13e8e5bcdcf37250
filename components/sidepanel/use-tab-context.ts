/**
 * The active tab as the panel sees it: which creator profile it shows (asked
 * from the tab's content script, validated, then looked up on the roster) and
 * which DM channel to prefill. `?tab=<id>` pins the tab (tests, and a panel
 * opened for a given tab); otherwise the panel follows the active tab.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Channel } from '../../lib/domain';
import { findCreatorByAccount } from '../../lib/db';
import { profileInTab } from '../../lib/background/tab-profile';
import { matchProfile } from '../../lib/platforms/registry';
import type { ScrapedProfile } from '../../lib/platforms/types';
import { channelForTabUrl } from '../../lib/roster/tab-context';

export interface TabContext {
  tabId?: number;
  /** The profile the tab shows, if any. */
  profile?: ScrapedProfile;
  /** Set when that profile is on the roster. */
  creatorId?: string;
  creatorName?: string;
  /** The DM channel of the tab's platform. */
  channel?: Channel;
}

type TabInfo = { id?: number; url?: string };

async function activeTab(pinned: number | undefined): Promise<TabInfo | undefined> {
  if (pinned !== undefined) return browser.tabs.get(pinned).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

export async function resolveTabContext(pinned: number | undefined): Promise<TabContext> {
  const tab = await activeTab(pinned);
  if (!tab) return {};
  const channel = channelForTabUrl(tab.url);
  const profile = (await profileInTab(tab, matchProfile)) ?? undefined;
  const found = profile ? await findCreatorByAccount(profile.platform, profile.handle, profile.platformUserId).catch(() => undefined) : undefined;
  return {
    ...(tab.id !== undefined ? { tabId: tab.id } : {}),
    ...(profile ? { profile } : {}),
    ...(found ? { creatorId: found.creator.id, creatorName: found.creator.displayName } : {}),
    ...(channel ? { channel } : {}),
  };
}

/** Follows the active tab (or the pinned one) and re-resolves when it navigates or the roster changes. */
export function useTabContext(pinned: number | undefined, rosterVersion: number): TabContext | null {
  const [context, setContext] = useState<TabContext | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    void resolveTabContext(pinned).then(
      (c) => live && setContext(c),
      () => live && setContext({}),
    );
    return () => {
      live = false;
    };
  }, [pinned, tick, rosterVersion]);
  useEffect(() => {
    const bump = () => setTick((t) => t + 1);
    const onUpdated = (tabId: number, info: { status?: string; url?: string }) => {
      if ((pinned === undefined || tabId === pinned) && (info.status === 'complete' || info.url)) bump();
    };
    if (pinned === undefined) browser.tabs.onActivated.addListener(bump);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(bump);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinned]);
  return context;
}
