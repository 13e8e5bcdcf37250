/** The roster: search, filters, columns, saved views, bulk actions and the virtualised table. */
import { useMemo, useRef, useState, type RefObject } from 'react';
import { type Settings } from '../../../lib/domain';
import { facets } from '../../../lib/roster/query';
import type { RosterRow } from '../../../lib/roster/rows';
import { startsWithLatest, type RosterViewState } from '../../../lib/roster/views';
import { LiveRosterQuery } from '../../../lib/roster/live-query';
import type { RosterState } from '../use-roster';
import { toggle } from './check-group';
import { FiltersMenu } from './filters-menu';
import { teamFilterOptions } from '../../../lib/roster/team-filters';
import { useTeam } from '../team/use-team';
import { ColumnsMenu } from './columns-menu';
import { SavedViewsMenu } from './saved-views-menu';
import { BulkActions } from './bulk-actions';
import { RosterTable } from './table';
import { EmptyState, inputClass } from '../../ui/controls';

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

const NO_ROWS: RosterRow[] = [];

export function RosterView(props: RosterViewProps) {
  const { roster, settings, now, view } = props;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);

  const query = useRef(new LiveRosterQuery()).current;
  // Both keep their identity until the roster (or the sort) changes: memos below depend on them.
  const all = roster.index.rows();
  const sorted = query.sortedRows(roster.index, view.sort);
  const filtered = useMemo(() => query.filtered(sorted, view.search, view.filters, settings, now), [query, sorted, view.search, view.filters, settings, now]);
  // Until the whole roster is in, only the latest-changed creators are: they are the first rows of the default view alone.
  const waiting = !roster.complete && !startsWithLatest(view);
  const rows = waiting ? NO_ROWS : filtered;
  // Owners and tags in use are only needed when a menu shows them: skip the pass over 100,000 rows otherwise.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const needFacets = filtersOpen || selected.size > 0;
  const facetSource = needFacets ? all : null;
  const facetLists = useMemo(() => (facetSource ? facets(facetSource) : { owners: [], tags: [] }), [facetSource]);
  const owners = useMemo(() => [...new Set([...settings.owners, ...facetLists.owners])].sort(), [settings.owners, facetLists.owners]);
  const team = useTeam();
  const teamOptions = useMemo(() => teamFilterOptions(team), [team]);
  // Creators deleted meanwhile drop out of the selection.
  const selectedIds = [...selected].filter((id) => roster.index.get(id));

  const status = roster.failure
    ? `The roster could not be read: ${roster.failure}`
    : !roster.painted || waiting
      ? 'Loading…'
      : roster.complete
        ? `${rows.length.toLocaleString()} of ${all.length.toLocaleString()} creators`
        : `The latest ${all.length.toLocaleString()} creators; loading the whole roster for search and filters…`;

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
          <FiltersMenu view={view} owners={owners} tags={facetLists.tags} teamOptions={teamOptions} onView={props.onView} onOpenChange={setFiltersOpen} />
          <ColumnsMenu view={view} onView={props.onView} />
          <SavedViewsMenu view={view} savedViews={settings.savedViews} onView={props.onView} />
        </div>
        <BulkActions selectedIds={selectedIds} owners={owners} onCleared={() => setSelected(new Set())} />
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
      ) : roster.painted && !waiting && rows.length === 0 ? (
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
    </section>
  );
}
