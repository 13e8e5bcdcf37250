import { describe, expect, it } from 'vitest';
import { RosterIndex } from '../../../lib/roster/roster-index';
import { packRows, unpackRows } from '../../../lib/roster/row-codec';
import { toRosterRow } from '../../../lib/roster/rows';
import { makeCreator } from './fixtures';

describe('the in-memory roster index', () => {
  it('serves rows replaced in one go by list, by id and by count, and follows changes made after', () => {
    const [a, b, c] = [makeCreator({ displayName: 'A' }), makeCreator({ displayName: 'B' }), makeCreator({ displayName: 'C' })];
    if (!a || !b || !c) throw new Error('three creators expected');
    const index = new RosterIndex();
    index.replaceRows(unpackRows(packRows([a, b].map(toRosterRow))));
    const afterReplace = index.version;
    expect(index.rows().map((r) => r.displayName)).toEqual(['A', 'B']);
    expect(index.size).toBe(2);
    expect(index.get(b.id)?.displayName).toBe('B');
    expect(index.get(c.id)).toBeUndefined();

    index.upsert([{ ...a, displayName: 'A2' }, c]);
    index.remove([b.id]);
    expect(
      index
        .rows()
        .map((r) => r.displayName)
        .sort(),
    ).toEqual(['A2', 'C']);
    expect(index.size).toBe(2);
    expect(index.changedSince(afterReplace)?.sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('keeps its rows when a change comes before anything asked for them by id', () => {
    const [a, b] = [makeCreator({ displayName: 'A' }), makeCreator({ displayName: 'B' })];
    if (!a || !b) throw new Error('two creators expected');
    const index = new RosterIndex();
    index.replaceRows([a, b].map(toRosterRow));
    index.remove([a.id]);
    expect(index.rows().map((r) => r.displayName)).toEqual(['B']);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.rows()).toEqual([]);
  });
});
