/**
 * Every unit test starts with an empty fake IndexedDB and a reset fake browser,
 * so tests never see each other's data.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeRapportDb } from '../../lib/db';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

afterEach(async () => {
  await closeRapportDb();
});
