/**
 * zod schemas for scraped profile facts as they travel between contexts
 * (content script → overlay frame, content script → side panel/worker).
 * They mirror lib/platforms/types.ts; a type test keeps the two in step.
 */
import * as z from 'zod/mini';
import { PLATFORM_IDS } from '../platforms/types';

const ShortText = (max: number) => z.string().check(z.maxLength(max));

export const ProfileRefSchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  handle: z.string().check(z.minLength(1), z.maxLength(200)),
  profileUrl: z.url().check(z.maxLength(2000)),
});

export const FollowerCountSchema = z.object({
  raw: ShortText(500),
  value: z.number().check(z.nonnegative()),
  exact: z.boolean(),
  source: ShortText(100),
});

export const ScrapedProfileSchema = z.object({
  ...ProfileRefSchema.shape,
  displayName: z.optional(ShortText(300)),
  followers: z.optional(FollowerCountSchema),
  bio: z.optional(ShortText(5000)),
  avatarUrl: z.optional(z.url().check(z.maxLength(4000))),
  platformUserId: z.optional(ShortText(200)),
  links: z.optional(z.array(ShortText(2000)).check(z.maxLength(50))),
});

/** What the content script knows about the current page. */
export const PageProfileStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('loading'), ref: ProfileRefSchema }),
  z.object({ kind: z.literal('profile'), profile: ScrapedProfileSchema }),
  z.object({ kind: z.literal('unreadable'), ref: ProfileRefSchema, reason: ShortText(500) }),
]);
export type PageProfileState = z.infer<typeof PageProfileStateSchema>;
