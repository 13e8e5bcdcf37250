/** The worker's answers to the background protocol (lib/messaging/background-protocol.ts). */
import type { BackgroundHandlers } from '../messaging/background-server';
import { saveScrapedProfile } from '../db';
import { openSidePanel } from './side-panel';
import { setPanelFocus } from './panel-focus';
import { runReminderScan } from './reminder-scan';

export const backgroundHandlers: BackgroundHandlers = {
  async 'panel:open'(data, sender) {
    // open() first: any await before it loses the user gesture.
    const opening = openSidePanel({ tabId: sender.tab?.id, windowId: sender.tab?.windowId });
    await setPanelFocus(data.creatorId ? { creatorId: data.creatorId, view: 'creator' } : { view: 'roster' });
    return { opened: await opening };
  },
  async 'reminders:refresh'() {
    const result = await runReminderScan(Date.now());
    return { due: result.dueCount };
  },
  async 'creator:save-profile'(data) {
    const saved = await saveScrapedProfile(data.profile, data.linkToCreatorId ? { linkToCreatorId: data.linkToCreatorId } : {});
    return { creatorId: saved.creator.id, createdCreator: saved.createdCreator };
  },
};
