/** Everything due now: creators due for a touch and due reminders, with done and snooze. */
import { listDueItems, type DueItem } from '../../lib/db';
import { requestCompleteDue, requestSnoozeDue } from '../../lib/use-cases/via-worker';
import { useDbQuery } from '../ui/use-db-query';
import { EmptyState, ErrorNote, buttonClass, errorMessage } from '../ui/controls';
import { formatDate } from '../ui/format';
import { useState } from 'react';
import { DAY_MS } from '../../lib/domain/time';

export function DueView(props: { now: number; onOpen(id: string): void; onLog(id: string): void }) {
  // Read at the moment of reading: a reminder that fell due with a write a moment ago (a collaboration marked done) shows at once, not at the next tick.
  const due = useDbQuery(() => listDueItems(Math.max(props.now, Date.now()), { limit: 200 }), ['creators', 'reminders'], [props.now]);
  const [error, setError] = useState<string | null>(null);
  const act = (p: Promise<unknown>) => void p.catch((e: unknown) => setError(errorMessage(e)));
  if (due.status === 'loading') return <p className="p-3">Loading…</p>;
  if (due.status === 'error') return <ErrorNote>Could not read what is due: {due.error.message}</ErrorNote>;
  if (due.data.records.length === 0) {
    return (
      <EmptyState title="Nothing due">
        You are in touch with everyone on their cadence. Reminders for follow-ups, deliverables and renewals appear here when due.
      </EmptyState>
    );
  }
  const items: DueItem[] = due.data.records;
  return (
    <section aria-label="Due" className="min-h-0 flex-1 overflow-auto p-2">
      {error && <ErrorNote>{error}</ErrorNote>}
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {items.map((item) => (
          <li key={item.ref.type === 'cadence' ? `c-${item.ref.creatorId}` : `r-${item.ref.reminderId}`} className="py-1 text-sm">
            <div className="flex items-baseline gap-2">
              <button type="button" className="min-w-0 flex-1 truncate text-left font-medium" onClick={() => props.onOpen(item.creatorId)}>
                {item.creatorName}
              </button>
              <span className={`text-xs ${item.overdue ? 'font-semibold text-red-800 dark:text-red-300' : ''}`}>{formatDate(item.dueAt)}</span>
            </div>
            <p className="text-xs">{item.title}</p>
            <div className="mt-0.5 flex gap-1">
              {item.kind === 'cadence' || item.kind === 'follow-up' ? (
                <button type="button" className={buttonClass} onClick={() => props.onLog(item.creatorId)}>
                  Log touch
                </button>
              ) : (
                <button type="button" className={buttonClass} onClick={() => act(requestCompleteDue(item.ref))}>
                  Done
                </button>
              )}
              <button type="button" className={buttonClass} onClick={() => act(requestSnoozeDue([item.ref], Date.now() + 3 * DAY_MS))}>
                Snooze 3 days
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
