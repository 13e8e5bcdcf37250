import { describe, expect, it } from 'vitest';
import {
  CollaborationSchema,
  collaborationReminders,
  newCollaboration,
  newDeliverable,
  nextDeliverable,
  withCash,
  withCollaborationStatus,
  withExclusivity,
  withOptional,
  withUsageRights,
  type Collaboration,
} from '../../../lib/domain';

const T0 = Date.UTC(2026, 2, 1, 12);
const DAY = 86_400_000;
const LEADS = { deliverableLeadDays: 3, endDateLeadDays: 14, feedbackWithinDays: 7 };

function collab(): Collaboration {
  return newCollaboration('creator-1', '  Spring launch ', T0);
}

describe('a new collaboration', () => {
  it('is a valid proposed record with a trimmed title and disclosure required', () => {
    const c = collab();
    expect(CollaborationSchema.parse(c)).toEqual(c);
    expect(c).toMatchObject({ title: 'Spring launch', status: 'proposed', deliverables: [], disclosure: { required: true, confirmed: false } });
  });
});

describe('status changes', () => {
  it('record when work started and was completed, the first time only', () => {
    const started = withCollaborationStatus(collab(), 'in-progress', T0 + DAY);
    expect(started).toMatchObject({ status: 'in-progress', startedAt: T0 + DAY });
    expect(started.completedAt).toBeUndefined();
    const done = withCollaborationStatus(started, 'completed', T0 + 5 * DAY);
    expect(done).toMatchObject({ startedAt: T0 + DAY, completedAt: T0 + 5 * DAY });
    const reopenedAndClosed = withCollaborationStatus(withCollaborationStatus(done, 'in-progress', T0 + 9 * DAY), 'completed', T0 + 10 * DAY);
    expect(reopenedAndClosed).toMatchObject({ startedAt: T0 + DAY, completedAt: T0 + 5 * DAY });
    expect(withCollaborationStatus(collab(), 'negotiating', T0)).not.toHaveProperty('startedAt');
  });
});

describe('deliverables', () => {
  it('picks the open deliverable due soonest as next, ignoring settled and undated ones', () => {
    const c: Collaboration = {
      ...collab(),
      deliverables: [
        { ...newDeliverable('Reel', T0 + 9 * DAY) },
        { ...newDeliverable('Stories', T0 + 2 * DAY), status: 'published' },
        { ...newDeliverable('Blog post') },
        { ...newDeliverable('TikTok', T0 + 4 * DAY), status: 'drafted' },
      ],
    };
    expect(nextDeliverable(c)?.description).toBe('TikTok');
    expect(nextDeliverable({ ...c, deliverables: [] })).toBeUndefined();
  });

  it('get a reminder once the collaboration is contracted, which the editor makes possible', () => {
    const withDue: Collaboration = { ...collab(), deliverables: [newDeliverable(' 1 reel ', T0 + 10 * DAY)] };
    expect(withDue.deliverables[0]?.description).toBe('1 reel');
    expect(collaborationReminders(withDue, LEADS, T0)).toEqual([]);
    const contracted = withCollaborationStatus(withDue, 'contracted', T0);
    const [reminder] = collaborationReminders(contracted, LEADS, T0);
    expect(reminder).toMatchObject({ kind: 'deliverable', dueAt: T0 + 7 * DAY });
  });
});

describe('optional parts', () => {
  it('removes a field rather than storing undefined', () => {
    const c = withOptional(collab(), 'contractEndsAt', T0);
    expect(c.contractEndsAt).toBe(T0);
    expect(Object.keys(withOptional(c, 'contractEndsAt', undefined))).not.toContain('contractEndsAt');
  });

  it('keep usage rights while either the scope or the end date is set', () => {
    const scoped = withUsageRights(collab(), { scope: 'Paid social, 6 months' });
    expect(scoped.usageRights).toEqual({ scope: 'Paid social, 6 months' });
    const dated = withUsageRights(scoped, { endsAt: T0 + 180 * DAY });
    expect(dated.usageRights).toEqual({ scope: 'Paid social, 6 months', endsAt: T0 + 180 * DAY });
    expect(withUsageRights(dated, { scope: '' }).usageRights).toEqual({ scope: '', endsAt: T0 + 180 * DAY });
    expect(withUsageRights(withUsageRights(dated, { scope: '' }), { endsAt: undefined })).not.toHaveProperty('usageRights');
    expect(CollaborationSchema.safeParse(dated).success).toBe(true);
  });

  it('keep exclusivity the same way, with its start date untouched', () => {
    const c: Collaboration = { ...collab(), exclusivity: { category: 'Energy drinks', startsAt: T0 } };
    const dated = withExclusivity(c, { endsAt: T0 + 90 * DAY });
    expect(dated.exclusivity).toEqual({ category: 'Energy drinks', startsAt: T0, endsAt: T0 + 90 * DAY });
    expect(withExclusivity(withExclusivity(dated, { endsAt: undefined }), { category: '' })).not.toHaveProperty('exclusivity');
  });

  it('keep cash compensation only with an amount, in an upper-case currency', () => {
    const paid = withCash(collab(), { amount: 1500 });
    expect(paid.compensation.cash).toEqual({ amount: 1500, currency: 'USD' });
    expect(withCash(paid, { currency: 'eur' }).compensation.cash).toEqual({ amount: 1500, currency: 'EUR' });
    expect(withCash(paid, { amount: undefined }).compensation).toEqual({});
    // A currency alone is not compensation.
    expect(withCash(collab(), { currency: 'EUR' }).compensation).toEqual({});
  });
});
