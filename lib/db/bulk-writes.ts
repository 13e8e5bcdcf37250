/**
 * Queues many writes into one open readwrite transaction, fast: raw IndexedDB
 * requests with no promise each (a promise and two listeners per record cost
 * more than the write itself at 100,000 records), in waves: Chromium stalled for
 * good with 1.3 million requests queued at once, so at most two waves are in
 * flight and the next is queued when one completes, inside the transaction,
 * which so never goes idle.
 *
 * Nothing here waits for the transaction: a failed request aborts it, and the
 * caller's `tx.done` (through allOrNothing) rejects, so nothing is kept.
 */

/** Requests in flight per wave. */
const WAVE = 20_000;
/** About this many progress reports whatever the size: each one re-renders a panel. */
const PROGRESS_REPORTS = 200;

export interface BulkWrite {
  store: string;
  /** `add` refuses an existing key (the transaction aborts); `put` replaces it. */
  mode: 'add' | 'put';
  records: readonly unknown[];
}

export type BulkProgress = (done: number, total: number) => void;

export function queueBulkWrites(tx: IDBTransaction, writes: readonly BulkWrite[], onProgress?: BulkProgress, wave = WAVE): void {
  const total = writes.reduce((n, w) => n + w.records.length, 0);
  if (total === 0) return;
  const every = Math.max(1000, Math.ceil(total / PROGRESS_REPORTS));
  let current = 0;
  let next = 0;
  let queued = 0;
  const queueWave = () => {
    let last: IDBRequest | undefined;
    for (let n = 0; n < wave && current < writes.length;) {
      const { store, mode, records } = writes[current] as BulkWrite;
      const objectStore = tx.objectStore(store);
      for (; next < records.length && n < wave; n++, next++) {
        last = mode === 'add' ? objectStore.add(records[next]) : objectStore.put(records[next]);
        if (++queued % every === 0 || queued === total) {
          const at = queued;
          if (onProgress) last.addEventListener('success', () => onProgress(at, total));
        }
      }
      if (next >= records.length) {
        current++;
        next = 0;
      }
    }
    if (last && current < writes.length) last.addEventListener('success', queueWave);
  };
  queueWave();
  queueWave();
}
