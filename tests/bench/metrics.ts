/**
 * The benchmark's metrics: fixed names (other tools read them), units and budgets
 * from issues 6 and 15. A metric is either measured (a value from several runs) or
 * "not measurable yet", with the reason. A floor (what the platform itself costs,
 * measured in the same run) and an absolute figure kept for comparison have no
 * budget (null): the ratio next to them carries it.
 */
interface MetricSpec {
  unit: 'bytes' | 'ms' | 'ratio' | 'MB';
  budget: number | null;
  what: string;
}

export const METRICS = {
  content_script_gzip_bytes: { unit: 'bytes', budget: 10_000, what: 'gzipped JS injected into one site (largest site)' },
  nonprofile_added_script_ms: { unit: 'ms', budget: 2, what: 'added ScriptDuration, non-profile page load (median)' },
  profile_added_script_ms: { unit: 'ms', budget: 5, what: 'added ScriptDuration, profile page with overlay (median)' },
  // Issue 15: Rapport's own main-thread work from a trace, and the floor of an empty frame in a closed shadow root.
  nonprofile_own_script_ms: { unit: 'ms', budget: 1, what: "Rapport's content script on the main thread, non-profile page (trace, median)" },
  profile_own_script_ms: { unit: 'ms', budget: 3, what: "Rapport's content script on the main thread, profile page, frame creation excluded (trace, median)" },
  profile_frame_floor_ms: { unit: 'ms', budget: null, what: 'added ScriptDuration of a minimal script inserting one empty extension frame (median)' },
  profile_added_vs_floor_ratio: { unit: 'ratio', budget: 1.5, what: 'profile_added_script_ms / profile_frame_floor_ms (same run)' },
  overlay_ready_ms: { unit: 'ms', budget: 250, what: 'DOMContentLoaded to overlay showing roster data (median)' },
  lookup_100k_ms: { unit: 'ms', budget: 5, what: 'findCreatorByAccount at 100k creators (p95)' },
  roster_first_rows_100k_ms: { unit: 'ms', budget: 400, what: 'side panel open to first rows painted (median)' },
  roster_all_filterable_100k_ms: { unit: 'ms', budget: 1_000, what: 'side panel open to search and filters covering everyone (median)' },
  roster_search_100k_ms: { unit: 'ms', budget: 60, what: 'search keystroke to updated rows (p95)' },
  import_100k_ratio: { unit: 'ratio', budget: 1.5, what: '100k-row CSV import / bare IndexedDB write (median of pairs)' },
  backup_restore_100k_ms: { unit: 'ms', budget: null, what: 'JSON export + restore through the panel, 100k creators + interactions' },
  restore_write_floor_ms: { unit: 'ms', budget: null, what: "bare IndexedDB write of the restore's records, raw puts (median)" },
  backup_restore_100k_ratio: { unit: 'ratio', budget: 1.15, what: "restore's write (replaceAllData) into empty stores / restore_write_floor_ms" },
  backup_restore_over_existing_100k_ratio: { unit: 'ratio', budget: 1.3, what: 'restore over the same roster already stored / restore_write_floor_ms' },
  reminder_scan_100k_ms: { unit: 'ms', budget: 50, what: 'one cadence scan, 100k creators, 1k due (median)' },
  overlay_frame_heap_mb: { unit: 'MB', budget: 12, what: 'JS heap used by the overlay frame after GC (median)' },
  // Issue 13: "appears within seconds"; a first sync of a large team "shows progress" (budget: a minute).
  team_sync_propagation_ms: { unit: 'ms', budget: 3_000, what: 'a touch logged in one browser until it is in another (live, p95)' },
  team_initial_sync_100k_ms: { unit: 'ms', budget: 60_000, what: "new member's first sync: 100k creators + 180 days of touches" },
} as const satisfies Record<string, MetricSpec>;

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

export interface Measured {
  value: number;
  runs: number;
  /** Every sample, for the details section of results.json. */
  samples: number[];
  /** Context worth printing (e.g. both sides of an A/B). */
  note?: string;
}

export interface NotMeasurable {
  notMeasurable: string;
}

export type Outcome = Measured | NotMeasurable;

export function isMeasured(outcome: Outcome): outcome is Measured {
  return 'value' in outcome;
}

/** Thrown by a measurement when a feature it needs is not in the build yet. */
export class NotMeasurableError extends Error {
  override name = 'NotMeasurableError';
}

/** True or false against the budget; null for a metric with none (a floor, an absolute figure). */
export function withinBudget(name: MetricName, value: number): boolean | null {
  const { budget }: MetricSpec = METRICS[name];
  return budget === null ? null : value <= budget;
}
