/**
 * Campaigns and the collaborations they hold. Adding creators creates one
 * collaboration per creator in the campaign, in one transaction (all or nothing);
 * deleting a campaign keeps its collaborations, campaign-less. Shared in a team
 * through the same change capture as every other shared store.
 */
import { CampaignSchema, CollaborationSchema, isLiveCampaign, newCollaboration, type Campaign, type Collaboration, CAMPAIGN_STATUSES } from '../../domain';
import { openRapportDb } from '../open';
import { forWrite, fromStore, idOf, manyFromStore, type ReadResult } from '../records';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import { SYNC_STORES, deleteShared, putShared } from '../sync/capture';

export async function saveCampaign(campaign: Campaign, now = Date.now()): Promise<Campaign> {
  const valid = forWrite(CampaignSchema, 'campaigns', { ...campaign, updatedAt: now });
  const db = await openRapportDb();
  const tx = db.transaction(['campaigns', ...SYNC_STORES], 'readwrite');
  const stored = await allOrNothing(tx, async () => putShared(tx, 'campaigns', await tx.objectStore('campaigns').get(valid.id), valid, now));
  publishChanges([{ store: 'campaigns', ids: [valid.id] }]);
  return stored;
}

export async function getCampaign(id: string): Promise<Campaign | undefined> {
  const db = await openRapportDb();
  const raw: unknown = await db.get('campaigns', id);
  return raw === undefined ? undefined : fromStore(CampaignSchema, 'campaigns', id, raw);
}

/** Every campaign, most recently changed first. */
export async function listCampaigns(): Promise<ReadResult<Campaign>> {
  const db = await openRapportDb();
  const raws: unknown[] = (await db.getAllFromIndex('campaigns', 'by-updated')).reverse();
  return manyFromStore(CampaignSchema, 'campaigns', raws, idOf);
}

export async function listCampaignCollaborations(campaignId: string): Promise<ReadResult<Collaboration>> {
  const db = await openRapportDb();
  const raws: unknown[] = await db.getAllFromIndex('collaborations', 'by-campaign', campaignId);
  return manyFromStore(CollaborationSchema, 'collaborations', raws, idOf);
}

/**
 * Adds creators to a campaign: one new collaboration each (proposed, titled after the
 * campaign). Creators already in it are skipped, and a missing creator refuses the whole batch.
 */
export async function addCreatorsToCampaign(
  campaignId: string,
  creatorIds: readonly string[],
  now = Date.now(),
): Promise<{ added: Collaboration[]; alreadyIn: number }> {
  const db = await openRapportDb();
  const tx = db.transaction(['campaigns', 'creators', 'collaborations', ...SYNC_STORES], 'readwrite');
  const result = await allOrNothing(tx, async () => {
    const raw = await tx.objectStore('campaigns').get(campaignId);
    if (raw === undefined) throw new Error('That campaign no longer exists');
    const campaign = fromStore(CampaignSchema, 'campaigns', campaignId, raw);
    const existing = await tx.objectStore('collaborations').index('by-campaign').getAll(campaignId);
    const present = new Set(existing.map((c) => c.creatorId));
    const added: Collaboration[] = [];
    let alreadyIn = 0;
    for (const creatorId of new Set(creatorIds)) {
      if (present.has(creatorId)) {
        alreadyIn++;
        continue;
      }
      if ((await tx.objectStore('creators').count(creatorId)) === 0) throw new Error(`Creator ${creatorId} is not on the roster`);
      const collaboration = forWrite(CollaborationSchema, 'collaborations', { ...newCollaboration(creatorId, campaign.name, now), campaignId });
      added.push(await putShared(tx, 'collaborations', undefined, collaboration, now));
    }
    return { added, alreadyIn };
  });
  if (result.added.length) publishChanges([{ store: 'collaborations', ids: result.added.map((c) => c.id) }]);
  return result;
}

/** Deletes a campaign; its collaborations stay with their creators, no longer in a campaign. */
export async function deleteCampaign(id: string, now = Date.now()): Promise<void> {
  const db = await openRapportDb();
  const tx = db.transaction(['campaigns', 'collaborations', ...SYNC_STORES], 'readwrite');
  const detached = await allOrNothing(tx, async () => {
    const raw = await tx.objectStore('campaigns').get(id);
    if (raw === undefined) return [];
    const held = manyFromStore(CollaborationSchema, 'collaborations', await tx.objectStore('collaborations').index('by-campaign').getAll(id), idOf).records;
    for (const c of held) {
      const { campaignId: _gone, ...rest } = c;
      await putShared(tx, 'collaborations', c, { ...rest, updatedAt: now }, now);
    }
    await deleteShared(tx, 'campaigns', raw, now);
    return held.map((c) => c.id);
  });
  publishChanges([{ store: 'campaigns', ids: [id] }, ...(detached.length ? [{ store: 'collaborations' as const, ids: detached }] : [])]);
}

/**
 * Creators with a collaboration under way in a live campaign (briefing, live, wrapping up):
 * they are in deliverable talk, so cadence reminders leave them be. Reads only live campaigns.
 */
export async function listCreatorsInLiveCampaigns(): Promise<Set<string>> {
  const db = await openRapportDb();
  const tx = db.transaction(['campaigns', 'collaborations']);
  const live = CAMPAIGN_STATUSES.filter((status) => isLiveCampaign({ status }));
  const ids = (await Promise.all(live.map((status) => tx.objectStore('campaigns').index('by-status').getAllKeys(status)))).flat();
  const held = (await Promise.all(ids.map((id) => tx.objectStore('collaborations').index('by-campaign').getAll(id)))).flat();
  return new Set(held.filter((c) => c.status !== 'cancelled' && c.status !== 'completed').map((c) => c.creatorId));
}
