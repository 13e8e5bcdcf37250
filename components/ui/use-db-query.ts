/**
 * Runs a read against lib/db and re-runs it whenever one of the given stores
 * changes in any extension context (side panel, overlay frames, worker).
 */
import { useEffect, useMemo, useState } from 'react';
import { subscribeToChanges, type StoreName } from '../../lib/db';
import { useDepsVersion, useLatest } from './use-latest';

export type QueryState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: Error };

export function useDbQuery<T>(read: () => Promise<T>, stores: readonly StoreName[], deps: readonly unknown[]): QueryState<T> & { reload(): void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  // `deps` lists what `read` closes over: re-read when one of them changes, always with the latest `read`.
  const latestRead = useLatest(read);
  const depsVersion = useDepsVersion(deps);
  useEffect(() => {
    let live = true;
    latestRead.current().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [latestRead, depsVersion, version]);
  const storesKey = stores.join(',');
  const watched = useMemo(() => new Set(storesKey.split(',')), [storesKey]);
  useEffect(
    () =>
      subscribeToChanges((change) => {
        if (watched.has(change.store)) setVersion((v) => v + 1);
      }),
    [watched],
  );
  return { ...state, reload: () => setVersion((v) => v + 1) };
}
