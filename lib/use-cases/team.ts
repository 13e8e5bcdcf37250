/**
 * Working as a team: create or join a team on a team server, preview and share
 * the roster, sync, manage invites and members, leave. Solo is the default: none
 * of this runs until the person joins.
 */
import { beginTeamMembership, deleteAllData, describeLocalRoster, endTeamMembership, getTeamState, updateTeamState, type SharedDuplicate } from '../db';
import { TeamApi, normaliseServerUrl } from '../team/client/team-api';
import { syncWithTeam, type SyncOutcome } from '../team/client/sync-engine';
import { MAX_MATCH_KEYS, type Membership } from '../team/protocol';
import { DEFAULT_RECENT_CONTACT_DAYS, type TeamState } from '../team/state';
import { recountFromPage, type DueRecount } from './due-recount';
import { requestTeamSync } from './via-worker';
import { PLATFORM_LABELS } from '../domain';
import { PLATFORM_IDS } from '../platforms/types';

/** A membership the server granted, not yet started on this browser (the person still chooses how). */
export interface PendingMembership {
  serverUrl: string;
  membership: Membership;
}

export type ConnectRequest =
  | { mode: 'create'; serverUrl: string; setupCode: string; teamName: string; yourName: string }
  | { mode: 'join'; serverUrl: string; inviteCode: string; yourName: string };

/** The address as Rapport will use it, and the permission pattern the browser must grant for it. */
export function serverAccessFor(serverUrl: string): { origin: string; pattern: string } {
  const origin = normaliseServerUrl(serverUrl);
  return { origin, pattern: `${origin}/*` };
}

/** Creates a team (with the server's setup code) or joins one (with an invite code). */
export async function connectToTeam(request: ConnectRequest): Promise<PendingMembership> {
  if (await getTeamState()) throw new Error('This browser is in a team already: leave it first');
  const api = new TeamApi(request.serverUrl);
  const membership =
    request.mode === 'create'
      ? await api.createTeam(request.setupCode.trim(), request.teamName, request.yourName)
      : await api.join(request.inviteCode.trim(), request.yourName);
  return { serverUrl: api.origin, membership };
}

export interface SharingPreview {
  localCreators: number;
  /** My creators the team has already: they join the team's creator when I share. */
  duplicates: (SharedDuplicate & { platformLabel: string; handle: string; localName: string; teamName: string })[];
}

/** What sharing my roster would do: how many creators go up and which ones the team already has. */
export async function previewSharing(pending: PendingMembership): Promise<SharingPreview> {
  const local = await describeLocalRoster();
  const api = new TeamApi(pending.serverUrl, pending.membership.token);
  const duplicates: SharingPreview['duplicates'] = [];
  for (let i = 0; i < local.accounts.length; i += MAX_MATCH_KEYS) {
    const slice = local.accounts.slice(i, i + MAX_MATCH_KEYS);
    const { matches } = await api.matchAccounts(slice.map((a) => ({ platform: a.platform, handle: a.handle })));
    const mineByProfile = new Map(slice.map((a) => [`${a.platform}:${a.handle.toLowerCase()}`, a]));
    for (const match of matches) {
      const mine = mineByProfile.get(`${match.platform}:${match.handle.toLowerCase()}`);
      if (!mine) continue;
      duplicates.push({
        localCreatorId: mine.creatorId,
        localAccountId: mine.id,
        teamCreatorId: match.creatorId,
        teamAccountId: match.accountId,
        platformLabel: platformLabel(match.platform),
        handle: match.handle,
        localName: local.names.get(mine.creatorId) ?? mine.handle,
        teamName: match.creatorName,
      });
    }
  }
  return { localCreators: local.creators, duplicates };
}

function platformLabel(platform: string): string {
  const id = PLATFORM_IDS.find((p) => p === platform);
  return id ? PLATFORM_LABELS[id] : platform;
}

function newClientId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/**
 * Starts team work on this browser. `share`: my roster goes to the team (duplicates
 * join the team's creators). Otherwise my roster is removed from this browser (the
 * panel saves a backup file first) and the team's roster arrives in its place.
 * The first sync starts at once; its failure is shown in settings, not thrown.
 */
export async function startTeamWork(
  pending: PendingMembership,
  choice: { share: boolean; duplicates: readonly SharedDuplicate[] },
  recount: DueRecount = recountFromPage,
): Promise<{ queued: number; firstSync: SyncOutcome | undefined; syncError?: string }> {
  const { membership } = pending;
  const state: TeamState = {
    serverUrl: pending.serverUrl,
    token: membership.token,
    clientId: newClientId(),
    teamId: membership.team.id,
    teamName: membership.team.name,
    memberId: membership.member.id,
    memberName: membership.member.name,
    role: membership.member.role,
    checkpoint: 0,
    members: [membership.member],
    joinedAt: Date.now(),
    recentContactDays: DEFAULT_RECENT_CONTACT_DAYS,
    remindUnowned: true,
  };
  if (!choice.share) await deleteAllData();
  const { queued } = await beginTeamMembership(state, choice.share, Date.now(), choice.duplicates);
  try {
    const firstSync = await syncWithTeam();
    await recount();
    // The worker takes over from here: it arms its sync alarm on this first request.
    await requestTeamSync();
    return { queued, firstSync };
  } catch (error) {
    await recount();
    return { queued, firstSync: undefined, syncError: error instanceof Error ? error.message : String(error) };
  }
}

/** Syncs now (settings' "Sync now", the panel while open). Undefined when solo. */
export async function syncTeamNow(recount: DueRecount = recountFromPage): Promise<SyncOutcome | undefined> {
  const outcome = await syncWithTeam();
  if (outcome && outcome.pulled > 0) await recount();
  return outcome;
}

/** Leaves the team on this browser. The roster stays here, solo; unsent changes are dropped (and counted). */
export async function leaveTeam(recount: DueRecount = recountFromPage): Promise<{ unsent: number }> {
  const result = await endTeamMembership();
  await recount();
  return result;
}

async function adminApi(): Promise<TeamApi> {
  const state = await getTeamState();
  if (!state) throw new Error('This browser is not in a team');
  return new TeamApi(state.serverUrl, state.token);
}

export async function loadTeamDirectory() {
  return (await adminApi()).team();
}

/** A one-person invite code (shown once: the server keeps only its hash). */
export async function createTeamInvite(name?: string) {
  return (await adminApi()).createInvite(name?.trim() || undefined);
}

export async function revokeTeamInvite(inviteId: string): Promise<void> {
  await (await adminApi()).revokeInvite(inviteId);
}

export async function revokeTeamMember(memberId: string): Promise<void> {
  await (await adminApi()).revokeMember(memberId);
}

/** Personal team settings: the "recently contacted" window and whether reminders count unowned creators. */
export async function updateTeamPreferences(
  patch: Partial<Pick<TeamState, 'recentContactDays' | 'remindUnowned'>>,
  recount: DueRecount = recountFromPage,
): Promise<void> {
  await updateTeamState(() => patch);
  await recount();
}
