/** The roster's columns: what each cell shows for a row (the table model in table.tsx lays them out). */
import { type ColumnDef } from '@tanstack/react-table';
import { HEALTH_LABELS, PLATFORM_LABELS, SEGMENT_LABELS, STAGE_LABELS, type Settings } from '../../../lib/domain';
import type { RosterRow } from '../../../lib/roster/rows';
import { rowDueState } from '../../../lib/roster/query';
import { COLUMN_LABELS } from '../../../lib/roster/views';
import { formatCount, formatGrowth } from '../../ui/format';
import { HEALTH_TONES, SEGMENT_TONES } from '../../ui/tones';

export interface ColumnContext {
  rows: readonly RosterRow[];
  selected: ReadonlySet<string>;
  settings: Settings;
  now: number;
  /** Read when a cell is used, so they may change identity freely. */
  handlers: { readonly current: { onToggle(id: string): void; onToggleAll(): void; onOpen(id: string): void } };
  /** In a team: member names, for the owner column (solo, every id reads as undefined). */
  nameOf(memberId: string | undefined): string | undefined;
}

/** Short segment names: the panel is narrow. The full name is in the title. */
const SEGMENT_SHORT: Record<string, string> = {
  'strategic-partner': 'Strategic',
  'growth-bet': 'Growth',
  'community-advocate': 'Community',
  'campaign-specialist': 'Campaign',
  unassigned: 'Unassigned',
};

/** Fixed widths for a narrow panel; the creator column takes what is left. */
export const COLUMN_WIDTHS: Record<string, string> = {
  select: 'w-8',
  creator: '',
  segment: 'w-[5.75rem]',
  followers: 'w-16',
  nextDue: 'w-[4.5rem]',
  health: 'w-[4.5rem]',
  fit: 'w-12',
  growth: 'w-16',
};

// Made once: toLocaleDateString with options builds a formatter on every call (about 20 ms per panel load in a CPU profile).
let dateFormats: { sameYear: Intl.DateTimeFormat; otherYear: Intl.DateTimeFormat } | null = null;

function shortDate(ms: number, now: number): string {
  dateFormats ??= {
    sameYear: new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }),
    otherYear: new Intl.DateTimeFormat(undefined, { year: '2-digit', month: 'short', day: 'numeric' }),
  };
  const d = new Date(ms);
  return (d.getFullYear() === new Date(now).getFullYear() ? dateFormats.sameYear : dateFormats.otherYear).format(d);
}

export function rosterColumns(props: ColumnContext): ColumnDef<RosterRow>[] {
  const { rows, settings, now } = props;
  return [
    {
      id: 'select',
      enableSorting: false,
      header: () => (
        <input
          type="checkbox"
          aria-label="Select all creators shown"
          checked={rows.length > 0 && props.selected.size >= rows.length && rows.every((r) => props.selected.has(r.id))}
          onChange={() => props.handlers.current.onToggleAll()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={`Select ${row.original.displayName}`}
          checked={props.selected.has(row.original.id)}
          onChange={() => props.handlers.current.onToggle(row.original.id)}
        />
      ),
    },
    {
      id: 'creator',
      header: COLUMN_LABELS.creator,
      cell: ({ row }) => (
        <button type="button" tabIndex={-1} className="block max-w-full text-left" onClick={() => props.handlers.current.onOpen(row.original.id)}>
          <span className="block truncate font-medium">{row.original.displayName}</span>
          <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{row.original.handle ? `@${row.original.handle}` : 'no account'}</span>
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
    { id: 'owner', header: COLUMN_LABELS.owner, cell: ({ row }) => props.nameOf(row.original.ownerId) ?? row.original.owner ?? '—' },
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
        if (label === 'unknown')
          return (
            <span className={HEALTH_TONES.unknown} title="Not enough data yet">
              —
            </span>
          );
        return (
          <span className={HEALTH_TONES[label]} title={`${HEALTH_LABELS[label]}, ${h?.score ?? 0}/100`}>
            {HEALTH_LABELS[label]}
          </span>
        );
      },
    },
  ];
}
