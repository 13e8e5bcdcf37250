/**
 * Lookups behind "link to existing creator": creators who may be the person
 * behind a profile that is not on the roster yet. Every lookup is an index hit
 * (name, or platform+handle), so the cost does not grow with the roster.
 */
import type { Creator } from '../../domain';
import { PLATFORM_IDS, type PlatformId, type ProfileRef } from '../../platforms/types';
import { findCreatorByAccount, findCreatorsByName } from './creators';

export interface LinkCandidateHits {
  /** Creators owning an account that the profile's bio links to. */
  byLink: Creator[];
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
    Promise.all(refs.map((r) => findCreatorByAccount(r.platform, r.handle))).then((found) =>
      found.flatMap((f) => (f ? [f.creator] : [])),
    );
  const otherPlatforms = PLATFORM_IDS.filter((p) => p !== profile.platform).map((platform) => ({
    platform,
    handle: profile.handle,
  }));
  const [byLink, bySameHandle, byName] = await Promise.all([
    owners(profile.linked.slice(0, MAX_LINKED)),
    owners(otherPlatforms),
    profile.displayName ? findCreatorsByName(profile.displayName) : Promise.resolve([]),
  ]);
  return { byLink, bySameHandle, byName };
}
