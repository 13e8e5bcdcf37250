import { describe, expect, it } from 'vitest';
import {
  CollaborationSchema,
  CreatorSchema,
  DEFAULT_SETTINGS,
  channelForTouch,
  collaborationReminders,
  diffDerivedReminders,
  followUpReminder,
  isReminderDue,
  touchForDone,
  type CollaborationInput,
  type CreatorInput,
} from '../../../lib/domain';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 12);
const creator = (o: Partial<CreatorInput> = {}) =>
  CreatorSchema.parse({ id: 'c1', displayName: 'Ana', createdAt: T0, updatedAt: T0, outreachStatus: 'contacted', ...o });
const touch = (id: string, direction: 'outbound' | 'inbound', kind: 'outreach' | 'follow-up' | 'check-in' | 'other', at: number) => ({
  id,
  direction,
  kind,
  occurredAt: at,
});

describe('follow-up reminders', () => {
  it('falls due N days after an outbound ask with no reply', () => {
    const r = followUpReminder(creator(), [touch('t1', 'outbound', 'outreach', T0)], DEFAULT_SETTINGS);
    expect(r).toMatchObject({ id: 'follow-up:c1', kind: 'follow-up', creatorId: 'c1', dueAt: T0 + 5 * DAY, sourceId: 't1' });
    expect(r?.title).toMatch(/^Follow up: no reply to your outreach of /);
  });

  it('disappears once the creator replies, and ignores touches that ask nothing', () => {
    expect(followUpReminder(creator(), [touch('t1', 'outbound', 'outreach', T0), touch('t2', 'inbound', 'other', T0 + DAY)], DEFAULT_SETTINGS)).toBeNull();
    expect(followUpReminder(creator(), [touch('t1', 'outbound', 'check-in', T0)], DEFAULT_SETTINGS)).toBeNull();
  });

  it('stops proposing follow-ups after the configured number of unanswered asks (wellbeing)', () => {
    const twoAsks = [touch('t1', 'outbound', 'outreach', T0), touch('t2', 'outbound', 'follow-up', T0 + 5 * DAY)];
    expect(followUpReminder(creator(), twoAsks, DEFAULT_SETTINGS)).toBeNull();
    const patient = { ...DEFAULT_SETTINGS, followUpMaxUnanswered: 3 };
    expect(followUpReminder(creator(), twoAsks, patient)).toMatchObject({ dueAt: T0 + 10 * DAY, sourceId: 't2' });
  });

  it('never reminds to chase excluded, declined or given-up creators', () => {
    const asks = [touch('t1', 'outbound', 'outreach', T0)];
    expect(followUpReminder(creator({ preferences: { doNotContact: true } }), asks, DEFAULT_SETTINGS)).toBeNull();
    expect(followUpReminder(creator({ stage: 'not-a-fit' }), asks, DEFAULT_SETTINGS)).toBeNull();
    expect(followUpReminder(creator({ outreachStatus: 'declined' }), asks, DEFAULT_SETTINGS)).toBeNull();
    expect(followUpReminder(creator({ outreachStatus: 'no-response' }), asks, DEFAULT_SETTINGS)).toBeNull();
  });
});

