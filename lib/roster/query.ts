/**
 * Roster queries over the in-memory rows: global search, filters and sorting.
 * Sorting is done once per sort change; search and filters then keep that
 * order, so a keystroke costs one pass over the rows.
 */
import * as z from 'zod/mini';
import { LIFECYCLE_STAGES, OUTREACH_STATUSES, SEGMENTS, dueState, isFollowUpDue, type DueState, type Settings } from '../domain';
import { PLATFORM_IDS } from '../platforms/types';
import type { RosterRow } from './rows';
import type { SearchHaystack } from './search-haystack';
import { teamPredicate } from './team-filters';

export const DUE_FILTERS = ['overdue', 'due', 'not-due', 'none', 'follow-up'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export const DUE_FILTER_LABELS: Record<DueFilter, string> = {
  overdue: 'Overdue',
  due: 'Due now',
  'not-due': 'Not due yet',
  none: 'No cadence',
  'follow-up': 'Follow-up due',
};

/** Owner filter value for "nobody owns them yet". */
export const NO_OWNER = '(none)';

export const RosterFiltersSchema = z.object({
  segments: z._default(z.array(z.enum(SEGMENTS)), []),
  stages: z._default(z.array(z.enum(LIFECYCLE_STAGES)), []),
  platforms: z._default(z.array(z.enum(PLATFORM_IDS)), []),
  owners: z._default(z.array(z.string()), []),
  tags: z._default(z.array(z.string()), []),
  due: z._default(z.array(z.enum(DUE_FILTERS)), []),
  outreach: z._default(z.array(z.enum(OUTREACH_STATUSES)), []),
  /** In a team (see team-filters.ts). */
  team: z._default(z.array(z.string().check(z.maxLength(200))), []),
});
export type RosterFilters = z.infer<typeof RosterFiltersSchema>;

export const EMPTY_FILTERS: RosterFilters = {
  segments: [],
  stages: [],
  platforms: [],
  owners: [],
  tags: [],
  due: [],
  outreach: [],
  team: [],
};

export const SORT_KEYS = [
  'creator',
  'platforms',
  'segment',
  'stage',
  'fit',
  'followers',
  'growth',
  'owner',
  'lastContact',
  'nextDue',
  'health',
  'updated',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const RosterSortSchema = z.object({ key: z.enum(SORT_KEYS), desc: z.boolean() });
export type RosterSort = z.infer<typeof RosterSortSchema>;

/** Newest activity first: the same order as the first page read from the by-updated index. */
export const DEFAULT_SORT: RosterSort = { key: 'updated', desc: true };

export function activeFilterCount(filters: RosterFilters): number {
  return Object.values(filters).reduce((n, values) => n + (values.length > 0 ? 1 : 0), 0);
}

/** Lower-cased search words; a leading @ is dropped so "@pluto" finds the handle "pluto". */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^@/, ''))
    .filter(Boolean);
}

export function matchesSearch(row: Pick<RosterRow, 'searchText'>, terms: readonly string[]): boolean {
  for (const term of terms) if (!row.searchText.includes(term)) return false;
  return true;
}

export function rowDueState(row: RosterRow, settings: Settings, now: number): DueState {
  return dueState(row, settings, now);
}

function matchesDue(row: RosterRow, wanted: readonly DueFilter[], settings: Settings, now: number): boolean {
  const state = rowDueState(row, settings, now);
  for (const w of wanted) {
    if (w === 'follow-up') {
      if (isFollowUpDue(row, now)) return true;
    } else if (w === 'due') {
      // "Due now" includes overdue: both need a touch.
      if (state === 'due' || state === 'overdue') return true;
    } else if (w === state) return true;
  }
  return false;
}

/**
 * The filters (not the search) as a row predicate, built once per query so the
 * per-row cost is only the checks that apply; null when no filter is active.
 */
export function filtersPredicate(filters: RosterFilters, settings: Settings, now: number): ((row: RosterRow) => boolean) | null {
  if (activeFilterCount(filters) === 0) return null;
  const segments = new Set(filters.segments);
  const stages = new Set(filters.stages);
  const outreach = new Set(filters.outreach);
  const owners = new Set(filters.owners);
  const tags = filters.tags.map((t) => t.toLowerCase());
  const team = teamPredicate(filters.team, now);
  return (row) => {
    if (segments.size && !segments.has(row.segment)) return false;
    if (stages.size && !stages.has(row.stage)) return false;
    if (outreach.size && !outreach.has(row.outreachStatus)) return false;
    if (filters.platforms.length && !filters.platforms.some((p) => row.platforms.includes(p))) return false;
    if (owners.size && !owners.has(row.owner ?? NO_OWNER)) return false;
    if (tags.length && !tags.every((t) => row.tags.some((rt) => rt.toLowerCase() === t))) return false;
    if (filters.due.length && !matchesDue(row, filters.due, settings, now)) return false;
    if (team && !team(row)) return false;
    return true;
  };
}

