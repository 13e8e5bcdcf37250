/**
 * The pipeline's follow-ups and the due list's follow-up reminders follow one
 * rule: these tests drive real touches through lib/db and compare both views.
 */
import { describe, expect, it } from 'vitest';
import { followUpDueAt, isFollowUpDue } from '../../../lib/domain';
import { getCreator, listInteractions, logInteraction, reminders, saveScrapedProfile, saveSettings, getSettings, updateCreator } from '../../../lib/db';
import { DAY, T0, scrapedProfile } from '../db/fixtures';

async function newCreatorId(): Promise<string> {
  const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
  return creator.id;
}

async function storedFollowUpDueAt(creatorId: string): Promise<number | undefined> {
  const { records } = await reminders.listForCreator(creatorId);
  return records.find((r) => r.kind === 'follow-up')?.dueAt;
}

describe('follow-ups: one rule for the pipeline and the due list', () => {
  it('is due the configured days after an unanswered outbound ask, in both views', async () => {
    await saveSettings({ ...(await getSettings()), followUpDelayDays: 5 });
    const id = await newCreatorId();
    await logInteraction({ creatorId: id, channel: 'instagram-dm', direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0);
    const creator = await getCreator(id);
    expect(creator && followUpDueAt(creator)).toBe(T0 + 5 * DAY);
    expect(await storedFollowUpDueAt(id)).toBe(T0 + 5 * DAY);
    expect(creator && isFollowUpDue(creator, T0 + 5 * DAY - 1)).toBe(false);
    expect(creator && isFollowUpDue(creator, T0 + 5 * DAY)).toBe(true);
  });

  it('is gone from both once the creator replies', async () => {
    const id = await newCreatorId();
    await logInteraction({ creatorId: id, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0);
    await logInteraction({ creatorId: id, channel: 'email', direction: 'inbound', kind: 'other', occurredAt: T0 + DAY }, T0 + DAY);
    const creator = await getCreator(id);
    expect(creator && followUpDueAt(creator)).toBeUndefined();
    expect(await storedFollowUpDueAt(id)).toBeUndefined();
  });

  it('counts asks only, not a celebration or a check-in', async () => {
    const id = await newCreatorId();
    await logInteraction({ creatorId: id, channel: 'email', direction: 'outbound', kind: 'celebration', occurredAt: T0 }, T0);
    const creator = await getCreator(id);
    expect(creator && followUpDueAt(creator)).toBeUndefined();
    expect(await storedFollowUpDueAt(id)).toBeUndefined();
    expect((await listInteractions(id)).records).toHaveLength(1);
  });

  it('stops nudging after the configured number of unanswered asks', async () => {
    await saveSettings({ ...(await getSettings()), followUpMaxUnanswered: 2 });
    const id = await newCreatorId();
    await logInteraction({ creatorId: id, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0);
    await logInteraction({ creatorId: id, channel: 'email', direction: 'outbound', kind: 'follow-up', occurredAt: T0 + 6 * DAY }, T0 + 6 * DAY);
    const creator = await getCreator(id);
    expect(creator && followUpDueAt(creator)).toBeUndefined();
    expect(await storedFollowUpDueAt(id)).toBeUndefined();
  });

  it('drops a creator marked do-not-contact or declined since, in the pipeline as in the due list', async () => {
    const id = await newCreatorId();
    await logInteraction({ creatorId: id, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0);
    const declined = await updateCreator(id, { outreachStatus: 'declined' }, T0 + DAY);
    expect(followUpDueAt(declined)).toBeUndefined();
    const reopened = await updateCreator(id, { outreachStatus: 'contacted' }, T0 + 2 * DAY);
    expect(followUpDueAt(reopened)).toBeDefined();
    const dnc = await updateCreator(id, { preferences: { ...reopened.preferences, doNotContact: true } }, T0 + 3 * DAY);
    expect(followUpDueAt(dnc)).toBeUndefined();
  });
});
