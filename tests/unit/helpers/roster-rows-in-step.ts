/**
 * The invariant of the persisted roster rows (lib/db/roster-rows): whenever the
 * record that vouches for them is stored, they equal the rows built afresh from
 * every stored creator. Checked after every unit test that opened the database,
 * so each write path the suite drives is held to it.
 */
import { expect } from 'vitest';
import { CreatorSchema } from '../../../lib/domain';
import { getRosterRows, openRapportDb } from '../../../lib/db';
import { toRosterRow, type RosterRow } from '../../../lib/roster/rows';

const byId = (a: RosterRow, b: RosterRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Rows as the roster shows them: undefined fields dropped, as a stored record drops them. */
const comparable = (rows: readonly RosterRow[]) => JSON.parse(JSON.stringify([...rows].sort(byId))) as unknown;

export async function expectRosterRowsInStep(): Promise<void> {
  const db = await openRapportDb();
  if (!db.objectStoreNames.contains('rosterRows')) return;
  const meta = await db.get('rosterRows', 'meta');
  if (meta === undefined) return;
  const creators = (await db.getAll('creators')).flatMap((raw) => {
    const parsed = CreatorSchema.safeParse(raw);
    return parsed.success ? [toRosterRow(parsed.data)] : [];
  });
  const stored = await getRosterRows();
  expect(comparable(stored.rows), 'the persisted roster rows match the stored creators').toEqual(comparable(creators));
}
