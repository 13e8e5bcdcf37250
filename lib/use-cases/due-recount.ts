/**
 * After a write that can change what is due, the toolbar badge is recounted
 * once, by the use case that wrote: never by a view watching the database.
 * The worker recounts itself; an extension page asks the worker.
 */
import { sendToBackground } from '../messaging/background-client';

export type DueRecount = () => Promise<void>;

/** From an extension page (side panel, overlay). A failed recount never fails the action that asked: the next alarm scan repairs the badge. */
export const recountFromPage: DueRecount = async () => {
  try {
    await sendToBackground('reminders:refresh', {});
  } catch (error) {
    console.warn('Rapport: the badge could not be recounted after a write (the next scan will)', error);
  }
};
