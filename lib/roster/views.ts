/**
 * Saved views: a named roster state (search, filters, sort, hidden columns).
 * Stored in settings as opaque data, so it is parsed here before it is applied;
 * a view saved by an older version with unknown values falls back to defaults.
 */
import * as z from 'zod/mini';
import { newId, type SavedView } from '../domain';
import {
  DEFAULT_SORT,
  EMPTY_FILTERS,
  RosterFiltersSchema,
  RosterSortSchema,
  activeFilterCount,
  searchTerms,
  type RosterFilters,
  type RosterSort,
} from './query';

export const ROSTER_COLUMNS = ['creator', 'platforms', 'segment', 'stage', 'fit', 'followers', 'growth', 'owner', 'lastContact', 'nextDue', 'health'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

export const COLUMN_LABELS: Record<RosterColumn, string> = {
  creator: 'Creator',
  platforms: 'Platforms',
  segment: 'Segment',
  stage: 'Stage',
  fit: 'Fit',
  followers: 'Followers',
  growth: 'Growth',
  owner: 'Owner',
  lastContact: 'Last contact',
  nextDue: 'Next due',
  health: 'Health',
};

/** A narrow panel cannot show everything: these start hidden and can be turned on. */
export const DEFAULT_HIDDEN_COLUMNS: RosterColumn[] = ['platforms', 'stage', 'fit', 'growth', 'owner', 'lastContact'];

export const RosterViewStateSchema = z.object({
  search: z._default(z.string().check(z.maxLength(500)), ''),
  filters: z._default(RosterFiltersSchema, EMPTY_FILTERS),
  sort: z._default(RosterSortSchema, DEFAULT_SORT),
  hiddenColumns: z._default(z.array(z.enum(ROSTER_COLUMNS)), DEFAULT_HIDDEN_COLUMNS),
});
export type RosterViewState = z.infer<typeof RosterViewStateSchema>;

export const DEFAULT_VIEW_STATE: RosterViewState = {
  search: '',
  filters: EMPTY_FILTERS,
  sort: DEFAULT_SORT,
  hiddenColumns: DEFAULT_HIDDEN_COLUMNS,
};

export function toSavedView(name: string, state: RosterViewState, id = newId()): SavedView {
  return { id, name: name.trim().slice(0, 100), state: { ...state } };
}

/** The state of a saved view, or null when it cannot be read (then the caller says so). */
export function readSavedView(view: SavedView): RosterViewState | null {
  const parsed = RosterViewStateSchema.safeParse(view.state);
  return parsed.success ? parsed.data : null;
}

export function withFilters(state: RosterViewState, filters: Partial<RosterFilters>): RosterViewState {
  return { ...state, filters: { ...state.filters, ...filters } };
}

export function withSort(state: RosterViewState, sort: RosterSort): RosterViewState {
  return { ...state, sort };
}

/**
 * Whether the view's first rows are the creators changed last (default order, no
 * search, no filter). Only such a view can show rows before the whole roster is
 * in memory, since the latest-changed creators are read first.
 */
export function startsWithLatest(state: RosterViewState): boolean {
  return (
    state.sort.key === DEFAULT_SORT.key &&
    state.sort.desc === DEFAULT_SORT.desc &&
    searchTerms(state.search).length === 0 &&
    activeFilterCount(state.filters) === 0
  );
}
