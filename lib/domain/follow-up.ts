/**
 * Follow-ups in the outreach pipeline and the roster's "follow-up due" filter.
 * There is one rule for when a follow-up is due: `followUpReminder` in
 * reminder-rules.ts (the latest outbound ask with no reply, after the configured
 * delay, until too many asks went unanswered). lib/db stores its due time on the
 * creator in the same transaction as the touch, so the roster answers it for
 * 100,000 creators without reading timelines; the due list reads the stored
 * reminder. Both apply `isReminderRelevantFor` when read, so a creator marked
 * declined, do-not-contact or wound down since drops out of both alike.
 */
import type { Creator } from './creator';
import { isReminderRelevantFor } from './reminder-rules';

export type FollowUpInput = Pick<Creator, 'followUpDueAt' | 'stage' | 'outreachStatus' | 'preferences'>;

/** When the pending follow-up is due, or undefined when there is none. */
export function followUpDueAt(creator: FollowUpInput): number | undefined {
  if (creator.followUpDueAt === undefined) return undefined;
  return isReminderRelevantFor({ kind: 'follow-up' }, creator) ? creator.followUpDueAt : undefined;
}

export function isFollowUpDue(creator: FollowUpInput, now: number): boolean {
  const due = followUpDueAt(creator);
  return due !== undefined && now >= due;
}
