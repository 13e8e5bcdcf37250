/**
 * The out-of-order commit trap: sequence values are drawn at insert time but seen at
 * commit, so a pull between two interleaved transactions can pass over a row for good.
 * The first test shows the trap is real on this PostgreSQL; the second shows pushes
 * cannot fall into it, because a team's pushes hold an advisory lock from before they
 * draw a seq until they commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { TeamStore, type Caller } from '../../lib/team/server/team-store';
import { newTeam, server } from './harness/server';
import { creator, mutation } from './harness/records';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ ...(server().connection as pg.ClientConfig), max: 6 });
  pool.on('connect', (client) => void client.query('set role rapport_app'));
});
afterAll(() => pool.end());

function callerOf(m: { team: { id: string }; member: { id: string; name: string; role: 'admin' | 'member' } }): Caller {
  return { teamId: m.team.id, memberId: m.member.id, name: m.member.name, role: m.member.role };
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

describe('out-of-order commits', () => {
  it('is a real trap: without serialising writes, a pull taken between two commits skips a row forever', async () => {
    const { admin } = await newTeam();
    const t1 = await pool.connect();
    const t2 = await pool.connect();
    const insert = (client: pg.PoolClient, id: string) =>
      client.query(
        "insert into records (team_id, store, id, seq, data, clocks, updated_by) values ($1, 'creators', $2, nextval('change_seq'), '{}', '{}', $3) returning seq",
        [admin.team.id, id, admin.member.id],
      );
    try {
      for (const client of [t1, t2]) {
        await client.query('begin');
        await client.query("select set_config('app.team_id', $1, true)", [admin.team.id]);
      }
      const seq1 = Number((await insert(t1, 'early')).rows[0].seq);
      const seq2 = Number((await insert(t2, 'late')).rows[0].seq);
      expect(seq2).toBeGreaterThan(seq1);
      await t2.query('commit');
      const store = new TeamStore(pool);
      const first = await store.pull(callerOf(admin), 0, 100);
      expect(first.records.map((r) => r.id)).toEqual(['late']);
      await t1.query('commit');
      const second = await store.pull(callerOf(admin), first.checkpoint, 100);
      // The row with the smaller seq committed last: a pull by checkpoint never sees it.
      expect(second.records).toEqual([]);
    } finally {
      t1.release();
      t2.release();
    }
  });

  it('never skips a push: a second push waits for the first to commit, and pulls see both in seq order', async () => {
    const { admin, members } = await newTeam(['Sam']);
    const sam = members[0]!;
    const store = new TeamStore(pool);
    const holding = gate();
    const release = gate();
    const first = store.push(callerOf(admin), { clientId: 'client-order-a', mutations: [mutation('creators', undefined, creator('first'))] }, Date.now(), {
      beforeCommit: async () => {
        holding.open();
        await release.opened;
      },
    });
    await holding.opened;
    const second = store.push(callerOf(sam), { clientId: 'client-order-b', mutations: [mutation('creators', undefined, creator('second'))] });
    // The second push is blocked on the team's lock, so nothing of it can commit ahead of the first.
    expect(await settledWithin(second, 300)).toBe(false);
    const during = await store.pull(callerOf(sam), 0, 100);
    expect(during.records).toEqual([]);
    release.open();
    await Promise.all([first, second]);
    const after = await store.pull(callerOf(sam), during.checkpoint, 100);
    expect(after.records.map((r) => r.id)).toEqual(['first', 'second']);
    expect(after.records[0]!.seq).toBeLessThan(after.records[1]!.seq);
  });

  it('keeps every push under concurrency: 20 pushes racing from 4 members, pulled while they land, lose nothing', async () => {
    const { admin, members } = await newTeam(['A', 'B', 'C']);
    const everyone = [admin, ...members];
    const store = new TeamStore(pool);
    const ids: string[] = [];
    const pushes = Array.from({ length: 20 }, (_, i) => {
      const id = `race-${i}`;
      ids.push(id);
      const who = everyone[i % everyone.length]!;
      return store.push(callerOf(who), { clientId: `client-race-${i}x`, mutations: [mutation('creators', undefined, creator(id))] });
    });
    const seen = new Set<string>();
    let checkpoint = 0;
    let landed = false;
    void Promise.all(pushes).then(() => (landed = true));
    while (!landed) {
      const page = await store.pull(callerOf(admin), checkpoint, 1000);
      for (const r of page.records) seen.add(r.id);
      checkpoint = page.checkpoint;
    }
    const last = await store.pull(callerOf(admin), checkpoint, 1000);
    for (const r of last.records) seen.add(r.id);
    expect([...seen].sort()).toEqual([...ids].sort());
  });
});
