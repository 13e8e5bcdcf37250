/**
 * The roster in memory: every creator's row, read in one go from the persisted
 * roster rows that lib/db keeps in step with each write, then follows database
 * changes creator by creator; a bulk change re-reads the rows. The latest-changed
 * creators (a small read) are in first, so the default view paints while the
 * whole roster loads (`complete` says when search and filters see everyone).
 */
import { useEffect, useRef, useState } from 'react';
import { getCreatorsByIds, getLatestRosterRows, getRosterRows, subscribeToChanges } from '../../lib/db';
import { compactRosterRowsAfterPaint } from '../../lib/use-cases/roster-upkeep';
import { RosterIndex } from '../../lib/roster/roster-index';

/** The latest-changed creators read ahead of the whole roster: a screenful and a bit. */
export const FIRST_ROWS = 60;

/** User Timing marks (detail: { rows }) for when the latest rows and the whole roster are in memory: for the benchmark and DevTools. */
export const ROSTER_MARKS = { latest: 'rapport:roster-latest', complete: 'rapport:roster-complete' } as const;

/** How long after the first paint the persisted rows may be compacted (lib/db/roster-rows). */
const COMPACT_AFTER_PAINT_MS = 3_000;

export interface RosterState {
  index: RosterIndex;
  /** Changes whenever the rows to show change. */
  version: number;
  /** True once every creator is in memory (search and filters see everyone). */
  complete: boolean;
  /** True once rows are in: the latest ones, or all (an empty roster is "painted" too). */
  painted: boolean;
  /** Records that failed validation (shown, never silently dropped). */
  corrupt: number;
  /** Why the roster could not be read, if it could not. */
  failure?: string;
}

export function useRoster(): RosterState {
  const indexRef = useRef<RosterIndex>(new RosterIndex());
  const [state, setState] = useState<Omit<RosterState, 'index'>>({ version: 0, complete: false, painted: false, corrupt: 0 });

  useEffect(() => {
    const index = indexRef.current;
    let live = true;
    let corrupt = new Set<string>();

    const publish = (patch: Partial<Omit<RosterState, 'index'>> = {}) => {
      if (live) setState((s) => ({ ...s, ...patch, version: index.version, corrupt: corrupt.size }));
    };

    let compaction: ReturnType<typeof setTimeout> | undefined;
    const readAll = async () => {
      const { rows, corruptIds, compactionDue } = await getRosterRows();
      if (!live) return;
      index.replaceRows(rows);
      performance.mark(ROSTER_MARKS.complete, { detail: { rows: rows.length } });
      corrupt = new Set(corruptIds);
      publish({ painted: true, complete: true, failure: undefined });
      // Storage upkeep, once the roster is on screen: writes wait while it runs.
      if (compactionDue) compaction ??= setTimeout(() => void compactRosterRowsAfterPaint().catch(() => undefined), COMPACT_AFTER_PAINT_MS);
    };

    // Changes from any context: re-read just those creators; bulk changes re-read all rows.
    // Nothing is applied before the first read is in: it would be overwritten by older rows.
    let pending = new Set<string>();
    let rereadAll = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const readLatest = async () => {
      const latest = await getLatestRosterRows(FIRST_ROWS).catch((error: unknown) => {
        console.warn('Rapport: the latest creators could not be read ahead of the roster', error);
        return [];
      });
      if (!live || latest.length === 0) return;
      index.replaceRows(latest);
      performance.mark(ROSTER_MARKS.latest, { detail: { rows: latest.length } });
      publish({ painted: true });
    };
    // One after the other: started together, the latest rows would wait behind the large records' deserialization.
    const loaded = readLatest()
      .then(readAll)
      .catch((error: unknown) => publish({ painted: true, failure: error instanceof Error ? error.message : String(error) }));
    const flush = async () => {
      await loaded;
      timer = undefined;
      const ids = [...pending];
      pending = new Set();
      if (rereadAll) {
        rereadAll = false;
        await readAll();
        return;
      }
      const { records, errors } = await getCreatorsByIds(ids);
      const found = new Set(records.map((c) => c.id));
      index.upsert(records);
      index.remove(ids.filter((id) => !found.has(id)));
      for (const id of found) corrupt.delete(id);
      for (const e of errors) corrupt.add(String(e.key));
      publish();
    };
    const stop = subscribeToChanges((change) => {
      if (change.store !== 'creators') return;
      if (change.ids) for (const id of change.ids) pending.add(id);
      else rereadAll = true;
      timer ??= setTimeout(() => void flush().catch(() => undefined), 30);
    });

    return () => {
      live = false;
      clearTimeout(timer);
      clearTimeout(compaction);
      stop();
    };
  }, []);

  return { index: indexRef.current, ...state };
}
