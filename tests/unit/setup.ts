/**
 * Every unit test starts with an empty fake IndexedDB and a reset fake browser,
 * so tests never see each other's data.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, afterEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeRapportDb, isRapportDbOpen, rebuildRosterRows } from '../../lib/db';
import { expectRosterRowsInStep } from './helpers/roster-rows-in-step';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

// The roster rows start built (as after the panel's first read), so every write
// a test makes must keep them in step; the after-each check holds it to that.
// Tests that open older versions of the database are left alone. The connection
// is closed again so each test opens its own (some stub indexedDB first).
const OPENS_OLDER_VERSIONS = ['/migrations/', '/security/durability.test.ts'];
beforeEach(async () => {
  const path = expect.getState().testPath ?? '';
  if (OPENS_OLDER_VERSIONS.some((part) => path.includes(part))) return;
  await rebuildRosterRows();
  await closeRapportDb();
});

afterEach(async () => {
  if (isRapportDbOpen()) await expectRosterRowsInStep();
  await closeRapportDb();
});
