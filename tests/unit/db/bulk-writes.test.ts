import { describe, expect, it } from 'vitest';
import { unwrap } from 'idb';
import { openRapportDb } from '../../../lib/db';
import { queueBulkWrites } from '../../../lib/db/bulk-writes';

const account = (i: number, handle = `h${i}`) => ({ id: `a${i}`, creatorId: `c${i}`, platform: 'x', handle });
const creator = (i: number) => ({ id: `c${i}`, displayName: `Creator ${i}` });

/** Runs queueBulkWrites in one readwrite transaction and reports how it ended. */
async function writeInOneTransaction(
  writes: Parameters<typeof queueBulkWrites>[1],
  wave: number,
): Promise<{ outcome: 'complete' | 'abort'; progress: [number, number][] }> {
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'accounts'], 'readwrite');
  const progress: [number, number][] = [];
  queueBulkWrites(unwrap(tx), writes, (done, total) => progress.push([done, total]), wave);
  const outcome = await tx.done.then(
    () => 'complete' as const,
    () => 'abort' as const,
  );
  return { outcome, progress };
}

async function counts(): Promise<{ creators: number; accounts: number }> {
  const db = await openRapportDb();
  return { creators: await db.count('creators'), accounts: await db.count('accounts') };
}

describe('queueBulkWrites', () => {
  it('writes every record of every store across many small waves, and reports the end', async () => {
    const creators = Array.from({ length: 7 }, (_, i) => creator(i));
    const accounts = Array.from({ length: 5 }, (_, i) => account(i));
    const { outcome, progress } = await writeInOneTransaction(
      [
        { store: 'creators', mode: 'put', records: creators },
        { store: 'accounts', mode: 'add', records: accounts },
      ],
      3,
    );
    expect(outcome).toBe('complete');
    expect(await counts()).toEqual({ creators: 7, accounts: 5 });
    expect(progress.at(-1)).toEqual([12, 12]);
  });

  it('aborts the whole transaction when a request in a later wave fails', async () => {
    const accounts = [...Array.from({ length: 8 }, (_, i) => account(i)), account(99, 'h0')];
    const { outcome } = await writeInOneTransaction(
      [
        { store: 'creators', mode: 'put', records: [creator(1), creator(2)] },
        // The last account repeats handle h0: the unique [platform, handle] index refuses it.
        { store: 'accounts', mode: 'add', records: accounts },
      ],
      2,
    );
    expect(outcome).toBe('abort');
    expect(await counts()).toEqual({ creators: 0, accounts: 0 });
  });

  it('does nothing for nothing', async () => {
    const db = await openRapportDb();
    const tx = db.transaction(['creators'], 'readwrite');
    queueBulkWrites(unwrap(tx), [{ store: 'creators', mode: 'put', records: [] }]);
    await tx.done;
    expect(await counts()).toEqual({ creators: 0, accounts: 0 });
  });
});
