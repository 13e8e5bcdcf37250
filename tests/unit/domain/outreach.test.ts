import { describe, expect, it } from 'vitest';
import { contactTimes, outreachStatusAfter, storableSummary, withFollowerSnapshot } from '../../../lib/domain';

describe('outreach status after a touch', () => {
  it.each([
    ['not-contacted', 'outbound', undefined, 'contacted'],
    ['contacted', 'inbound', undefined, 'replied'],
    ['no-response', 'inbound', undefined, 'replied'],
    ['negotiating', 'inbound', undefined, 'negotiating'],
    ['agreed', 'outbound', undefined, 'agreed'],
    ['contacted', 'outbound', 'no-response', 'no-response'],
  ] as const)('%s + %s touch (explicit: %s) → %s', (current, direction, explicit, expected) => {
    expect(outreachStatusAfter(current, { direction, ...(explicit ? { outreachStatusChange: explicit } : {}) })).toBe(expected);
  });
});

describe('contact times', () => {
  it('takes the latest touch overall and per direction, in any order', () => {
    expect(
      contactTimes([
        { direction: 'inbound', occurredAt: 30 },
        { direction: 'outbound', occurredAt: 50 },
        { direction: 'outbound', occurredAt: 10 },
      ]),
    ).toEqual({ lastContactAt: 50, lastOutboundAt: 50, lastInboundAt: 30 });
    expect(contactTimes([])).toEqual({});
  });
});

describe('stored summaries', () => {
  it('keeps the text, trimmed, unless the creator asked not to store message text', () => {
    expect(storableSummary('  hi there ', false)).toBe('hi there');
    expect(storableSummary('hi there', true)).toBe('');
  });
});

describe('follower snapshots', () => {
  const day = 86_400_000;
  it('keeps at most one per UTC day', () => {
    const first = withFollowerSnapshot([], { at: 5 * day + 10, raw: '1K', value: 1000, exact: false });
    const sameDay = withFollowerSnapshot(first, { at: 5 * day + 20_000, raw: '1.1K', value: 1100, exact: false });
    const nextDay = withFollowerSnapshot(sameDay, { at: 6 * day + 1, raw: '1.2K', value: 1200, exact: false });
    expect(sameDay).toEqual(first);
    expect(nextDay.map((s) => s.value)).toEqual([1000, 1200]);
  });
});
