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

  it('reads repeated lists and default preferences as one frozen value shared by the rows', () => {
    const rows = [makeCreator({ tags: ['latam'] }), makeCreator({ tags: ['latam'] }), makeCreator({ tags: [] })].map(toRosterRow);
    const [a, b, c] = unpackRows(packRows(rows));
    if (!a || !b || !c) throw new Error('three rows expected');
    expect(a.tags).toBe(b.tags);
    expect(a.platforms).toBe(c.platforms);
    expect(a.preferences).toBe(c.preferences);
    expect(() => a.tags.push('x')).toThrow(TypeError);
    expect(() => (a.preferences.doNotContact = true)).toThrow(TypeError);
    expect(b.tags).toEqual(['latam']);
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
    // Coded values: segment, stage, outreach status and health label are the 14th to 17th numbers of a row.
    const codes = (at: number, value: number) => {
      const numbers = new Float64Array(packed.numbers);
      numbers[at] = value;
      return { ...packed, numbers };
    };
    expect(() => unpackRows(codes(13, 99))).toThrow(/segment/);
    expect(() => unpackRows(codes(14, 1.5))).toThrow(/lifecycle stage/);
    expect(() => unpackRows(codes(15, -1))).toThrow(/outreach status/);
    expect(() => unpackRows(codes(16, NaN))).not.toThrow();
    expect(() => unpackRows(codes(16, 42))).toThrow(/health label/);
    expect(() => unpackRows({ ...packed, texts: '\u0003{broken' + packed.texts.slice(packed.texts.indexOf('\u0001')) })).toThrow(/JSON/);
  });
});
