/**
 * "Change since the last visit": the figure the page shows now against the
 * follower snapshot stored before this visit began. Snapshots taken during
 * this visit (the visit itself stores one, at most one a day) are not a baseline.
 */
import type { FollowerSnapshot } from '../domain';

export interface FollowerChange {
  /** Now minus then; may be negative. */
  delta: number;
  /** When the baseline snapshot was taken. */
  since: number;
  previousValue: number;
  /** True when either figure was rounded by the page ("1.2M"), so small changes mean little. */
  approximate: boolean;
}

export function followerChangeSinceLastVisit(
  snapshots: readonly FollowerSnapshot[],
  current: { value: number; exact: boolean } | undefined,
  visitStartedAt: number,
): FollowerChange | undefined {
  if (!current) return undefined;
  let previous: FollowerSnapshot | undefined;
  for (const snapshot of snapshots) {
    if (snapshot.at < visitStartedAt && (!previous || snapshot.at >= previous.at)) previous = snapshot;
  }
  if (!previous) return undefined;
  return {
    delta: current.value - previous.value,
    since: previous.at,
    previousValue: previous.value,
    approximate: !current.exact || !previous.exact,
  };
}
