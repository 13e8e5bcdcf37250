/**
 * "Is this new handle a creator we already have under another platform?"
 * The lookups live in lib/db (findLinkCandidates); these pure rules turn a
 * profile's bio links into profile references and rank what the lookups found.
 */
import type { Creator } from '../domain';
import type { PlatformId, ProfileRef } from '../platforms/types';

export type LinkReason = 'bio-link' | 'same-handle' | 'same-name';

export interface LinkCandidate {
  creator: Creator;
  reasons: LinkReason[];
}

const REASON_ORDER: Record<LinkReason, number> = { 'bio-link': 0, 'same-handle': 1, 'same-name': 2 };
const MAX_LINKS = 50;

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
 * deduplicated. `matchProfile` is the platform registry's URL matcher.
 */
export function linkedProfileRefs(
  self: Pick<ProfileRef, 'platform' | 'handle'>,
  links: readonly string[] | undefined,
  matchProfile: (url: URL) => ProfileRef | null,
): ProfileRef[] {
  const seen = new Set<string>([`${self.platform}:${self.handle}`]);
  const refs: ProfileRef[] = [];
  for (const url of bioLinkUrls(links)) {
    const ref = matchProfile(url);
    if (!ref) continue;
    const key = `${ref.platform}:${ref.handle}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(ref);
  }
  return refs;
}

/** Merges the three kinds of hit per creator; strongest evidence first, then most recently updated. */
export function rankLinkCandidates(hits: {
  byLink: readonly Creator[];
  bySameHandle: readonly Creator[];
  byName: readonly Creator[];
  /** The platform being saved: a creator who already has a different account there is a weaker match. */
  platform: PlatformId;
}): LinkCandidate[] {
  const merged = new Map<string, LinkCandidate>();
  const add = (creators: readonly Creator[], reason: LinkReason) => {
    for (const creator of creators) {
      const entry = merged.get(creator.id) ?? { creator, reasons: [] };
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
      merged.set(creator.id, entry);
    }
  };
  add(hits.byLink, 'bio-link');
  add(hits.bySameHandle, 'same-handle');
  add(hits.byName, 'same-name');
  const strength = (c: LinkCandidate) => {
    const best = Math.min(...c.reasons.map((r) => REASON_ORDER[r]));
    const alreadyThere = c.creator.accounts.some((a) => a.platform === hits.platform) ? 10 : 0;
    return best - (c.reasons.length - 1) * 0.1 + alreadyThere;
  };
  return [...merged.values()]
    .map((c) => ({ ...c, reasons: [...c.reasons].sort((a, b) => REASON_ORDER[a] - REASON_ORDER[b]) }))
    .sort((a, b) => strength(a) - strength(b) || b.creator.updatedAt - a.creator.updatedAt)
    .slice(0, 5);
}

export const LINK_REASON_LABELS: Record<LinkReason, string> = {
  'bio-link': 'bio links to their saved account',
  'same-handle': 'same handle on another platform',
  'same-name': 'same name',
};
