/**
 * Follow-ups in the outreach pipeline: an outbound touch that got no reply
 * becomes due for a follow-up after the configured number of days.
 * Computed from the contact times kept on the creator, so the roster can
 * answer it for 100,000 creators without reading their timelines.
 */
import type { Creator } from './creator';
import type { OutreachStatus } from './enums';
import type { Settings } from './settings';

const DAY_MS = 86_400_000;

/** Statuses where we are waiting on the creator: a silence after our last message deserves a nudge. */
export const AWAITING_REPLY_STATUSES: readonly OutreachStatus[] = ['contacted', 'no-response', 'replied', 'negotiating'];

export type FollowUpInput = Pick<Creator, 'outreachStatus' | 'lastOutboundAt' | 'lastInboundAt'> & {
  preferences: Pick<Creator['preferences'], 'doNotContact'>;
};

/**
 * When a follow-up becomes due, or undefined when none is pending: no outbound
 * touch yet, the creator answered after our last message, the conversation is
 * closed (agreed, declined, not contacted), or they asked not to be contacted.
 */
export function followUpDueAt(creator: FollowUpInput, settings: Pick<Settings, 'followUpDelayDays'>): number | undefined {
  if (creator.preferences.doNotContact) return undefined;
  if (!AWAITING_REPLY_STATUSES.includes(creator.outreachStatus)) return undefined;
  const out = creator.lastOutboundAt;
  if (out === undefined) return undefined;
  if (creator.lastInboundAt !== undefined && creator.lastInboundAt >= out) return undefined;
  return out + settings.followUpDelayDays * DAY_MS;
}

export function isFollowUpDue(creator: FollowUpInput, settings: Pick<Settings, 'followUpDelayDays'>, now: number): boolean {
  const due = followUpDueAt(creator, settings);
  return due !== undefined && now >= due;
}
