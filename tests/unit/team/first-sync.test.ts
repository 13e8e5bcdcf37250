/** When a sync counts as the first one (pages written as they come, derived fields in one pass at the end). */
import { describe, expect, it } from 'vitest';
import { isFirstSync } from '../../../lib/team/client/sync-engine';

describe('the first sync', () => {
  it('is the one before anything was ever pulled, or one that stopped half-way', () => {
    expect(isFirstSync({})).toBe(true);
    expect(isFirstSync({ lastSyncAt: 1, derivedPending: true })).toBe(true);
    expect(isFirstSync({ lastSyncAt: 1 })).toBe(false);
  });

  it('is over once a pull landed, even in an empty team whose checkpoint stays 0', () => {
    // The checkpoint is not part of the decision: the state has none here on purpose.
    expect(isFirstSync({ lastSyncAt: Date.now(), derivedPending: false })).toBe(false);
  });
});
