import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/domain';
import { LiveRosterQuery } from '../../../lib/roster/live-query';
import { EMPTY_FILTERS, filterRows, sortRows, type RosterSort } from '../../../lib/roster/query';
import { RosterIndex } from '../../../lib/roster/roster-index';
import { T0, makeCreator } from './fixtures';

const settings = DEFAULT_SETTINGS;
const names = ['luna', 'mateo', 'kai', 'sofia', 'omar', 'nina'];

function seeded(count: number) {
  const creators = Array.from({ length: count }, (_, i) =>
    makeCreator({
      displayName: `${names[i % 6]} ${names[(i * 5) % 6]} ${i}`,
      handle: `h${i}`,
      updatedAt: T0 + ((i * 7919) % 500),
      fit: { notes: '', rubric: i % 3 ? { authenticity: 1 + (i % 5) } : {} },
    }),
  );
  const index = new RosterIndex();
  index.upsert(creators);
  return { creators, index };
}

describe('the live roster query', () => {
  it('merges a few changed creators into the order exactly as a full sort would', () => {
    const { creators, index } = seeded(300);
    const live = new LiveRosterQuery();
    for (const sort of [
      { key: 'updated', desc: true },
      { key: 'fit', desc: false },
      { key: 'creator', desc: false },
    ] as RosterSort[]) {
      live.sortedRows(index, sort);
      index.upsert([
        { ...creators[5]!, updatedAt: T0 + 10_000, displayName: 'Aaron' },
        { ...creators[17]!, fit: { notes: '', rubric: { authenticity: 5 } } },
      ]);
      index.remove([creators[40]!.id, 'never-there']);
      const merged = live.sortedRows(index, sort);
      expect(merged.map((r) => r.id)).toEqual(sortRows(index.rows(), sort).map((r) => r.id));
      expect(merged).toHaveLength(index.size);
    }
  });

  it('narrows the previous result when the query grows, with the same answer as a fresh search', () => {
    const { index } = seeded(500);
    const live = new LiveRosterQuery();
    const sorted = live.sortedRows(index, { key: 'creator', desc: false });
    let query = '';
    for (const ch of 'luna mat') {
      query += ch;
      expect(live.filtered(sorted, query, EMPTY_FILTERS, settings, T0)).toEqual(filterRows(sorted, query, EMPTY_FILTERS, settings, T0));
    }
    // Shorter again (Backspace), and a different query: starts over from the whole roster.
    expect(live.filtered(sorted, 'luna', EMPTY_FILTERS, settings, T0)).toEqual(filterRows(sorted, 'luna', EMPTY_FILTERS, settings, T0));
    expect(live.filtered(sorted, 'kai', EMPTY_FILTERS, settings, T0).length).toBeGreaterThan(0);
  });
});

describe('the live roster query on a large roster', () => {
  it('gives the same answers as a fresh search when it scans the haystack, with and without filters', () => {
    const { index } = seeded(12_000);
    const live = new LiveRosterQuery();
    // Prepared for another order first: the search must notice and rebuild, never search stale rows.
    live.prepareSearch(live.sortedRows(index, { key: 'creator', desc: false }));
    const sorted = live.sortedRows(index, { key: 'updated', desc: true });
    const filters = { ...EMPTY_FILTERS, segments: [sorted[0]!.segment] };
    for (const f of [EMPTY_FILTERS, filters]) {
      let query = '';
      for (const ch of 'nina 1') {
        query += ch;
        const expected = filterRows(sorted, query, f, settings, T0);
        expect(live.filtered(sorted, query, f, settings, T0)).toEqual(expected);
      }
      // A query whose first results are many (> the narrowing limit) and then few.
      expect(live.filtered(sorted, 'n', f, settings, T0).length).toBeGreaterThan(5000 * (f === EMPTY_FILTERS ? 1 : 0));
    }
  });
});
