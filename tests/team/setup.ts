/** Team tests run in Node with fake-indexeddb for the clients (each client swaps in its own factory). */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeRapportDb } from '../../lib/db';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

afterEach(async () => {
  await closeRapportDb();
});
