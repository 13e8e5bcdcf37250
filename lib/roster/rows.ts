/**
 * The roster row: a slim projection of a creator with exactly what the roster
 * shows, filters, sorts and searches on. 100,000 of them fit comfortably in
 * memory, unlike 100,000 full creator records.
 */
import {
  contactSearchParts,
  fitScore,
  totalFollowers,
  type Creator,
  type HealthSummary,
  type LifecycleStage,
  type OutreachStatus,
  type Segment,
} from '../domain';
import type { PlatformId } from '../platforms/types';

/** Notes are searched, but only their start is kept in memory (a roster of essays should not cost gigabytes). */
export const SEARCH_NOTES_CHARS = 1000;

export interface RosterRow {
  id: string;
  displayName: string;
  /** Primary account's handle ('' for a creator without accounts). */
  handle: string;
  handles: string[];
  platforms: PlatformId[];
  segment: Segment;
  stage: LifecycleStage;
  outreachStatus: OutreachStatus;
  fitScore: number | null;
  followers: number | undefined;
  /** Follower growth over the last 30 days as a fraction (0.1 = +10%), when known. */
  growth: number | undefined;
  owner: string | undefined;
  /** In a team: the member who owns the relationship, and the author of the latest outbound touch. */
  ownerId: string | undefined;
  lastOutboundById: string | undefined;
  tags: string[];
  lastContactAt: number | undefined;
  lastOutboundAt: number | undefined;
  lastInboundAt: number | undefined;
  nextDueAt: number | undefined;
  followUpDueAt: number | undefined;
  snoozedUntil: number | undefined;
  cadenceOverride: Creator['cadenceOverride'];
  preferences: Creator['preferences'];
  health: HealthSummary | undefined;
  createdAt: number;
  updatedAt: number;
  /** Lower-cased names, handles, tags, contact details, custom fields and the start of the notes. */
  searchText: string;
}

export function followerGrowth(creator: Pick<Creator, 'accounts'>): number | undefined {
  let now = 0;
  let then = 0;
  for (const a of creator.accounts) {
    if (a.followers === undefined || a.followersBaseline === undefined) continue;
    now += a.followers;
    then += a.followersBaseline;
  }
  if (then === 0) return undefined;
  return (now - then) / then;
}

export function searchTextOf(creator: Pick<Creator, 'displayName' | 'accounts' | 'tags' | 'niches' | 'fit' | 'owner' | 'contact' | 'customFields'>): string {
  return [
    creator.displayName,
    ...creator.accounts.map((a) => a.handle),
    ...creator.tags,
    ...creator.niches,
    creator.owner ?? '',
    ...contactSearchParts(creator.contact, creator.customFields),
    creator.fit.notes.slice(0, SEARCH_NOTES_CHARS),
  ]
    .join('\n')
    .toLowerCase();
}

export function toRosterRow(creator: Creator): RosterRow {
  return {
    id: creator.id,
    displayName: creator.displayName,
    handle: creator.accounts[0]?.handle ?? '',
    handles: creator.accounts.map((a) => a.handle),
    platforms: [...new Set(creator.accounts.map((a) => a.platform))],
    segment: creator.segment,
    stage: creator.stage,
    outreachStatus: creator.outreachStatus,
    fitScore: fitScore(creator.fit.rubric),
    followers: totalFollowers(creator),
    growth: followerGrowth(creator),
    owner: creator.owner,
    ownerId: creator.ownerId,
    lastOutboundById: creator.lastOutboundById,
    tags: creator.tags,
    lastContactAt: creator.lastContactAt,
    lastOutboundAt: creator.lastOutboundAt,
    lastInboundAt: creator.lastInboundAt,
    nextDueAt: creator.nextDueAt,
    followUpDueAt: creator.followUpDueAt,
    snoozedUntil: creator.snoozedUntil,
    cadenceOverride: creator.cadenceOverride,
    preferences: creator.preferences,
    health: creator.health,
    createdAt: creator.createdAt,
    updatedAt: creator.updatedAt,
    searchText: searchTextOf(creator),
  };
}
