/**
 * Isolation and authority: team B never reaches team A's rows (through pull, a
 * forged push or direct SQL as the server's role), the author comes from the token,
 * revoked tokens stop working, and bad requests get a clear 4xx with nothing written.
 */
import { describe, expect, it } from 'vitest';
import { TeamApi, TeamServerError } from '../../lib/team/client/team-api';
import { newTeam, oversizedRequestStatus, rawRequest, server, sql } from './harness/server';
import { creator, mutation, touch } from './harness/records';
import { BODY_LIMIT_BYTES } from '../../lib/team/server/app';

async function rejection(promise: Promise<unknown>): Promise<TeamServerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TeamServerError) return error;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('team isolation', () => {
  it('team B pulls none of team A records, and a push of the same ids makes B its own records', async () => {
    const a = await newTeam();
    const b = await newTeam();
    await a.api(a.admin).push('client-iso-a1', [mutation('creators', undefined, creator('shared-id', { displayName: 'Only A' }))]);
    expect((await b.api(b.admin).pull(0)).records).toEqual([]);
    await b.api(b.admin).push('client-iso-b1', [mutation('creators', undefined, creator('shared-id', { displayName: 'Only B' }))]);
    const aRecord = (await a.api(a.admin).pull(0)).records[0];
    const bRecord = (await b.api(b.admin).pull(0)).records[0];
    expect(aRecord?.data.displayName).toBe('Only A');
    expect(bRecord?.data.displayName).toBe('Only B');
    expect((await b.api(b.admin).pull(0)).members.map((m) => m.id)).toEqual([b.admin.member.id]);
  });

  it('ignores a forged team id in a push body and refuses one inside a record', async () => {
    const a = await newTeam();
    const b = await newTeam();
    const body = {
      clientId: 'client-forge-1',
      teamId: a.admin.team.id,
      team_id: a.admin.team.id,
      mutations: [mutation('creators', undefined, creator('forged-1'))],
    };
    const pushed = await rawRequest('/v1/push', { token: b.admin.token, body: JSON.stringify(body) });
    expect(pushed.status).toBe(200);
    expect((await a.api(a.admin).pull(0)).records).toEqual([]);
    const inside = mutation('creators', undefined, creator('forged-2'));
    inside.changes.team_id = { op: 'set', value: a.admin.team.id };
    const refused = await rawRequest('/v1/push', { token: b.admin.token, body: JSON.stringify({ clientId: 'client-forge-1', mutations: [inside] }) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json)).toMatch(/team_id/);
  });

  it('confines direct SQL as the server role to the team in app.team_id, and hides the secrets', async () => {
    const a = await newTeam();
    const b = await newTeam();
    await a.api(a.admin).push('client-sql-a', [mutation('creators', undefined, creator('sql-1'))]);
    await sql('app', async (client) => {
      expect((await client.query('select * from records')).rowCount).toBe(0);
      expect((await client.query('select * from members')).rowCount).toBe(0);
      await client.query('begin');
      await client.query("select set_config('app.team_id', $1, true)", [b.admin.team.id]);
      expect((await client.query('select * from records where team_id = $1', [a.admin.team.id])).rowCount).toBe(0);
      expect((await client.query('select * from teams')).rows.map((r: { id: string }) => r.id)).toEqual([b.admin.team.id]);
      await expect(
        client.query("insert into records (team_id, store, id, seq, data, clocks, updated_by) values ($1, 'creators', 'x', 1, '{}', '{}', $2)", [
          a.admin.team.id,
          a.admin.member.id,
        ]),
      ).rejects.toThrow(/row-level security/);
      await client.query('rollback');
      await expect(client.query('select * from credentials')).rejects.toThrow(/permission denied/);
      await expect(client.query('alter table records disable row level security')).rejects.toThrow(/must be owner/);
      const role = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>('select rolsuper, rolbypassrls from pg_roles where rolname = current_user');
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    });
  });
});

