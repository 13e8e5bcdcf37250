/** The worker's answers to the background protocol (lib/messaging/background-protocol.ts). */
import type { BackgroundHandlers } from '../messaging/background-server';
import { saveProfile } from '../use-cases/profiles';
import { logTouch } from '../use-cases/touches';
import { completeDue, snoozeDue } from '../use-cases/due';
import { openSidePanel } from './side-panel';
import { workerRecount } from './worker-recount';
import { setPanelFocus } from './panel-focus';
import { runReminderScan } from './reminder-scan';
import { syncFromWorker, syncSoon } from './team-sync';

/** In a team a quick action goes to the server first (not behind the badge's recount); solo this is the recount alone. */
function pushThenRecount(counted: ReturnType<typeof workerRecount>): ReturnType<typeof workerRecount> {
  return {
    ...counted,
    recount: async () => {
      syncSoon();
      await counted.recount();
    },
  };
}

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
  // The quick actions: the same use cases the worker's menus, commands and digest buttons run.
  async 'touch:log'(data) {
    const interaction = await logTouch(data, pushThenRecount(workerRecount()).recount);
    return { interactionId: interaction.id };
  },
  async 'reminders:snooze'(data) {
    const counted = workerRecount();
    await snoozeDue(data.items, data.until, pushThenRecount(counted).recount);
    return { due: counted.due() };
  },
  async 'reminders:done'(data) {
    const counted = workerRecount();
    const done = await completeDue(data.item, pushThenRecount(counted).recount);
    return { due: counted.due(), ...(done.loggedTouchId ? { loggedTouchId: done.loggedTouchId } : {}) };
  },
  async 'creator:save-profile'(data) {
    const saved = await saveProfile(
      data.profile,
      data.linkToCreatorId ? { linkToCreatorId: data.linkToCreatorId } : {},
      pushThenRecount(workerRecount()).recount,
    );
    return { creatorId: saved.creator.id, createdCreator: saved.createdCreator };
  },
  async 'team:sync'() {
    const outcome = await syncFromWorker();
    return { inTeam: outcome !== undefined, pushed: outcome?.pushed ?? 0, pulled: outcome?.pulled ?? 0 };
  },
};
