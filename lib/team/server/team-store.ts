/**
 * The team server's data access: every query a request makes runs here, inside a
 * transaction that first sets app.team_id from the caller's token, so PostgreSQL's
 * row-level security confines it to the caller's team whatever the query says.
 */
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { applyMutation, type Discarded, type StoredDoc } from '../merge';
import { STORE_RULES, type SyncedStore } from '../rules';
import { knownFields, RECORD_SCHEMAS } from '../record-schemas';
import type { Member, Membership, PullResponse, PushRequest } from '../protocol';
import { describeIssues } from '../../db/records';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface AccountMatch {
  platform: string;
  handle: string;
  accountId: string;
  creatorId: string;
  creatorName: string;
}

export interface Caller {
  teamId: string;
  memberId: string;
  name: string;
  role: 'admin' | 'member';
}

/** Secrets are random, shown once, and stored only as their SHA-256. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

interface MemberRow {
  id: string;
  name: string;
  role: 'admin' | 'member';
  revoked_at: Date | null;
}

function toMember(row: MemberRow): Member {
  return { id: row.id, name: row.name, role: row.role, revoked: row.revoked_at !== null };
}

/** Test seam: the interleaving test holds a push open just before it commits. */
export interface PushHooks {
  beforeCommit?: () => Promise<void>;
}

export class TeamStore {
  constructor(private readonly pool: pg.Pool) {}

