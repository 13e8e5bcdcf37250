/**
 * Runs a read against lib/db and re-runs it whenever one of the given stores
 * changes in any extension context (side panel, overlay frames, worker).
 */
import { useEffect, useState } from 'react';
import { subscribeToChanges, type StoreName } from '../../lib/db';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: Error };

export function useDbQuery<T>(
  read: () => Promise<T>,
  stores: readonly StoreName[],
  deps: readonly unknown[],
): QueryState<T> & { reload(): void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    read().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
    // eslint-style exhaustive deps are the caller's responsibility: `deps` lists what `read` closes over.
  }, [...deps, version]);
  useEffect(
    () =>
      subscribeToChanges((change) => {
        if (stores.includes(change.store)) setVersion((v) => v + 1);
      }),
    [stores.join(',')],
  );
  return { ...state, reload: () => setVersion((v) => v + 1) };
}
