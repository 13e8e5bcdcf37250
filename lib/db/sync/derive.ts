/**
 * The derived fields of every creator (contact times, due time, follow-up and its
 * reminder) in one streaming pass, for a first sync: its pages are written without
 * them, and this pass reads creators and their touches in key order, chunk by
 * chunk (both sorted by creator id, so one range read gives a chunk's touches),
 * and writes each creator once. A per-page recompute would read every affected
 * creator and its touches again for each page that touches it.
 */
import { followUpReminderId, withContactState, type Interaction } from '../../domain';
import { openRapportDb } from '../open';
import { allOrNothing } from '../transaction';
import { creatorFromStore, toStoredCreator } from '../codecs';
import { publishChanges } from '../changes';
import { getSettings } from '../repositories/settings';
import { applyDerivedReminders } from '../repositories/derived-reminders';
import { invalidateRosterRows, rebuildRosterRows } from '../roster-rows';

const CHUNK = 2000;

export async function recomputeAllDerived(onProgress?: (done: number, total: number) => void, now = Date.now()): Promise<number> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const total = await db.count('creators');
  let after: string | undefined;
  let done = 0;
  const changed: string[] = [];
  for (;;) {
    const tx = db.transaction(['creators', 'interactions', 'reminders', 'rosterRows'], 'readwrite');
    const count = await allOrNothing(tx, async () => {
      // Chunk after chunk rewrites every creator: the roster rows are set aside in the first and rebuilt after the last.
      if (after === undefined) await invalidateRosterRows(tx);
      const raws = await tx.objectStore('creators').getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), CHUNK);
      if (raws.length === 0) return 0;
      const first = raws[0]!.id;
      const last = raws[raws.length - 1]!.id;
      const touches = await tx
        .objectStore('interactions')
        .index('by-creator-time')
        .getAll(IDBKeyRange.bound([first, -Infinity], [last, Infinity]));
      const byCreator = new Map<string, Interaction[]>();
      for (const t of touches) {
        const list = byCreator.get(t.creatorId);
        if (list) list.push(t);
        else byCreator.set(t.creatorId, [t]);
      }
      const writes: Promise<unknown>[] = [];
      for (const raw of raws) {
        const creator = creatorFromStore(raw.id, raw);
        const { creator: next, followUp } = withContactState(creator, byCreator.get(creator.id) ?? [], settings);
        writes.push(tx.objectStore('creators').put(toStoredCreator(next)));
        // The follow-up reminder is set from scratch: opened (or kept) when one is due, removed otherwise.
        if (followUp) writes.push(applyDerivedReminders(tx.objectStore('reminders'), [], [followUp], now));
        else writes.push(tx.objectStore('reminders').delete(followUpReminderId(creator.id)));
      }
      await Promise.all(writes);
      after = last;
      changed.push(...raws.map((r) => r.id));
      return raws.length;
    });
    if (count === 0) break;
    done += count;
    onProgress?.(done, total);
    if (count < CHUNK) break;
  }
  await rebuildRosterRows();
  // A large pass is announced as a bulk change: one full re-read beats 100,000 reads by id.
  publishChanges([changed.length <= 5000 ? { store: 'creators', ids: changed } : { store: 'creators' }, { store: 'reminders' }]);
  return done;
}
