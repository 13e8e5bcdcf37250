/**
 * Which IndexedDB database holds the data. A restore (or "delete everything")
 * writes a fresh database and then points here to it, so that the old one can
 * be deleted in the background instead of being cleared record by record inside
 * the restore's transaction (database-swap.ts). Until the first restore there is
 * no pointer and the data lives in the first database, `rapport`.
 *
 * The pointer is in storage.local: every extension context (worker, side panel,
 * overlay frames) reads it, and it is read once per connection, not per query.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DB_NAME } from './schema';

const POINTER_KEY = 'rapport:database';

/** `rapport`, or a successor `rapport.<time>-<random>` that a restore wrote. */
const DatabaseNameSchema = z.string().regex(/^rapport(\.[a-z0-9]+-[a-z0-9]+)?$/);

export function isRapportDatabaseName(name: string): boolean {
  return DatabaseNameSchema.safeParse(name).success;
}

/** The database every context should use now. A missing or unreadable pointer means the first one. */
export async function readCurrentDatabaseName(): Promise<string> {
  const stored: Record<string, unknown> = await browser.storage.local.get(POINTER_KEY);
  const parsed = DatabaseNameSchema.safeParse(stored[POINTER_KEY]);
  if (stored[POINTER_KEY] !== undefined && !parsed.success)
    console.warn('Rapport: the database pointer is unreadable; using the first database', stored[POINTER_KEY]);
  return parsed.success ? parsed.data : DB_NAME;
}

export async function pointToDatabase(name: string): Promise<void> {
  await browser.storage.local.set({ [POINTER_KEY]: DatabaseNameSchema.parse(name) });
}

/** A name no other database has had: the time, so names sort by age, and a random part in case two restores start in the same millisecond. */
export function newDatabaseName(now = Date.now()): string {
  return `${DB_NAME}.${now.toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}
