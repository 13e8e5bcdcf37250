/**
 * The upgrade ladder. Each step moves the database from version N-1 to N and
 * lives in its own numbered file with its own test. Steps run in order inside
 * the one versionchange transaction: if any throws, the transaction aborts and
 * the database stays exactly as it was at the old version.
 */
import type { IDBPDatabase } from 'idb';
import type { RapportDB } from '../schema';
import type { MigrationStep, UpgradeTransaction } from './types';
import { migrateTo1 } from './001-initial-stores';
import { migrateTo2 } from './002-account-platform-ids';
import { migrateTo3 } from './003-accounts-by-linked-profile';
import { migrateTo4 } from './004-creators-by-health-age';
import { migrateTo5 } from './005-team-sync';
import { migrateTo6 } from './006-campaigns';
import { migrateTo7 } from './007-roster-rows';

export type { MigrationStep, UpgradeTransaction } from './types';

/** Index i holds the step that upgrades to version i + 1. */
export const MIGRATIONS: readonly MigrationStep[] = [migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5, migrateTo6, migrateTo7];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Runs every step above `oldVersion`. Steps must be synchronous or only queue
 * IndexedDB requests on `tx` (never await other work: the transaction would close).
 */
export function runMigrations(db: IDBPDatabase<RapportDB>, tx: UpgradeTransaction, oldVersion: number, steps: readonly MigrationStep[] = MIGRATIONS): void {
  for (let version = oldVersion + 1; version <= steps.length; version++) {
    const step = steps[version - 1];
    if (!step) throw new Error(`No migration step to version ${version}`);
    try {
      step(db, tx);
    } catch (error) {
      // Abort so nothing half-migrated is committed; the old version stays intact.
      tx.done.catch(() => undefined);
      tx.abort();
      throw new Error(`Upgrade to database version ${version} failed: ${String(error)}`, { cause: error });
    }
  }
}
