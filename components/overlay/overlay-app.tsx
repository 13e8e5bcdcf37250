/**
 * The overlay shown on a creator's profile page (inside its own extension
 * frame): a compact card, or the badge it collapses to. It reads the roster
 * straight from IndexedDB and re-reads whenever any context changes it.
 */
import { useEffect, useRef, useState } from 'react';
import { findCreatorByAccount } from '../../lib/db';
import { recordProfileVisit } from '../../lib/use-cases/profiles';
import { requestTeamSync } from '../../lib/use-cases/via-worker';
import type { PageProfileState } from '../../lib/messaging/profile-schemas';
import type { ProfileRef, ScrapedProfile } from '../../lib/platforms/types';
import { useDbQuery } from '../ui/use-db-query';
import { Badge, Card } from './card';
import { FollowersLine } from './followers-line';
import { RosterPanel } from './roster-panel';
import { UnsavedPanel } from './unsaved-panel';
import { useCollapsed } from './use-collapsed';
import { useLayoutReporter } from './use-layout-reporter';
import { useOverlayConnection } from './use-overlay-connection';

type ShownState = Exclude<PageProfileState, { kind: 'none' }>;

function refOf(state: ShownState): ProfileRef {
  return state.kind === 'profile' ? state.profile : state.ref;
}

export function OverlayApp() {
  const { state } = useOverlayConnection();
  const platform = state && state.kind !== 'none' ? refOf(state).platform : null;
  const [collapsed, setCollapsed] = useCollapsed(platform);
  const root = useRef<HTMLDivElement>(null);
  useLayoutReporter(root, collapsed === true);

  const shown = state && state.kind !== 'none' && collapsed !== null ? state : null;
  const ref = shown ? refOf(shown) : null;
  return (
    <div ref={root} className="inline-block align-top" data-testid="overlay-root" data-state={state?.kind ?? 'waiting'}>
      {shown && ref && (
        // One subtree per profile: navigating to another profile starts from a clean slate.
        <ProfileOverlay key={`${ref.platform}:${ref.handle}`} state={shown} collapsed={collapsed === true} onCollapse={setCollapsed} />
      )}
    </div>
  );
}

function ProfileOverlay(props: { state: ShownState; collapsed: boolean; onCollapse(collapsed: boolean): void }) {
  const { state } = props;
  const ref = refOf(state);
  if (state.kind === 'profile') return <ProfileView profile={state.profile} collapsed={props.collapsed} onCollapse={props.onCollapse} />;
  if (props.collapsed) return <Badge saved={null} handle={ref.handle} onExpand={() => props.onCollapse(false)} />;
  return (
    <Card platform={ref.platform} handle={ref.handle} onCollapse={() => props.onCollapse(true)}>
      {state.kind === 'loading' ? (
        <p className="text-slate-500" data-testid="overlay-loading">
          Reading this profile…
        </p>
      ) : (
        <div data-testid="overlay-unreadable" role="alert" className="space-y-1">
          <p className="font-medium text-amber-800 dark:text-amber-300">Can&apos;t read this profile</p>
          <p data-testid="overlay-unreadable-reason">{state.reason}</p>
          <p className="text-slate-500">Nothing was saved.</p>
        </div>
      )}
    </Card>
  );
}

function ProfileView(props: { profile: ScrapedProfile; collapsed: boolean; onCollapse(collapsed: boolean): void }) {
  const { profile } = props;
  const [visitStartedAt] = useState(() => Date.now());
  const [pickSegment, setPickSegment] = useState(false);
  const [visitError, setVisitError] = useState<string | null>(null);
  const refreshed = useRef(false);
  const lookup = useDbQuery(
    () => findCreatorByAccount(profile.platform, profile.handle, profile.platformUserId),
    ['creators', 'accounts'],
    [profile.platform, profile.handle],
  );
  const found = lookup.status === 'ready' ? (lookup.data ?? null) : undefined;

  // In a team, opening a profile brings the team's latest on it (the worker syncs; solo it does nothing).
  useEffect(() => {
    void requestTeamSync();
  }, [profile.platform, profile.handle]);

  // Each visit to a saved profile refreshes its facts and stores a follower snapshot
  // (at most one a day). onlyIfSaved: a visit never creates a creator, only a click does.
  useEffect(() => {
    if (!found || refreshed.current) return;
    refreshed.current = true;
    recordProfileVisit(profile).catch((e: unknown) => setVisitError(e instanceof Error ? e.message : String(e)));
  }, [found, profile]);

  if (props.collapsed) {
    return <Badge saved={found === undefined ? null : found !== null} handle={profile.handle} onExpand={() => props.onCollapse(false)} />;
  }
  return (
    <Card platform={profile.platform} handle={profile.handle} name={profile.displayName} onCollapse={() => props.onCollapse(true)}>
      <div className="space-y-2">
        <FollowersLine
          followers={profile.followers}
          snapshots={found ? found.account.followerSnapshots : null}
          visitStartedAt={visitStartedAt}
          now={Date.now()}
        />
        {lookup.status === 'loading' && <p className="text-slate-500">Checking your roster…</p>}
        {lookup.status === 'error' && (
          <p role="alert" className="text-rose-700">
            Could not read the roster: {lookup.error.message}
          </p>
        )}
        {found === null && (
          <UnsavedPanel
            profile={profile}
            onSaved={(_id, created) => {
              // The save already stored today's snapshot; the visit has nothing left to do.
              refreshed.current = true;
              setPickSegment(created);
            }}
          />
        )}
        {found && (
          <RosterPanel
            creator={found.creator}
            platform={profile.platform}
            pickSegment={pickSegment && found.creator.segment === 'unassigned'}
            onSegmentPicked={() => setPickSegment(false)}
          />
        )}
        {visitError && <p className="text-amber-700">Could not update the saved facts: {visitError}</p>}
      </div>
    </Card>
  );
}
