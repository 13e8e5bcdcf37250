/**
 * Saves a text field as the user types: a short pause after the last keystroke
 * writes it, and leaving the field (or the page) writes whatever is pending.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export function useAutosave(
  save: (value: string) => Promise<unknown>,
  delayMs = 500,
): { status: AutosaveStatus; error: string | null; change(value: string): void; flush(): void } {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setStatus('saving');
    // Writes go one after another, so an older value can never land after a newer one.
    chain.current = chain.current.then(() =>
      saveRef.current(value).then(
        () => {
          if (pending.current === null) setStatus('saved');
          setError(null);
        },
        (e: unknown) => {
          setStatus('error');
          setError(e instanceof Error ? e.message : String(e));
        },
      ),
    );
  }, []);

  const change = useCallback(
    (value: string) => {
      pending.current = value;
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { status, error, change, flush };
}
