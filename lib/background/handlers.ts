/** The worker's answers to the background protocol (lib/messaging/background-protocol.ts). */
import type { BackgroundHandlers } from '../messaging/background-server';
import { completeDueItem, logInteraction, saveScrapedProfile, snoozeDueItems } from '../db';
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
    // After an edit in the panel: badge only, the digest is the alarm's job.
    const result = await runReminderScan(Date.now(), { notify: false });
    if (result.error) throw new Error(`Reminder scan failed: ${result.error}`);
    return { due: result.dueCount };
  },
  async 'touch:log'(data) {
    const { interaction } = await logInteraction(data);
    await runReminderScan(Date.now(), { notify: false });
    return { interactionId: interaction.id };
  },
  async 'reminders:snooze'(data) {
    await snoozeDueItems(data.items, data.until);
    return { due: (await runReminderScan(Date.now(), { notify: false })).dueCount };
  },
  async 'reminders:done'(data) {
    const done = await completeDueItem(data.item);
    const scan = await runReminderScan(Date.now(), { notify: false });
    return { due: scan.dueCount, ...(done.loggedTouchId ? { loggedTouchId: done.loggedTouchId } : {}) };
  },
  async 'creator:save-profile'(data) {
    const saved = await saveScrapedProfile(data.profile, data.linkToCreatorId ? { linkToCreatorId: data.linkToCreatorId } : {});
    return { creatorId: saved.creator.id, createdCreator: saved.createdCreator };
  },
};
