/** The reminder records in lib/db: kept in step with touches and collaborations, listed, snoozed and completed. */
import { describe, expect, it } from 'vitest';
import {
  collaborations,
  completeDueItem,
  getCreator,
  getSettings,
  listDueItems,
  listInteractions,
  logInteraction,
  reminders,
  saveScrapedProfile,
  saveSettings,
  snoozeDueItems,
  summariseDue,
  updateCreator,
  getCreatorWellbeing,
} from '../../../lib/db';
import { CollaborationSchema, type CollaborationInput } from '../../../lib/domain';
import { DAY, T0, scrapedProfile } from '../db/fixtures';

async function creatorIn(segment: 'strategic-partner' | 'community-advocate' | 'unassigned', handle = 'pluto__travel', name = 'Pluto') {
  const { creator } = await saveScrapedProfile(scrapedProfile({ handle, displayName: name }), { now: T0 });
  if (segment !== 'unassigned') await updateCreator(creator.id, { segment }, T0);
  return creator.id;
}

const outreach = (creatorId: string, at: number) =>
  logInteraction({ creatorId, channel: 'instagram-dm', direction: 'outbound', kind: 'outreach', occurredAt: at }, at);

function collab(creatorId: string, o: Partial<CollaborationInput> = {}) {
  return CollaborationSchema.parse({ id: 'k1', creatorId, title: 'Launch', status: 'in-progress', createdAt: T0, updatedAt: T0, ...o });
}

/** A creator's reminders other than the fit review (every creator has one, tested on its own). */
const remindersOf = async (id: string) => (await reminders.listForCreator(id)).records.filter((r) => r.kind !== 'fit-review');

describe('follow-up reminders follow the contact log', () => {
  it('are created by an unanswered outreach and removed by a reply, in the same write', async () => {
    const id = await creatorIn('unassigned');
    await outreach(id, T0);
    expect(await remindersOf(id)).toEqual([expect.objectContaining({ id: `follow-up:${id}`, kind: 'follow-up', dueAt: T0 + 5 * DAY, status: 'open' })]);
    await logInteraction({ creatorId: id, channel: 'instagram-dm', direction: 'inbound', kind: 'other', occurredAt: T0 + DAY }, T0 + DAY);
    expect(await remindersOf(id)).toEqual([]);
  });

  it('come back when the reply is deleted, and move when the touch is re-dated', async () => {
    const id = await creatorIn('unassigned');
    const ask = await outreach(id, T0);
    const { interaction: reply } = await logInteraction(
      { creatorId: id, channel: 'email', direction: 'inbound', kind: 'other', occurredAt: T0 + DAY },
      T0 + DAY,
    );
    const { deleteInteraction, updateInteraction } = await import('../../../lib/db');
    await deleteInteraction(reply.id, T0 + 2 * DAY);
    expect((await reminders.get(`follow-up:${id}`))?.dueAt).toBe(T0 + 5 * DAY);
    await updateInteraction(ask.interaction.id, { occurredAt: T0 + 3 * DAY }, T0 + 3 * DAY);
    expect((await reminders.get(`follow-up:${id}`))?.dueAt).toBe(T0 + 8 * DAY);
  });
});

describe('collaboration reminders follow the collaboration', () => {
  it('are written with the collaboration, re-dated with it, and removed with it', async () => {
    const id = await creatorIn('strategic-partner');
    const record = collab(id, { deliverables: [{ id: 'd1', description: 'Reel', dueAt: Date.now() + 10 * DAY }], renewalReviewAt: Date.now() + 40 * DAY });
    await collaborations.put(record);
    expect((await remindersOf(id)).map((r) => r.kind).sort()).toEqual(['deliverable', 'renewal']);
    await collaborations.put({ ...record, renewalReviewAt: Date.now() + 50 * DAY });
    expect((await reminders.get('renewal:k1'))?.dueAt).toBeGreaterThan(Date.now() + 49 * DAY);
    await collaborations.delete('k1');
    expect(await remindersOf(id)).toEqual([]);
  });

  it('a reminder marked done stays done when the collaboration is saved again unchanged', async () => {
    const id = await creatorIn('strategic-partner');
    const record = collab(id, { contractEndsAt: Date.now() + 5 * DAY });
    await collaborations.put(record);
    await completeDueItem({ type: 'reminder', reminderId: 'contract:k1' });
    await collaborations.put({ ...record, title: 'Launch (renamed)' });
    expect(await reminders.get('contract:k1')).toBeUndefined();
    // A new end date is a new reminder.
    await collaborations.put({ ...record, contractEndsAt: Date.now() + 6 * DAY });
    expect((await reminders.get('contract:k1'))?.status).toBe('open');
  });
});

