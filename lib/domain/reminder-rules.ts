/**
 * Reminders other than the contact cadence, derived from stored timestamps:
 * a follow-up when outbound asks go unanswered, deliverable due dates, usage
 * rights / exclusivity / contract ends approaching, and renewal reviews.
 *
 * lib/db materialises them as `reminders` records (indexed by due time) in the
 * same transaction that changes their source, by diffing what the source implied
 * before and after the write: a reminder is only (re)opened when its source date
 * changes, so one the user marked done stays done.
 */
import { addMonths, format } from 'date-fns';
import type { Channel } from './enums';
import { isAsk } from './outreach';
import { KIND_LABELS, dmChannelFor } from './labels';
import { isExcludedFromCadence } from './cadence';
import type { Creator } from './creator';
import type { Interaction, NewInteraction } from './interaction';
import type { Collaboration } from './collaboration';
import { isAgreedCollaboration, isOpenDeliverable } from './collaboration-edits';
import type { Reminder, ReminderKind } from './reminder';
import type { Settings } from './settings';
import { DAY_MS } from './time';

/** Source dates further in the past than this when a record is written are history, not reminders. */
export const STALE_AFTER_DAYS = 30;

/** A reminder as its source implies it; `id` is stable per source so diffs can match them. */
export interface DerivedReminder {
  id: string;
  creatorId: string;
  kind: Exclude<ReminderKind, 'cadence' | 'custom'>;
  title: string;
  dueAt: number;
  sourceId: string;
}

const day = (at: number) => format(at, 'd MMM yyyy');
const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

export function followUpReminderId(creatorId: string): string {
  return `follow-up:${creatorId}`;
}

/**
 * Follow up when the latest outbound ask (outreach, follow-up, negotiation, brief)
 * got no inbound touch after it for `followUpDelayDays`. None once
 * `followUpMaxUnanswered` asks in a row are unanswered, for excluded creators,
 * and once the outreach is declined or marked no-response.
 */
export function followUpReminder(
  creator: Pick<Creator, 'id' | 'stage' | 'preferences' | 'outreachStatus'>,
  touches: readonly Pick<Interaction, 'id' | 'direction' | 'kind' | 'occurredAt'>[],
  settings: Pick<Settings, 'followUpDelayDays' | 'followUpMaxUnanswered'>,
): DerivedReminder | null {
  if (isExcludedFromCadence(creator)) return null;
  if (creator.outreachStatus === 'declined' || creator.outreachStatus === 'no-response') return null;
  const lastReply = touches.reduce((last, t) => (t.direction === 'inbound' ? Math.max(last, t.occurredAt) : last), -Infinity);
  const unanswered = touches.filter((t) => isAsk(t) && t.occurredAt > lastReply).sort((a, b) => a.occurredAt - b.occurredAt);
  const anchor = unanswered.at(-1);
  if (!anchor || unanswered.length >= settings.followUpMaxUnanswered) return null;
  return {
    id: followUpReminderId(creator.id),
    creatorId: creator.id,
    kind: 'follow-up',
    title: `Follow up: no reply to your ${KIND_LABELS[anchor.kind].toLowerCase()} of ${day(anchor.occurredAt)}`,
    dueAt: anchor.occurredAt + settings.followUpDelayDays * DAY_MS,
    sourceId: anchor.id,
  };
}

const DELIVERING = new Set<Collaboration['status']>(['contracted', 'in-progress']);

/** Deliverable, usage-rights, exclusivity, contract-end and renewal reminders implied by one collaboration. */
export function collaborationReminders(
  collaboration: Collaboration,
  settings: Pick<Settings, 'deliverableLeadDays' | 'endDateLeadDays' | 'feedbackWithinDays'>,
  now: number,
): DerivedReminder[] {
  const out: DerivedReminder[] = [];
  const staleBefore = now - STALE_AFTER_DAYS * DAY_MS;
  const c = collaboration;
  const add = (kind: DerivedReminder['kind'], suffix: string, subjectAt: number | undefined, leadDays: number, title: string) => {
    if (subjectAt === undefined || subjectAt < staleBefore) return;
    out.push({
      id: `${kind}:${c.id}${suffix}`,
      creatorId: c.creatorId,
      kind,
      title: clip(title),
      dueAt: Math.max(0, subjectAt - leadDays * DAY_MS),
      sourceId: c.id,
    });
  };
  if (DELIVERING.has(c.status)) {
    for (const d of c.deliverables) {
      if (!isOpenDeliverable(d) || d.dueAt === undefined) continue;
      add('deliverable', `:${d.id}`, d.dueAt, settings.deliverableLeadDays, `Deliverable due ${day(d.dueAt)}: ${d.description} (${c.title})`);
    }
  }
  if (isAgreedCollaboration(c)) {
    const lead = settings.endDateLeadDays;
    const rights = c.usageRights?.endsAt;
    if (rights !== undefined) add('usage-rights', '', rights, lead, `Usage rights end ${day(rights)} (${c.title})`);
    const exclusive = c.exclusivity?.endsAt;
    if (exclusive !== undefined) add('exclusivity', '', exclusive, lead, `Exclusivity ends ${day(exclusive)} (${c.title})`);
    if (c.contractEndsAt !== undefined) add('contract', '', c.contractEndsAt, lead, `Contract ends ${day(c.contractEndsAt)} (${c.title})`);
    if (c.renewalReviewAt !== undefined) add('renewal', '', c.renewalReviewAt, 0, `Renewal review: ${c.title}`);
  }
  // Done: share how it performed and celebrate the win, within N days (shown from the day it is done).
  if (c.status === 'completed' && c.completedAt !== undefined && c.completedAt >= staleBefore) {
    const by = day(c.completedAt + settings.feedbackWithinDays * DAY_MS);
    out.push(
      {
        id: `feedback:${c.id}`,
        creatorId: c.creatorId,
        kind: 'feedback',
        title: clip(`Share performance feedback by ${by} (${c.title})`),
        dueAt: c.completedAt,
        sourceId: c.id,
      },
      {
        id: `celebration:${c.id}`,
        creatorId: c.creatorId,
        kind: 'celebration',
        title: clip(`Celebrate the win by ${by} (${c.title})`),
        dueAt: c.completedAt,
        sourceId: c.id,
      },
    );
  }
  return out;
}

