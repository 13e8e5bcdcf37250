/**
 * Pinterest: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { lower, makeRef, onHost, segments, wordSet } from '../dom';

const DOMAINS = [
  'pinterest.com',
  'pinterest.co.uk',
  'pinterest.ca',
  'pinterest.de',
  'pinterest.fr',
  'pinterest.es',
  'pinterest.it',
  'pinterest.com.au',
  'pinterest.com.mx',
  'pinterest.jp',
  'pinterest.at',
  'pinterest.ch',
  'pinterest.cl',
  'pinterest.co.kr',
  'pinterest.dk',
  'pinterest.ie',
  'pinterest.nz',
  'pinterest.pt',
  'pinterest.se',
  'pinterest.ph',
];
const RESERVED = wordSet(
  'pin pins search ideas today _ settings business login signup logout explore categories topics news_hub ' +
    'resource about password oauth notifications inbox homefeed discover shopping edit secret board boards ' +
    'convert offsite dmca privacy terms help pinterest videos creators shop',
);
// Tabs of the profile; any other second segment is a board (/<user>/<board>/).
const TABS = wordSet('_created _saved pins _boards _profile');
const USERNAME = /^[A-Za-z0-9_]{3,30}$/;

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  // Country sites live on other TLDs and on subdomains (br.pinterest.com).
  if (!onHost(url, DOMAINS, ['*'])) return null;
  const [user, tab, ...rest] = segments(url);
  if (!user || RESERVED.has(lower(user)) || rest.length) return null;
  if (tab !== undefined && !TABS.has(tab)) return null;
  if (!USERNAME.test(user)) return null;
  const handle = lower(user);
  return makeRef('pinterest', handle, `https://www.pinterest.com/${handle}/`);
}

export const pinterestProfileUrls: ProfileUrls = {
  id: 'pinterest',
  hosts: [...DOMAINS],
  matchProfileUrl,
};
