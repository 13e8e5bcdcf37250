/** The roster: search, filters, columns, saved views, bulk actions and the virtualised table. */
import { useMemo, useRef, useState, type RefObject } from 'react';
import {
  LIFECYCLE_STAGES,
  OUTREACH_LABELS,
  OUTREACH_STATUSES,
  SEGMENTS,
  SEGMENT_LABELS,
  STAGE_LABELS,
  PLATFORM_LABELS,
  type Settings,
} from '../../lib/domain';
import { PLATFORM_IDS } from '../../lib/platforms/types';
import { getCreatorsByIds, type DeletedCreators } from '../../lib/db';
import { bulkEditCreators, removeCreators, undoRemoveCreators } from '../../lib/use-cases/creators';
import { saveRosterViews } from '../../lib/use-cases/settings';
import {
  DUE_FILTERS,
  DUE_FILTER_LABELS,
  NO_OWNER,
  activeFilterCount,
  facets,
  type RosterFilters,
} from '../../lib/roster/query';
import {
  COLUMN_LABELS,
  DEFAULT_VIEW_STATE,
  ROSTER_COLUMNS,
  readSavedView,
  toSavedView,
  type RosterViewState,
} from '../../lib/roster/views';
import { creatorsToCsv } from '../../lib/import-export/csv-export';
import { LiveRosterQuery } from '../../lib/roster/live-query';
import type { RosterState } from './use-roster';
import { RosterTable } from './roster-table';
import {
  Dialog,
  EmptyState,
  ErrorNote,
  PickOnce,
  ProgressBar,
  buttonClass,
  dangerButtonClass,
  downloadBlob,
  errorMessage,
  inputClass,
} from '../ui/controls';

export interface RosterViewProps {
  roster: RosterState;
  settings: Settings;
  now: number;
  view: RosterViewState;
  onView(view: RosterViewState): void;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpen(id: string): void;
  onLog(id: string): void;
  onGoToData(): void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function CheckGroup<T extends string>(props: { legend: string; options: readonly T[]; labels: (v: T) => string; value: readonly T[]; onChange(v: T[]): void }) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-xs font-semibold">{props.legend}</legend>
      <div className="max-h-32 overflow-auto">
        {props.options.map((o) => (
          <label key={o} className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={props.value.includes(o)} onChange={() => props.onChange(toggle(props.value, o))} />
            {props.labels(o)}
          </label>
        ))}
        {props.options.length === 0 && <p className="text-xs text-slate-600 dark:text-slate-400">None yet</p>}
      </div>
    </fieldset>
  );
}