describe('the due list', () => {
  it('merges creators due for contact with due reminders, oldest first, and skips what is not due yet', async () => {
    const ana = await creatorIn('strategic-partner', 'ana', 'Ana');
    const bo = await creatorIn('community-advocate', 'bo', 'Bo');
    await outreach(bo, T0 + 10 * DAY);
    const now = T0 + 31 * DAY;
    const due = await listDueItems(now);
    expect(due.errors).toEqual([]);
    expect(due.records.map((d) => [d.kind, d.creatorName, d.dueAt])).toEqual([
      ['follow-up', 'Bo', T0 + 15 * DAY],
      ['cadence', 'Ana', T0 + 30 * DAY],
    ]);
    expect(due.records[1]).toMatchObject({ ref: { type: 'cadence', creatorId: ana }, title: 'First check-in', overdue: false });
    expect((await listDueItems(T0 + 46 * DAY)).records.find((d) => d.kind === 'cadence')?.overdue).toBe(true);
  });

  it('summarises counts for the badge and what became due since the last digest', async () => {
    await creatorIn('strategic-partner', 'ana', 'Ana');
    const bo = await creatorIn('community-advocate', 'bo', 'Bo');
    await outreach(bo, T0 + 10 * DAY);
    const first = await summariseDue(T0 + 31 * DAY, 0);
    expect(first).toMatchObject({ total: 2, byKind: { cadence: 1, 'follow-up': 1 }, newCount: 2 });
    expect(first.newSample.map((s) => s.creatorName).sort()).toEqual(['Ana', 'Bo']);
    const later = await summariseDue(T0 + 32 * DAY, T0 + 31 * DAY);
    expect(later).toMatchObject({ total: 2, newCount: 0, newSample: [] });
  });

  it('a snooze hides an item until it ends, for the cadence and for reminders alike', async () => {
    const ana = await creatorIn('strategic-partner', 'ana', 'Ana');
    const bo = await creatorIn('community-advocate', 'bo', 'Bo');
    await outreach(bo, T0 + 10 * DAY);
    const now = T0 + 31 * DAY;
    const refs = (await listDueItems(now)).records.map((d) => d.ref);
    await snoozeDueItems(refs, now + DAY, now);
    expect((await listDueItems(now)).records).toEqual([]);
    expect((await summariseDue(now, 0)).total).toBe(0);
    expect((await listDueItems(now + DAY)).records.map((d) => d.creatorId).sort()).toEqual([ana, bo].sort());
    // Back after the snooze: new for the digest again.
    expect((await summariseDue(now + DAY, now)).newCount).toBe(2);
  });

  it('"done" on a cadence item logs a check-in, which resets the cadence', async () => {
    const ana = await creatorIn('strategic-partner', 'ana', 'Ana');
    const now = T0 + 31 * DAY;
    const done = await completeDueItem({ type: 'cadence', creatorId: ana }, now);
    const touches = (await listInteractions(ana)).records;
    expect(touches).toEqual([expect.objectContaining({ id: done.loggedTouchId, kind: 'check-in', direction: 'outbound', occurredAt: now })]);
    expect((await getCreator(ana))?.nextDueAt).toBe(now + 30 * DAY);
    expect((await listDueItems(now)).records).toEqual([]);
  });

  it('"done" on a follow-up logs the follow-up touch, and no further follow-up is proposed after that', async () => {
    const bo = await creatorIn('community-advocate', 'bo', 'Bo');
    await outreach(bo, T0);
    const now = T0 + 6 * DAY;
    await completeDueItem({ type: 'reminder', reminderId: `follow-up:${bo}` }, now);
    expect((await listInteractions(bo)).records[0]).toMatchObject({ kind: 'follow-up', channel: 'instagram-dm', occurredAt: now });
    expect(await reminders.get(`follow-up:${bo}`)).toBeUndefined();
  });

  it('drops follow-ups of creators who became excluded, without touching the record', async () => {
    const bo = await creatorIn('community-advocate', 'bo', 'Bo');
    await outreach(bo, T0);
    await updateCreator(bo, { stage: 'not-a-fit' }, T0 + DAY);
    expect((await listDueItems(T0 + 6 * DAY)).records).toEqual([]);
  });

  it('reports an unreadable reminder instead of failing the whole list', async () => {
    const ana = await creatorIn('strategic-partner', 'ana', 'Ana');
    const { openRapportDb } = await import('../../../lib/db');
    const db = await openRapportDb();
    await db.put('reminders', { id: 'broken', creatorId: ana, kind: 'nonsense', dueAt: T0 } as never);
    const due = await listDueItems(T0 + 31 * DAY);
    expect(due.records).toHaveLength(1);
    expect(due.errors[0]?.message).toMatch(/reminders record "broken" is invalid/);
  });
});

describe('cadence settings', () => {
  it("saving a segment's new cadence re-times that segment's creators, but not those with their own override", async () => {
    const ana = await creatorIn('strategic-partner', 'ana', 'Ana');
    const bo = await creatorIn('strategic-partner', 'bo', 'Bo');
    const cy = await creatorIn('community-advocate', 'cy', 'Cy');
    await updateCreator(bo, { cadenceOverride: { idealDays: 10, maxDays: 20 } }, T0);
    const settings = await getSettings();
    await saveSettings({ ...settings, cadence: { ...settings.cadence, 'strategic-partner': { idealDays: 21, maxDays: 30 } } });
    expect((await getCreator(ana))?.nextDueAt).toBe(T0 + 21 * DAY);
    expect((await getCreator(bo))?.nextDueAt).toBe(T0 + 10 * DAY);
    expect((await getCreator(cy))?.nextDueAt).toBe(T0 + 60 * DAY);
  });
});

describe('the wellbeing guard data', () => {
  it('reads recent touches and collaborations of one creator', async () => {
    const id = await creatorIn('strategic-partner');
    const now = Date.now();
    await outreach(id, now - 3 * DAY);
    await logInteraction({ creatorId: id, channel: 'email', direction: 'outbound', kind: 'follow-up', occurredAt: now - DAY }, now - DAY);
    await collaborations.put(collab(id, { deliverables: [1, 2, 3, 4].map((d) => ({ id: `d${d}`, description: 'Post', dueAt: now + d * DAY })) }));
    const result = await getCreatorWellbeing(id, now);
    expect(result.ask).toMatchObject({ warn: true, unansweredAsks: 2 });
    expect(result.workload).toMatchObject({ flag: true, dueThisWeek: 4 });
  });
});
