/**
 * The roster table: @tanstack/react-table for columns, sorting and visibility;
 * @tanstack/react-virtual so only the rows on screen exist in the DOM. The table
 * model is given only the visible slice, so a 100,000-row roster costs the same
 * to render as a 40-row one.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type SortingState, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type Settings } from '../../../lib/domain';
import type { RosterRow } from '../../../lib/roster/rows';
import { type RosterSort, type SortKey } from '../../../lib/roster/query';
import { ROSTER_COLUMNS, type RosterColumn } from '../../../lib/roster/views';
import { COLUMN_WIDTHS, rosterColumns } from './columns';
import { useTeam } from '../team/use-team';
import { nameResolver } from '../../../lib/team/attribution';
import { useLatest } from '../../ui/use-latest';

const ROW_HEIGHT = 44;

export interface RosterTableProps {
  rows: readonly RosterRow[];
  settings: Settings;
  now: number;
  sort: RosterSort;
  onSort(sort: RosterSort): void;
  hiddenColumns: readonly RosterColumn[];
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onToggleAll(): void;
  active: number;
  onActive(index: number): void;
  onOpen(id: string): void;
  onLog(id: string): void;
}

export function RosterTable(props: RosterTableProps) {
  const { rows, settings, now } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const slice = useMemo(() => items.map((i) => rows[i.index]).filter((r): r is RosterRow => r !== undefined), [items, rows]);

  // Handlers are new functions on every parent render; the cells call the latest ones, so columns rebuild only for what they show.
  const handlers = useLatest({ onToggle: props.onToggle, onToggleAll: props.onToggleAll, onOpen: props.onOpen });
  const team = useTeam();
  const nameOf = useMemo(() => nameResolver(team), [team]);
  const columns = useMemo(
    () => rosterColumns({ rows, selected: props.selected, settings, now, handlers, nameOf }),
    [rows, props.selected, settings, now, handlers, nameOf],
  );

  const columnVisibility: VisibilityState = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c, !props.hiddenColumns.includes(c)]));
  const sorting: SortingState = [{ id: props.sort.key, desc: props.sort.desc }];
  const table = useReactTable({
    data: slice,
    columns,
    getRowId: (r) => r.id,
    state: { columnVisibility, sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first) props.onSort({ key: first.id as SortKey, desc: first.desc });
    },
    getCoreRowModel: getCoreRowModel(),
  });

  // Keep keyboard focus on the active row as it scrolls into view.
  const focusWanted = useRef(false);
  useEffect(() => {
    if (!focusWanted.current) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${props.active}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      focusWanted.current = false;
    }
  });

  function move(to: number): void {
    const index = Math.max(0, Math.min(rows.length - 1, to));
    focusWanted.current = true;
    props.onActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    if (e.target instanceof HTMLInputElement && e.target.type !== 'checkbox') return;
    const row = rows[props.active];
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(props.active + 1),
      ArrowUp: () => move(props.active - 1),
      PageDown: () => move(props.active + page),
      PageUp: () => move(props.active - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => row && props.onOpen(row.id),
      ' ': () => row && props.onToggle(row.id),
      l: () => row && props.onLog(row.id),
    };
    const action = e.ctrlKey || e.metaKey || e.altKey ? undefined : keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  }

  const [first] = items;
  const last = items[items.length - 1];
  const padTop = first ? first.start : 0;
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const visibleCount = table.getVisibleLeafColumns().length;

  return (
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-auto" onKeyDown={onKeyDown}>
      <table className="w-full table-fixed border-collapse text-sm" aria-label="Roster" aria-rowcount={rows.length + 1}>
        <colgroup>
          {table.getVisibleLeafColumns().map((c) => (
            <col key={c.id} className={COLUMN_WIDTHS[c.id] ?? 'w-20'} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 bg-slate-50 dark:bg-slate-900">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className="truncate border-b border-slate-200 px-1 py-1 text-left text-xs font-semibold whitespace-nowrap text-slate-700 dark:border-slate-700 dark:text-slate-200"
                  >
                    {canSort ? (
                      <button
                        type="button"
                        className="truncate hover:underline"
                        onClick={() =>
                          props.onSort({
                            key: header.column.id as SortKey,
                            desc: props.sort.key === header.column.id ? !props.sort.desc : header.column.id !== 'creator' && header.column.id !== 'nextDue',
                          })
                        }
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        {sorted ? (sorted === 'desc' ? ' ↓' : ' ↑') : ''}
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={visibleCount} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {table.getRowModel().rows.map((row, i) => {
            const item = items[i];
            if (!item) return null;
            const isActive = item.index === props.active;
            const isSelected = props.selected.has(row.original.id);
            return (
              <tr
                key={row.id}
                data-testid="roster-row"
                data-handle={row.original.handle}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                tabIndex={isActive ? 0 : -1}
                onFocus={() => item.index !== props.active && props.onActive(item.index)}
                onDoubleClick={() => props.onOpen(row.original.id)}
                style={{ height: ROW_HEIGHT }}
                className={`border-b border-slate-100 focus:outline-2 focus:-outline-offset-2 focus:outline-indigo-600 dark:border-slate-800 ${
                  isSelected ? 'bg-indigo-50 dark:bg-indigo-950' : isActive ? 'bg-slate-50 dark:bg-slate-800' : ''
                }`}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="truncate px-1 py-0.5 align-middle">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={visibleCount} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
