/**
 * The "Save creator to Rapport" context menu, on supported sites' pages and on
 * links to them. Items are created with explicit ids when the extension is
 * installed or updated; clicks are handled by a listener registered at start.
 */
import { browser, type Browser } from 'wxt/browser';
import { saveProfile } from '../use-cases/profiles';
import { workerRecount } from './worker-recount';
import { openSidePanel } from './side-panel';
import { setPanelFocus } from './panel-focus';
import { profileFromUrl, profileInTab, type MatchProfile } from './tab-profile';
import { showProblem } from './problems';

export const SAVE_PAGE_MENU = 'rapport:save-page';
export const SAVE_LINK_MENU = 'rapport:save-link';
const TITLE = 'Save creator to Rapport';

/** (Re)creates the menu items: removeAll first, so running it twice never duplicates them. */
export async function createContextMenus(matchPatterns: readonly string[]): Promise<void> {
  await browser.contextMenus.removeAll();
  const patterns = [...new Set(matchPatterns)];
  browser.contextMenus.create({ id: SAVE_PAGE_MENU, title: TITLE, contexts: ['page'], documentUrlPatterns: patterns });
  browser.contextMenus.create({ id: SAVE_LINK_MENU, title: TITLE, contexts: ['link'], targetUrlPatterns: patterns });
}

export interface ContextMenuOutcome {
  creatorId?: string;
  /** Why nothing was saved, as told to the user. */
  problem?: string;
}

/**
 * Saves the creator the click was about and opens the panel on them. On a page
 * the content script's reading of the profile is used; on a link, the URL alone.
 */
export async function handleContextMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl' | 'pageUrl'>,
  tab: Pick<Browser.tabs.Tab, 'id' | 'windowId' | 'url'> | undefined,
  matchProfile: MatchProfile,
): Promise<ContextMenuOutcome> {
  if (info.menuItemId !== SAVE_PAGE_MENU && info.menuItemId !== SAVE_LINK_MENU) return {};
  // The click is a user gesture: open the panel before any other await.
  const opening = openSidePanel({ tabId: tab?.id, windowId: tab?.windowId }).catch(() => false);
  const profile =
    info.menuItemId === SAVE_LINK_MENU
      ? profileFromUrl(info.linkUrl, matchProfile)
      : await profileInTab(tab && { ...tab, url: tab.url ?? info.pageUrl }, matchProfile);
  if (!profile) {
    const problem = 'That is not a creator profile Rapport can read.';
    await showProblem('Nothing saved', problem);
    return { problem };
  }
  try {
    const saved = await saveProfile(profile, {}, workerRecount().recount);
    await setPanelFocus({ creatorId: saved.creator.id, view: 'creator' });
    await opening;
    return { creatorId: saved.creator.id };
  } catch (error) {
    const problem = `Could not save ${profile.handle}: ${error instanceof Error ? error.message : String(error)}`;
    await showProblem('Nothing saved', problem);
    return { problem };
  }
}
