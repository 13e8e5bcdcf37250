import { describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, openRapportDb, closeRapportDb } from '../../../../lib/db';
import { runMigrations, MIGRATIONS, type MigrationStep } from '../../../../lib/db/migrations';
import type { RapportDB } from '../../../../lib/db/schema';
import { openAtVersion } from './open-at-version';

/** Describes a database's stores and indexes as plain data, to compare exact after-states. */
function describeSchema(db: IDBPDatabase<RapportDB>) {
  const tx = db.transaction([...db.objectStoreNames], 'readonly');
  return [...db.objectStoreNames].sort().map((name) => {
    const store = tx.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      indexes: [...store.indexNames].sort().map((indexName) => {
        const index = store.index(indexName);
        return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      }),
    };
  });
}

describe('migration 001: initial stores', () => {
  it('creates exactly the stores and indexes the product queries need', async () => {
    const db = await openAtVersion(1);
    expect(db.version).toBe(1);
    expect(describeSchema(db)).toEqual([
      {
        name: 'accounts',
        keyPath: 'id',
        indexes: [
          { name: 'by-creator', keyPath: 'creatorId', unique: false, multiEntry: false },
          { name: 'by-platform-handle', keyPath: ['platform', 'handle'], unique: true, multiEntry: false },
        ],
      },
      { name: 'collaborations', keyPath: 'id', indexes: [{ name: 'by-creator', keyPath: 'creatorId', unique: false, multiEntry: false }] },
      {
        name: 'creators',
        keyPath: 'id',
        indexes: [
          { name: 'by-name', keyPath: 'nameKey', unique: false, multiEntry: false },
          { name: 'by-next-due', keyPath: 'nextDueAt', unique: false, multiEntry: false },
          { name: 'by-outreach', keyPath: 'outreachStatus', unique: false, multiEntry: false },
          { name: 'by-segment', keyPath: 'segment', unique: false, multiEntry: false },
          { name: 'by-stage', keyPath: 'stage', unique: false, multiEntry: false },
          { name: 'by-updated', keyPath: 'updatedAt', unique: false, multiEntry: false },
        ],
      },
      {
        name: 'interactions',
        keyPath: 'id',
        indexes: [
          { name: 'by-creator-time', keyPath: ['creatorId', 'occurredAt'], unique: false, multiEntry: false },
          { name: 'by-time', keyPath: 'occurredAt', unique: false, multiEntry: false },
        ],
      },
      {
        name: 'reminders',
        keyPath: 'id',
        indexes: [
          { name: 'by-creator', keyPath: 'creatorId', unique: false, multiEntry: false },
          { name: 'by-due', keyPath: 'dueAt', unique: false, multiEntry: false },
        ],
      },
      { name: 'settings', keyPath: null, indexes: [] },
      { name: 'templates', keyPath: 'id', indexes: [] },
    ]);
    db.close();
  });

  it('is the whole ladder today: the version equals the number of steps', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('the upgrade ladder', () => {
  it('aborts a failed upgrade and keeps the old version and its data intact', async () => {
    const db = await openRapportDb();
    await db.put('templates', { id: 't1', name: 'Hello', kind: 'outreach', body: 'Hi', createdAt: 1, updatedAt: 1 });
    await closeRapportDb();

    const failingStep: MigrationStep = (upgradeDb) => {
      upgradeDb.createObjectStore('templates-v2' as never);
      throw new Error('boom');
    };
    const steps = [...MIGRATIONS, failingStep];
    await expect(
      openDB<RapportDB>(DB_NAME, steps.length, {
        upgrade(upgradeDb, oldVersion, _newVersion, tx) {
          runMigrations(upgradeDb, tx, oldVersion, steps);
        },
      }),
    ).rejects.toThrow();

    const reopened = await openRapportDb();
    expect(reopened.version).toBe(DB_VERSION);
    expect([...reopened.objectStoreNames]).not.toContain('templates-v2');
    expect(await reopened.get('templates', 't1')).toEqual({
      id: 't1',
      name: 'Hello',
      kind: 'outreach',
      body: 'Hi',
      createdAt: 1,
      updatedAt: 1,
    });
  });

  it('steps aside when another context needs a newer version (blocking)', async () => {
    const db = await openRapportDb();
    expect(db.version).toBe(DB_VERSION);
    // Without the blocking handler this open would stay blocked forever.
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(upgradeDb) {
        upgradeDb.createObjectStore('future');
      },
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });
});