describe('collaboration reminders', () => {
  const collab = (o: Partial<CollaborationInput> = {}) =>
    CollaborationSchema.parse({ id: 'k1', creatorId: 'c1', title: 'Spring launch', status: 'in-progress', createdAt: T0, updatedAt: T0, ...o });

  it('reminds of open deliverables before their due date', () => {
    const reminders = collaborationReminders(
      collab({
        deliverables: [
          { id: 'd1', description: 'Reel', dueAt: T0 + 10 * DAY },
          { id: 'd2', description: 'Story', dueAt: T0 + 12 * DAY, status: 'published' },
          { id: 'd3', description: 'Undated post' },
        ],
      }),
      DEFAULT_SETTINGS,
      T0,
    );
    expect(reminders).toEqual([expect.objectContaining({ id: 'deliverable:k1:d1', kind: 'deliverable', dueAt: T0 + 8 * DAY, sourceId: 'k1' })]);
    expect(reminders[0]?.title).toMatch(/^Deliverable due .*: Reel \(Spring launch\)$/);
  });

  it('reminds ahead of usage-rights, exclusivity and contract ends, and on the renewal review date', () => {
    const reminders = collaborationReminders(
      collab({
        status: 'completed',
        usageRights: { scope: 'Paid social', endsAt: T0 + 100 * DAY },
        exclusivity: { category: 'Coffee', endsAt: T0 + 60 * DAY },
        contractEndsAt: T0 + 90 * DAY,
        renewalReviewAt: T0 + 80 * DAY,
      }),
      DEFAULT_SETTINGS,
      T0,
    );
    expect(reminders.map((r) => [r.kind, r.dueAt])).toEqual([
      ['usage-rights', T0 + 86 * DAY],
      ['exclusivity', T0 + 46 * DAY],
      ['contract', T0 + 76 * DAY],
      ['renewal', T0 + 80 * DAY],
    ]);
  });

  it('implies nothing for cancelled or unsigned deals, nor for dates long past (history being entered)', () => {
    const dated = { contractEndsAt: T0 + 30 * DAY, deliverables: [{ id: 'd1', description: 'Reel', dueAt: T0 + 5 * DAY }] };
    expect(collaborationReminders(collab({ ...dated, status: 'cancelled' }), DEFAULT_SETTINGS, T0)).toEqual([]);
    expect(collaborationReminders(collab({ ...dated, status: 'proposed' }), DEFAULT_SETTINGS, T0)).toEqual([]);
    expect(collaborationReminders(collab({ contractEndsAt: T0 - 31 * DAY }), DEFAULT_SETTINGS, T0)).toEqual([]);
    expect(collaborationReminders(collab({ contractEndsAt: T0 - 29 * DAY }), DEFAULT_SETTINGS, T0)).toHaveLength(1);
  });
});

describe('keeping stored reminders in step with their sources', () => {
  const r = (id: string, dueAt: number, title = 't', sourceId = 's') => ({ id, creatorId: 'c1', kind: 'deliverable' as const, title, dueAt, sourceId });

  it('opens new or re-dated reminders, renames changed ones, removes those no longer implied, and leaves the rest', () => {
    const diff = diffDerivedReminders([r('a', 1), r('b', 2), r('c', 3), r('d', 4)], [r('a', 1), r('b', 5), r('c', 3, 'renamed'), r('e', 6)]);
    expect(diff.open.map((x) => x.id)).toEqual(['b', 'e']);
    expect(diff.retitle.map((x) => x.id)).toEqual(['c']);
    expect(diff.remove).toEqual(['d']);
  });

  it('treats a new source (another touch to follow up) as a new reminder even at the same time', () => {
    expect(diffDerivedReminders([r('a', 1, 't', 's1')], [r('a', 1, 't', 's2')]).open).toHaveLength(1);
  });

  it('counts a reminder due once its due time and any snooze have passed, never when done or dismissed', () => {
    expect(isReminderDue({ dueAt: T0, status: 'open' }, T0)).toBe(true);
    expect(isReminderDue({ dueAt: T0, status: 'snoozed', snoozedUntil: T0 + DAY }, T0)).toBe(false);
    expect(isReminderDue({ dueAt: T0, status: 'snoozed', snoozedUntil: T0 + DAY }, T0 + DAY)).toBe(true);
    expect(isReminderDue({ dueAt: T0, status: 'done' }, T0 + DAY)).toBe(false);
    expect(isReminderDue({ dueAt: T0, status: 'dismissed' }, T0 + DAY)).toBe(false);
  });
});

describe('"done" on a contact reminder', () => {
  it('logs an outbound check-in for the cadence and a follow-up for a follow-up reminder', () => {
    const c = creator({ accounts: [{ accountId: 'a1', platform: 'tiktok', handle: 'ana' }] });
    expect(touchForDone('cadence', c, undefined, T0)).toEqual({
      creatorId: 'c1',
      channel: 'tiktok-dm',
      direction: 'outbound',
      kind: 'check-in',
      summary: '',
      occurredAt: T0,
    });
    expect(touchForDone('follow-up', c, { channel: 'email' }, T0)).toMatchObject({ kind: 'follow-up', channel: 'email' });
    expect(touchForDone('deliverable', c, undefined, T0)).toBeNull();
  });

  it("uses the creator's preferred channel first", () => {
    const c = creator({ preferences: { preferredChannel: 'call' } });
    expect(channelForTouch(c, { channel: 'email' })).toBe('call');
    expect(channelForTouch(creator(), undefined)).toBe('other');
  });
});
