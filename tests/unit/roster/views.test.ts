import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, readSavedView, startsWithLatest, toSavedView, withFilters, withSort } from '../../../lib/roster/views';
import { EMPTY_FILTERS } from '../../../lib/roster/query';

describe('saved views', () => {
  it('round-trips a roster state through settings', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      search: 'travel',
      filters: { ...EMPTY_FILTERS, segments: ['growth-bet' as const] },
      sort: { key: 'fit' as const, desc: true },
    };
    const view = toSavedView('  Growth bets in travel ', state, 'v1');
    expect(view.name).toBe('Growth bets in travel');
    expect(readSavedView(JSON.parse(JSON.stringify(view)))).toEqual(state);
  });

  it('fills in what an older view lacks, and refuses a view it cannot read', () => {
    expect(readSavedView({ id: 'v', name: 'old', state: { search: 'x' } })).toEqual({ ...DEFAULT_VIEW_STATE, search: 'x' });
    expect(readSavedView({ id: 'v', name: 'bad', state: { filters: { segments: ['royalty'] } } })).toBeNull();
  });

  it('says which views start with the latest-changed creators, the rows the panel has before the whole roster', () => {
    expect(startsWithLatest(DEFAULT_VIEW_STATE)).toBe(true);
    expect(startsWithLatest({ ...DEFAULT_VIEW_STATE, search: '   ' })).toBe(true);
    expect(startsWithLatest({ ...DEFAULT_VIEW_STATE, search: 'luna' })).toBe(false);
    expect(startsWithLatest(withSort(DEFAULT_VIEW_STATE, { key: 'updated', desc: false }))).toBe(false);
    expect(startsWithLatest(withSort(DEFAULT_VIEW_STATE, { key: 'creator', desc: true }))).toBe(false);
    expect(startsWithLatest(withFilters(DEFAULT_VIEW_STATE, { tags: ['eu'] }))).toBe(false);
  });
});
