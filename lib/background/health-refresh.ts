/**
 * Keeps stored relationship health fresh while nobody edits the creators: the
 * one owner of health besides lib/db (which recomputes it after every write to a
 * creator's touches or collaborations). Runs after each cadence scan: first the
 * creators due or overdue for contact (their "losing touch" signals grow by the
 * day), most overdue first, then the stalest scores anywhere on the roster,
 * through the health-age index. Both are bounded per run, in small batches.
 */
import { listCreatorIdsByHealthAge, listCreatorsDueBy, recomputeHealth } from '../db';
import { healthIsStale } from '../domain';
import { DAY_MS } from '../domain/time';

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
    refreshed += (
      await recomputeHealth(
        stale.slice(i, i + BATCH).map((c) => c.id),
        now,
      )
    ).length;
  }
  return refreshed;
}

/** Then the stalest scores on the whole roster (a day old or more), up to `limit`. */
export async function refreshStalestHealth(now: number, limit = HEALTH_REFRESH_LIMIT): Promise<number> {
  if (limit <= 0) return 0;
  const ids = await listCreatorIdsByHealthAge(now - DAY_MS, limit);
  let refreshed = 0;
  for (let i = 0; i < ids.length; i += BATCH) refreshed += (await recomputeHealth(ids.slice(i, i + BATCH), now)).length;
  return refreshed;
}

/** One run of the sweep: due creators first, then the stalest with what is left of the budget. */
export async function refreshHealth(now: number, limit = HEALTH_REFRESH_LIMIT): Promise<number> {
  const due = await refreshHealthOfDueCreators(now, limit);
  return due + (await refreshStalestHealth(now, limit - due));
}
