/**
 * Sync clients in one Node process: each has its own fake IndexedDB (swapped in
 * while it works, one client at a time) and can be taken offline. Everything a
 * client does goes through the product's own lib/db and sync engine.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beginTeamMembership, closeRapportDb, getTeamState } from '../../../lib/db';
import { TeamApi, TeamServerError } from '../../../lib/team/client/team-api';
import { syncWithTeam, type SyncOutcome } from '../../../lib/team/client/sync-engine';
import type { Membership } from '../../../lib/team/protocol';
import { server } from './server';

let queue: Promise<unknown> = Promise.resolve();
let clientCount = 0;

export class TestClient {
  private readonly factory = new IDBFactory();
  offline = false;
  readonly clientId = `test-client-${++clientCount}-${Date.now()}`;

  constructor(readonly membership: Membership) {}

  /** Runs `work` as this client: its own database, no other client interleaved. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = queue.then(async () => {
      await closeRapportDb();
      globalThis.indexedDB = this.factory;
      try {
        return await work();
      } finally {
        await closeRapportDb();
      }
    });
    queue = turn.catch(() => undefined);
    return turn;
  }

  /** Joins the team on this client (sharing whatever its roster holds). */
  join(shareRoster = true, now = Date.now()): Promise<{ queued: number }> {
    const { team, member, token } = this.membership;
    return this.run(() =>
      beginTeamMembership(
        {
          serverUrl: server().url,
          token,
          clientId: this.clientId,
          teamId: team.id,
          teamName: team.name,
          memberId: member.id,
          memberName: member.name,
          role: member.role,
          checkpoint: 0,
          members: [],
          joinedAt: now,
          recentContactDays: 14,
          remindUnowned: true,
        },
        shareRoster,
        now,
      ),
    );
  }

  sync(): Promise<SyncOutcome | undefined> {
    return this.run(() =>
      syncWithTeam({
        api: (url, token) => {
          if (this.offline) return offlineApi(url, token);
          return new TeamApi(url, token);
        },
      }),
    );
  }

  state() {
    return this.run(() => getTeamState());
  }
}

/** A TeamApi whose every request fails as an unreachable server does. */
function offlineApi(url: string, token: string): TeamApi {
  const api = new TeamApi(url, token);
  const unreachable = () => Promise.reject(new TeamServerError(0, `The team server at ${api.origin} cannot be reached (offline)`));
  return Object.assign(api, { push: unreachable, pull: unreachable });
}
