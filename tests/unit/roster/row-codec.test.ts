import { describe, expect, it } from 'vitest';
import { PackedRowsError, packRows, unpackRows } from '../../../lib/roster/row-codec';
import { toRosterRow, type RosterRow } from '../../../lib/roster/rows';
import { makeCreator, T0, DAY } from './fixtures';

/** Rows compare as a stored record would: undefined fields dropped. */
const plain = (rows: readonly RosterRow[]) => JSON.parse(JSON.stringify(rows)) as unknown;

describe('packed roster rows', () => {
  it('round-trip every field, including texts that hold the separators, empty list items and absent values', () => {
    const rows = [
      toRosterRow(makeCreator({ displayName: 'Ana \u0001 split \u0002 me', tags: ['', 'x\u0003y', 'ok'], fit: { notes: 'note \u0004 here', rubric: {} } })),
      toRosterRow(
        makeCreator({
          displayName: '',
          tags: [],
          owner: 'Bo',
          ownerId: 'u1',
          lastContactAt: T0,
          nextDueAt: T0 + 30 * DAY,
          snoozedUntil: T0 + DAY,
          cadenceOverride: { idealDays: 10, maxDays: 20 },
          preferences: { topicsToAvoid: ['crypto'], doNotContact: true, doNotStoreMessageText: false, preferredChannel: 'email' },
          health: { score: 72, label: 'steady', computedAt: T0 },
        }),
      ),
      toRosterRow(makeCreator({ displayName: '日本語 ✓ "quoted" \\ back', handle: 'a.b_c' })),
    ];
    const packed = packRows(rows);
    expect(packed.count).toBe(3);
    expect(plain(unpackRows(packed))).toEqual(plain(rows));
  });

  it('packs no rows as an empty record', () => {
    const packed = packRows([]);
    expect(packed).toMatchObject({ count: 0, texts: '' });
    expect(unpackRows(packed)).toEqual([]);
  });

  it('refuses a record whose texts or numbers do not fit its count, or whose fields are not valid', () => {
    const packed = packRows([toRosterRow(makeCreator())]);
    expect(() => unpackRows({ ...packed, count: 2 })).toThrow(PackedRowsError);
    expect(() => unpackRows({ ...packed, numbers: new Float64Array(3) })).toThrow(/numbers/);
    expect(() => unpackRows({ ...packed, texts: packed.texts.replace('unassigned', 'not-a-segment') })).toThrow(/segment/);
    expect(() => unpackRows({ ...packed, texts: '\u0003{broken' + packed.texts.slice(packed.texts.indexOf('\u0001')) })).toThrow(/JSON/);
  });
});
