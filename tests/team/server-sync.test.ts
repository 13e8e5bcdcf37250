/** Push and pull against the real team server and PostgreSQL. */
import { describe, expect, it } from 'vitest';
import { newTeam } from './harness/server';
import { creator, mutation, touch } from './harness/records';

describe('push and pull', () => {
  it('stores pushed records and returns them to every member after their checkpoint', async () => {
    const { admin, members, api } = await newTeam(['Sam']);
    const sam = members[0]!;
    const c = creator('c-1', { tags: ['beauty'] });
    await api(admin).push('client-admin-1', [mutation('creators', undefined, c)]);
    const page = await api(sam).pull(0);
    expect(page.records).toHaveLength(1);
    expect(page.records[0]).toMatchObject({ store: 'creators', id: 'c-1', deleted: false, data: { displayName: 'Creator c-1', tags: ['beauty'] } });
    expect(page.hasMore).toBe(false);
    const again = await api(sam).pull(page.checkpoint);
    expect(again.records).toEqual([]);
    expect(again.checkpoint).toBe(page.checkpoint);
    expect(page.members.map((m) => m.name).sort()).toEqual(['Admin', 'Sam']);
  });

  it('applies a mutation once however often the same push is retried', async () => {
    const { admin, api } = await newTeam();
    const c = creator('c-2');
    const m = mutation('creators', undefined, c);
    const t = mutation('interactions', undefined, touch('t-1', 'c-2'));
    const first = await api(admin).push('client-retry-1', [m, t]);
    const second = await api(admin).push('client-retry-1', [m, t]);
    expect(first.lastMutationId).toBe(t.id);
    expect(second.lastMutationId).toBe(t.id);
    const page = await api(admin).pull(0);
    expect(page.records.map((r) => r.id).sort()).toEqual(['c-2', 't-1']);
    // The retry wrote nothing: one seq per record.
    expect(new Set(page.records.map((r) => r.seq)).size).toBe(2);
  });

  it('pages a large pull and reports how much is left', async () => {
    const { admin, api } = await newTeam();
    const mutations = Array.from({ length: 250 }, (_, i) => mutation('creators', undefined, creator(`p-${i}`)));
    await api(admin).push('client-paging-1', mutations);
    const seen: string[] = [];
    let after = 0;
    const remaining: number[] = [];
    for (;;) {
      const page = await api(admin).pull(after, 100);
      remaining.push(page.remaining);
      seen.push(...page.records.map((r) => r.id));
      after = page.checkpoint;
      if (!page.hasMore) break;
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(remaining).toEqual([250, 150, 50]);
  });

  it('merges field by field: different fields from two people both land, tags merge as sets', async () => {
    const { admin, members, api } = await newTeam(['Sam']);
    const sam = members[0]!;
    const base = creator('c-3', { tags: ['fitness'] });
    await api(admin).push('client-merge-a', [mutation('creators', undefined, base, 1000)]);
    // Both edited from the same base, offline.
    await api(admin).push('client-merge-a', [mutation('creators', base, { ...base, stage: 'vetting', tags: ['fitness', 'yoga'] }, 2000)]);
    await api(sam).push('client-merge-b', [mutation('creators', base, { ...base, segment: 'growth-bet', tags: ['fitness', 'running'] }, 1500)]);
    const page = await api(admin).pull(0);
    const data = page.records.find((r) => r.id === 'c-3')?.data;
    expect(data).toMatchObject({ stage: 'vetting', segment: 'growth-bet' });
    expect(data?.tags).toEqual(['fitness', 'yoga', 'running']);
  });

  it('keeps both versions of notes edited from the same base', async () => {
    const { admin, members, api } = await newTeam(['Sam']);
    const sam = members[0]!;
    const base = creator('c-4', { fit: { notes: 'Good fit', rubric: {} } });
    await api(admin).push('client-notes-a', [mutation('creators', undefined, base, 1000)]);
    await api(admin).push('client-notes-a', [mutation('creators', base, { ...base, fit: { notes: 'Good fit; loves trail running', rubric: {} } }, 2000)]);
    await api(sam).push('client-notes-b', [mutation('creators', base, { ...base, fit: { notes: 'Good fit, but slow to reply', rubric: {} } }, 3000)]);
    const data = (await api(admin).pull(0)).records.find((r) => r.id === 'c-4')?.data;
    expect((data?.fit as { notes: string }).notes).toBe('Good fit; loves trail running');
    expect(data?.syncConflicts).toEqual([{ field: 'fit.notes', value: 'Good fit, but slow to reply', byId: sam.member.id, at: 3000 }]);
  });

  it('lets the later change of a field win and keeps the loser in the audit', async () => {
    const { admin, members, api } = await newTeam(['Sam']);
    const sam = members[0]!;
    const base = creator('c-5');
    await api(admin).push('client-lww-a', [mutation('creators', undefined, base, 1000)]);
    await api(admin).push('client-lww-a', [mutation('creators', base, { ...base, stage: 'active-partner' }, 5000)]);
    await api(sam).push('client-lww-b', [mutation('creators', base, { ...base, stage: 'optimizing' }, 4000)]);
    const data = (await api(sam).pull(0)).records.find((r) => r.id === 'c-5')?.data;
    expect(data?.stage).toBe('active-partner');
    const { sql } = await import('./harness/server');
    const audit = await sql('admin', (client) =>
      client.query<{ field: string; discarded: unknown; reason: string }>("select field, discarded, reason from audit where record_id = 'c-5'"),
    );
    expect(audit.rows).toEqual([{ field: 'stage', discarded: 'optimizing', reason: 'older-change' }]);
  });

  it('treats existence as last-writer-wins: an edit older than the delete is audited, a later undo brings the record back', async () => {
    const { admin, api } = await newTeam();
    const c = creator('c-6');
    await api(admin).push('client-del-1', [mutation('creators', undefined, c, 1000), mutation('creators', c, undefined, 2000)]);
    await api(admin).push('client-del-1', [mutation('creators', c, { ...c, stage: 'active-partner' }, 1500)]);
    const deleted = (await api(admin).pull(0)).records.find((r) => r.id === 'c-6');
    expect(deleted?.deleted).toBe(true);
    expect(deleted?.data.stage).toBe('discovered');
    await api(admin).push('client-del-1', [mutation('creators', undefined, { ...c, displayName: 'Back again' }, 3000)]);
    const revived = (await api(admin).pull(0)).records.find((r) => r.id === 'c-6');
    expect(revived).toMatchObject({ deleted: false, data: { displayName: 'Back again' } });
  });
});
