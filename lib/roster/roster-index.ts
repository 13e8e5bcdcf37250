/**
 * The in-memory roster: every creator as a slim row, read in one go from the
 * persisted roster rows, then kept in step with the database's change
 * notifications (only the changed creators are re-read).
 */
import type { Creator } from '../domain';
import { toRosterRow, type RosterRow } from './rows';

export class RosterIndex {
  /** Rows by id; null until first needed after replaceRows (building it for 100,000 rows is on the panel's path to its first paint). */
  private byIdOrNull: Map<string, RosterRow> | null = new Map();
  /** The rows as a list; null after a change until asked for. One of the two is always there. */
  private cached: RosterRow[] | null = null;
  /** What each recent version changed (ids), or null for "everything": lets views update instead of re-sorting. */
  private log: { version: number; ids: string[] | null }[] = [];
  /** Bumped on every change, so views can memoise on it. */
  version = 0;

  private get byId(): Map<string, RosterRow> {
    if (!this.byIdOrNull) {
      this.byIdOrNull = new Map();
      for (const row of this.cached ?? []) this.byIdOrNull.set(row.id, row);
    }
    return this.byIdOrNull;
  }

  get size(): number {
    return this.byIdOrNull ? this.byIdOrNull.size : (this.cached?.length ?? 0);
  }

  rows(): RosterRow[] {
    this.cached ??= [...this.byId.values()];
    return this.cached;
  }

  get(id: string): RosterRow | undefined {
    return this.byId.get(id);
  }

  upsert(creators: readonly Creator[]): void {
    if (creators.length === 0) return;
    for (const c of creators) this.byId.set(c.id, toRosterRow(c));
    this.touch(creators.map((c) => c.id));
  }

  remove(ids: readonly string[]): void {
    const removed = ids.filter((id) => this.byId.delete(id));
    if (removed.length) this.touch(removed);
  }

  /**
   * Ids changed or removed after `version` (up to now), or null when unknown
   * (too long ago, or a wholesale change): then the caller starts over.
   */
  changedSince(version: number): string[] | null {
    if (version === this.version) return [];
    const entries = this.log.filter((e) => e.version > version);
    if (entries.length !== this.version - version || entries.some((e) => e.ids === null)) return null;
    return [...new Set(entries.flatMap((e) => e.ids ?? []))];
  }

  /** Replaces every row at once (the persisted rows, read in one go, one row per id). */
  replaceRows(rows: readonly RosterRow[]): void {
    this.cached = [...rows];
    this.byIdOrNull = null;
    this.touch(null, false);
  }

  clear(): void {
    this.byIdOrNull = new Map();
    this.touch(null);
  }

  private touch(ids: string[] | null, dropCache = true): void {
    if (dropCache) {
      void this.byId; // the map must exist before the list goes
      this.cached = null;
    }
    this.version++;
    this.log.push({ version: this.version, ids });
    if (this.log.length > 50) this.log.shift();
  }
}
