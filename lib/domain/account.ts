/** One platform account of a creator, with its follower history. */
import { z } from 'zod';
import { PlatformIdSchema } from './enums';
import { IdSchema, TextSchema, TimestampSchema } from './common';
import { DAY_MS } from './time';
import { newId } from './common';
import type { AccountSummary, Creator } from './creator';
import type { ScrapedProfile } from '../platforms/types';

export const FollowerSnapshotSchema = z.object({
  at: TimestampSchema,
  /** Text exactly as the page showed it. */
  raw: TextSchema(200),
  value: z.number().nonnegative(),
  exact: z.boolean(),
});
export type FollowerSnapshot = z.infer<typeof FollowerSnapshotSchema>;

export const AccountSchema = z.object({
  id: IdSchema,
  creatorId: IdSchema,
  platform: PlatformIdSchema,
  /** Normalised identity handle; unique per platform across the roster. */
  handle: z.string().min(1).max(200),
  profileUrl: z.url().max(2000),
  displayName: TextSchema(300).optional(),
  avatarUrl: z.url().max(4000).optional(),
  bio: TextSchema(5000).optional(),
  platformUserId: TextSchema(200).optional(),
  links: z.array(z.string().max(2000)).max(50).default([]),
  /** Keys ("platform:handle") of the profiles `links` point at, indexed so a profile can find the saved accounts that link to it. Absent on accounts saved before version 3 without links. */
  linkedProfiles: z.array(z.string().max(300)).max(50).optional(),
  /** At most one a day, oldest first. */
  followerSnapshots: z.array(FollowerSnapshotSchema).default([]),
  addedAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Account = z.infer<typeof AccountSchema>;
export type AccountInput = z.input<typeof AccountSchema>;

/** Adds today's follower figure unless one was already taken within the same UTC day. */
export function withFollowerSnapshot(snapshots: readonly FollowerSnapshot[], next: FollowerSnapshot): FollowerSnapshot[] {
  const last = snapshots.at(-1);
  if (last && Math.floor(last.at / DAY_MS) === Math.floor(next.at / DAY_MS)) return [...snapshots];
  return [...snapshots, next];
}

const GROWTH_WINDOW_MS = 30 * DAY_MS;

/** The compact copy of an account kept on the creator record (latest followers, 30-day baseline). */
export function summariseAccount(account: Account, now: number): AccountSummary {
  const latest = account.followerSnapshots.at(-1);
  const baseline = account.followerSnapshots.find((s) => s.at >= now - GROWTH_WINDOW_MS);
  return {
    accountId: account.id,
    platform: account.platform,
    handle: account.handle,
    ...(latest ? { followers: latest.value } : {}),
    ...(baseline ? { followersBaseline: baseline.value } : {}),
  };
}

/** The creator with this account's summary in place (added when new, replaced when known). */
export function withAccountSummary(creator: Creator, account: Account, now: number): Creator {
  const summary = summariseAccount(account, now);
  const others = creator.accounts.filter((a) => a.accountId !== account.id);
  const index = creator.accounts.findIndex((a) => a.accountId === account.id);
  const accounts = index === -1 ? [...others, summary] : creator.accounts.map((a) => (a.accountId === account.id ? summary : a));
  return { ...creator, accounts };
}

/**
 * The account as a scraped profile describes it, on top of what was known: a
 * follower snapshot at most once a day, and the human handle kept when the
 * page was reached by the account's id.
 */
export function accountFromProfile(profile: ScrapedProfile, creatorId: string, now: number, previous?: Account): Account {
  const snapshots = profile.followers
    ? withFollowerSnapshot(previous?.followerSnapshots ?? [], {
        at: now,
        raw: profile.followers.raw.slice(0, 200),
        value: profile.followers.value,
        exact: profile.followers.exact,
      })
    : (previous?.followerSnapshots ?? []);
  // Arriving by the account's id (a link to /channel/UC…, a DID URL): keep the human handle we already know.
  const arrivedById = previous !== undefined && previous.platformUserId === profile.handle && previous.handle !== profile.handle;
  const links = profile.links ?? previous?.links ?? [];
  return {
    id: previous?.id ?? newId(),
    creatorId,
    platform: profile.platform,
    handle: arrivedById ? previous.handle : profile.handle,
    profileUrl: arrivedById ? previous.profileUrl : profile.profileUrl,
    displayName: profile.displayName ?? previous?.displayName,
    avatarUrl: profile.avatarUrl ?? previous?.avatarUrl,
    bio: profile.bio ?? previous?.bio,
    platformUserId: profile.platformUserId ?? previous?.platformUserId,
    links,
    followerSnapshots: snapshots,
    addedAt: previous?.addedAt ?? now,
    updatedAt: now,
  };
}