describe('authority', () => {
  it('sets the author of a touch and of a stage change from the token, whatever the client sent', async () => {
    const { admin, members, api } = await newTeam(['Sam']);
    const sam = members[0]!;
    const t = { ...touch('forged-author', 'c-x'), authorId: admin.member.id };
    const c = creator('c-x', { stageHistory: [{ stage: 'vetting', at: 1000, byId: admin.member.id }] });
    await api(sam).push('client-author-1', [mutation('creators', undefined, c), mutation('interactions', undefined, t)]);
    const records = (await api(admin).pull(0)).records;
    expect(records.find((r) => r.id === 'forged-author')?.data.authorId).toBe(sam.member.id);
    expect((records.find((r) => r.id === 'c-x')?.data.stageHistory as { byId: string }[])[0]?.byId).toBe(sam.member.id);
    // A later edit cannot move the author either.
    await api(sam).push('client-author-1', [mutation('interactions', t, { ...t, authorId: admin.member.id, summary: 'edited' })]);
    const edited = (await api(admin).pull(0)).records.find((r) => r.id === 'forged-author');
    expect(edited?.data).toMatchObject({ authorId: sam.member.id, summary: 'edited' });
  });

  it('refuses an owner who is not a member of the team', async () => {
    const a = await newTeam();
    const b = await newTeam();
    const error = await rejection(b.api(b.admin).push('client-owner-1', [mutation('creators', undefined, creator('own-1', { ownerId: a.admin.member.id }))]));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/ownerId is not a member/);
  });

  it('refuses a revoked member at their next request, and only admins manage the team', async () => {
    const { admin, members, api } = await newTeam(['Sam', 'Kai']);
    const [sam, kai] = members as [(typeof members)[0], (typeof members)[0]];
    expect((await rejection(api(kai).createInvite('Eve'))).status).toBe(403);
    expect((await rejection(api(kai).revokeMember(sam!.member.id))).status).toBe(403);
    await api(admin).revokeMember(sam!.member.id);
    expect((await rejection(api(sam!).pull(0))).status).toBe(401);
    expect((await rejection(api(sam!).push('client-rev-1', [mutation('creators', undefined, creator('rev-1'))]))).status).toBe(401);
    const directory = await api(admin).team();
    expect(directory.members.find((m) => m.id === sam!.member.id)?.revoked).toBe(true);
  });

  it('spends an invite code once and refuses revoked ones', async () => {
    const { admin, api } = await newTeam();
    const { code } = await api(admin).createInvite('Lee');
    await new TeamApi(server().url).join(code, 'Lee');
    expect((await rejection(new TeamApi(server().url).join(code, 'Lee again'))).status).toBe(403);
    const second = await api(admin).createInvite('Mo');
    await api(admin).revokeInvite(second.invite.id);
    expect((await rejection(new TeamApi(server().url).join(second.code, 'Mo'))).status).toBe(403);
    expect((await rejection(new TeamApi(server().url).createTeam('wrong-setup-code', 'Team', 'Me'))).status).toBe(403);
  });
});

describe('bad requests', () => {
  it('answers malformed, invalid and oversized requests with a clear 4xx and writes nothing', async () => {
    const { admin, api } = await newTeam();
    const cases = [
      { body: '{"clientId": "client-bad-1", "mutations": [', status: 400 },
      { body: JSON.stringify({ clientId: 'x', mutations: [] }), status: 400 },
      { body: JSON.stringify({ clientId: 'client-bad-1', mutations: [{ id: 1, store: 'settings', recordId: 'a', at: 1, changes: {} }] }), status: 400 },
      { body: 'clientId=1', status: 415, contentType: 'application/x-www-form-urlencoded' },
    ];
    for (const c of cases) {
      const answer = await rawRequest('/v1/push', { token: admin.token, body: c.body, ...(c.contentType ? { contentType: c.contentType } : {}) });
      expect(answer.status, c.body).toBe(c.status);
      expect(answer.json).toMatchObject({ error: expect.any(String) });
    }
    // One invalid record fails the whole push: the valid one beside it is not written either.
    const good = mutation('creators', undefined, creator('good-1'));
    const bad = mutation('creators', undefined, creator('bad-1', { displayName: 'x' }));
    bad.changes.displayName = { op: 'set', value: 'x'.repeat(301) };
    const error = await rejection(api(admin).push('client-bad-2', [good, bad]));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/creators\/bad-1\): displayName/);
    const hugeMutation = mutation('creators', undefined, creator('huge'));
    hugeMutation.changes['fit.notes'] = { op: 'text', base: '', value: 'x'.repeat(BODY_LIMIT_BYTES) };
    const huge = JSON.stringify({ clientId: 'client-bad-3', mutations: [hugeMutation] });
    expect(await oversizedRequestStatus('/v1/push', admin.token, huge)).toBe(413);
    expect((await rawRequest('/v1/pull?after=-1', { token: admin.token })).status).toBe(400);
    expect((await rawRequest('/v1/pull', { token: 'not-a-token' })).status).toBe(401);
    expect((await rawRequest('/v1/pull')).status).toBe(401);
    expect((await api(admin).pull(0)).records).toEqual([]);
  });
});
