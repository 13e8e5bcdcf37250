/**
 * Replacing every record of a store inside one readwrite transaction, at about
 * the cost of writing the new records. Chromium's clear() costs per stored
 * record: 95.7 s for the bench roster's 1.33 million records, a third of writing
 * them (tests/bench/README.md). A restore mostly brings back the records that are
 * already there (one's own backup, a day later), so a store whose records mostly
 * come back keeps them: only the records that do not come back are deleted, and
 * the backup's records are put over the rest. A store whose records mostly do not
 * come back is cleared, as before.
 *
 * A store with a unique index is always cleared: a put over a kept record could
 * collide with another kept record's old index key (two handles swapped between
 * accounts), which would abort the whole restore.
 */

/** The key of each record (the stores' keyPath is `id`); throws on a key given twice, before anything is written. */
export function keysOf(store: string, records: readonly { id: string }[]): Set<string> {
  const keys = new Set<string>();
  for (const record of records) {
    if (keys.has(record.id)) throw new Error(`The data to restore has two ${store} records with id ${record.id}: nothing was changed`);
    keys.add(record.id);
  }
  return keys;
}

function hasUniqueIndex(store: IDBObjectStore): boolean {
  return Array.from(store.indexNames).some((name) => store.index(name).unique);
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Makes room in `store` for exactly the records whose keys are `incoming`, and says
 * how to write them: `add` into a cleared store (a repeated key aborts), or `put`
 * over the records kept.
 */
export async function prepareReplacement(store: IDBObjectStore, incoming: ReadonlySet<string>): Promise<'add' | 'put'> {
  if (hasUniqueIndex(store)) {
    store.clear();
    return 'add';
  }
  const existing = await result(store.getAllKeys());
  const stale = existing.filter((key) => typeof key !== 'string' || !incoming.has(key));
  if (stale.length * 2 > existing.length) {
    store.clear();
    return 'add';
  }
  for (const key of stale) store.delete(key);
  return 'put';
}
