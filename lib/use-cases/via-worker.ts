/**
 * The quick actions that any surface can trigger (save a profile, log a touch,
 * mark due items done or snoozed) run in the worker, the one place that also
 * serves the context menu, the keyboard commands and the digest's buttons.
 * Extension pages ask for them here; the worker runs the use case and recounts.
 */
import type { NewInteraction } from '../domain';
import type { DueRef } from '../db';
import { sendToBackground } from '../messaging/background-client';
import type { ScrapedProfile } from '../platforms/types';

export function requestSaveProfile(profile: ScrapedProfile, linkToCreatorId?: string): Promise<{ creatorId: string; createdCreator: boolean }> {
  return sendToBackground('creator:save-profile', { profile, ...(linkToCreatorId ? { linkToCreatorId } : {}) });
}

export async function requestLogTouch(input: NewInteraction): Promise<string> {
  const { summary, outreachStatusChange, ...rest } = input;
  const reply = await sendToBackground('touch:log', {
    ...rest,
    ...(summary !== undefined ? { summary } : {}),
    ...(outreachStatusChange !== undefined ? { outreachStatusChange } : {}),
  });
  return reply.interactionId;
}

export function requestCompleteDue(item: DueRef): Promise<{ due: number; loggedTouchId?: string }> {
  return sendToBackground('reminders:done', { item });
}

export function requestSnoozeDue(items: readonly DueRef[], until: number): Promise<{ due: number }> {
  return sendToBackground('reminders:snooze', { items: [...items], until });
}

/** Opens the side panel on a creator: sent straight from the click, because the worker must open it inside the user gesture. */
export function requestOpenPanel(creatorId?: string): Promise<{ opened: boolean }> {
  return sendToBackground('panel:open', creatorId ? { creatorId } : {});
}

/** Asks the worker to sync with the team now (a no-op when solo); never fails the caller. */
export async function requestTeamSync(): Promise<{ inTeam: boolean; pushed: number; pulled: number } | undefined> {
  try {
    return await sendToBackground('team:sync', {});
  } catch (error) {
    console.warn('Rapport: team sync failed (it retries on the next alarm)', error);
    return undefined;
  }
}
