/**
 * One sync with the team server: push the outbox (oldest first, in batches the
 * server applies exactly once), then pull every page after the checkpoint. Each
 * pulled page lands in one local transaction with its checkpoint, so an
 * interrupted sync resumes where it stopped and loses nothing.
 *
 * Any context may sync (the worker on its alarm and after quick actions, the side
 * panel while open): pushes are idempotent and pulls are checkpointed, so two
 * syncs at once cost a little work and never corrupt anything.
 */
import { MAX_MUTATIONS_PER_PUSH } from '../protocol';
import type { TeamState } from '../state';
import { TeamApi, TeamServerError } from './team-api';
import { acknowledgeOutbox, applyPulledPage, getTeamState, readOutbox, recomputeAllDerived, updateTeamState } from '../../db';

export interface SyncOutcome {
  pushed: number;
  pulled: number;
  /** Records the server sent that this browser could not accept (each named). */
  refused: string[];
}

export type TeamApiFactory = (serverUrl: string, token: string) => TeamApi;

const defaultApi: TeamApiFactory = (url, token) => new TeamApi(url, token);

let running: Promise<SyncOutcome | undefined> | null = null;

/**
 * Syncs this browser with its team; undefined when solo. A second call while one
 * runs in this context waits for it and then runs once more (so a write made
 * during a sync is pushed without waiting for the next alarm).
 */
export async function syncWithTeam(options: { api?: TeamApiFactory; pageSize?: number; now?: () => number } = {}): Promise<SyncOutcome | undefined> {
  if (running) await running.catch(() => undefined);
  const attempt = runSync(options);
  running = attempt;
  try {
    return await attempt;
  } finally {
    if (running === attempt) running = null;
  }
}

/**
 * A first sync (or one that stopped half-way) writes its pages as they come and derives contact
 * times, due times and follow-ups once at the end: far fewer reads than per page. "First" means
 * "never pulled", not "checkpoint 0": an empty team stays at 0, and every sync would count as a
 * first one (its progress bar flashing in settings each time, a full derive pass each time).
 */
export function isFirstSync(state: Pick<TeamState, 'lastSyncAt' | 'derivedPending'>): boolean {
  return state.lastSyncAt === undefined || state.derivedPending === true;
}

async function runSync(options: { api?: TeamApiFactory; pageSize?: number; now?: () => number }): Promise<SyncOutcome | undefined> {
  const now = options.now ?? Date.now;
  const state = await getTeamState();
  if (!state) return undefined;
  const api = (options.api ?? defaultApi)(state.serverUrl, state.token);
  const outcome: SyncOutcome = { pushed: 0, pulled: 0, refused: [] };
  try {
    for (;;) {
      const batch = await readOutbox(MAX_MUTATIONS_PER_PUSH);
      if (batch.length === 0) break;
      const { lastMutationId } = await api.push(state.clientId, batch);
      await acknowledgeOutbox(lastMutationId);
      outcome.pushed += batch.length;
      // The server holds everything up to lastMutationId; anything it did not take would repeat forever.
      if (lastMutationId < (batch.at(-1)?.id ?? 0)) throw new Error(`The team server took changes up to ${lastMutationId} only`);
    }
    let after = state.checkpoint;
    let total: number | undefined;
    let done = 0;
    const deferDerived = isFirstSync(state);
    for (;;) {
      const page = await api.pull(after, options.pageSize);
      total ??= page.remaining;
      done += page.records.length;
      const applied = await applyPulledPage(
        {
          records: page.records,
          checkpoint: page.checkpoint,
          members: page.members,
          ...(page.hasMore || deferDerived ? { progress: { done, total } } : {}),
        },
        now(),
        { deferDerived },
      );
      outcome.pulled += applied.applied;
      outcome.refused.push(...applied.refused);
      if (!page.hasMore || page.checkpoint <= after) break;
      after = page.checkpoint;
    }
    if (deferDerived) {
      await recomputeAllDerived();
      await updateTeamState(() => ({ derivedPending: undefined, progress: undefined }));
    }
    if (outcome.refused.length) {
      await updateTeamState(() => ({ lastError: `${outcome.refused.length} team records could not be read here: ${outcome.refused.slice(0, 3).join('; ')}` }));
    }
    return outcome;
  } catch (error) {
    const message = describeSyncError(error);
    await updateTeamState(() => ({ lastError: message }));
    throw new Error(message, { cause: error });
  }
}

function describeSyncError(error: unknown): string {
  if (error instanceof TeamServerError && error.unauthorised) {
    return 'The team server no longer accepts this browser (your membership was revoked or the team removed). Your roster stays here; leave the team in settings to work solo.';
  }
  return error instanceof Error ? error.message : String(error);
}
