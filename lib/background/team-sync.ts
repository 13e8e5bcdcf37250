/**
 * Team sync from the worker: on its alarm (every minute while in a team), after the
 * quick actions it runs, and when an overlay opens a profile. Nothing is kept in
 * memory: the membership, the outbox and the checkpoint live in IndexedDB.
 */
import { browser } from 'wxt/browser';
import { getTeamState } from '../db';
import { syncWithTeam, type SyncOutcome } from '../team/client/sync-engine';
import { runReminderScan } from './reminder-scan';

export const TEAM_SYNC_ALARM = 'rapport:team-sync';
const TEAM_SYNC_PERIOD_MINUTES = 1;

/** Keeps the sync alarm present exactly while this browser is in a team. */
export async function ensureTeamSyncAlarm(): Promise<void> {
  const inTeam = (await getTeamState()) !== undefined;
  const existing = await browser.alarms.get(TEAM_SYNC_ALARM);
  if (inTeam && !existing) await browser.alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: TEAM_SYNC_PERIOD_MINUTES });
  if (!inTeam && existing) await browser.alarms.clear(TEAM_SYNC_ALARM);
}

/** One sync; when it brought changes, the badge is recounted (due items may have moved). */
export async function syncFromWorker(): Promise<SyncOutcome | undefined> {
  const outcome = await syncWithTeam();
  if (outcome && outcome.pulled > 0) await runReminderScan(Date.now(), { notify: false });
  await ensureTeamSyncAlarm();
  return outcome;
}

/** After a quick action: push it now rather than at the next alarm; a failure is recorded in the team state. */
export function syncSoon(): void {
  void getTeamState()
    .then((team) => (team ? syncFromWorker() : undefined))
    .catch((error: unknown) => console.warn('Rapport: team sync failed (it retries on the next alarm)', error));
}
