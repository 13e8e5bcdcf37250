import { describe, expect, it } from 'vitest';
import { deleteInteraction, getCreator, listInteractions, logInteraction, saveScrapedProfile, updateCreator, updateInteraction } from '../../../lib/db';
import { DAY, T0, scrapedProfile } from './fixtures';

async function savedCreatorId(): Promise<string> {
  const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
  await updateCreator(creator.id, { segment: 'community-advocate' }, T0);
  return creator.id;
}

describe('logging a touch', () => {
  it('stores the touch and resets the cadence from it', async () => {
    const creatorId = await savedCreatorId();
    const { interaction, creator } = await logInteraction(
      { creatorId, channel: 'instagram-dm', direction: 'outbound', kind: 'outreach', summary: '  Loved your Lisbon reel  ', occurredAt: T0 + DAY },
      T0 + DAY,
    );
    expect(interaction.summary).toBe('Loved your Lisbon reel');
    expect(creator).toMatchObject({
      lastContactAt: T0 + DAY,
      lastOutboundAt: T0 + DAY,
      outreachStatus: 'contacted',
      // Community advocates: ideal 60 days after the last touch.
      nextDueAt: T0 + DAY + 60 * DAY,
    });
  });

  it('marks an inbound reply and honours an explicit status change', async () => {
    const creatorId = await savedCreatorId();
    await logInteraction({ creatorId, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0);
    const reply = await logInteraction({ creatorId, channel: 'email', direction: 'inbound', kind: 'other', occurredAt: T0 + DAY }, T0 + DAY);
    expect(reply.creator.outreachStatus).toBe('replied');
    const deal = await logInteraction(
      { creatorId, channel: 'call', direction: 'outbound', kind: 'negotiation', occurredAt: T0 + 2 * DAY, outreachStatusChange: 'negotiating' },
      T0 + 2 * DAY,
    );
    expect(deal.creator.outreachStatus).toBe('negotiating');
  });

  it('keeps only that a touch happened when the creator asked not to store message text', async () => {
    const creatorId = await savedCreatorId();
    await updateCreator(creatorId, { preferences: { topicsToAvoid: [], doNotContact: false, doNotStoreMessageText: true } }, T0);
    const { interaction } = await logInteraction(
      { creatorId, channel: 'tiktok-dm', direction: 'inbound', kind: 'feedback', summary: 'private words', occurredAt: T0 },
      T0,
    );
    expect(interaction.summary).toBe('');
    const edited = await updateInteraction(interaction.id, { summary: 'still private' }, T0 + 1);
    expect(edited.summary).toBe('');
  });

  it('refuses a touch for a creator who is not on the roster, and an invalid touch', async () => {
    await expect(logInteraction({ creatorId: 'nobody', channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0)).rejects.toThrow(
      /not on the roster/,
    );
    const creatorId = await savedCreatorId();
    await expect(logInteraction({ creatorId, channel: 'pigeon' as never, direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0)).rejects.toThrow(
      /channel/,
    );
    expect((await listInteractions(creatorId)).records).toEqual([]);
  });

  it('lists the timeline newest first and recomputes last contact when a touch is deleted', async () => {
    const creatorId = await savedCreatorId();
    const first = await logInteraction({ creatorId, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: T0 }, T0);
    const second = await logInteraction({ creatorId, channel: 'call', direction: 'inbound', kind: 'check-in', occurredAt: T0 + 3 * DAY }, T0 + 3 * DAY);
    expect((await listInteractions(creatorId)).records.map((i) => i.id)).toEqual([second.interaction.id, first.interaction.id]);
    expect((await listInteractions(creatorId, { limit: 1 })).records).toHaveLength(1);

    await deleteInteraction(second.interaction.id, T0 + 4 * DAY);
    const creator = await getCreator(creatorId);
    expect(creator?.lastContactAt).toBe(T0);
    expect(creator?.lastInboundAt).toBeUndefined();
    expect(creator?.nextDueAt).toBe(T0 + 60 * DAY);
  });
});
