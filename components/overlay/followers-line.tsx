/** Follower count as the page shows it now, with its date and the change since the last visit. */
import type { FollowerSnapshot } from '../../lib/domain';
import type { ScrapedProfile } from '../../lib/platforms/types';
import { followerChangeSinceLastVisit } from '../../lib/overlay/follower-change';
import { formatCount, formatDay, formatDelta } from '../ui/format';

export function FollowersLine(props: {
  followers: ScrapedProfile['followers'];
  snapshots: readonly FollowerSnapshot[] | null;
  visitStartedAt: number;
  now: number;
}) {
  const { followers } = props;
  if (!followers) {
    return (
      <p className="text-slate-500 dark:text-slate-400" data-testid="overlay-followers">
        Follower count not shown on this page
      </p>
    );
  }
  const change = props.snapshots ? followerChangeSinceLastVisit(props.snapshots, followers, props.visitStartedAt) : undefined;
  return (
    <p data-testid="overlay-followers" data-value={followers.value} data-source={followers.source} title={followers.raw}>
      <span className="text-sm font-semibold">
        {followers.exact ? '' : '≈'}
        {formatCount(followers.value)}
      </span>{' '}
      <span className="text-slate-500 dark:text-slate-400">followers · {formatDay(props.visitStartedAt, props.now)}</span>
      {change && (
        <span
          data-testid="overlay-follower-change"
          data-delta={change.delta}
          className={`ml-1 ${change.delta > 0 ? 'text-emerald-700 dark:text-emerald-400' : change.delta < 0 ? 'text-rose-700 dark:text-rose-400' : 'text-slate-500'}`}
        >
          {change.approximate && change.delta !== 0 ? '≈' : ''}
          {formatDelta(change.delta)} since {sinceText(change.since, props.now)}
        </span>
      )}
    </p>
  );
}

function sinceText(at: number, now: number): string {
  const day = formatDay(at, now);
  return day === 'today' ? 'earlier today' : day;
}
