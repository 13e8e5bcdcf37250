/**
 * Kick: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { lower, makeRef, onHost, queryParam, segments, wordSet } from '../dom';

const RESERVED = wordSet(
  'video videos categories category search auth following browse settings dashboard subscriptions ' +
    'terms-of-service privacy-policy community-guidelines dmca-policy clips messages transactions faq ' +
    'brand-assets popout api emotes',
);
// Only the bare tab is the channel: /<slug>/videos/<uuid> is a VOD, /<slug>/clips/clip_… a clip.
const TABS = wordSet('about videos clips');
const SLUG = /^[A-Za-z0-9_-]{2,25}$/;

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  if (!onHost(url, ['kick.com'])) return null;
  const [slug, tab, ...rest] = segments(url);
  if (!slug || RESERVED.has(lower(slug)) || rest.length || queryParam(url, 'clip') !== null) return null;
  if (tab !== undefined && !TABS.has(tab)) return null;
  if (!SLUG.test(slug)) return null;
  const handle = lower(slug);
  return makeRef('kick', handle, `https://kick.com/${handle}`);
}

export const kickProfileUrls: ProfileUrls = {
  id: 'kick',
  hosts: ['kick.com'],
  matchProfileUrl,
};
