import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/domain';
import { toRosterRow } from '../../../lib/roster/rows';
import { EMPTY_FILTERS, NO_OWNER, facets, filterRows, searchTerms, sortRows } from '../../../lib/roster/query';
import { DAY, T0, makeCreator } from './fixtures';

const settings = DEFAULT_SETTINGS;

const rows = [
  makeCreator({
    displayName: 'Ana Lisboa',
    handle: 'ana.travels',
    segment: 'strategic-partner',
    stage: 'active-partner',
    owner: 'Dana',
    tags: ['Travel', 'EU'],
    fit: { notes: 'Great with hotels', rubric: { audienceRelevance: 5 } },
    lastContactAt: T0,
    nextDueAt: T0 + 30 * DAY,
  }),
  makeCreator({
    displayName: 'Kiko Beats',
    handle: 'kikobeats',
    segment: 'growth-bet',
    stage: 'vetting',
    tags: ['music'],
    accounts: [{ accountId: 'x1', platform: 'x', handle: 'kikobeats', followers: 1200, followersBaseline: 1000 }],
  }),
  makeCreator({
    displayName: 'Zoe Eats',
    handle: 'zoe.eats',
    segment: 'community-advocate',
    stage: 'discovered',
    owner: 'Sam',
    fit: { notes: '', rubric: { audienceRelevance: 2 } },
    lastContactAt: T0 - 200 * DAY,
    nextDueAt: T0 - 140 * DAY,
  }),
].map(toRosterRow);

describe('global search', () => {
  it('matches names, handles, tags and notes, case-insensitively, all words required', () => {
    const search = (q: string) => filterRows(rows, q, EMPTY_FILTERS, settings, T0).map((r) => r.displayName);
    expect(search('ana')).toEqual(['Ana Lisboa']);
    expect(search('@KIKOBEATS')).toEqual(['Kiko Beats']);
    expect(search('travel')).toEqual(['Ana Lisboa']);
    expect(search('hotels')).toEqual(['Ana Lisboa']);
    expect(search('ana hotels')).toEqual(['Ana Lisboa']);
    expect(search('ana music')).toEqual([]);
    expect(search('  ')).toHaveLength(3);
    expect(searchTerms(' @Pluto  Travel ')).toEqual(['pluto', 'travel']);
  });
});

describe('filters', () => {
  const names = (filters: Partial<typeof EMPTY_FILTERS>, now = T0) =>
    filterRows(rows, '', { ...EMPTY_FILTERS, ...filters }, settings, now).map((r) => r.displayName);

  it('filters by segment, stage, platform, owner and tag', () => {
    expect(names({ segments: ['growth-bet', 'strategic-partner'] })).toEqual(['Ana Lisboa', 'Kiko Beats']);
    expect(names({ stages: ['discovered'] })).toEqual(['Zoe Eats']);
    expect(names({ platforms: ['x'] })).toEqual(['Kiko Beats']);
    expect(names({ owners: ['Sam'] })).toEqual(['Zoe Eats']);
    expect(names({ owners: [NO_OWNER] })).toEqual(['Kiko Beats']);
    expect(names({ tags: ['travel'] })).toEqual(['Ana Lisboa']);
    expect(names({ segments: ['growth-bet'], tags: ['travel'] })).toEqual([]);
  });

  it('filters by due state: overdue, due (including overdue), no cadence', () => {
    expect(names({ due: ['overdue'] })).toEqual(['Zoe Eats']);
    expect(names({ due: ['due'] }, T0 + 31 * DAY)).toEqual(['Ana Lisboa', 'Zoe Eats']);
    expect(names({ due: ['none'] })).toEqual(['Kiko Beats']);
    expect(names({ due: ['not-due'] })).toEqual(['Ana Lisboa']);
  });
});

describe('sorting', () => {
  it('sorts by any column, with missing values last in both directions', () => {
    const order = (key: Parameters<typeof sortRows>[1]['key'], desc: boolean) => sortRows(rows, { key, desc }).map((r) => r.displayName);
    expect(order('creator', false)).toEqual(['Ana Lisboa', 'Kiko Beats', 'Zoe Eats']);
    expect(order('creator', true)).toEqual(['Zoe Eats', 'Kiko Beats', 'Ana Lisboa']);
    expect(order('fit', true)).toEqual(['Ana Lisboa', 'Zoe Eats', 'Kiko Beats']);
    expect(order('fit', false)).toEqual(['Zoe Eats', 'Ana Lisboa', 'Kiko Beats']);
    expect(order('followers', true)[0]).toBe('Kiko Beats');
    expect(order('growth', false)).toEqual(['Kiko Beats', 'Ana Lisboa', 'Zoe Eats']);
    expect(order('nextDue', false)).toEqual(['Zoe Eats', 'Ana Lisboa', 'Kiko Beats']);
    expect(order('segment', false)).toEqual(['Ana Lisboa', 'Kiko Beats', 'Zoe Eats']);
  });

  it('keeps the sorted order through search and filters', () => {
    const sorted = sortRows(rows, { key: 'creator', desc: true });
    expect(filterRows(sorted, 'a', EMPTY_FILTERS, settings, T0).map((r) => r.displayName)).toEqual(['Zoe Eats', 'Kiko Beats', 'Ana Lisboa']);
  });
});

describe('projection and facets', () => {
  it('projects growth, fit and the primary handle, and lists owners and tags in use', () => {
    const kiko = rows[1]!;
    expect(kiko.growth).toBeCloseTo(0.2);
    expect(kiko.handle).toBe('kikobeats');
    expect(rows[0]!.fitScore).toBe(100);
    expect(facets(rows)).toEqual({ owners: ['Dana', 'Sam'], tags: ['EU', 'music', 'Travel'] });
  });
});

describe('at 100,000 creators', () => {
  // Speed is measured in real Chromium by the benchmark (timings in unit tests on a shared box are noise).
  it('finds exactly the matching rows', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      toRosterRow(makeCreator({ displayName: `Person ${i}`, handle: `handle_${i}`, tags: [i % 7 === 0 ? 'travel' : 'food'] })),
    );
    const sorted = sortRows(many, { key: 'creator', desc: false });
    expect(filterRows(sorted, 'handle_99999', EMPTY_FILTERS, settings, T0)).toHaveLength(1);
    expect(filterRows(sorted, 'travel', EMPTY_FILTERS, settings, T0)).toHaveLength(Math.ceil(100_000 / 7));
    expect(filterRows(sorted, 'person 4 travel', EMPTY_FILTERS, settings, T0).every((r) => r.tags.includes('travel'))).toBe(true);
  });
});
