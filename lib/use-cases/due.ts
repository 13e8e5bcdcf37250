/**
 * Acting on what is due: mark an item done (a contact reminder logs the touch it
 * asked for) or snooze items. Runs in the worker, reached from the side panel's
 * due list ('reminders:done', 'reminders:snooze') and from the digest's buttons.
 */
import { completeDueItem, listDueItems, snoozeDueItems, type DoneResult, type DueRef } from '../db';
import { DAY_MS } from '../domain/time';
import type { DueRecount } from './due-recount';

export async function completeDue(ref: DueRef, recount: DueRecount): Promise<DoneResult> {
  const done = await completeDueItem(ref);
  await recount();
  return done;
}

export async function snoozeDue(refs: readonly DueRef[], until: number, recount: DueRecount): Promise<void> {
  await snoozeDueItems(refs, until);
  await recount();
}

/** The digest's "Snooze 1 day": everything due now, until this time tomorrow. Returns how many items. */
export async function snoozeEverythingDue(now: number, recount: DueRecount): Promise<number> {
  const due = await listDueItems(now);
  if (due.records.length)
    await snoozeDueItems(
      due.records.map((d) => d.ref),
      now + DAY_MS,
      now,
    );
  await recount();
  return due.records.length;
}
