/**
 * Bluesky: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { lower, makeRef, onHost, segments, wordSet } from '../dom';

export const DID = /^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/;
export const DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
// Tabs of the profile; /post/…, /feed/…, /lists/…, /follows, /followers are other pages.
const TABS = wordSet('posts replies media video likes');

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  if (!onHost(url, ['bsky.app']) && !onHost(url, ['main.bsky.dev'], [''])) return null;
  const [first, who, tab, ...rest] = segments(url);
  if (first !== 'profile' || !who || rest.length) return null;
  if (tab !== undefined && !TABS.has(tab)) return null;
  if (!DID.test(who) && !DOMAIN.test(who)) return null;
  return bskyRef(who);
}

export const bskyRef = (who: string) => makeRef('bluesky', lower(who), `https://bsky.app/profile/${lower(who)}`);

export const blueskyProfileUrls: ProfileUrls = {
  id: 'bluesky',
  hosts: ['bsky.app'],
  matchProfileUrl,
};
