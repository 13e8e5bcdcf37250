/**
 * Keeps stored relationship health fresh for the creators whose health drifts
 * while nobody edits them: those due or overdue for contact (their "losing touch"
 * signals grow by the day). Writes refresh health themselves (lib/db), and the side
 * panel sweeps what it shows; this covers the roster nobody has opened lately.
 * Runs after each cadence scan, reads due creators through the due-time index,
 * and recomputes at most a bounded number, most overdue first, in small batches.
 */
import { listCreatorsDueBy, recomputeHealth } from '../db';
import { healthIsStale } from '../domain';

/** Due creators read per run (most overdue first). */
const DUE_READ_LIMIT = 2_000;
/** Recomputed per run at most: each reads the creator's touches and collaborations. */
export const HEALTH_REFRESH_LIMIT = 300;
const BATCH = 50;

export async function refreshHealthOfDueCreators(now: number, limit = HEALTH_REFRESH_LIMIT): Promise<number> {
  const due = await listCreatorsDueBy(now, DUE_READ_LIMIT);
  const stale = due.records.filter((c) => healthIsStale(c, now)).slice(0, limit);
  let refreshed = 0;
  for (let i = 0; i < stale.length; i += BATCH) {
    refreshed += (await recomputeHealth(stale.slice(i, i + BATCH).map((c) => c.id), now)).length;
  }
  return refreshed;
}
