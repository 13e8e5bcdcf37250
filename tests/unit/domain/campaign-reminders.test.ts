/** Feedback and celebration after a collaboration is done, and the fit review every N months. */
import { describe, expect, it } from 'vitest';
import {
  CollaborationSchema,
  DEFAULT_SETTINGS,
  collaborationReminders,
  fitReviewReminder,
  withCollaborationStatus,
  type CollaborationInput,
} from '../../../lib/domain';
import { DAY, T0 } from '../db/fixtures';

const collab = (o: Partial<CollaborationInput> = {}) =>
  CollaborationSchema.parse({ id: 'k1', creatorId: 'c1', title: 'Spring launch', status: 'in-progress', createdAt: T0, updatedAt: T0, ...o });

describe('feedback and celebration reminders', () => {
  it('open when a collaboration is done, due at once, with the deadline of N days in the title', () => {
    expect(collaborationReminders(collab(), DEFAULT_SETTINGS, T0).filter((r) => r.kind === 'feedback' || r.kind === 'celebration')).toEqual([]);
    const done = withCollaborationStatus(collab(), 'completed', T0);
    const derived = collaborationReminders(done, { ...DEFAULT_SETTINGS, feedbackWithinDays: 5 }, T0);
    expect(derived.filter((r) => r.kind === 'feedback' || r.kind === 'celebration')).toEqual([
      { id: 'feedback:k1', creatorId: 'c1', kind: 'feedback', title: 'Share performance feedback by 6 Mar 2026 (Spring launch)', dueAt: T0, sourceId: 'k1' },
      { id: 'celebration:k1', creatorId: 'c1', kind: 'celebration', title: 'Celebrate the win by 6 Mar 2026 (Spring launch)', dueAt: T0, sourceId: 'k1' },
    ]);
  });

  it('are not raised for collaborations done long ago (history, not a to-do) or cancelled', () => {
    const old = withCollaborationStatus(collab(), 'completed', T0 - 40 * DAY);
    expect(collaborationReminders(old, DEFAULT_SETTINGS, T0).map((r) => r.kind)).not.toContain('feedback');
    expect(collaborationReminders(collab({ status: 'cancelled' }), DEFAULT_SETTINGS, T0)).toEqual([]);
  });
});

describe('the fit review reminder', () => {
  it('falls due N months after the last review, or after the creator was saved', () => {
    expect(fitReviewReminder({ id: 'c1', stage: 'vetting', createdAt: T0 }, DEFAULT_SETTINGS)).toEqual({
      id: 'fit-review:c1',
      creatorId: 'c1',
      kind: 'fit-review',
      title: 'Review fit (never reviewed)',
      dueAt: Date.UTC(2026, 8, 1, 12),
      sourceId: 'c1',
    });
    const reviewed = fitReviewReminder({ id: 'c1', stage: 'active-partner', createdAt: T0, fitReviewedAt: T0 + 10 * DAY }, { fitReviewMonths: 3 });
    expect(reviewed).toMatchObject({ dueAt: Date.UTC(2026, 5, 11, 12), title: 'Review fit (last reviewed 11 Mar 2026)' });
  });

  it('is not asked for creators set aside', () => {
    expect(fitReviewReminder({ id: 'c1', stage: 'not-a-fit', createdAt: T0 }, DEFAULT_SETTINGS)).toBeNull();
    expect(fitReviewReminder({ id: 'c1', stage: 'wound-down', createdAt: T0 }, DEFAULT_SETTINGS)).toBeNull();
  });
});
