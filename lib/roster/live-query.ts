/**
 * The roster query as the user types: remembers the last sorted order and the
 * last result, so that
 * - a change to a few creators merges them into the order (no full re-sort of 100,000 rows);
 * - a query that extends the previous one ("lu" → "lun") only filters the previous
 *   matches when they are few; otherwise a haystack over the sorted rows is scanned.
 */
import type { Settings } from '../domain';
import { filterRows, resortChanged, searchTerms, sortRows, type RosterFilters, type RosterSort } from './query';
import type { RosterIndex } from './roster-index';
import type { RosterRow } from './rows';
import { SearchHaystack } from './search-haystack';

/** Above this many changed rows a full sort is as cheap as merging. */
const MERGE_LIMIT = 5000;

/** Narrowing checks each previous match on its own; above this many, one scan of the haystack is cheaper. */
const NARROW_LIMIT = 5000;

export class LiveRosterQuery {
  private sorted: RosterRow[] = [];
  private sortedAt = { version: -1, key: '', desc: false, index: null as RosterIndex | null };
  private last: { sorted: RosterRow[]; search: string; filters: RosterFilters; settings: Settings; now: number; rows: RosterRow[] } | null = null;
  /** Recent results for the same base, by query: Backspace goes back to an answer already computed. */
  private recent = new Map<string, RosterRow[]>();
  /** Joined search texts of the current sorted rows, built at the first search after they change. */
  private haystack: SearchHaystack<RosterRow> | null = null;

  sortedRows(index: RosterIndex, sort: RosterSort): RosterRow[] {
    const at = this.sortedAt;
    if (at.index === index && at.version === index.version && at.key === sort.key && at.desc === sort.desc) return this.sorted;
    const changed = at.index === index && at.key === sort.key && at.desc === sort.desc ? index.changedSince(at.version) : null;
    if (changed !== null && changed.length <= MERGE_LIMIT) {
      const rows: RosterRow[] = [];
      const removed = new Set<string>();
      for (const id of changed) {
        const row = index.get(id);
        if (row) rows.push(row);
        else removed.add(id);
      }
      this.sorted = resortChanged(this.sorted, rows, removed, sort);
    } else {
      this.sorted = sortRows(index.rows(), sort);
    }
    this.sortedAt = { version: index.version, key: sort.key, desc: sort.desc, index };
    return this.sorted;
  }

  filtered(sorted: RosterRow[], search: string, filters: RosterFilters, settings: Settings, now: number): RosterRow[] {
    const last = this.last;
    const narrowing =
      last !== null &&
      last.sorted === sorted &&
      last.filters === filters &&
      last.settings === settings &&
      last.now === now &&
      search.toLowerCase().startsWith(last.search.toLowerCase());
    const sameBase = last !== null && last.sorted === sorted && last.filters === filters && last.settings === settings && last.now === now;
    if (!sameBase) this.recent.clear();
    const key = search.toLowerCase();
    const cached = this.recent.get(key);
    // Matches of a longer query are a subset of the shorter one's, in the same order.
    const rows = cached ?? this.compute(sorted, search, filters, settings, now, narrowing ? last.rows : null);
    this.recent.delete(key);
    this.recent.set(key, rows);
    if (this.recent.size > 32) this.recent.delete(this.recent.keys().next().value as string);
    this.last = { sorted, search, filters, settings, now, rows };
    return rows;
  }

  /** Builds the haystack for these rows ahead of the first keystroke (a no-op when it is current). */
  prepareSearch(sorted: RosterRow[]): void {
    if (this.haystack?.rows !== sorted) this.haystack = new SearchHaystack(sorted);
  }

  private compute(sorted: RosterRow[], search: string, filters: RosterFilters, settings: Settings, now: number, previous: RosterRow[] | null): RosterRow[] {
    if (previous && previous.length <= NARROW_LIMIT) return filterRows(previous, search, filters, settings, now);
    if (searchTerms(search).length === 0) return filterRows(sorted, search, filters, settings, now);
    this.prepareSearch(sorted);
    return filterRows(sorted, search, filters, settings, now, this.haystack ?? undefined);
  }
}
