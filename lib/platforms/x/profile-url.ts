/**
 * X: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { lower, makeRef, onHost, queryParam, segments, wordSet } from '../dom';

const RESERVED = wordSet(
  'home explore notifications messages search settings compose i login logout signup tos privacy jobs download ' +
    'account hashtag intent share lists bookmarks communities topics premium premium_sign_up verified-choose ' +
    'who_to_follow connect_people about help rules oauth oauth2 sessions display keyboard_shortcuts grok ' +
    'search-advanced communitynotes',
);
const TABS = wordSet(
  'with_replies media likes highlights articles followers following verified_followers followers_you_follow photo header_photo affiliates superfollows creator-subscriptions',
);
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  // Mirrors (fxtwitter, vxtwitter, fixupx) are other sites.
  if (!onHost(url, ['x.com', 'twitter.com'], ['', 'www.', 'mobile.'])) return null;
  const [first, tab, ...rest] = segments(url);
  if (first === 'intent' || first === 'i') {
    // x.com/intent/user?screen_name=<h> opens that profile; other /i/… pages are app
    // pages (/i/user/<id> redirects to the handle URL, which is matched then).
    const user = first === 'intent' && (tab === 'user' || tab === 'follow') ? queryParam(url, 'screen_name') : null;
    return user && HANDLE.test(user) ? xRef(user) : null;
  }
  // /<h>/status/<id> is a post; unknown second segments are not the profile header.
  if (!first || RESERVED.has(lower(first)) || rest.length || (tab !== undefined && !TABS.has(tab))) return null;
  return HANDLE.test(first) ? xRef(first) : null;
}

function xRef(user: string): ProfileRef {
  const handle = lower(user); // X's canonical is lower-cased
  return makeRef('x', handle, `https://x.com/${handle}`);
}

export const xProfileUrls: ProfileUrls = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  matchProfileUrl,
};
