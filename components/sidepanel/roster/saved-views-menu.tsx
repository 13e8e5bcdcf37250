/** Saved roster views: search, filters, sort and columns under a name. */
import { type SavedView } from '../../../lib/domain';
import { useState } from 'react';
import { saveRosterViews } from '../../../lib/use-cases/settings';
import { DEFAULT_VIEW_STATE, readSavedView, toSavedView, type RosterViewState } from '../../../lib/roster/views';
import { ErrorNote, buttonClass, inputClass } from '../../ui/controls';

export function SavedViewsMenu(props: { view: RosterViewState; savedViews: readonly SavedView[]; onView(view: RosterViewState): void }) {
  const [viewName, setViewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function saveView(): Promise<void> {
    const name = viewName.trim();
    if (!name) return;
    const others = props.savedViews.filter((v) => v.name !== name);
    await saveRosterViews([...others, toSavedView(name, props.view)]);
    setViewName('');
  }
  return (
    <>
      <details className="relative">
        <summary className={`${buttonClass} cursor-pointer list-none`}>Views</summary>
        <div className="absolute left-0 z-20 mt-1 w-64 space-y-1 rounded border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-600 dark:bg-slate-800">
          {props.savedViews.length === 0 && <p className="text-xs">No saved views yet. Set up search, filters and columns, then save them here.</p>}
          {props.savedViews.map((v) => (
            <div key={v.id} className="flex items-center gap-1">
              <button
                type="button"
                className={`${buttonClass} min-w-0 flex-1 truncate text-left`}
                onClick={() => {
                  const state = readSavedView(v);
                  if (state) props.onView(state);
                  else setError(`The view "${v.name}" was saved by another version and cannot be read.`);
                }}
              >
                {v.name}
              </button>
              <button
                type="button"
                className={buttonClass}
                aria-label={`Delete view ${v.name}`}
                onClick={() => void saveRosterViews(props.savedViews.filter((x) => x.id !== v.id))}
              >
                ✕
              </button>
            </div>
          ))}
          <form
            className="flex gap-1"
            onSubmit={(e) => {
              e.preventDefault();
              void saveView();
            }}
          >
            <input
              className={`${inputClass} min-w-0 flex-1`}
              aria-label="Name for this view"
              placeholder="Name this view"
              value={viewName}
              onChange={(e) => setViewName(e.target.value)}
            />
            <button type="submit" className={buttonClass} disabled={!viewName.trim()}>
              Save
            </button>
          </form>
          <button type="button" className={buttonClass} onClick={() => props.onView(DEFAULT_VIEW_STATE)}>
            Reset to default view
          </button>
        </div>
      </details>
      {error && <ErrorNote>{error}</ErrorNote>}
    </>
  );
}
