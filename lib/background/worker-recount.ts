/** The worker's own due recount for use cases it runs: the badge only (the digest is the alarm's job). */
import type { DueRecount } from '../use-cases/due-recount';
import { runReminderScan } from './reminder-scan';

/** A recount that also remembers the count it found, for replies that report it. */
export function workerRecount(): { recount: DueRecount; due(): number } {
  let due = 0;
  return {
    recount: async () => {
      // A failed scan records its own status; it never fails the action that asked.
      due = (await runReminderScan(Date.now(), { notify: false })).dueCount;
    },
    due: () => due,
  };
}
