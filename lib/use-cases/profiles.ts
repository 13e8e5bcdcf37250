/**
 * Profiles seen on a site: save one to the roster (from the card, the side
 * panel, the context menu or a keyboard command), refresh a saved creator's
 * facts on a visit, and find creators already saved who may be this person.
 */
import { NotOnRosterError, findLinkCandidates, saveScrapedProfile, type SaveProfileResult } from '../db';
import { rankLinkCandidates, linkedProfileRefs, type LinkCandidate } from '../overlay/link-candidates';
import { matchProfile } from '../platforms/registry';
import type { ScrapedProfile } from '../platforms/types';
import type { DueRecount } from './due-recount';

/**
 * Saves a profile: a new creator, another account of `linkToCreatorId`, or a
 * refresh of the creator already saved with that account. Runs in the worker
 * (pages reach it with the 'creator:save-profile' message), which recounts.
 */
export async function saveProfile(profile: ScrapedProfile, options: { linkToCreatorId?: string }, recount: DueRecount): Promise<SaveProfileResult> {
  const saved = await saveScrapedProfile(profile, options.linkToCreatorId ? { linkToCreatorId: options.linkToCreatorId } : {});
  await recount();
  return saved;
}

/**
 * A visit to a saved creator's profile refreshes the facts the page shows and
 * takes a follower snapshot (at most one a day). A visit never creates a
 * creator: only a click does. Returns false when the profile is not saved.
 */
export async function recordProfileVisit(profile: ScrapedProfile): Promise<boolean> {
  try {
    await saveScrapedProfile(profile, { onlyIfSaved: true });
    return true;
  } catch (error) {
    if (error instanceof NotOnRosterError) return false;
    throw error;
  }
}

/** Creators already saved who may be the person on this unsaved profile, best reason first. */
export async function findLinkCandidatesFor(profile: ScrapedProfile): Promise<LinkCandidate[]> {
  const hits = await findLinkCandidates({
    platform: profile.platform,
    handle: profile.handle,
    ...(profile.displayName ? { displayName: profile.displayName } : {}),
    linked: linkedProfileRefs(profile, profile.links, matchProfile),
  });
  return rankLinkCandidates({ ...hits, platform: profile.platform });
}