  /** Runs `work` in one transaction scoped to `teamId` (row-level security reads app.team_id). */
  async inTeam<T>(teamId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query("select set_config('app.team_id', $1, true)", [teamId]);
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The member a token belongs to; null for unknown and revoked tokens. */
  async authenticate(token: string): Promise<Caller | null> {
    const found = await this.pool.query<{ team_id: string | null; member_id: string | null }>('select * from rapport_authenticate($1)', [hashSecret(token)]);
    const row = found.rows[0];
    if (!row?.team_id || !row.member_id) return null;
    const { team_id: teamId, member_id: memberId } = row;
    return this.inTeam(teamId, async (client) => {
      const member = await client.query<MemberRow>('select id, name, role, revoked_at from members where id = $1', [memberId]);
      const m = member.rows[0];
      if (!m || m.revoked_at) return null;
      return { teamId, memberId, name: m.name, role: m.role };
    });
  }

  private async membership(teamId: string, memberId: string, token: string): Promise<Membership> {
    return this.inTeam(teamId, async (client) => {
      const team = await client.query<{ id: string; name: string }>('select id, name from teams where id = $1', [teamId]);
      const member = await client.query<MemberRow>('select id, name, role, revoked_at from members where id = $1', [memberId]);
      const t = team.rows[0];
      const m = member.rows[0];
      if (!t || !m) throw new Error('The new member could not be read back');
      return { team: { id: t.id, name: t.name }, member: toMember(m), token };
    });
  }

  async createTeam(teamName: string, adminName: string): Promise<Membership> {
    const token = newSecret('rpt');
    const created = await this.pool.query<{ team_id: string; member_id: string }>('select * from rapport_create_team($1, $2, $3)', [
      teamName,
      adminName,
      hashSecret(token),
    ]);
    const row = created.rows[0];
    if (!row) throw new Error('The team was not created');
    return this.membership(row.team_id, row.member_id, token);
  }

  /** Redeems a one-person invite code; null when the code is unknown, used or revoked. */
  async redeemInvite(code: string, name: string): Promise<Membership | null> {
    const token = newSecret('rpt');
    const client = await this.pool.connect();
    let row: { team_id: string | null; member_id: string | null } | undefined;
    try {
      await client.query('begin');
      row = (
        await client.query<{ team_id: string | null; member_id: string | null }>('select * from rapport_redeem_invite($1, $2, $3)', [
          hashSecret(code),
          name,
          hashSecret(token),
        ])
      ).rows[0];
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    if (!row?.team_id || !row.member_id) return null;
    return this.membership(row.team_id, row.member_id, token);
  }

  async createInvite(caller: Caller, name: string | undefined, role: 'admin' | 'member') {
    const code = newSecret('inv');
    return this.inTeam(caller.teamId, async (client) => {
      const invite = await client.query<{ id: string }>('insert into invites (team_id, name, role, created_by) values ($1, $2, $3, $4) returning id', [
        caller.teamId,
        name ?? null,
        role,
        caller.memberId,
      ]);
      const id = invite.rows[0]?.id;
      if (!id) throw new Error('The invite was not created');
      await client.query('select rapport_add_invite_code($1, $2)', [id, hashSecret(code)]);
      return { invite: { id, name: name ?? null, role, used: false, revoked: false }, code };
    });
  }

  async directory(caller: Caller) {
    return this.inTeam(caller.teamId, async (client) => {
      const members = await client.query<MemberRow>('select id, name, role, revoked_at from members order by created_at');
      const invites = await client.query<{ id: string; name: string | null; role: 'admin' | 'member'; used_by: string | null; revoked_at: Date | null }>(
        'select id, name, role, used_by, revoked_at from invites order by created_at',
      );
      return {
        members: members.rows.map(toMember),
        invites:
          caller.role === 'admin'
            ? invites.rows.map((i) => ({ id: i.id, name: i.name, role: i.role, used: i.used_by !== null, revoked: i.revoked_at !== null }))
            : [],
      };
    });
  }

  async revokeMember(caller: Caller, memberId: string): Promise<boolean> {
    return this.inTeam(
      caller.teamId,
      async (client) => (await client.query<{ ok: boolean }>('select rapport_revoke_member($1) as ok', [memberId])).rows[0]?.ok === true,
    );
  }

  async revokeInvite(caller: Caller, inviteId: string): Promise<boolean> {
    return this.inTeam(
      caller.teamId,
      async (client) => (await client.query<{ ok: boolean }>('select rapport_revoke_invite($1) as ok', [inviteId])).rows[0]?.ok === true,
    );
  }

  /**
   * Applies a push in one transaction. A team's pushes are serialised by an advisory
   * lock taken before any sequence value is drawn, so a team's seq values commit in
   * the order they were taken and a pull can never pass over one still in flight.
   * A mutation that fails validation fails the whole push: nothing is written.
   */
  async push(caller: Caller, request: PushRequest, now = Date.now(), hooks: PushHooks = {}): Promise<{ lastMutationId: number; seq: number | null }> {
    return this.inTeam(caller.teamId, async (client) => {
      await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [caller.teamId]);
      const lastRow = await client.query<{ last_mutation_id: string }>(
        'select last_mutation_id from client_mutations where member_id = $1 and client_id = $2',
        [caller.memberId, request.clientId],
      );
      const last = Number(lastRow.rows[0]?.last_mutation_id ?? 0);
      const fresh = request.mutations.filter((m) => m.id > last).sort((a, b) => a.id - b.id);
      if (fresh.length === 0) return { lastMutationId: last, seq: null };

      const keyOf = (store: string, id: string) => `${store}\u0000${id}`;
      const existing = await client.query<{ store: SyncedStore; id: string; data: Record<string, unknown>; clocks: StoredDoc['clocks']; deleted: boolean }>(
        'select store, id, data, clocks, deleted from records where team_id = $1 and (store, id) in (select * from unnest($2::text[], $3::text[]))',
        [caller.teamId, fresh.map((m) => m.store), fresh.map((m) => m.recordId)],
      );
      const docs = new Map<string, StoredDoc>(existing.rows.map((r) => [keyOf(r.store, r.id), { data: r.data, clocks: r.clocks, deleted: r.deleted }]));
      const memberIds = new Set((await client.query<{ id: string }>('select id from members')).rows.map((r) => r.id));
      const changed = new Map<string, { store: SyncedStore; id: string; doc: StoredDoc }>();
      const audits: (Discarded & { store: string; record_id: string })[] = [];

      for (const mutation of fresh) {
        const rule = STORE_RULES[mutation.store];
        const where = `mutation ${mutation.id} (${mutation.store}/${mutation.recordId})`;
        const fields = knownFields(mutation.store);
        for (const path of Object.keys(mutation.changes)) {
          const top = path.split('.')[0] ?? path;
          if (!fields.has(top)) throw new HttpError(400, `${where}: ${top} is not a field of ${mutation.store}`);
        }
        const key = keyOf(mutation.store, mutation.recordId);
        let merged;
        try {
          merged = applyMutation(rule, docs.get(key), mutation, caller.memberId, Math.min(mutation.at, now));
        } catch (error) {
          throw new HttpError(400, `${where}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const { doc, discarded } = merged;
        if (!doc.deleted) {
          if (doc.data.id !== undefined && doc.data.id !== mutation.recordId) throw new HttpError(400, `${where}: the record's id does not match`);
          const valid = RECORD_SCHEMAS[mutation.store].safeParse(doc.data);
          if (!valid.success) throw new HttpError(400, `${where}: ${describeIssues(valid.error)}`);
          for (const field of rule.memberFields) {
            const value = doc.data[field];
            if (value !== undefined && (typeof value !== 'string' || !memberIds.has(value)))
              throw new HttpError(400, `${where}: ${field} is not a member of this team`);
          }
        }
        docs.set(key, doc);
        changed.set(key, { store: mutation.store, id: mutation.recordId, doc });
        for (const d of discarded) audits.push({ ...d, store: mutation.store, record_id: mutation.recordId });
      }

      const rows = [...changed.values()].map((c) => ({ store: c.store, id: c.id, deleted: c.doc.deleted, data: c.doc.data, clocks: c.doc.clocks }));
      const written = await client.query<{ seq: string }>(
        `insert into records (team_id, store, id, seq, deleted, data, clocks, updated_by)
         select $1, r.store, r.id, nextval('change_seq'), r.deleted, r.data, r.clocks, $2
         from jsonb_to_recordset($3::jsonb) as r(store text, id text, deleted boolean, data jsonb, clocks jsonb)
         on conflict (team_id, store, id) do update set seq = excluded.seq, deleted = excluded.deleted, data = excluded.data,
           clocks = excluded.clocks, updated_by = excluded.updated_by, updated_at = now()
         returning seq`,
        [caller.teamId, caller.memberId, JSON.stringify(rows)],
      );
      if (audits.length) {
        await client.query(
          `insert into audit (team_id, store, record_id, field, discarded, discarded_by, reason, pushed_by)
           select $1, a.store, a.record_id, a.path, a.value, a.by::uuid, a.reason, $2 from jsonb_to_recordset($3::jsonb) as a(store text, record_id text, path text, value jsonb, by text, reason text)`,
          [caller.teamId, caller.memberId, JSON.stringify(audits.map((a) => ({ ...a, value: a.value ?? null })))],
        );
      }
      const lastMutationId = fresh.at(-1)?.id ?? last;
      await client.query(
        `insert into client_mutations (team_id, member_id, client_id, last_mutation_id) values ($1, $2, $3, $4)
         on conflict (team_id, member_id, client_id) do update set last_mutation_id = excluded.last_mutation_id`,
        [caller.teamId, caller.memberId, request.clientId, lastMutationId],
      );
      const seq = Math.max(...written.rows.map((r) => Number(r.seq)));
      // Delivered at commit: every server instance tells its live clients of this team.
      await client.query("select pg_notify('rapport_changes', $1)", [JSON.stringify({ teamId: caller.teamId, seq })]);
      await hooks.beforeCommit?.();
      return { lastMutationId, seq };
    });
  }

  /**
   * Which of these profiles the team already has (same platform and handle), for the
   * preview before someone shares their roster: the duplicates merge into these creators.
   */
  async matchAccounts(caller: Caller, keys: readonly { platform: string; handle: string }[]): Promise<AccountMatch[]> {
    if (keys.length === 0) return [];
    return this.inTeam(caller.teamId, async (client) => {
      const rows = await client.query<AccountMatch>(
        `select a.data->>'platform' as platform, a.data->>'handle' as handle, a.id as "accountId", a.data->>'creatorId' as "creatorId",
                coalesce(c.data->>'displayName', a.data->>'handle') as "creatorName"
           from records a
           join unnest($2::text[], $3::text[]) as k(platform, handle)
             on a.data->>'platform' = k.platform and lower(a.data->>'handle') = lower(k.handle)
           left join records c on c.team_id = a.team_id and c.store = 'creators' and c.id = a.data->>'creatorId' and not c.deleted
          where a.team_id = $1 and a.store = 'accounts' and not a.deleted`,
        [caller.teamId, keys.map((k) => k.platform), keys.map((k) => k.handle)],
      );
      return rows.rows;
    });
  }

  /** Records changed after `after`, oldest first, one page at a time. */
  async pull(caller: Caller, after: number, limit: number): Promise<PullResponse> {
    return this.inTeam(caller.teamId, async (client) => {
      const rows = await client.query<{ store: SyncedStore; id: string; seq: string; deleted: boolean; data: Record<string, unknown> }>(
        'select store, id, seq, deleted, data from records where team_id = $1 and seq > $2 order by seq limit $3',
        [caller.teamId, after, limit],
      );
      const remaining = Number(
        (await client.query<{ n: string }>('select count(*) as n from records where team_id = $1 and seq > $2', [caller.teamId, after])).rows[0]?.n ?? 0,
      );
      const members = await client.query<MemberRow>('select id, name, role, revoked_at from members order by created_at');
      const records = rows.rows.map((r) => ({ store: r.store, id: r.id, seq: Number(r.seq), deleted: r.deleted, data: r.data }));
      return {
        records,
        checkpoint: records.at(-1)?.seq ?? after,
        hasMore: remaining > records.length,
        remaining,
        members: members.rows.map(toMember),
      };
    });
  }
}