/** Search and filters together as one row predicate. */
export function rowPredicate(search: string, filters: RosterFilters, settings: Settings, now: number): (row: RosterRow) => boolean {
  const terms = searchTerms(search);
  const keep = filtersPredicate(filters, settings, now);
  return (row) => (keep === null || keep(row)) && (terms.length === 0 || matchesSearch(row, terms));
}

type SortValue = string | number | undefined;

const SEGMENT_ORDER = Object.fromEntries(SEGMENTS.map((s, i) => [s, i])) as Record<string, number>;
const STAGE_ORDER = Object.fromEntries(LIFECYCLE_STAGES.map((s, i) => [s, i])) as Record<string, number>;

function sortValue(row: RosterRow, key: SortKey): SortValue {
  switch (key) {
    case 'creator':
      return row.displayName.toLowerCase();
    case 'platforms':
      return row.platforms.join(',');
    case 'segment':
      return SEGMENT_ORDER[row.segment];
    case 'stage':
      return STAGE_ORDER[row.stage];
    case 'fit':
      return row.fitScore ?? undefined;
    case 'followers':
      return row.followers;
    case 'growth':
      return row.growth;
    case 'owner':
      return row.owner?.toLowerCase();
    case 'lastContact':
      return row.lastContactAt;
    case 'nextDue':
      return row.nextDueAt;
    case 'health':
      return row.health && row.health.label !== 'unknown' ? row.health.score : undefined;
    case 'updated':
      return row.updatedAt;
  }
}

function compareValues(a: SortValue, b: SortValue, aId: string, bId: string, dir: number): number {
  if (a === undefined || b === undefined) {
    if (a === b) return aId < bId ? -1 : aId > bId ? 1 : 0;
    return a === undefined ? 1 : -1;
  }
  if (a < b) return -dir;
  if (a > b) return dir;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/** The roster order between two rows (the same order sortRows produces). */
export function compareRows(a: RosterRow, b: RosterRow, sort: RosterSort): number {
  return compareValues(sortValue(a, sort.key), sortValue(b, sort.key), a.id, b.id, sort.desc ? -1 : 1);
}

/**
 * Re-sorts after a few rows changed: drops the changed and removed rows, sorts
 * the changed ones, and merges, in O(n + k log k) instead of a full sort.
 */
export function resortChanged(sorted: readonly RosterRow[], changed: readonly RosterRow[], removedIds: ReadonlySet<string>, sort: RosterSort): RosterRow[] {
  const changedIds = new Set(changed.map((r) => r.id));
  const kept = sorted.filter((r) => !changedIds.has(r.id) && !removedIds.has(r.id));
  const added = [...changed].sort((a, b) => compareRows(a, b, sort));
  const out: RosterRow[] = new Array(kept.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < kept.length && j < added.length) {
    out[k++] = compareRows(kept[i] as RosterRow, added[j] as RosterRow, sort) <= 0 ? (kept[i++] as RosterRow) : (added[j++] as RosterRow);
  }
  while (i < kept.length) out[k++] = kept[i++] as RosterRow;
  while (j < added.length) out[k++] = added[j++] as RosterRow;
  return out;
}

/**
 * Sorts a copy of the rows. Rows without a value always go last, whichever the
 * direction, so "fit, highest first" does not start with a screen of unscored
 * creators. Ties are broken by id, so the order is stable across reloads.
 */
export function sortRows(rows: readonly RosterRow[], sort: RosterSort): RosterRow[] {
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.key) }));
  const dir = sort.desc ? -1 : 1;
  keyed.sort((a, b) => compareValues(a.value, b.value, a.row.id, b.row.id, dir));
  return keyed.map((k) => k.row);
}

/**
 * Search and filters over rows that are already sorted; keeps their order.
 * Given a haystack over exactly these rows, the search scans it instead of each row.
 */
export function filterRows(
  sorted: readonly RosterRow[],
  search: string,
  filters: RosterFilters,
  settings: Settings,
  now: number,
  haystack?: SearchHaystack<RosterRow>,
): RosterRow[] {
  const terms = searchTerms(search);
  const keep = filtersPredicate(filters, settings, now);
  if (terms.length === 0) return keep === null ? (sorted as RosterRow[]) : sorted.filter(keep);
  if (haystack && haystack.rows === sorted) return haystack.matching(terms, keep ?? undefined);
  return sorted.filter((row) => matchesSearch(row, terms) && (keep === null || keep(row)));
}

/** Owners and tags in use, for the filter menus. */
export function facets(rows: readonly RosterRow[]): { owners: string[]; tags: string[] } {
  const owners = new Set<string>();
  const tags = new Set<string>();
  for (const row of rows) {
    if (row.owner) owners.add(row.owner);
    for (const t of row.tags) tags.add(t);
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  return { owners: [...owners].sort(byText), tags: [...tags].sort(byText) };
}
