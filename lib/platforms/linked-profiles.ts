/**
 * Profiles a bio links to: "instagram.com/x" and full URLs alike become profile
 * references through the sites' own URL matchers. The overlay uses them to find
 * a saved creator the bio points at; lib/db stores them as keys on each account
 * (indexed), so a profile can also be matched to a saved account that links to it.
 */
import { matchProfile } from './registry';
import type { ProfileRef } from './types';

const MAX_LINKS = 50;

/** The key a profile is indexed under in an account's `linkedProfiles`. */
export const linkedProfileKey = (ref: Pick<ProfileRef, 'platform' | 'handle'>): string => `${ref.platform}:${ref.handle}`;

/** Bio links as absolute http(s) URLs ("instagram.com/x" is how bios often write them). */
export function bioLinkUrls(links: readonly string[] | undefined): URL[] {
  const urls: URL[] = [];
  for (const link of (links ?? []).slice(0, MAX_LINKS)) {
    const text = link.trim();
    if (!text) continue;
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`;
    try {
      const url = new URL(withScheme);
      if (url.protocol === 'https:' || url.protocol === 'http:') urls.push(url);
    } catch {
      // Not a URL: bios hold free text; ignore it.
    }
  }
  return urls;
}

/**
 * Profile references the bio links point at, other than the profile itself,
 * deduplicated. `match` is a URL matcher (the registry's matchProfile).
 */
export function linkedProfileRefs(
  self: Pick<ProfileRef, 'platform' | 'handle'>,
  links: readonly string[] | undefined,
  match: (url: URL) => ProfileRef | null,
): ProfileRef[] {
  const seen = new Set<string>([linkedProfileKey(self)]);
  const refs: ProfileRef[] = [];
  for (const url of bioLinkUrls(links)) {
    const ref = match(url);
    if (!ref) continue;
    const key = linkedProfileKey(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(ref);
  }
  return refs;
}

/** The keys of every profile an account's bio links to (other than itself), for the accounts index. */
export function linkedProfileKeys(self: Pick<ProfileRef, 'platform' | 'handle'>, links: readonly string[] | undefined): string[] {
  return linkedProfileRefs(self, links, matchProfile).map(linkedProfileKey);
}
