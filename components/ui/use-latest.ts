/**
 * Two small hooks for values whose identity changes on every render (inline
 * callbacks, a caller's dependency list), so effects and memos can depend on
 * what actually changed.
 */
import { useRef } from 'react';

/** A stable box holding the latest value: callbacks read `.current` when they run, never a stale copy. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

/** A number that changes whenever any of `deps` changes (compared with Object.is), as a hook's own dependency list would. */
export function useDepsVersion(deps: readonly unknown[]): number {
  const ref = useRef<{ deps: readonly unknown[]; version: number }>({ deps, version: 0 });
  const last = ref.current.deps;
  if (last.length !== deps.length || last.some((d, i) => !Object.is(d, deps[i]))) ref.current = { deps, version: ref.current.version + 1 };
  return ref.current.version;
}
