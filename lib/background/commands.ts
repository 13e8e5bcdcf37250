/**
 * Keyboard commands (declared in wxt.config.ts): `open-panel` opens the side
 * panel; `log-touch` opens it on the log-touch form for the creator in the
 * current tab, saving them to the roster first if needed (a touch needs a creator).
 */
import type { Browser } from 'wxt/browser';
import { findCreatorByAccount } from '../db';
import { saveProfile } from '../use-cases/profiles';
import { workerRecount } from './worker-recount';
import { openSidePanel } from './side-panel';
import { setPanelFocus } from './panel-focus';
import { profileInTab, type MatchProfile } from './tab-profile';
import { showProblem } from './problems';

export const OPEN_PANEL_COMMAND = 'open-panel';
export const LOG_TOUCH_COMMAND = 'log-touch';

export async function handleCommand(
  command: string,
  tab: Pick<Browser.tabs.Tab, 'id' | 'windowId' | 'url'> | undefined,
  matchProfile: MatchProfile,
): Promise<{ creatorId?: string }> {
  if (command !== OPEN_PANEL_COMMAND && command !== LOG_TOUCH_COMMAND) return {};
  // The shortcut is a user gesture: open the panel before any other await.
  const opening = openSidePanel({ tabId: tab?.id, windowId: tab?.windowId }).catch(() => false);
  if (command === OPEN_PANEL_COMMAND) {
    await opening;
    return {};
  }
  try {
    const profile = await profileInTab(tab, matchProfile);
    let creatorId: string | undefined;
    if (profile) {
      const known = await findCreatorByAccount(profile.platform, profile.handle, profile.platformUserId);
      creatorId = known ? known.creator.id : (await saveProfile(profile, {}, workerRecount().recount)).creator.id;
    }
    await setPanelFocus(creatorId ? { view: 'log-touch', creatorId } : { view: 'log-touch' });
    await opening;
    return creatorId ? { creatorId } : {};
  } catch (error) {
    await showProblem('Could not log a touch', error instanceof Error ? error.message : String(error));
    return {};
  }
}
