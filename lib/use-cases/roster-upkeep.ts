/**
 * Storage upkeep the roster view asks for once it has painted: folds the rows
 * changed since the persisted roster rows were last written into their large
 * records (lib/db/roster-rows), so the next panel opens fast. No user data
 * changes; writes wait a second or two while it runs, hence "after painting".
 */
import { compactRosterRows } from '../db';

export function compactRosterRowsAfterPaint(): Promise<void> {
  return compactRosterRows();
}