export function fitReviewReminderId(creatorId: string): string {
  return `fit-review:${creatorId}`;
}

/** Reassess fit every `fitReviewMonths` (the method: fit changes as the product changes); none for creators set aside. */
export function fitReviewReminder(
  creator: Pick<Creator, 'id' | 'stage' | 'createdAt' | 'fitReviewedAt'>,
  settings: Pick<Settings, 'fitReviewMonths'>,
): DerivedReminder | null {
  if (creator.stage === 'not-a-fit' || creator.stage === 'wound-down') return null;
  const from = creator.fitReviewedAt ?? creator.createdAt;
  return {
    id: fitReviewReminderId(creator.id),
    creatorId: creator.id,
    kind: 'fit-review',
    title: creator.fitReviewedAt === undefined ? 'Review fit (never reviewed)' : `Review fit (last reviewed ${day(creator.fitReviewedAt)})`,
    dueAt: addMonths(from, settings.fitReviewMonths).getTime(),
    sourceId: creator.id,
  };
}

/** Touch kinds that settle a reminder kind: logging a feedback touch closes the feedback reminder. */
export const REMINDER_SETTLED_BY_TOUCH: Partial<Record<ReminderKind, Interaction['kind']>> = { feedback: 'feedback', celebration: 'celebration' };

export interface ReminderDiff {
  /** New, or with a changed due time or source: written as open (un-snoozed). */
  open: DerivedReminder[];
  /** Same due time and source, new wording: the title is updated if the record still exists. */
  retitle: DerivedReminder[];
  /** No longer implied by the source: deleted. */
  remove: string[];
}

/** What to write so the stored reminders follow a source change from `before` to `after`. */
export function diffDerivedReminders(before: readonly DerivedReminder[], after: readonly DerivedReminder[]): ReminderDiff {
  const previous = new Map(before.map((r) => [r.id, r]));
  const diff: ReminderDiff = { open: [], retitle: [], remove: [] };
  for (const next of after) {
    const old = previous.get(next.id);
    if (!old || old.dueAt !== next.dueAt || old.sourceId !== next.sourceId) diff.open.push(next);
    else if (old.title !== next.title) diff.retitle.push(next);
  }
  const kept = new Set(after.map((r) => r.id));
  diff.remove = before.filter((r) => !kept.has(r.id)).map((r) => r.id);
  return diff;
}

/** When a stored reminder shows as due: its due time, or the end of its snooze. */
export function reminderShowsAt(reminder: Pick<Reminder, 'dueAt' | 'status' | 'snoozedUntil'>): number | undefined {
  if (reminder.status === 'done' || reminder.status === 'dismissed') return undefined;
  return Math.max(reminder.dueAt, reminder.snoozedUntil ?? 0);
}

export function isReminderDue(reminder: Pick<Reminder, 'dueAt' | 'status' | 'snoozedUntil'>, now: number): boolean {
  const at = reminderShowsAt(reminder);
  return at !== undefined && at <= now;
}

/** Follow-ups only make sense while the creator may be contacted. */
export function isReminderRelevantFor(reminder: Pick<Reminder, 'kind'>, creator: Pick<Creator, 'stage' | 'preferences' | 'outreachStatus'>): boolean {
  if (reminder.kind !== 'follow-up') return true;
  return !isExcludedFromCadence(creator) && creator.outreachStatus !== 'declined' && creator.outreachStatus !== 'no-response';
}

/**
 * The channel to log a touch on: the DM thread open in the tab, else the
 * creator's preference, else the last one used, else their platform's DMs.
 * The same answer for "done" on a reminder and for the panel's log form.
 */
export function channelForTouch(
  creator: Pick<Creator, 'preferences' | 'accounts'>,
  lastTouch: Pick<Interaction, 'channel'> | undefined,
  fromTab?: Channel,
): Channel {
  if (fromTab) return fromTab;
  if (creator.preferences.preferredChannel) return creator.preferences.preferredChannel;
  if (lastTouch) return lastTouch.channel;
  const platform = creator.accounts[0]?.platform;
  return platform ? dmChannelFor(platform) : 'other';
}

/**
 * "Done" on a contact reminder logs the touch it asked for (which resets the
 * cadence or the follow-up clock). Other reminders log nothing.
 */
/** The touch that "done" logs for a reminder kind that asks for contact. */
const TOUCH_FOR_DONE: Partial<Record<ReminderKind, Interaction['kind']>> = {
  cadence: 'check-in',
  'follow-up': 'follow-up',
  feedback: 'feedback',
  celebration: 'celebration',
};

export function touchForDone(
  kind: ReminderKind,
  creator: Pick<Creator, 'id' | 'preferences' | 'accounts'>,
  lastTouch: Pick<Interaction, 'channel'> | undefined,
  now: number,
): NewInteraction | null {
  const touchKind = TOUCH_FOR_DONE[kind];
  if (!touchKind) return null;
  return {
    creatorId: creator.id,
    channel: channelForTouch(creator, lastTouch),
    direction: 'outbound',
    kind: touchKind,
    summary: '',
    occurredAt: now,
  };
}
