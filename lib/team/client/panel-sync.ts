/**
 * Team sync while the side panel is open: the live stream's "changed" and this
 * panel's own writes each trigger a sync (writes after a short pause, so a burst
 * of edits is one push). Joining or leaving starts or stops it. Solo, it only
 * watches for a membership.
 */
import { getTeamState, subscribeToChanges } from '../../db';
import { syncTeamNow } from '../../use-cases/team';
import { openLiveStream, type LiveStream } from './live';
import { isSyncedStore } from '../rules';

const WRITE_PAUSE_MS = 800;

export function startPanelSync(onLive: (connected: boolean) => void = () => undefined): () => void {
  let stream: LiveStream | null = null;
  let token: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const sync = () => {
    void syncTeamNow().catch((error: unknown) => console.warn('Rapport: team sync failed (shown in settings)', error));
  };
  const membershipChanged = async () => {
    const team = await getTeamState();
    if (stopped || team?.token === token) return;
    stream?.close();
    stream = null;
    token = team?.token;
    if (team) {
      stream = openLiveStream(team.serverUrl, team.token, sync, onLive);
      sync();
    } else onLive(false);
  };
  const unsubscribe = subscribeToChanges((change, origin) => {
    if (change.store === 'settings') void membershipChanged();
    if (origin === 'local' && isSyncedStore(change.store) && token) {
      clearTimeout(timer);
      timer = setTimeout(sync, WRITE_PAUSE_MS);
    }
  });
  void membershipChanged();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
    stream?.close();
  };
}
