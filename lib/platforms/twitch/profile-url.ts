/**
 * Twitch: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { lower, makeRef, onHost, queryParam, segments, wordSet } from '../dom';

const RESERVED = wordSet(
  'directory videos collections p settings subscriptions inventory wallet drops search downloads turbo prime ' +
    'jobs store friends messages moderator popout login signup logout team bits broadcast u embed redeem ' +
    'activate privacy legal partner creatorcamp dashboard payments products',
);
const TABS = wordSet('about videos clips schedule home collections');
const LOGIN = /^[A-Za-z0-9_]{3,25}$/;

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  // clips.twitch.tv, dashboard.twitch.tv and player.twitch.tv are not channel pages.
  if (!onHost(url, ['twitch.tv'], ['', 'www.', 'm.', 'go.'])) return null;
  const [login, tab, ...rest] = segments(url);
  if (!login || RESERVED.has(lower(login)) || rest.length) return null;
  // /<login>/clip/<slug>, /<login>/v/<id>, /<login>/video/<id> are videos; ?vodID= is a VOD.
  if ((tab !== undefined && !TABS.has(tab)) || queryParam(url, 'vodID') !== null) return null;
  if (!LOGIN.test(login)) return null;
  const handle = lower(login);
  return makeRef('twitch', handle, `https://www.twitch.tv/${handle}`);
}

export const twitchProfileUrls: ProfileUrls = {
  id: 'twitch',
  hosts: ['twitch.tv'],
  matchProfileUrl,
};
