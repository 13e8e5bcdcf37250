/** Opens the test database at exactly `version`, running only the ladder's first steps (each migration test stops at its own step). */
import { openDB } from 'idb';
import { DB_NAME } from '../../../../lib/db';
import { MIGRATIONS, runMigrations } from '../../../../lib/db/migrations';
import type { RapportDB } from '../../../../lib/db/schema';

export function openAtVersion(version: number) {
  return openDB<RapportDB>(DB_NAME, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      runMigrations(db, tx, oldVersion, MIGRATIONS.slice(0, version));
    },
  });
}
