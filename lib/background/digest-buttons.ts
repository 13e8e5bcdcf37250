/** What the digest notification's buttons do: open the due list, or snooze everything due for a day. */
import { browser } from 'wxt/browser';
import { snoozeEverythingDue } from '../use-cases/due';
import { DIGEST_NOTIFICATION_ID } from './digest';
import { openSidePanelInCurrentWindow, type OpenedAs } from './side-panel';
import { setPanelFocus } from './panel-focus';
import { workerRecount } from './worker-recount';

/** "Open due list": the panel opens on the due list. open() goes first: an await before it would lose the click's gesture. */
export async function openDueList(): Promise<OpenedAs> {
  const opening = openSidePanelInCurrentWindow();
  await setPanelFocus({ view: 'due' });
  const opened = await opening;
  await browser.notifications.clear(DIGEST_NOTIFICATION_ID);
  return opened;
}

/** "Snooze 1 day": everything due now comes back tomorrow, and the badge follows. */
export async function snoozeAllDue(now: number): Promise<number> {
  const count = await snoozeEverythingDue(now, workerRecount().recount);
  await browser.notifications.clear(DIGEST_NOTIFICATION_ID);
  return count;
}
