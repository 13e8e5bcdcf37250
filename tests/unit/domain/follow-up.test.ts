import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, followUpDueAt, isFollowUpDue, type FollowUpInput } from '../../../lib/domain';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 12);
const settings = { ...DEFAULT_SETTINGS, followUpDelayDays: 5 };

function creator(overrides: Partial<FollowUpInput> = {}): FollowUpInput {
  return { outreachStatus: 'contacted', lastOutboundAt: T0, preferences: { doNotContact: false }, ...overrides };
}

describe('follow-up due rule', () => {
  it('is due the configured number of days after an unanswered outbound touch', () => {
    expect(followUpDueAt(creator(), settings)).toBe(T0 + 5 * DAY);
    expect(isFollowUpDue(creator(), settings, T0 + 5 * DAY - 1)).toBe(false);
    expect(isFollowUpDue(creator(), settings, T0 + 5 * DAY)).toBe(true);
    expect(followUpDueAt(creator(), { followUpDelayDays: 2 })).toBe(T0 + 2 * DAY);
  });

  it('is not due once the creator answered after our last message', () => {
    expect(followUpDueAt(creator({ lastInboundAt: T0 + DAY }), settings)).toBeUndefined();
    // Our newer message after their reply starts a new wait.
    expect(followUpDueAt(creator({ lastInboundAt: T0 - DAY }), settings)).toBe(T0 + 5 * DAY);
  });

  it('does not apply before any outreach, to closed conversations, or to do-not-contact creators', () => {
    expect(followUpDueAt(creator({ lastOutboundAt: undefined }), settings)).toBeUndefined();
    for (const status of ['not-contacted', 'agreed', 'declined'] as const) {
      expect(followUpDueAt(creator({ outreachStatus: status }), settings)).toBeUndefined();
    }
    expect(followUpDueAt(creator({ preferences: { doNotContact: true } }), settings)).toBeUndefined();
    expect(followUpDueAt(creator({ outreachStatus: 'negotiating' }), settings)).toBe(T0 + 5 * DAY);
  });
});
