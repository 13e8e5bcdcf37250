/** Two people edited the same notes at once: both versions are kept until someone here settles them. */
import { useState } from 'react';
import type { Creator } from '../../../lib/domain';
import { settleSyncConflict } from '../../../lib/use-cases/creators';
import { ErrorNote, buttonClass, errorMessage } from '../../ui/controls';
import { formatDateTime } from '../../ui/format';

const FIELD_LABELS: Record<string, string> = { 'fit.notes': 'fit notes' };

export function SyncConflicts(props: { creator: Creator; nameOf(memberId: string | undefined): string | undefined }) {
  const [error, setError] = useState<string | null>(null);
  const conflicts = props.creator.syncConflicts ?? [];
  if (conflicts.length === 0) return null;
  const settle = (index: number, take: 'current' | 'theirs') =>
    settleSyncConflict(props.creator, index, take).then(
      () => setError(null),
      (e: unknown) => setError(errorMessage(e)),
    );
  return (
    <section
      aria-label="Edits to settle"
      data-testid="sync-conflicts"
      className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950"
    >
      {conflicts.map((c, i) => (
        <div key={`${c.at}-${c.byId}-${i}`} className="space-y-1">
          <p className="text-xs">
            {props.nameOf(c.byId) ?? 'A team member'} edited the {FIELD_LABELS[c.field] ?? c.field} on {formatDateTime(c.at)} from an older version; both are
            kept until you choose. Their version:
          </p>
          <p className="whitespace-pre-wrap rounded bg-white p-1 dark:bg-slate-900" data-testid="sync-conflict-value">
            {c.value}
          </p>
          <div className="flex gap-2">
            <button type="button" className={buttonClass} onClick={() => void settle(i, 'theirs')}>
              Use their version
            </button>
            <button type="button" className={buttonClass} onClick={() => void settle(i, 'current')}>
              Keep the current one
            </button>
          </div>
        </div>
      ))}
      {error && <ErrorNote>{error}</ErrorNote>}
    </section>
  );
}
