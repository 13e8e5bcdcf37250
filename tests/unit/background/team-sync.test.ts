import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TEAM_SYNC_ALARM, ensureTeamSyncAlarm, syncFromWorker } from '../../../lib/background/team-sync';
import { beginTeamMembership, endTeamMembership } from '../../../lib/db';
import type { TeamState } from '../../../lib/team/state';

const team: TeamState = {
  serverUrl: 'https://team.example.com',
  token: 'tok_abcdefghijklmnopqrstuvwxyz',
  clientId: 'client-0001',
  teamId: '44444444-4444-4444-8444-444444444444',
  teamName: 'Scouts',
  memberId: '11111111-1111-4111-8111-111111111111',
  memberName: 'Ana',
  role: 'member',
  checkpoint: 0,
  members: [],
  joinedAt: 0,
  recentContactDays: 14,
  remindUnowned: true,
};

describe('the worker and team sync', () => {
  it('keeps a one-minute sync alarm exactly while this browser is in a team', async () => {
    await ensureTeamSyncAlarm();
    expect(await fakeBrowser.alarms.get(TEAM_SYNC_ALARM)).toBeUndefined();
    await beginTeamMembership(team, false);
    await ensureTeamSyncAlarm();
    expect(await fakeBrowser.alarms.get(TEAM_SYNC_ALARM)).toMatchObject({ periodInMinutes: 1 });
    await endTeamMembership();
    await ensureTeamSyncAlarm();
    expect(await fakeBrowser.alarms.get(TEAM_SYNC_ALARM)).toBeUndefined();
  });

  it('does nothing solo: no request, no alarm', async () => {
    expect(await syncFromWorker()).toBeUndefined();
    expect(await fakeBrowser.alarms.get(TEAM_SYNC_ALARM)).toBeUndefined();
  });
});
