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
    // Numbers stay in the record and are read on access: the same values as the row built from the creator.
    expect([a.createdAt, a.updatedAt, a.fitScore, a.followers, a.lastContactAt, a.health]).toEqual([
      rows[0]?.createdAt,
      rows[0]?.updatedAt,
      rows[0]?.fitScore,
      rows[0]?.followers,
      rows[0]?.lastContactAt,
      rows[0]?.health,
    ]);
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
    expect(() => unpackRows({ ...packed, codes: new Int32Array(3) })).toThrow(/codes/);
    // A row's codes: segment, stage, outreach status, health label, then positions in `values` (platforms, tags, owner, ...).
    const codes = (at: number, value: number) => {
      const changed = new Int32Array(packed.codes);
      changed[at] = value;
      return { ...packed, codes: changed };
    };
    expect(() => unpackRows(codes(0, 99))).toThrow(/segment/);
    expect(() => unpackRows(codes(1, 42))).toThrow(/lifecycle stage/);
    expect(() => unpackRows(codes(2, -1))).toThrow(/outreach status/);
    expect(() => unpackRows(codes(3, -1))).not.toThrow();
    expect(() => unpackRows(codes(3, 42))).toThrow(/health label/);
    expect(() => unpackRows(codes(4, 7))).toThrow(/position/);
    const withPreferences = packRows([toRosterRow(makeCreator({ preferences: { topicsToAvoid: [], doNotContact: true, doNotStoreMessageText: false } }))]);
    const broken = withPreferences.values.map((v) => (v.startsWith('{') ? '{broken' : v));
    expect(() => unpackRows({ ...withPreferences, values: broken })).toThrow(/preferences is not JSON/);
    // Handles are split when first shown, but a broken escaped list fails the read itself.
    const escaped = packRows([toRosterRow(makeCreator({ handle: 'a\u0002b' }))]);
    const [id, name] = escaped.texts.split('\u0001');
    expect(() => unpackRows({ ...escaped, texts: [id, name, '\u0003[broken', 'search'].join('\u0001') })).toThrow(/escaped list is not JSON/);
    const noTimes = new Float64Array(packed.numbers);
    noTimes[9] = NaN;
    expect(() => unpackRows({ ...packed, numbers: noTimes })).toThrow(/creation or change time/);
    expect(() => unpackRows({ ...packed, texts: '\u0003{broken' + packed.texts.slice(packed.texts.indexOf('\u0001')) })).toThrow(/JSON/);
  });
});
