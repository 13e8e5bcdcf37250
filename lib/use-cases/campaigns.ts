/**
 * Campaigns: create and edit them, add creators (from the roster's selection or the
 * card), move deliverables along the board, close a collaboration with its rating,
 * and run a done campaign again with the familiar faces first.
 * lib/db writes; these recount the badge where what is due may have changed.
 */
import { addCreatorsToCampaign, deleteCampaign, getCampaign, getCreatorsByIds, listCampaignCollaborations, recomputeHealth, saveCampaign } from '../db';
import {
  newCampaign,
  runAgainCopy,
  withCollaborationStatus,
  type Campaign,
  type CampaignType,
  type Collaboration,
  type Deliverable,
  type HealthSummary,
  type Performance,
} from '../domain';
import { saveCollaboration } from './collaborations';
import { recountFromPage, type DueRecount } from './due-recount';

export async function createCampaign(fields: { name: string; type?: CampaignType; objective?: string }, now = Date.now()): Promise<Campaign> {
  if (!fields.name.trim()) throw new Error('Give the campaign a name');
  return saveCampaign(newCampaign(fields, now), now);
}

/** Saves an edit; a status change may start or end "deliverable talk", which the due list follows. */
export async function updateCampaign(campaign: Campaign, recount: DueRecount = recountFromPage): Promise<Campaign> {
  const before = await getCampaign(campaign.id);
  const saved = await saveCampaign(campaign);
  if (before?.status !== saved.status) await recount();
  return saved;
}

export async function removeCampaign(id: string, recount: DueRecount = recountFromPage): Promise<void> {
  await deleteCampaign(id);
  await recount();
}

/** Adds creators to a campaign (one collaboration each); says how many were added and how many were in it already. */
export async function addToCampaign(
  campaignId: string,
  creatorIds: readonly string[],
  recount: DueRecount = recountFromPage,
): Promise<{ added: number; alreadyIn: number }> {
  if (creatorIds.length === 0) throw new Error('Select the creators to add first');
  const { added, alreadyIn } = await addCreatorsToCampaign(campaignId, creatorIds);
  if (added.length) await recount();
  return { added: added.length, alreadyIn };
}

/** Moves one deliverable on the board. */
export async function moveDeliverable(collaboration: Collaboration, deliverableId: string, status: Deliverable['status']): Promise<Collaboration> {
  if (!collaboration.deliverables.some((d) => d.id === deliverableId)) throw new Error('That deliverable is no longer in the collaboration');
  return saveCollaboration({ ...collaboration, deliverables: collaboration.deliverables.map((d) => (d.id === deliverableId ? { ...d, status } : d)) });
}

/**
 * Marks a collaboration done with its brief-adherence rating (asked for at that moment):
 * lib/db then opens the feedback and celebration reminders, and health takes the rating.
 */
export async function completeCollaboration(collaboration: Collaboration, briefAdherence: number | undefined, now = Date.now()): Promise<Collaboration> {
  if (briefAdherence !== undefined && !(Number.isInteger(briefAdherence) && briefAdherence >= 1 && briefAdherence <= 5)) {
    throw new Error('Brief adherence is a rating from 1 to 5');
  }
  const done = withCollaborationStatus(collaboration, 'completed', now);
  return saveCollaboration(briefAdherence === undefined ? done : { ...done, briefAdherence }, now);
}

/** One creator of a done campaign, as "run again" proposes them: what they delivered last time, and how the relationship is. */
export interface ReturningCreator {
  creatorId: string;
  name: string;
  status: Collaboration['status'];
  briefAdherence: number | undefined;
  results: Performance;
  health: HealthSummary | undefined;
}

/** The creators of a campaign with last time's result and their health now, best rated first. */
export async function returningCreators(campaignId: string): Promise<ReturningCreator[]> {
  const held = (await listCampaignCollaborations(campaignId)).records.filter((c) => c.status !== 'cancelled');
  const ids = [...new Set(held.map((c) => c.creatorId))];
  // Health as it is today: refreshed, then read with everyone else in one go.
  await recomputeHealth(ids);
  const creators = new Map((await getCreatorsByIds(ids)).records.map((c) => [c.id, c]));
  const out: ReturningCreator[] = [];
  for (const c of held) {
    const creator = creators.get(c.creatorId);
    if (!creator) continue;
    out.push({
      creatorId: c.creatorId,
      name: creator.displayName,
      status: c.status,
      briefAdherence: c.briefAdherence,
      results: c.performance,
      health: creator.health,
    });
  }
  return out.sort((a, b) => (b.briefAdherence ?? 0) - (a.briefAdherence ?? 0) || (b.health?.score ?? 0) - (a.health?.score ?? 0));
}

/** "Run again": a new campaign in planning, copied from a done one, with the chosen returning creators added. */
export async function runCampaignAgain(
  campaignId: string,
  creatorIds: readonly string[],
  now = Date.now(),
  recount: DueRecount = recountFromPage,
): Promise<Campaign> {
  const done = await getCampaign(campaignId);
  if (!done) throw new Error('That campaign no longer exists');
  const copy = await saveCampaign(runAgainCopy(done, now), now);
  if (creatorIds.length) {
    await addCreatorsToCampaign(copy.id, creatorIds, now);
    await recount();
  }
  return copy;
}
