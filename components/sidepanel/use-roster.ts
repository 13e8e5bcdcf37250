/**
 * The roster in memory: paints the first page straight from the by-updated
 * index, then reads everyone in chunks into slim rows (search, filters and sort
 * run on those), then follows database changes creator by creator.
 * Stored health is kept by lib/db (after each write) and the worker's sweep.
 */
import { useEffect, useRef, useState } from 'react';
import { getCreatorsByIds, listRosterPage, scanCreators, subscribeToChanges } from '../../lib/db';
import { RosterIndex } from '../../lib/roster/roster-index';

export const FIRST_PAGE_SIZE = 60;

export interface RosterState {
  index: RosterIndex;
  /** Changes whenever the rows to show change. */
  version: number;
  /** True once every creator is in memory (search and filters see everyone). */
  complete: boolean;
  /** True once the first page is in (an empty roster is "painted" too). */
  painted: boolean;
  progress: { loaded: number; total: number };
  /** Records that failed validation (shown, never silently dropped). */
  corrupt: number;
}

export function useRoster(): RosterState {
  const indexRef = useRef<RosterIndex>(new RosterIndex());
  const [state, setState] = useState<Omit<RosterState, 'index'>>({
    version: 0,
    complete: false,
    painted: false,
    progress: { loaded: 0, total: 0 },
    corrupt: 0,
  });

  useEffect(() => {
    const index = indexRef.current;
    let live = true;
    let scanning: AbortController | null = null;
    const corrupt = new Set<string>();
    // Creators that changed while a full read was running: re-read after it, or the older copy would win.
    const changedDuringScan = new Set<string>();

    const publish = (patch: Partial<Omit<RosterState, 'index'>> = {}) => {
      if (live) setState((s) => ({ ...s, ...patch, version: index.version, corrupt: corrupt.size }));
    };

    async function fullScan(): Promise<void> {
      scanning?.abort();
      const controller = new AbortController();
      scanning = controller;
      const fresh = new RosterIndex();
      await scanCreators({
        signal: controller.signal,
        onChunk: (chunk, progress) => {
          fresh.upsert(chunk.records);
          for (const e of chunk.errors) corrupt.add(String(e.key));
          if (live) setState((s) => ({ ...s, progress }));
        },
      });
      if (controller.signal.aborted || !live) return;
      // Swap in the complete set at once: sorting 100k rows once beats re-sorting on every chunk.
      index.replaceFrom(fresh);
      scanning = null;
      if (changedDuringScan.size) {
        const ids = [...changedDuringScan];
        changedDuringScan.clear();
        const { records } = await getCreatorsByIds(ids);
        const found = new Set(records.map((c) => c.id));
        index.upsert(records);
        index.remove(ids.filter((id) => !found.has(id)));
      }
      publish({ complete: true });
    }

    void (async () => {
      const first = await listRosterPage({ index: 'by-updated', direction: 'prev', limit: FIRST_PAGE_SIZE });
      if (!live) return;
      index.upsert(first.records);
      for (const e of first.errors) corrupt.add(String(e.key));
      publish({ painted: true, complete: !first.next, progress: { loaded: first.records.length, total: first.records.length } });
      if (first.next) {
        // Let the first rows paint before the full read starts.
        await new Promise((resolve) => setTimeout(resolve, 50));
        await fullScan();
      }
    })().catch(() => publish({ painted: true }));

    // Changes from any context: re-read just those creators; bulk changes re-read everyone.
    let pending = new Set<string>();
    let rescan = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = async () => {
      timer = undefined;
      const ids = [...pending];
      pending = new Set();
      if (rescan) {
        rescan = false;
        await fullScan();
        return;
      }
      if (scanning) for (const id of ids) changedDuringScan.add(id);
      const { records } = await getCreatorsByIds(ids);
      const found = new Set(records.map((c) => c.id));
      index.upsert(records);
      index.remove(ids.filter((id) => !found.has(id)));
      publish();
    };
    const stop = subscribeToChanges((change) => {
      if (change.store !== 'creators') return;
      if (change.ids) for (const id of change.ids) pending.add(id);
      else rescan = true;
      timer ??= setTimeout(() => void flush(), 30);
    });

    return () => {
      live = false;
      scanning?.abort();
      clearTimeout(timer);
      stop();
    };
  }, []);

  return { index: indexRef.current, ...state };
}
