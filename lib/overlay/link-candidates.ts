/**
 * "Is this new handle a creator we already have under another platform?"
 * The lookups live in lib/db (findLinkCandidates); these pure rules turn a
 * profile's bio links into profile references and rank what the lookups found.
 */
import type { Creator } from '../domain';
import type { PlatformId } from '../platforms/types';

// Bio links → profile references live with the platforms (lib/db indexes them too).
export { bioLinkUrls, linkedProfileRefs } from '../platforms/linked-profiles';

export type LinkReason = 'bio-link' | 'linked-from' | 'same-handle' | 'same-name';

export interface LinkCandidate {
  creator: Creator;
  reasons: LinkReason[];
}

// Explicit links, either way, are the strongest evidence.
const REASON_ORDER: Record<LinkReason, number> = { 'bio-link': 0, 'linked-from': 0, 'same-handle': 1, 'same-name': 2 };
/** Merges every kind of hit per creator; strongest evidence first, then most recently updated. */
export function rankLinkCandidates(hits: {
  byLink: readonly Creator[];
  linkedFrom: readonly Creator[];
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
  add(hits.linkedFrom, 'linked-from');
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
  'linked-from': 'their saved account links here',
  'same-handle': 'same handle on another platform',
  'same-name': 'same name',
};
