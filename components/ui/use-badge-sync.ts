/**
 * After this page writes to the roster (a touch, a stage change, a snooze), ask
 * the worker to recount what is due so the toolbar badge is never stale. Only
 * local writes count: every other open view does the same for its own writes.
 */
import { useEffect } from 'react';
import { subscribeToChanges, type StoreName } from '../../lib/db';
import { sendToBackground } from '../../lib/messaging/background-client';

const DUE_STORES: readonly StoreName[] = ['creators', 'interactions', 'reminders', 'collaborations', 'settings'];
const SETTLE_MS = 500;

export function useBadgeSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = subscribeToChanges((change, origin) => {
      if (origin !== 'local' || !DUE_STORES.includes(change.store)) return;
      clearTimeout(timer);
      // A burst of writes (bulk edits, imports) becomes one recount.
      timer = setTimeout(() => void sendToBackground('reminders:refresh', {}).catch(() => undefined), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);
}
