/**
 * Facebook: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { lower, makeRef, onHost, queryParam, segments, wordSet } from '../dom';

const RESERVED = wordSet(
  'groups events marketplace watch gaming reel reels share sharer sharer.php photo photo.php photos media ' +
    'permalink.php story.php stories messages notifications settings help login login.php recover policies ' +
    'privacy terms ads business hashtag search friends bookmarks saved memories fundraisers games live ' +
    'home.php dialog plugins l.php video.php videos places jobs latest composer checkpoint legal about careers ' +
    'developers lite mobile ajax api news feeds notes donate pg pages people me',
);
// Tabs of a profile or page; a third segment is a post/photo/video (/<u>/posts/<id>).
const TABS = wordSet('about photos videos friends followers following reels mentions reviews events community');
const USERNAME = /^[A-Za-z0-9.-]{2,80}$/;
const ID = /^\d{5,20}$/;

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  if (!onHost(url, ['facebook.com'], ['', 'www.', 'm.', 'web.', 'mbasic.'])) return null;
  const [first, second, third, ...rest] = segments(url);
  const id = first === 'profile.php' ? queryParam(url, 'id') : first === 'people' || first === 'pages' ? third : undefined;
  if (id !== undefined) {
    return id && ID.test(id) && (first === 'profile.php' ? !second : !rest.length)
      ? makeRef('facebook', id, `https://www.facebook.com/profile.php?id=${id}`)
      : null;
  }
  if (!first || RESERVED.has(lower(first)) || first.endsWith('.php') || third !== undefined) return null;
  if (second !== undefined && !TABS.has(second) && !second.startsWith('about_')) return null;
  if (!USERNAME.test(first)) return null;
  const handle = lower(first);
  return makeRef('facebook', handle, `https://www.facebook.com/${handle}`);
}

export const facebookProfileUrls: ProfileUrls = {
  id: 'facebook',
  hosts: ['facebook.com'],
  matchProfileUrl,
};