export function RosterView(props: RosterViewProps) {
  const { roster, settings, now, view } = props;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState<{ label: string; done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ removed: DeletedCreators; count: number } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [tagText, setTagText] = useState('');
  const [viewName, setViewName] = useState('');

  const query = useRef(new LiveRosterQuery()).current;
  const all = useMemo(() => roster.index.rows(), [roster.version]);
  const sorted = useMemo(() => query.sortedRows(roster.index, view.sort), [roster.version, view.sort.key, view.sort.desc]);
  const rows = useMemo(() => query.filtered(sorted, view.search, view.filters, settings, now), [sorted, view.search, view.filters, settings, now]);
  // Owners and tags in use are only needed when a menu shows them: skip the pass over 100,000 rows otherwise.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const needFacets = filtersOpen || selected.size > 0;
  const facetLists = useMemo(() => (needFacets ? facets(all) : { owners: [], tags: [] }), [needFacets ? all : null, needFacets]);
  const owners = useMemo(() => [...new Set([...settings.owners, ...facetLists.owners])].sort(), [settings.owners, facetLists.owners]);
  const selectedIds = useMemo(() => [...selected].filter((id) => roster.index.get(id)), [selected, roster.version]);

  const setFilters = (f: Partial<RosterFilters>) => props.onView({ ...view, filters: { ...view.filters, ...f } });

  async function bulk(label: string, patchOf: Parameters<typeof bulkEditCreators>[1]): Promise<void> {
    setError(null);
    const ids = selectedIds;
    setBusy({ label, done: 0, total: ids.length });
    try {
      await bulkEditCreators(ids, patchOf, { onProgress: (done, total) => setBusy({ label, done, total }) });
    } catch (e) {
      setError(`${label} failed, nothing was changed: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  }

  async function exportSelection(): Promise<void> {
    const { records } = await getCreatorsByIds(selectedIds);
    downloadBlob(new Blob([creatorsToCsv(records)], { type: 'text/csv;charset=utf-8' }), `rapport-selection-${records.length}.csv`);
  }

  async function doDelete(): Promise<void> {
    setConfirmDelete(false);
    setBusy({ label: 'Deleting', done: 0, total: selectedIds.length });
    try {
      const removed = await removeCreators(selectedIds);
      setUndo({ removed, count: removed.creators.length });
      setSelected(new Set());
    } catch (e) {
      setError(`Delete failed, nothing was deleted: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  }

  async function saveView(): Promise<void> {
    const name = viewName.trim();
    if (!name) return;
    const others = settings.savedViews.filter((v) => v.name !== name);
    await saveRosterViews([...others, toSavedView(name, view)]);
    setViewName('');
  }

  const filterCount = activeFilterCount(view.filters);
  const status = !roster.painted
    ? 'Loading…'
    : roster.complete
      ? `${rows.length.toLocaleString()} of ${all.length.toLocaleString()} creators`
      : `Showing the latest ${all.length}; loading everyone for search (${roster.progress.loaded.toLocaleString()} / ${roster.progress.total.toLocaleString()})`;

  return (
    <section aria-label="Roster" className="flex min-h-0 flex-1 flex-col">
      <div className="space-y-1 p-2">
        <div className="flex gap-1">
          <input
            ref={props.searchRef}
            data-testid="roster-search"
            type="search"
            aria-label="Search creators by name, handle, tag or notes (press / to focus)"
            placeholder="Search names, handles, tags, notes  ( / )"
            className={`${inputClass} min-w-0 flex-1`}
            value={view.search}
            // Joining 100,000 search texts takes a moment: do it when the box is entered, not on the first keystroke.
            onFocus={() => query.prepareSearch(sorted)}
            onChange={(e) => {
              props.onView({ ...view, search: e.target.value });
              setActive(0);
            }}
            onKeyDown={(e) => {
              // Down from the search box goes to the results, so search → pick → open never needs the mouse.
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                document.querySelector<HTMLElement>('[data-testid="roster-row"][tabindex="0"]')?.focus();
              }
            }}
          />
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-300" role="status" data-testid="roster-status" data-complete={roster.complete}>
          {status}
          {roster.corrupt > 0 && ` · ${roster.corrupt} unreadable record${roster.corrupt === 1 ? '' : 's'} skipped`}
        </p>
        <div className="flex flex-wrap items-start gap-1">
          <details className="relative" onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
            <summary className={`${buttonClass} cursor-pointer list-none`}>Filters{filterCount ? ` (${filterCount})` : ''}</summary>
            <div className="absolute left-0 z-20 mt-1 grid w-[min(26rem,calc(100vw-1rem))] grid-cols-2 gap-2 rounded border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-600 dark:bg-slate-800">
              <CheckGroup legend="Segment" options={SEGMENTS} labels={(s) => SEGMENT_LABELS[s]} value={view.filters.segments} onChange={(segments) => setFilters({ segments })} />
              <CheckGroup legend="Stage" options={LIFECYCLE_STAGES} labels={(s) => STAGE_LABELS[s]} value={view.filters.stages} onChange={(stages) => setFilters({ stages })} />
              <CheckGroup legend="Due" options={DUE_FILTERS} labels={(d) => DUE_FILTER_LABELS[d]} value={view.filters.due} onChange={(due) => setFilters({ due })} />
              <CheckGroup legend="Platform" options={PLATFORM_IDS} labels={(p) => PLATFORM_LABELS[p]} value={view.filters.platforms} onChange={(platforms) => setFilters({ platforms })} />
              <CheckGroup legend="Owner" options={[NO_OWNER, ...owners]} labels={(o) => o} value={view.filters.owners} onChange={(o) => setFilters({ owners: o })} />
              <CheckGroup legend="Tag" options={facetLists.tags.slice(0, 200)} labels={(t) => t} value={view.filters.tags} onChange={(tags) => setFilters({ tags })} />
              <CheckGroup legend="Outreach" options={OUTREACH_STATUSES} labels={(s) => OUTREACH_LABELS[s]} value={view.filters.outreach} onChange={(outreach) => setFilters({ outreach })} />
              <div>
                <button type="button" className={buttonClass} onClick={() => props.onView({ ...view, filters: DEFAULT_VIEW_STATE.filters })}>
                  Clear filters
                </button>
              </div>
            </div>
          </details>
          <details className="relative">
            <summary className={`${buttonClass} cursor-pointer list-none`}>Columns</summary>
            <div className="absolute left-0 z-20 mt-1 w-48 rounded border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-600 dark:bg-slate-800">
              {ROSTER_COLUMNS.filter((c) => c !== 'creator').map((c) => (
                <label key={c} className="flex items-center gap-1 text-xs">
                  <input
                    type="checkbox"
                    checked={!view.hiddenColumns.includes(c)}
                    onChange={() => props.onView({ ...view, hiddenColumns: toggle(view.hiddenColumns, c) })}
                  />
                  {COLUMN_LABELS[c]}
                </label>
              ))}
            </div>
          </details>
          <details className="relative">
            <summary className={`${buttonClass} cursor-pointer list-none`}>Views</summary>
            <div className="absolute left-0 z-20 mt-1 w-64 space-y-1 rounded border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-600 dark:bg-slate-800">
              {settings.savedViews.length === 0 && <p className="text-xs">No saved views yet. Set up search, filters and columns, then save them here.</p>}
              {settings.savedViews.map((v) => (
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
                    onClick={() => void saveRosterViews(settings.savedViews.filter((x) => x.id !== v.id))}
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
                <input className={`${inputClass} min-w-0 flex-1`} aria-label="Name for this view" placeholder="Name this view" value={viewName} onChange={(e) => setViewName(e.target.value)} />
                <button type="submit" className={buttonClass} disabled={!viewName.trim()}>
                  Save
                </button>
              </form>
              <button type="button" className={buttonClass} onClick={() => props.onView(DEFAULT_VIEW_STATE)}>
                Reset to default view
              </button>
            </div>
          </details>
        </div>
        {selectedIds.length > 0 && (
          <div className="flex flex-wrap items-center gap-1 rounded bg-indigo-50 p-1 text-xs dark:bg-indigo-950" role="group" aria-label="Bulk actions">
            <span className="font-semibold">{selectedIds.length.toLocaleString()} selected</span>
            <PickOnce
              label="Set segment of selected"
              placeholder="Segment…"
              options={SEGMENTS}
              labels={SEGMENT_LABELS}
              onPick={(segment) => void bulk('Setting segment', () => ({ segment }))}
            />
            <PickOnce
              label="Set stage of selected"
              placeholder="Stage…"
              options={LIFECYCLE_STAGES}
              labels={STAGE_LABELS}
              onPick={(stage) => void bulk('Setting stage', () => ({ stage }))}
            />
            <select
              className={inputClass}
              aria-label="Set owner of selected"
              value=""
              onChange={(e) => {
                const owner = e.target.value;
                if (owner === NO_OWNER) void bulk('Clearing owner', () => ({ owner: undefined }));
                else if (owner) void bulk('Setting owner', () => ({ owner }));
              }}
            >
              <option value="">Owner…</option>
              <option value={NO_OWNER}>Nobody</option>
              {owners.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
            <input className={`${inputClass} w-20`} aria-label="Tag to add or remove" placeholder="tag" value={tagText} onChange={(e) => setTagText(e.target.value)} />
            <button
              type="button"
              className={buttonClass}
              disabled={!tagText.trim()}
              onClick={() => {
                const tag = tagText.trim();
                void bulk('Adding tag', (c) => (c.tags.includes(tag) ? null : { tags: [...c.tags, tag] }));
              }}
            >
              + Tag
            </button>
            <button
              type="button"
              className={buttonClass}
              disabled={!tagText.trim()}
              onClick={() => {
                const tag = tagText.trim();
                void bulk('Removing tag', (c) => (c.tags.includes(tag) ? { tags: c.tags.filter((t) => t !== tag) } : null));
              }}
            >
              − Tag
            </button>
            <button type="button" className={buttonClass} data-testid="export-selection" onClick={() => void exportSelection()}>
              Export CSV
            </button>
            <button type="button" className={buttonClass} onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
            <button type="button" className={buttonClass} onClick={() => setSelected(new Set())}>
              Clear selection
            </button>
          </div>
        )}
        {busy && <ProgressBar label={busy.label} done={busy.done} total={busy.total} />}
        {error && <ErrorNote>{error}</ErrorNote>}
        {undo && (
          <div role="status" className="flex items-center gap-2 rounded bg-slate-800 p-2 text-xs text-white">
            <span>
              Deleted {undo.count} creator{undo.count === 1 ? '' : 's'}.
            </span>
            <button
              type="button"
              className="rounded bg-white px-2 py-0.5 font-semibold text-slate-900"
              onClick={() => {
                const removed = undo.removed;
                setUndo(null);
                void undoRemoveCreators(removed).catch((e: unknown) => setError(`Undo failed: ${errorMessage(e)}`));
              }}
            >
              Undo
            </button>
            <button type="button" className="ml-auto underline" onClick={() => setUndo(null)}>
              Dismiss
            </button>
          </div>
        )}
      </div>
      {roster.painted && all.length === 0 ? (
        <EmptyState title="Your roster is empty">
          <p>Open a creator&apos;s profile on Instagram, TikTok, YouTube, X or another supported site and click “Save to roster” on the Rapport card.</p>
          <p className="mt-1">
            Have a spreadsheet already?{' '}
            <button type="button" className="font-semibold underline" onClick={props.onGoToData}>
              Import a CSV
            </button>
            .
          </p>
        </EmptyState>
      ) : roster.painted && rows.length === 0 ? (
        <EmptyState title="No creator matches">
          <p>Try fewer words or clear the filters.</p>
        </EmptyState>
      ) : (
        <RosterTable
          rows={rows}
          settings={settings}
          now={now}
          sort={view.sort}
          onSort={(sort) => props.onView({ ...view, sort })}
          hiddenColumns={view.hiddenColumns}
          selected={selected}
          onToggle={(id) => setSelected((s) => new Set(toggle([...s], id)))}
          onToggleAll={() => setSelected((s) => (rows.every((r) => s.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id))))}
          active={Math.min(active, Math.max(0, rows.length - 1))}
          onActive={setActive}
          onOpen={props.onOpen}
          onLog={props.onLog}
        />
      )}
      <Dialog title="Delete creators?" open={confirmDelete} onClose={() => setConfirmDelete(false)}>
        <p className="text-sm">
          Delete {selectedIds.length.toLocaleString()} creator{selectedIds.length === 1 ? '' : 's'} with all their accounts, touches, collaborations and reminders? You can undo
          right after.
        </p>
        <div className="mt-3 flex justify-end gap-2">
          <button type="button" className={buttonClass} onClick={() => setConfirmDelete(false)}>
            Cancel
          </button>
          <button type="button" className={dangerButtonClass} onClick={() => void doDelete()} data-testid="confirm-delete">
            Delete
          </button>
        </div>
      </Dialog>
    </section>
  );
}
