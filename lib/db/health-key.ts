/**
 * The `healthCheckedAt` index key of a stored creator: when its health score
 * was computed, or 0 when it was never scored but has something to score (a
 * touch). A creator never contacted and never scored has no key, so it stays
 * out of the index: nothing to score yet, and the first touch scores it.
 */
export function healthCheckKey(health: { computedAt: number } | undefined, lastContactAt: number | undefined): number | undefined {
  if (health) return health.computedAt;
  return lastContactAt !== undefined ? 0 : undefined;
}
