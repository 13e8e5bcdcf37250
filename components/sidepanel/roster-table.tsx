/**
 * The roster table: @tanstack/react-table for columns, sorting and visibility;
 * @tanstack/react-virtual so only the rows on screen exist in the DOM. The table
 * model is given only the visible slice, so a 100,000-row roster costs the same
 * to render as a 40-row one.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { HEALTH_LABELS, PLATFORM_LABELS, SEGMENT_LABELS, STAGE_LABELS, type Settings } from '../../lib/domain';
import type { RosterRow } from '../../lib/roster/rows';
import { rowDueState, type RosterSort, type SortKey } from '../../lib/roster/query';
import { COLUMN_LABELS, ROSTER_COLUMNS, type RosterColumn } from '../../lib/roster/views';
import { formatCount, formatGrowth } from '../ui/format';
import { HEALTH_TONES, SEGMENT_TONES } from '../ui/tones';

const ROW_HEIGHT = 44;

/** Short segment names: the panel is narrow. The full name is in the title. */
const SEGMENT_SHORT: Record<string, string> = {
  'strategic-partner': 'Strategic',
  'growth-bet': 'Growth',
  'community-advocate': 'Community',
  'campaign-specialist': 'Campaign',
  unassigned: 'Unassigned',
};

/** Fixed widths for a narrow panel; the creator column takes what is left. */
const COLUMN_WIDTHS: Record<string, string> = {
  select: 'w-8',
  creator: '',
  segment: 'w-[5.75rem]',
  followers: 'w-16',
  nextDue: 'w-[4.5rem]',
  health: 'w-[4.5rem]',
  fit: 'w-12',
  growth: 'w-16',
};

function shortDate(ms: number, now: number): string {
  const d = new Date(ms);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return d.toLocaleDateString(undefined, sameYear ? { month: 'short', day: 'numeric' } : { year: '2-digit', month: 'short', day: 'numeric' });
}

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

  const columns = useMemo<ColumnDef<RosterRow>[]>(
    () => [
      {
        id: 'select',
        enableSorting: false,
        header: () => (
          <input
            type="checkbox"
            aria-label="Select all creators shown"
            checked={rows.length > 0 && props.selected.size >= rows.length && rows.every((r) => props.selected.has(r.id))}
            onChange={props.onToggleAll}
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            tabIndex={-1}
            aria-label={`Select ${row.original.displayName}`}
            checked={props.selected.has(row.original.id)}
            onChange={() => props.onToggle(row.original.id)}
          />
        ),
      },
      {
        id: 'creator',
        header: COLUMN_LABELS.creator,
        cell: ({ row }) => (
          <button
            type="button"
            tabIndex={-1}
            className="block max-w-full text-left"
            onClick={() => props.onOpen(row.original.id)}
          >
            <span className="block truncate font-medium">{row.original.displayName}</span>
            <span className="block truncate text-xs text-slate-600 dark:text-slate-400">
              {row.original.handle ? `@${row.original.handle}` : 'no account'}
            </span>
          </button>
        ),
      },
      { id: 'platforms', header: COLUMN_LABELS.platforms, cell: ({ row }) => row.original.platforms.map((p) => PLATFORM_LABELS[p]).join(', ') },
      {
        id: 'segment',
        header: COLUMN_LABELS.segment,
        cell: ({ row }) => (
          <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${SEGMENT_TONES[row.original.segment]}`} title={SEGMENT_LABELS[row.original.segment]}>
            {SEGMENT_SHORT[row.original.segment]}
          </span>
        ),
      },
      { id: 'stage', header: COLUMN_LABELS.stage, cell: ({ row }) => STAGE_LABELS[row.original.stage] },
      { id: 'fit', header: COLUMN_LABELS.fit, cell: ({ row }) => row.original.fitScore ?? '—' },
      {
        id: 'followers',
        header: COLUMN_LABELS.followers,
        cell: ({ row }) => formatCount(row.original.followers),
      },
      { id: 'growth', header: COLUMN_LABELS.growth, cell: ({ row }) => formatGrowth(row.original.growth) },
      { id: 'owner', header: COLUMN_LABELS.owner, cell: ({ row }) => row.original.owner ?? '—' },
      {
        id: 'lastContact',
        header: COLUMN_LABELS.lastContact,
        cell: ({ row }) => (row.original.lastContactAt === undefined ? '—' : shortDate(row.original.lastContactAt, now)),
      },
      {
        id: 'nextDue',
        header: COLUMN_LABELS.nextDue,
        cell: ({ row }) => {
          const state = rowDueState(row.original, settings, now);
          if (row.original.nextDueAt === undefined) return <span className="text-slate-500 dark:text-slate-400">—</span>;
          const tone =
            state === 'overdue'
              ? 'rounded bg-red-100 px-1 font-semibold text-red-900 dark:bg-red-950 dark:text-red-200'
              : state === 'due'
                ? 'rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-950 dark:text-amber-200'
                : '';
          return (
            <span className={tone} data-due={state}>
              {shortDate(row.original.nextDueAt, now)}
              {state === 'overdue' && <span className="sr-only"> (overdue)</span>}
            </span>
          );
        },
      },
      {
        id: 'health',
        header: COLUMN_LABELS.health,
        cell: ({ row }) => {
          const h = row.original.health;
          const label = h?.label ?? 'unknown';
          if (label === 'unknown') return <span className={HEALTH_TONES.unknown} title="Not enough data yet">—</span>;
          return (
            <span className={HEALTH_TONES[label]} title={`${HEALTH_LABELS[label]}, ${h?.score ?? 0}/100`}>
              {HEALTH_LABELS[label]}
            </span>
          );
        },
      },
    ],
    // The cells read selection and settings; rebuild when those change.
    [props.selected, settings, now, rows],
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
