/**
 * Lookups behind "link to existing creator": creators who may be the person
 * behind a profile that is not on the roster yet. Every lookup is an index hit
 * (name, platform+handle, or the profiles saved bios link to), so the cost
 * does not grow with the roster.
 */
import { AccountSchema, type Creator } from '../../domain';
import { linkedProfileKey } from '../../platforms/linked-profiles';
import { openRapportDb } from '../open';
import { idOf, manyFromStore } from '../records';
import { PLATFORM_IDS, type PlatformId, type ProfileRef } from '../../platforms/types';
import { findCreatorByAccount, findCreatorsByName, getCreator } from './creators';

export interface LinkCandidateHits {
  /** Creators owning an account that the profile's bio links to. */
  byLink: Creator[];
  /** Creators owning an account whose bio links to this profile. */
  linkedFrom: Creator[];
  /** Creators with the same handle on another platform. */
  bySameHandle: Creator[];
  /** Creators with the same display name. */
  byName: Creator[];
}

const MAX_LINKED = 20;

export async function findLinkCandidates(profile: {
  platform: PlatformId;
  handle: string;
  displayName?: string;
  /** Profiles the bio links to (see lib/overlay/link-candidates linkedProfileRefs). */
  linked: readonly Pick<ProfileRef, 'platform' | 'handle'>[];
}): Promise<LinkCandidateHits> {
  const owners = (refs: readonly Pick<ProfileRef, 'platform' | 'handle'>[]) =>
    Promise.all(refs.map((r) => findCreatorByAccount(r.platform, r.handle))).then((found) => found.flatMap((f) => (f ? [f.creator] : [])));
  const otherPlatforms = PLATFORM_IDS.filter((p) => p !== profile.platform).map((platform) => ({
    platform,
    handle: profile.handle,
  }));
  const [byLink, linkedFrom, bySameHandle, byName] = await Promise.all([
    owners(profile.linked.slice(0, MAX_LINKED)),
    findCreatorsLinkingTo(profile),
    owners(otherPlatforms),
    profile.displayName ? findCreatorsByName(profile.displayName) : Promise.resolve([]),
  ]);
  return { byLink, linkedFrom, bySameHandle, byName };
}

/** Creators with a saved account whose bio links to this profile (one index hit, then their creators). */
async function findCreatorsLinkingTo(profile: Pick<ProfileRef, 'platform' | 'handle'>): Promise<Creator[]> {
  const db = await openRapportDb();
  const raws: unknown[] = await db.getAllFromIndex('accounts', 'by-linked-profile', linkedProfileKey(profile), MAX_LINKED);
  const accounts = manyFromStore(AccountSchema, 'accounts', raws, idOf).records;
  const creatorIds = [...new Set(accounts.map((a) => a.creatorId))];
  const creators = await Promise.all(creatorIds.map((id) => getCreator(id)));
  return creators.filter((c): c is Creator => c !== undefined);
}
