/** The outreach pipeline: creators by outreach status, due follow-ups first. */
import { useMemo } from 'react';
import { OUTREACH_LABELS, OUTREACH_STATUSES, type Settings } from '../../lib/domain';
import { EnumSelect } from '../ui/enum-select';
import { editCreator } from '../../lib/use-cases/creators';
import { pipeline } from '../../lib/roster/portfolio';
import type { RosterState } from './use-roster';
import { EmptyState, inputClass } from '../ui/controls';
import { formatDate } from '../ui/format';

const SHOWN_PER_STATUS = 50;

export function PipelineView(props: { roster: RosterState; settings: Settings; now: number; onOpen(id: string): void }) {
  // rows() keeps its identity until the roster changes.
  const rows = props.roster.index.rows();
  const groups = useMemo(() => pipeline(rows, props.now), [rows, props.now]);
  const total = OUTREACH_STATUSES.reduce((n, s) => n + groups[s].length, 0);
  if (props.roster.painted && total === 0) {
    return <EmptyState title="Nobody in the pipeline yet">Save creators from their profiles; logging your first message moves them to “Contacted”.</EmptyState>;
  }
  const dueCount = OUTREACH_STATUSES.reduce((n, s) => n + groups[s].filter((c) => c.followUpDue).length, 0);
  return (
    <section aria-label="Outreach pipeline" className="min-h-0 flex-1 overflow-auto p-2">
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-300">
        {dueCount} follow-up{dueCount === 1 ? '' : 's'} due (no reply {props.settings.followUpDelayDays} days after an ask).
        {!props.roster.complete && ' Still loading the whole roster…'}
      </p>
      {OUTREACH_STATUSES.map((status) => (
        <details key={status} open={groups[status].length > 0 && status !== 'declined'} className="mb-2 rounded border border-slate-200 dark:border-slate-700">
          <summary className="cursor-pointer px-2 py-1 text-sm font-semibold">
            {OUTREACH_LABELS[status]} <span className="font-normal">({groups[status].length.toLocaleString()})</span>
          </summary>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {groups[status].slice(0, SHOWN_PER_STATUS).map((card) => (
              <li key={card.row.id} className="flex items-center gap-2 px-2 py-1 text-sm">
                <button type="button" className="min-w-0 flex-1 truncate text-left" onClick={() => props.onOpen(card.row.id)}>
                  <span className="font-medium">{card.row.displayName}</span>{' '}
                  <span className="text-xs text-slate-600 dark:text-slate-400">{card.row.handle && `@${card.row.handle}`}</span>
                </button>
                {card.followUpDue && (
                  <span className="rounded bg-amber-100 px-1 text-xs text-amber-950 dark:bg-amber-950 dark:text-amber-100">
                    Follow up (since {formatDate(card.followUpDueAt)})
                  </span>
                )}
                <EnumSelect
                  className={`${inputClass} w-28 text-xs`}
                  aria-label={`Move ${card.row.displayName} to`}
                  value={status}
                  options={OUTREACH_STATUSES}
                  labels={OUTREACH_LABELS}
                  onChange={(outreachStatus) => void editCreator(card.row.id, { outreachStatus })}
                />
              </li>
            ))}
          </ul>
          {groups[status].length > SHOWN_PER_STATUS && (
            <p className="px-2 py-1 text-xs text-slate-600 dark:text-slate-400">
              and {(groups[status].length - SHOWN_PER_STATUS).toLocaleString()} more: filter the roster by outreach status to see them all.
            </p>
          )}
        </details>
      ))}
    </section>
  );
}
