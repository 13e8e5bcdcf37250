import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { PageProfileStateSchema, ScrapedProfileSchema } from '../../../lib/messaging/profile-schemas';
import type { ScrapedProfile } from '../../../lib/platforms/types';

describe('the scraped-profile message schema', () => {
  it('describes exactly the ScrapedProfile type the adapters return', () => {
    expectTypeOf<z.infer<typeof ScrapedProfileSchema>>().toEqualTypeOf<ScrapedProfile>();
  });

  it('accepts a real profile and rejects unsafe or oversized values', () => {
    const profile = {
      platform: 'tiktok',
      handle: 'illojuan',
      profileUrl: 'https://www.tiktok.com/@illojuan',
      displayName: 'IlloJuan',
      followers: { raw: '783.4K Followers', value: 783427, exact: true, source: 'json' },
    };
    expect(PageProfileStateSchema.safeParse({ kind: 'profile', profile }).success).toBe(true);
    expect(ScrapedProfileSchema.safeParse({ ...profile, platform: 'myspace' }).success).toBe(false);
    expect(ScrapedProfileSchema.safeParse({ ...profile, profileUrl: 'not a url' }).success).toBe(false);
    expect(ScrapedProfileSchema.safeParse({ ...profile, bio: 'x'.repeat(5001) }).success).toBe(false);
    expect(ScrapedProfileSchema.safeParse({ ...profile, followers: { ...profile.followers, value: -1 } }).success).toBe(false);
  });
});
