/** Qualitative signals (enthusiasm, proactive ideas, willingness to negotiate) as their own part of relationship health. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, computeHealth, qualitativeSignal, type Interaction } from '../../../lib/domain';
import { DAY, T0 } from '../db/fixtures';

const touch = (at: number, signals?: Interaction['signals']): Pick<Interaction, 'occurredAt' | 'signals' | 'direction'> => ({
  occurredAt: at,
  direction: 'inbound',
  ...(signals ? { signals } : {}),
});

describe('the qualitative signal', () => {
  it('says "not enough data" until a signal is noted', () => {
    expect(qualitativeSignal([], T0)).toMatchObject({ score: null, reason: expect.stringMatching(/^No enthusiasm/) });
    expect(qualitativeSignal([touch(T0), touch(T0, {})], T0).score).toBeNull();
  });

  it('is the share of positive signals, explained signal by signal', () => {
    const s = qualitativeSignal(
      [touch(T0 - DAY, { enthusiasm: 'positive', proactiveIdeas: 'positive' }), touch(T0, { enthusiasm: 'positive', negotiation: 'negative' })],
      T0,
    );
    expect(s.score).toBe(75);
    expect(s.reason).toBe('3 positive, 1 negative in the last year (enthusiasm 2+ 0−, proactive ideas 1+ 0−, willing to negotiate 0+ 1−)');
    expect(qualitativeSignal([touch(T0, { negotiation: 'negative' })], T0).score).toBe(0);
    expect(qualitativeSignal([touch(T0, { enthusiasm: 'positive' })], T0).score).toBe(100);
  });

  it('forgets signals older than a year', () => {
    expect(qualitativeSignal([touch(T0 - 366 * DAY, { enthusiasm: 'negative' })], T0).score).toBeNull();
    expect(qualitativeSignal([touch(T0 - 364 * DAY, { enthusiasm: 'negative' }), touch(T0, { enthusiasm: 'positive' })], T0).score).toBe(50);
  });

  it('counts in the overall health as its own weighted part, beside the others', () => {
    const creator = { segment: 'community-advocate' as const, lastContactAt: T0 };
    const without = computeHealth(creator, [touch(T0)], [], DEFAULT_SETTINGS, T0);
    expect(without.summary.score).toBe(100);
    expect(without.signals.find((s) => s.key === 'qualitative')?.score).toBeNull();
    const negative = computeHealth(creator, [touch(T0, { enthusiasm: 'negative', proactiveIdeas: 'negative' })], [], DEFAULT_SETTINGS, T0);
    // Cadence 100 (weight 3) and qualitative 0 (weight 2): 60.
    expect(negative.summary).toMatchObject({ score: 60, label: 'steady' });
    // Nothing to judge at all: unknown, never an invented number.
    expect(computeHealth({ segment: 'growth-bet' }, [], [], DEFAULT_SETTINGS, T0).summary).toMatchObject({ label: 'unknown', score: 0 });
  });
});
