/** One platform account of a creator, with its follower history. */
import { z } from 'zod';
import { PlatformIdSchema } from './enums';
import { IdSchema, TextSchema, TimestampSchema } from './common';

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

const DAY_MS = 86_400_000;

/** Adds today's follower figure unless one was already taken within the same UTC day. */
export function withFollowerSnapshot(
  snapshots: readonly FollowerSnapshot[],
  next: FollowerSnapshot,
): FollowerSnapshot[] {
  const last = snapshots.at(-1);
  if (last && Math.floor(last.at / DAY_MS) === Math.floor(next.at / DAY_MS)) return [...snapshots];
  return [...snapshots, next];
}
