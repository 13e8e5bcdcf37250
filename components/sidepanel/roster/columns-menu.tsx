/** Which columns the roster shows. */
import { COLUMN_LABELS, ROSTER_COLUMNS, type RosterViewState } from '../../../lib/roster/views';
import { buttonClass } from '../../ui/controls';

import { toggle } from './check-group';

export function ColumnsMenu(props: { view: RosterViewState; onView(view: RosterViewState): void }) {
  return (
    <details className="relative">
      <summary className={`${buttonClass} cursor-pointer list-none`}>Columns</summary>
      <div className="absolute left-0 z-20 mt-1 w-48 rounded border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-600 dark:bg-slate-800">
        {ROSTER_COLUMNS.filter((c) => c !== 'creator').map((c) => (
          <label key={c} className="flex items-center gap-1 text-xs">
            <input
              type="checkbox"
              checked={!props.view.hiddenColumns.includes(c)}
              onChange={() => props.onView({ ...props.view, hiddenColumns: toggle(props.view.hiddenColumns, c) })}
            />
            {COLUMN_LABELS[c]}
          </label>
        ))}
      </div>
    </details>
  );
}
